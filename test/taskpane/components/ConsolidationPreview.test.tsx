import { consolidate } from "../../../src/domain/consolidation/consolidate";
import { DEFAULT_PARAMETERS } from "../../../src/domain/parameters/Parameters";
import { ConsolidationPreview } from "../../../src/taskpane/components/ConsolidationPreview";
import { STRINGS } from "../../../src/taskpane/i18n";
import { summariseConsolidation } from "../../../src/taskpane/presentation/consolidationSummary";
import { grid, workbook } from "../../builders/grids";
import { renderHtml, textOf } from "../fakePane";

const consolidation = consolidate(
  [
    {
      file: "bygg.xlsx",
      workbook: workbook("bygg.xlsx", [
        grid("Projekt", [
          ["Projekt", "Förvaltning", "Status", "Budget (tkr)"],
          ["Digitalt bygglov", "Bygg", "Pågående", 450],
          ["Summa", null, null, 450],
        ]),
      ]),
    },
    { file: "trasig.xlsx", error: "Filen är skadad.", errorEn: "The file is damaged." },
  ],
  { parameters: DEFAULT_PARAMETERS, today: "2025-03-01" }
);

function render(language: "sv" | "en") {
  const summary = summariseConsolidation(consolidation, language, STRINGS[language].summarise);
  return renderHtml(
    <ConsolidationPreview
      consolidation={consolidation}
      summary={summary}
      strings={STRINGS[language]}
      language={language}
    />
  );
}

describe("ConsolidationPreview", () => {
  const html = render("sv");
  const text = textOf(html);

  it("reports per workbook what was read and skipped, and why one could not be read", () => {
    expect(text).toContain("bygg.xlsx");
    expect(text).toContain("1 initiativ inläst");
    expect(text).toContain("1 rad överhoppad");
    expect(text).toContain("Projekt, rad 3: summarad");
    expect(text).toContain("trasig.xlsx Kunde inte läsas: Filen är skadad.");
  });

  it("counts each workbook's issues", () => {
    const own = consolidation.issues.filter((i) => i.location.file === "bygg.xlsx");
    const errors = own.filter((i) => i.severity === "error").length;
    expect(text).toContain(
      `${STRINGS.sv.counts.errors(errors)}, ${STRINGS.sv.counts.warnings(own.length - errors)}`
    );
  });

  it("shows each sheet's header mapping in a collapsible section under a heading", () => {
    expect(html).toMatch(/<h2\b[^>]*>Hur rubrikerna tolkades<\/h2>/);
    const header = /<h3\b[^>]*>([\s\S]*?)<\/h3>/.exec(html)![1]!;
    expect(header).toMatch(/<button\b[^>]*aria-expanded="false"/);
    expect(textOf(header)).toBe("bygg.xlsx: Projekt, rubriker på rad 1");
  });

  it("speaks English in the English pane", () => {
    const en = textOf(render("en"));
    expect(en).toContain("1 initiative read");
    expect(en).toContain("Could not be read: The file is damaged.");
    expect(en).toContain("How the headers were read");
  });
});
