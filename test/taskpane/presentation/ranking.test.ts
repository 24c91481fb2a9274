import { STRINGS } from "../../../src/taskpane/i18n";
import type { RankedInitiative } from "../../../src/taskpane/operations/PaneOperations";
import { rankingCells } from "../../../src/taskpane/presentation/ranking";

const NBSP = "\u00a0";

const item = (overrides: Partial<RankedInitiative> = {}): RankedInitiative => ({
  sheet: "Initiativ",
  row: 5,
  id: "KS-001",
  name: "Digitalt bygglov",
  forvaltning: "Kommunledningsförvaltningen",
  score: 72.46,
  rank: 1,
  investment: 1_250_000,
  fitsBudget: true,
  nytta: 4,
  komplexitet: 2,
  ...overrides,
});

describe("rankingCells", () => {
  it("formats a ranked initiative the Swedish way", () => {
    expect(rankingCells(item(), "sv", STRINGS.sv)).toEqual({
      rank: "1",
      name: "Digitalt bygglov",
      score: "72,5",
      investment: `1${NBSP}250${NBSP}000${NBSP}kr`,
      fits: "Ja",
    });
  });

  it("says Nej outside the budget and – when no budget is set", () => {
    expect(rankingCells(item({ fitsBudget: false }), "sv", STRINGS.sv).fits).toBe("Nej");
    expect(rankingCells(item({ fitsBudget: null }), "sv", STRINGS.sv).fits).toBe("–");
    expect(rankingCells(item({ fitsBudget: false }), "en", STRINGS.en).fits).toBe("No");
  });

  it("shows – for what an unscored initiative lacks", () => {
    const cells = rankingCells(
      item({ score: null, rank: null, investment: null, fitsBudget: null }),
      "sv",
      STRINGS.sv
    );
    expect(cells).toEqual({
      rank: "–",
      name: "Digitalt bygglov",
      score: "–",
      investment: "–",
      fits: "–",
    });
  });

  it("falls back to the ID when the initiative has no name", () => {
    expect(rankingCells(item({ name: " " }), "sv", STRINGS.sv).name).toBe("KS-001");
    expect(rankingCells(item({ name: "", id: null }), "sv", STRINGS.sv).name).toBe("–");
  });
});
