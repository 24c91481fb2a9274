/** Free text and criteria scores. */
import { CELL_TEXT_LIMIT, CUT_MARK, fitCellText } from "../text/cellTextLimit";
import { empty, fail, ok, type ParseResult } from "../issues";
import { stripInvisible } from "../text/normalize";
import type { CellValue } from "../ports/WorkbookPort";
import { cellProblem, cleanCellText, describeCell, isEmptyMarker } from "./cellText";
import { plainDecimal } from "./swedishNumber";
import { swedishLower } from "../text/swedishLower";

/**
 * A number as Swedish Excel shows it in a General cell, without exponent or grouping:
 * 123 → "123", 1.5 → "1,5", 1e21 → "1000000000000000000000".
 */
function numberText(n: number): string {
  const { int, frac } = plainDecimal(n);
  return `${n < 0 ? "-" : ""}${int}${frac ? "," + frac : ""}`;
}

/**
 * Trimmed text (inner line breaks kept); numbers without exponent, comma decimal; TRUE/FALSE as
 * "Ja"/"Nej". Empty or blank: null. Error cells, and NaN or ±Infinity (Excel's #NUM!): `cell_error`.
 */
export function parseText(cell: CellValue): ParseResult<string> {
  if (cell === null) return empty();
  if (typeof cell === "object") return cellProblem(cell);
  if (typeof cell === "boolean") return ok(cell ? "Ja" : "Nej");
  if (typeof cell === "number")
    return Number.isFinite(cell)
      ? ok(numberText(cell === 0 ? 0 : cell))
      : fail("cell_error", { error: "#NUM!" });
  if (typeof cell !== "string") return fail("cell_error", { error: describeCell(cell) });
  // Keep the user's own line breaks and spacing inside; only invisible characters and the ends go.
  const text = stripInvisible(cell).trim();
  if (text === "") return empty();
  if (text.length <= CELL_TEXT_LIMIT) return ok(text);
  return ok(fitCellText(text), {
    code: "text_truncated",
    severity: "warning",
    details: { length: text.length, limit: CELL_TEXT_LIMIT, mark: CUT_MARK.trim() },
  });
}

/** "3", "3 av 5", "3/5", "3 p", "3 poäng", "3,0" (lower case, spaces collapsed). */
const SCORE_TEXT = /^([0-9]+)(?:[.,]0+)?\s*(?:(?:av|\/|of)\s*5|p\.?|poäng|points?)?$/;

/** A criterion score, a whole number 1–5. Empty or "-": null. Anything else: `invalid_score` with details { text, min, max }. */
export function parseScore(cell: CellValue): ParseResult<number> {
  if (cell === null) return empty();
  if (typeof cell === "object") return cellProblem(cell);
  const invalid = (text: string): ParseResult<number> =>
    fail("invalid_score", { text, min: 1, max: 5 });
  if (typeof cell === "number") {
    return Number.isInteger(cell) && cell >= 1 && cell <= 5
      ? ok(cell)
      : invalid(describeCell(cell));
  }
  if (typeof cell !== "string") return invalid(describeCell(cell));
  const text = cleanCellText(cell);
  if (isEmptyMarker(text)) return empty();
  const match = SCORE_TEXT.exec(swedishLower(text));
  const score = match ? Number(match[1]) : NaN;
  return Number.isInteger(score) && score >= 1 && score <= 5 ? ok(score) : invalid(text);
}
