import type { ColumnMapping } from "../../../src/domain/sheets/mapHeaders";
import { STRINGS } from "../../../src/taskpane/i18n";
import type { MappingProposal } from "../../../src/taskpane/operations/PaneOperations";
import {
  LOW_CONFIDENCE,
  columnLabel,
  confidenceNote,
  correctionsFrom,
  initialSelection,
  mappingOptions,
} from "../../../src/taskpane/presentation/mappingForm";

const sv = STRINGS.sv.template;
const en = STRINGS.en.template;
const NBSP = "\u00a0";

const column = (
  n: number,
  header: string,
  target: ColumnMapping["target"],
  confidence: number
): ColumnMapping => ({ column: n, header, target, confidence, multiplier: null });

const proposal: MappingProposal = {
  sheet: "Projekt",
  headerRow: 3,
  columns: [
    column(1, "Initiativ", "name", 1),
    column(2, "Budget (tkr)", "investering", 0.92),
    column(3, "Statsu", "status", 0.78),
    column(4, "Kommentar", null, 0),
  ],
  choices: [
    { target: "name", label: "Namn", labelEn: "Name" },
    { target: "status", label: "Status", labelEn: "Status" },
    { target: "investering", label: "Investering (kr)", labelEn: "Investment (SEK)" },
    { target: "kommentar", label: "Kommentar", labelEn: "Comment" },
  ],
  remembered: false,
};

describe("mappingOptions", () => {
  it('offers Mappas inte (value "") first, then every choice by its Swedish label', () => {
    expect(mappingOptions(proposal, "sv", sv)).toEqual([
      { value: "", text: "Mappas inte" },
      { value: "name", text: "Namn" },
      { value: "status", text: "Status" },
      { value: "investering", text: "Investering (kr)" },
      { value: "kommentar", text: "Kommentar" },
    ]);
  });

  it("uses the English labels in the English pane", () => {
    const options = mappingOptions(proposal, "en", en);
    expect(options[0]).toEqual({ value: "", text: "Not mapped" });
    expect(options.map((o) => o.text)).toContain("Investment (SEK)");
  });

  it("still offers a proposed target that is not among the choices", () => {
    const odd: MappingProposal = {
      ...proposal,
      columns: [column(1, "Nettonuvärde", "computed:nettonuvarde", 1)],
    };
    const options = mappingOptions(odd, "sv", sv);
    expect(options.map((o) => o.value)).toContain("computed:nettonuvarde");
    expect(options).toHaveLength(proposal.choices.length + 2);
  });
});

describe("correctionsFrom", () => {
  it("sends nothing when the user changed nothing", () => {
    expect([...correctionsFrom(proposal, initialSelection(proposal))]).toEqual([]);
  });

  it('sends only the changed columns, "" as null (do not map)', () => {
    const selection = new Map(initialSelection(proposal))
      .set(3, "")
      .set(4, "kommentar")
      .set(1, "name");
    expect([...correctionsFrom(proposal, selection)]).toEqual([
      [3, null],
      [4, "kommentar"],
    ]);
  });
});

describe("confidenceNote", () => {
  it("shows a sure proposal's confidence as a percent", () => {
    expect(confidenceNote(proposal.columns[1]!, "investering", "sv", sv)).toEqual({
      text: `Säkerhet 92${NBSP}%`,
      low: false,
    });
  });

  it(`flags a proposal under ${LOW_CONFIDENCE} in words, not only by colour`, () => {
    const note = confidenceNote(proposal.columns[2]!, "status", "sv", sv);
    expect(note.low).toBe(true);
    expect(note.text).toBe(`Osäker: 78${NBSP}%. Kontrollera valet.`);
    expect(confidenceNote(proposal.columns[2]!, "status", "en", en).text).toBe(
      "Uncertain: 78%. Check the choice."
    );
  });

  it("flags exactly below the threshold", () => {
    expect(confidenceNote(column(1, "X", "name", 0.85), "name", "sv", sv).low).toBe(false);
    expect(confidenceNote(column(1, "X", "name", 0.849), "name", "sv", sv).low).toBe(true);
  });

  it("says when there was no proposal, and when the user changed it", () => {
    expect(confidenceNote(proposal.columns[3]!, "", "sv", sv)).toEqual({
      text: "Inget förslag",
      low: false,
    });
    expect(confidenceNote(proposal.columns[2]!, "name", "sv", sv)).toEqual({
      text: "Ändrat av dig",
      low: false,
    });
  });
});

describe("columnLabel", () => {
  it("is the header exactly as in the sheet", () => {
    expect(columnLabel(proposal.columns[1]!, sv)).toBe("Budget (tkr)");
  });

  it("names a column without header by its number", () => {
    expect(columnLabel(column(6, " ", null, 0), sv)).toBe("Kolumn 6 (utan rubrik)");
  });
});
