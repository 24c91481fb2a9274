/**
 * Where on a sheet of ours the product wrote, kept in the workbook as a hidden name local to the
 * sheet. When the sheet is rewritten, whatever lies outside that area is the council's and is
 * carried over (patchWorkbook). A name, because Excel moves it with the cells when rows or
 * columns are inserted above or beside it.
 */
import type { SheetDescription } from "../../../domain/template/WorkbookDescription";
import { cellAddress, columnNumber } from "../../../domain/sheets/columnLetters";
import { quoteSheetName } from "../a1";

export const OUR_AREA_NAME = "Digiportfolj_omrade";

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The rectangles a description writes: each block, each table with its header. */
export function areaOf(sheet: SheetDescription): Box[] {
  const boxes: Box[] = [];
  for (const block of sheet.blocks ?? []) {
    const width = block.rows.reduce((w, row) => Math.max(w, row.length), 0);
    if (block.rows.length === 0 || width === 0) continue;
    boxes.push({
      top: block.row,
      left: block.col,
      bottom: block.row + block.rows.length - 1,
      right: block.col + width - 1,
    });
  }
  for (const table of sheet.tables ?? [])
    boxes.push({
      top: table.row,
      left: table.col,
      bottom: table.row + Math.max(1, table.rows.length),
      right: table.col + table.columns.length - 1,
    });
  return boxes;
}

const abs = (row: number, col: number): string =>
  cellAddress(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

/** The name's formula: the union of the boxes (Excel allows 8,192 characters; past that, one box round all). */
export function areaFormula(sheetName: string, boxes: readonly Box[]): string | null {
  if (boxes.length === 0) return null;
  const sheet = quoteSheetName(sheetName);
  const ref = (b: Box) => `${sheet}!${abs(b.top, b.left)}:${abs(b.bottom, b.right)}`;
  const text = boxes.map(ref).join(",");
  if (text.length <= 8000) return text;
  return ref({
    top: Math.min(...boxes.map((b) => b.top)),
    left: Math.min(...boxes.map((b) => b.left)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
    right: Math.max(...boxes.map((b) => b.right)),
  });
}

/** The boxes of an area name as written ("'Översikt'!$A$1:$H$3,'Översikt'!$A$5:$E$9"). */
export function parseArea(formula: string): Box[] {
  const boxes: Box[] = [];
  for (const m of formula.matchAll(/\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g)) {
    const left = columnNumber(m[1]!);
    const top = Number(m[2]);
    const right = m[3] === undefined ? left : columnNumber(m[3]);
    const bottom = m[4] === undefined ? top : Number(m[4]);
    boxes.push({ top, left, bottom, right });
  }
  return boxes;
}

export const inBoxes = (boxes: readonly Box[], row: number, col: number): boolean =>
  boxes.some((b) => row >= b.top && row <= b.bottom && col >= b.left && col <= b.right);
