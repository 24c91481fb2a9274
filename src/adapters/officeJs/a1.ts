/**
 * A1 addresses as Office.js takes and gives them. Office.js answers with addresses such as
 * "'Listor och text'!A2:A8" or "Blad1!C3"; we ask with addresses relative to a worksheet.
 */
import type { CellBox } from "../../domain/ports/WorkbookPort";
import { cellAddress, columnLetters, columnNumber } from "../../domain/sheets/columnLetters";
import { quoteSheetName } from "../xlsxFile/a1";

export { quoteSheetName };

/** "B3" for one cell, "B3:D7" for more; rows and columns 1-based, sizes at least 1. */
export function rangeAddress(row: number, col: number, rows = 1, cols = 1): string {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1)
    throw new RangeError(`A range needs at least one row and one column, got ${rows}×${cols}`);
  const start = cellAddress(row, col);
  return rows === 1 && cols === 1
    ? start
    : `${start}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

/** The whole column, e.g. "C:C" (for widths). */
export const columnAddress = (col: number): string => `${columnLetters(col)}:${columnLetters(col)}`;

/** The whole row, e.g. "4:4" (for heights). */
export const rowAddress = (row: number): string => `${row}:${row}`;

/** "Sheet!$B$4" with the sheet quoted when a formula needs it. */
export const sheetReference = (sheet: string, ref: string): string =>
  `${quoteSheetName(sheet)}!${ref}`;

export interface ParsedAddress {
  /** Null when the address names no sheet. */
  readonly sheet: string | null;
  /** The address without its sheet, "$" removed, e.g. "A2:A8". */
  readonly local: string;
  readonly box: CellBox;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/**
 * Splits "'It''s'!$A$2:$B$8" into sheet, local part and 1-based box. Whole columns ("C:C") and
 * whole rows ("4:4") are not cell ranges and give null, as does anything else not A1.
 */
export function parseAddress(address: string): ParsedAddress | null {
  let sheet: string | null = null;
  let local = address.trim().replace(/^=/, "");
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(local);
  const plain = quoted ? null : /^([^'!]+)!(.*)$/.exec(local);
  if (quoted) {
    sheet = quoted[1]!.replace(/''/g, "'");
    local = quoted[2]!;
  } else if (plain) {
    sheet = plain[1]!;
    local = plain[2]!;
  }
  const [first, second, extra] = local.split(":");
  if (first === undefined || extra !== undefined) return null;
  const a = CELL.exec(first);
  const b = second === undefined ? a : CELL.exec(second);
  if (!a || !b) return null;
  const rows = [Number(a[2]), Number(b[2])];
  const cols = [columnNumber(a[1]!), columnNumber(b[1]!)];
  if (rows.some((r) => r < 1)) return null;
  const box: CellBox = {
    top: Math.min(...rows),
    left: Math.min(...cols),
    bottom: Math.max(...rows),
    right: Math.max(...cols),
  };
  return {
    sheet,
    local: rangeAddress(box.top, box.left, box.bottom - box.top + 1, box.right - box.left + 1),
    box,
  };
}
