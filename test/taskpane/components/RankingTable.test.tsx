import type { RankedInitiative } from "../../../src/taskpane/operations/PaneOperations";
import { RankingTable } from "../../../src/taskpane/components/RankingTable";
import { STRINGS } from "../../../src/taskpane/i18n";
import { renderHtml, textOf } from "../fakePane";

const ranked: RankedInitiative[] = [
  {
    sheet: "Initiativ",
    row: 6,
    id: "A-2",
    name: "E-arkiv",
    forvaltning: null,
    score: 81.25,
    rank: 1,
    investment: 1_250_000,
    fitsBudget: true,
    nytta: 5,
    komplexitet: 2,
  },
  {
    sheet: "Initiativ",
    row: 5,
    id: "A-1",
    name: "Digitalt bygglov",
    forvaltning: null,
    score: 60,
    rank: 2,
    investment: 4_000_000,
    fitsBudget: false,
    nytta: 3,
    komplexitet: 3,
  },
  {
    sheet: "Initiativ",
    row: 7,
    id: null,
    name: "Robot",
    forvaltning: null,
    score: null,
    rank: null,
    investment: null,
    fitsBudget: null,
    nytta: null,
    komplexitet: 4,
  },
];

/** The table as rows of cell texts, header row first. */
function rows(html: string): string[][] {
  return [...html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? "").matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
      textOf(c[1] ?? "")
    )
  );
}

describe("RankingTable", () => {
  it("is a real table captioned Rangordning, with the five columns", () => {
    const html = renderHtml(<RankingTable ranked={ranked} strings={STRINGS.sv} language="sv" />);
    expect(html).toMatch(/<table\b[\s\S]*<caption\b[^>]*>Rangordning<\/caption>/);
    expect(html.match(/<th\b/g)).toHaveLength(5);
    expect(rows(html)).toEqual([
      ["Rang", "Initiativ", "Poäng", "Investering", "Inom budget"],
      ["1", "E-arkiv", "81,3", "1 250 000 kr", "Ja"],
      ["2", "Digitalt bygglov", "60", "4 000 000 kr", "Nej"],
      ["–", "Robot", "–", "–", "–"],
    ]);
  });

  it("has English headers in the English pane", () => {
    const html = renderHtml(<RankingTable ranked={ranked} strings={STRINGS.en} language="en" />);
    expect(rows(html)[0]).toEqual(["Rank", "Initiative", "Score", "Investment", "Within budget"]);
    expect(html).toContain("<caption");
    expect(textOf(html)).toContain("Ranking");
  });

  it("says there is nothing to rank instead of an empty table", () => {
    const html = renderHtml(<RankingTable ranked={[]} strings={STRINGS.sv} language="sv" />);
    expect(html).not.toContain("<table");
    expect(textOf(html)).toBe("Det finns inga initiativ att rangordna ännu.");
  });
});
