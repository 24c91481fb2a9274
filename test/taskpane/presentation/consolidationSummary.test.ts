import { consolidate } from "../../../src/domain/consolidation/consolidate";
import type { SourceInput } from "../../../src/domain/consolidation/Consolidation";
import { DEFAULT_PARAMETERS } from "../../../src/domain/parameters/Parameters";
import { STRINGS } from "../../../src/taskpane/i18n";
import {
  mappingLines,
  summariseConsolidation,
} from "../../../src/taskpane/presentation/consolidationSummary";
import { grid, workbook } from "../../builders/grids";

const sources: SourceInput[] = [
  {
    file: "bygg.xlsx",
    workbook: workbook("bygg.xlsx", [
      grid("Projekt", [
        ["Projektlista Bygg"],
        [],
        ["Projekt", "Förvaltning", "Status", "Budget (tkr)", "Intern kod"],
        ["Digitalt bygglov", "Bygg", "Pågående", 450, "x"],
        ["E-arkiv", "Bygg", "Pågår", "ca 200", ""],
        ["Robot för fakturor", "Bygg", "Okänt läge", 120, ""],
        ["Summa", null, null, 770, null],
      ]),
    ]),
  },
  { file: "trasig.xlsx", error: "Filen är skadad.", errorEn: "The file is damaged." },
];

const consolidation = consolidate(sources, { parameters: DEFAULT_PARAMETERS, today: "2025-03-01" });

describe("summariseConsolidation", () => {
  const summary = summariseConsolidation(consolidation, "sv", STRINGS.sv.summarise);

  it("counts the initiatives read and the workbooks they came from", () => {
    expect(summary.initiatives).toBe(3);
    expect(summary.workbooks).toBe(1);
    expect(summary.keptFromEarlier).toBe(0);
  });

  it("counts every issue by severity, and each file's own", () => {
    const errors = consolidation.issues.filter((i) => i.severity === "error").length;
    const warnings = consolidation.issues.length - errors;
    expect(summary.errors).toBe(errors);
    expect(summary.warnings).toBe(warnings);
    expect(summary.errors + summary.warnings).toBeGreaterThan(0);
    const bygg = summary.files.find((f) => f.file === "bygg.xlsx")!;
    expect(bygg.errors + bygg.warnings).toBe(
      consolidation.issues.filter((i) => i.location.file === "bygg.xlsx").length
    );
  });

  it("reports per file what was read and skipped, and why a file failed", () => {
    expect(summary.files).toEqual([
      {
        file: "bygg.xlsx",
        failed: null,
        forvaltning: "bygg",
        imported: 3,
        needs: 0,
        skipped: ["Projekt, rad 7: summarad (”Summa | 770”)"],
        errors: expect.any(Number),
        warnings: expect.any(Number),
      },
      {
        file: "trasig.xlsx",
        failed: "Filen är skadad.",
        forvaltning: null,
        imported: 0,
        needs: 0,
        skipped: [],
        errors: 0,
        warnings: 0,
      },
    ]);
  });

  it("gives the failure's English reason in the English pane", () => {
    const en = summariseConsolidation(consolidation, "en", STRINGS.en.summarise);
    expect(en.files[1]?.failed).toBe("The file is damaged.");
    expect(en.files[0]?.skipped).toEqual(["Projekt, row 7: total row (“Summa | 770”)"]);
  });
});

describe("mappingLines", () => {
  it("shows each header and the field it was read as, or that it is not used", () => {
    const mapping = consolidation.mappings.find((m) => m.file === "bygg.xlsx")!;
    const lines = mappingLines(mapping, consolidation, "sv", STRINGS.sv);
    expect(lines.map((l) => [l.header, l.target])).toEqual([
      ["Projekt", "Namn"],
      ["Förvaltning", "Förvaltning"],
      ["Status", "Status"],
      ["Budget (tkr)", expect.stringMatching(/^Investering/)],
      ["Intern kod", "Används inte"],
    ]);
  });
});
