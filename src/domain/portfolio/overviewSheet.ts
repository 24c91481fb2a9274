/**
 * Översikt: live figures per förvaltning (count, money, share with each document), one row per
 * förvaltning and a total, as formulas over the Portfölj table.
 */
import type { Consolidation } from "../consolidation/Consolidation";
import { columnLetters } from "../sheets/columnLetters";
import { quadrant } from "../scoring";
import type {
  CellBlock,
  CellContent,
  ChartSpec,
  SheetDescription,
} from "../template/WorkbookDescription";
import {
  PORTFOLIO_HEADER_ROW,
  PORTFOLIO_SHEETS,
  PORTFOLIO_TABLES,
  PRESENT_IN_LATEST,
} from "./layout";
import { dataRows, lettersOf, portfolioColumns, requiredLetter } from "./portfolioColumns";
import {
  overviewFormula,
  sheetRef,
  type OverviewColumns,
  type OverviewFigure,
} from "./portfolioFormulas";

/** Översikt: table Oversikt under a title and a note; one row per förvaltning, then the total. */
export const OVERVIEW_HEADER_ROW = 4;
export const OVERVIEW_TOTAL = "Totalt";
export const OVERVIEW_HEADERS: Readonly<Record<"forvaltning" | OverviewFigure, string>> = {
  forvaltning: "Förvaltning",
  count: "Antal initiativ",
  investment: "Investering (kr)",
  yearlyBenefit: "Nytta per år (kr)",
  withNyttokalkyl: "Andel med nyttokalkyl",
  withRiskanalys: "Andel med riskanalys",
  withProjektplan: "Andel med projektplan",
  withProjektutvardering: "Andel med projektutvärdering",
  withBenefitOwner: "Andel med nyttoägare",
  followedUp: "Andel uppföljda",
};
const OVERVIEW_FIGURES: readonly OverviewFigure[] = [
  "count",
  "investment",
  "yearlyBenefit",
  "withNyttokalkyl",
  "withRiskanalys",
  "withProjektplan",
  "withProjektutvardering",
  "withBenefitOwner",
  "followedUp",
];

/** Förvaltningar in the overview's order, and any förvaltning of a row it does not name. */
function overviewNames(consolidation: Consolidation): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  const add = (name: string) => {
    if (!seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  };
  for (const o of consolidation.overview) if (o.forvaltning !== null) add(o.forvaltning);
  for (const row of consolidation.rows) if (row.initiative !== null) add(row.forvaltning);
  return names;
}

export function overviewSheet(consolidation: Consolidation): SheetDescription {
  const columns = portfolioColumns(consolidation.parameters, consolidation.rows);
  const letters = lettersOf(columns);
  const portfolioRows = dataRows(PORTFOLIO_HEADER_ROW, consolidation.rows.length);
  const c: OverviewColumns = {
    forvaltning: requiredLetter(letters, "forvaltning"),
    latest: requiredLetter(letters, "meta:latestRun"),
    present: PRESENT_IN_LATEST,
    investering: requiredLetter(letters, "investering"),
    nyttaPerAr: requiredLetter(letters, "computed:nyttaPerAr"),
    nyttokalkyl: requiredLetter(letters, "nyttokalkyl"),
    riskanalys: requiredLetter(letters, "riskanalys"),
    projektplan: requiredLetter(letters, "projektplan"),
    projektutvardering: requiredLetter(letters, "projektutvardering"),
    nyttoagare: requiredLetter(letters, "nyttoagare"),
    uppfoljd: requiredLetter(letters, "uppfoljd"),
  };
  const names: (string | null)[] = [...overviewNames(consolidation), null];
  const countCol = columnLetters(2);
  const rows = names.map((name, i): CellContent[] => {
    const row = OVERVIEW_HEADER_ROW + 1 + i;
    const at = {
      row,
      forvaltningCell: name === null ? null : `$A${row}`,
      countCell: `${countCol}${row}`,
    };
    return [
      name ?? OVERVIEW_TOTAL,
      ...OVERVIEW_FIGURES.map((figure) => ({
        formula: overviewFormula(
          figure,
          c,
          portfolioRows,
          PORTFOLIO_SHEETS.portfolio,
          at,
          "Genomförd"
        ),
      })),
    ];
  });
  const format = (figure: OverviewFigure): string =>
    figure === "count"
      ? "0"
      : figure === "investment" || figure === "yearlyBenefit"
        ? "#,##0"
        : "0%";
  const matrix = overviewCharts(
    consolidation,
    names.length - 1,
    OVERVIEW_HEADER_ROW + names.length + 3
  );
  return {
    name: PORTFOLIO_SHEETS.overview,
    tabColor: "FF548235",
    columnWidths: [
      { col: 1, width: 36 },
      ...OVERVIEW_FIGURES.map((_, i) => ({ col: i + 2, width: i < 3 ? 16 : 14 })),
    ],
    rowHeights: [{ row: OVERVIEW_HEADER_ROW, height: 30 }],
    blocks: [
      { row: 1, col: 1, rows: [["Översikt per förvaltning"]], style: "title" },
      {
        row: 2,
        col: 1,
        style: "note",
        rows: [
          [
            `Räknas med formler över bladet ${PORTFOLIO_SHEETS.portfolio}: initiativ i senaste underlaget. Ett dokument räknas när det är Genomförd; nyttoägare och uppföljning när de är ifyllda.`,
          ],
        ],
      },
      ...matrix.blocks,
    ],
    tables: [
      {
        name: PORTFOLIO_TABLES.overview,
        row: OVERVIEW_HEADER_ROW,
        col: 1,
        columns: [
          { header: OVERVIEW_HEADERS.forvaltning },
          ...OVERVIEW_FIGURES.map((figure) => ({
            header: OVERVIEW_HEADERS[figure],
            numberFormat: format(figure),
            style: "computed" as const,
          })),
        ],
        rows,
      },
    ],
    freeze: { rows: OVERVIEW_HEADER_ROW, cols: 1 },
    charts: matrix.charts,
  };
}

export const MATRIX_DATA_HEADERS = [
  "Initiativ-ID",
  "Initiativ",
  "Nytta (1–5)",
  "Komplexitet (1–5)",
  "Investering (kr)",
] as const;

/**
 * The charts on Översikt, native in the file and drawn by Office.js in Excel: investment per
 * förvaltning over the table, and the nytta/komplexitet matrix over a block of per-initiative
 * axes below it. The axes are values of this run; the table's figures stay live formulas.
 */
function overviewCharts(
  consolidation: Consolidation,
  forvaltningar: number,
  matrixRow: number
): { charts: ChartSpec[]; blocks: CellBlock[] } {
  const sheet = sheetRef(PORTFOLIO_SHEETS.overview);
  const first = OVERVIEW_HEADER_ROW + 1;
  const points = consolidation.rows.flatMap((row) => {
    if (row.initiative === null) return [];
    const axes = quadrant(
      row.initiative.scores,
      consolidation.parameters.criteria,
      consolidation.parameters
    );
    if (axes.nytta === null || axes.komplexitet === null) return [];
    const investment = row.initiative.values.investering;
    const name = row.initiative.values.name;
    return [
      {
        label: [row.id, typeof name === "string" ? name : null] as CellContent[],
        axes: [axes.nytta, axes.komplexitet] as CellContent[],
        investment: [typeof investment === "number" ? investment : null] as CellContent[],
      },
    ];
  });
  const charts: ChartSpec[] = [];
  if (forvaltningar > 0)
    charts.push({
      kind: "bar",
      title: "Investering per förvaltning (kr)",
      anchor: { row: 1, col: 12 },
      series: [
        {
          name: "Investering (kr)",
          x: `${sheet}!$A$${first}:$A$${first + forvaltningar - 1}`,
          y: `${sheet}!$C$${first}:$C$${first + forvaltningar - 1}`,
        },
      ],
    });
  if (points.length > 0) {
    const top = matrixRow + 2;
    const bottom = top + points.length - 1;
    charts.push({
      kind: "bubble",
      title: "Nytta och komplexitet (bubbla = investering)",
      anchor: { row: 20, col: 12 },
      series: [
        {
          name: "Initiativ",
          x: `${sheet}!$D$${top}:$D$${bottom}`,
          y: `${sheet}!$C$${top}:$C$${bottom}`,
          size: `${sheet}!$E$${top}:$E$${bottom}`,
        },
      ],
    });
  }
  if (points.length === 0) return { charts, blocks: [] };
  const top = matrixRow + 2;
  return {
    charts,
    blocks: [
      {
        row: matrixRow,
        col: 1,
        style: "subtitle",
        rows: [
          ["Matris: nytta och komplexitet per initiativ (värden från senaste sammanställningen)"],
        ],
      },
      { row: matrixRow + 1, col: 1, style: "header", rows: [[...MATRIX_DATA_HEADERS]] },
      { row: top, col: 1, rows: points.map((p) => p.label) },
      { row: top, col: 3, rows: points.map((p) => p.axes), numberFormat: "0.0" },
      { row: top, col: 5, rows: points.map((p) => p.investment), numberFormat: "#,##0" },
    ],
  };
}
