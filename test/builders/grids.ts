/** Builders for test workbooks as the port delivers them. */
import type { CellValue, SheetGrid, TableInfo, WorkbookData } from "../../src/domain/ports/WorkbookPort";

export function grid(name: string, rows: CellValue[][], options: { top?: number; left?: number; tables?: TableInfo[] } = {}): SheetGrid {
  return {
    name,
    visibility: "visible",
    top: options.top ?? 1,
    left: options.left ?? 1,
    values: rows,
    numberFormats: rows.map((r) => r.map(() => null)),
    tables: options.tables ?? [],
  };
}

export function workbook(name: string, sheets: SheetGrid[], date1904 = false): WorkbookData {
  return { name, date1904, sheets, definedNames: [] };
}

/** A workbook carrying the marker every portfolio Digiportfölj writes (portfolioMarker.ts). */
export function portfolioWorkbook(name: string, sheets: SheetGrid[]): WorkbookData {
  return { ...workbook(name, sheets), definedNames: [{ name: "Digiportfolj_portfolj", ref: "Översikt!$A$1" }] };
}
