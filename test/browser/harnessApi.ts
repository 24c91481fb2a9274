/**
 * What the harness page offers the tests besides the pane itself: the Excel double on
 * `window.__excelDouble`, and on `window.__harness` a few inspections whose answers are plain
 * JSON (page.evaluate can only carry those back to Node).
 */
import type { ExcelDouble } from "../excelDouble/createExcelDouble";

export type CellScalar = string | number | boolean;

export interface HarnessApi {
  /** What Office.context.displayLanguage answers (?lang=, default sv-SE). */
  readonly displayLanguage: string;
  /** The ExcelApi version the double supports (?excelApi=, default the double's own). */
  readonly excelApi: string;
  sheetNames(): string[];
  activeSheet(): string | null;
  /** What the last Range.select() selected, as Excel shows it: sheet and "G6" / "A1:C3". */
  selection(): { sheet: string; address: string } | null;
  values(sheet: string, address: string): CellScalar[][];
  /** Every cell's value on a sheet as text, row by row; formulas without a seeded result are "". */
  texts(sheet: string): string[];
  charts(): { sheet: string; type: string; name: string }[];
  /** Makes another sheet active, as a user clicking its tab does. */
  activate(sheet: string): void;
}

declare global {
  interface Window {
    __excelDouble: ExcelDouble;
    __harness: HarnessApi;
  }
}
