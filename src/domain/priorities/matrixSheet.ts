/**
 * Prioritering: the ranked list as it stood when the matrix was inserted, and the nytta/komplexitet
 * matrix over it as a bubble chart (x komplexitet, y nytta, bubble size the investment). Values,
 * not formulas: the sheet is a picture for the council's meeting, made again with one click.
 */
import { sheetRef } from "../portfolio/portfolioFormulas";
import { columnLetters } from "../sheets/columnLetters";
import type { CellContent, SheetDescription } from "../template/WorkbookDescription";
import type { RankedInitiative } from "./rankInitiatives";

export const MATRIX_SHEET = "Prioritering";
export const MATRIX_TABLE = "Prioritering";
const HEADER_ROW = 4;

export const MATRIX_HEADERS = [
  "Rang",
  "Initiativ",
  "Förvaltning",
  "Viktad poäng",
  "Nytta (1–5)",
  "Komplexitet (1–5)",
  "Investering (kr)",
  "Inom budget",
] as const;

const yesNo = (fits: boolean | null): string | null => (fits === null ? null : fits ? "Ja" : "Nej");

/** Rows in the chart: both axes known; bubble size needs a positive investment to show. */
const charted = (r: RankedInitiative): boolean => r.nytta !== null && r.komplexitet !== null;

export function describeMatrixSheet(
  ranked: readonly RankedInitiative[],
  generatedAt: string
): SheetDescription {
  // Charted rows first, so the chart's ranges are one contiguous block of the table.
  const ordered = [...ranked.filter(charted), ...ranked.filter((r) => !charted(r))];
  const rows = ordered.map((r): CellContent[] => [
    r.rank,
    r.name,
    r.forvaltning,
    r.score,
    r.nytta,
    r.komplexitet,
    r.investment,
    yesNo(r.fitsBudget),
  ]);
  const count = ordered.filter(charted).length;
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + count;
  const column = (header: (typeof MATRIX_HEADERS)[number]) =>
    columnLetters(MATRIX_HEADERS.indexOf(header) + 1);
  const range = (header: (typeof MATRIX_HEADERS)[number]) =>
    `${sheetRef(MATRIX_SHEET)}!$${column(header)}$${first}:$${column(header)}$${last}`;
  return {
    name: MATRIX_SHEET,
    tabColor: "FF7030A0",
    columnWidths: [
      { col: 1, width: 7 },
      { col: 2, width: 36 },
      { col: 3, width: 24 },
      ...[4, 5, 6, 7, 8].map((col) => ({ col, width: 14 })),
    ],
    blocks: [
      { row: 1, col: 1, rows: [["Prioritering: nytta och komplexitet"]], style: "title" },
      {
        row: 2,
        col: 1,
        style: "note",
        rows: [
          [
            `Rangordning och matris ${generatedAt}. Bubblans storlek är investeringen. Infoga matrisen igen från Digiportfölj när poäng eller vikter ändras.`,
          ],
        ],
      },
    ],
    tables: [
      {
        name: MATRIX_TABLE,
        row: HEADER_ROW,
        col: 1,
        columns: MATRIX_HEADERS.map((header) => ({
          header,
          ...(header === "Investering (kr)" ? { numberFormat: "#,##0" } : {}),
          ...(header === "Viktad poäng" || header.includes("(1–5)") ? { numberFormat: "0.0" } : {}),
        })),
        rows,
      },
    ],
    charts:
      count === 0
        ? []
        : [
            {
              kind: "bubble",
              title: "Nytta och komplexitet (bubbla = investering)",
              anchor: { row: HEADER_ROW, col: MATRIX_HEADERS.length + 2 },
              series: [
                {
                  name: "Initiativ",
                  x: range("Komplexitet (1–5)"),
                  y: range("Nytta (1–5)"),
                  size: range("Investering (kr)"),
                },
              ],
            },
          ],
  };
}
