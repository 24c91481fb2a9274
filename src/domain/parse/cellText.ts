/** Shared first steps of every parser: tidy a cell's text, recognise "nothing here", describe a cell for a message. */
import type { CellValue } from "../ports/WorkbookPort";

const INVISIBLE = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g;
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/** NFC, no invisible characters, every kind of space (NBSP, thin, narrow NBSP, tab, newline) as one space, trimmed. Case kept. */
export function cleanCellText(s: string): string {
  return s.normalize("NFC").replace(INVISIBLE, "").replace(SPACES, " ").trim();
}

/** Dashes people type to say "nothing" (after `cleanCellText`). */
const EMPTY_MARKERS = new Set(["", "-", "--", "\u2013", "\u2014", "\u2212"]);

export function isEmptyMarker(cleaned: string): boolean {
  return EMPTY_MARKERS.has(cleaned);
}

/** The cell as a short text for `details.text` (never throws, whatever the cell holds). */
export function describeCell(cell: CellValue): string {
  if (cell === null) return "";
  if (typeof cell === "object") return cellErrorText(cell);
  if (typeof cell === "boolean") return cell ? "SANT" : "FALSKT";
  if (typeof cell === "number") return String(cell);
  return cleanCellText(String(cell));
}

/** The error code of an error cell, as text even if the reader handed over something odd. */
export function cellErrorText(cell: { readonly error: unknown }): string {
  return typeof cell.error === "string" && cell.error !== "" ? cell.error : "#ERROR";
}
