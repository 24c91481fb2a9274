/** Shared first steps of every parser: tidy a cell's text, recognise "nothing here", describe a cell for a message. */
import { fail, type ParseResult } from "../issues";
import type { CellError, CellValue } from "../ports/WorkbookPort";
import { singleSpaces, stripInvisible } from "../text/normalize";

/** NFC, no invisible characters, every kind of space (NBSP, thin, narrow NBSP, tab, newline) as one space, trimmed. Case kept. */
export function cleanCellText(s: string): string {
  // Most cells are words of plain characters with single spaces: nothing to clean.
  if (PLAIN.test(s)) return s;
  return singleSpaces(stripInvisible(s)).trim();
}

/** Printable ASCII and Latin-1 letters (composed, so already NFC), single spaces between. */
const PLAIN = /^[!-~\u00C0-\u00FF]+(?: [!-~\u00C0-\u00FF]+)*$/;

/** Dashes people type to say "nothing" (after `cleanCellText`). */
const EMPTY_MARKERS = new Set(["", "-", "--", "\u2013", "\u2014", "\u2212"]);

export function isEmptyMarker(cleaned: string): boolean {
  return EMPTY_MARKERS.has(cleaned);
}

/** The cell as a short text for `details.text` (never throws, whatever the cell holds). */
export function describeCell(cell: CellValue): string {
  if (cell === null) return "";
  if (typeof cell === "object") return cell.formula ?? cellErrorText(cell);
  if (typeof cell === "boolean") return cell ? "SANT" : "FALSKT";
  if (typeof cell === "number") return String(cell);
  return cleanCellText(String(cell));
}

/** The error code of an error cell, as text even if the reader handed over something odd. */
export function cellErrorText(cell: { readonly error: unknown }): string {
  return typeof cell.error === "string" && cell.error !== "" ? cell.error : "#ERROR";
}

/**
 * What a parser says of a cell holding an error: `cell_error` naming it, or, for a formula saved
 * without its value that the reader could not work out, `formula_without_value` with the formula
 * (never "missing": the cell has content, only not its value); for a cell whose shared string
 * the file lacks, `shared_string_missing` with the index it names.
 */
export function cellProblem<T>(cell: CellError): ParseResult<T> {
  if (cell.formula !== undefined) return fail("formula_without_value", { formula: cell.formula });
  if (cell.missingSharedString !== undefined)
    return fail("shared_string_missing", { index: cell.missingSharedString });
  return fail("cell_error", { error: cellErrorText(cell) });
}
