import { buildConsolidation } from "../../builders/consolidation";
import { DEFAULT_PARAMETERS } from "../../../src/domain/parameters/Parameters";
import { describePortfolio } from "../../../src/domain/portfolio/describePortfolio";
import { readPreviousPortfolio } from "../../../src/domain/portfolio/readPreviousPortfolio";
import { NEEDS_SHEET_ELSEWHERE } from "../../../src/domain/portfolio/layout";
import type { Consolidation } from "../../../src/domain/consolidation/Consolidation";
import { grid, portfolioWorkbook, workbook } from "../../builders/grids";
import { gridOfSheet } from "../mapping/sheetHelpers";

const withNeeds = (): Consolidation => ({
  ...buildConsolidation({ parameters: DEFAULT_PARAMETERS, initiatives: [] }),
  needs: [
    {
      forvaltning: "Socialförvaltningen",
      need: {
        source: { file: "soc.xlsx", sheet: "Behov", row: 5 },
        vem: "Handläggare",
        vad: "Signera beslut digitalt",
        varfor: "Slippa papper",
        forvaltning: null,
        other: [{ header: "Inkommit", text: "2025-01-15" }],
      },
    },
  ],
});

describe("Behov", () => {
  test("one row per need, with its förvaltning and source; the other texts kept", () => {
    const sheet = describePortfolio(withNeeds(), { generatedAt: "2026-12-01 10:00" }).sheets.find(
      (s) => s.name === "Behov"
    );
    expect(sheet?.tables?.[0]?.rows).toEqual([
      [
        "Socialförvaltningen",
        "Handläggare",
        "Signera beslut digitalt",
        "Slippa papper",
        "Inkommit: 2025-01-15",
        "soc.xlsx",
        "Behov",
        5,
      ],
    ]);
  });

  test("the writer's Behov sheet of a previous portfolio is the writer's; a council's own Behov is never written over", () => {
    const ours = describePortfolio(withNeeds(), { generatedAt: "x" });
    const portfolio = ours.sheets.map(gridOfSheet);
    const previous = readPreviousPortfolio(portfolioWorkbook("portfolj.xlsx", portfolio));
    expect(previous?.councilSheets).toEqual([]);

    const council = grid("Behov", [["Rådets egna anteckningar om behov"]]);
    const theirs = readPreviousPortfolio(
      portfolioWorkbook("portfolj.xlsx", [...portfolio.filter((s) => s.name !== "Behov"), council])
    );
    expect(theirs?.councilSheets).toEqual(["Behov"]);
    const next = describePortfolio(withNeeds(), {
      generatedAt: "x",
      councilSheets: theirs?.councilSheets ?? [],
    });
    expect(next.sheets.map((s) => s.name)).toContain(NEEDS_SHEET_ELSEWHERE);
    expect(next.sheets.map((s) => s.name)).not.toContain("Behov");
  });
});
