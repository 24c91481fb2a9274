/** Hours saved per year (Tidsbesparing): numbers, or text such as "120 h", "1 200 timmar", "ca 300 h". */
import { empty, fail, ok, type ParseResult } from "../issues";
import type { CellValue } from "../ports/WorkbookPort";
import { cellProblem, cleanCellText, describeCell, isEmptyMarker } from "./cellText";
import { decimalValue, NUMBER_AT_START, readDecimal, stripApproximation } from "./swedishNumber";
import { swedishLower } from "../text/swedishLower";

/** Hour units after the number; "per år" and the like may follow. Days or minutes are not hours: invalid. */
const HOUR_UNIT =
  /^(?:h|tim|timme|timma|timmar|timmars|hours?|hrs?)?\.?(?:\s*(?:\/\s*år|per\s+år|om\s+året|i\s+året|årligen))?$/;

/**
 * Hours as a non-negative number. Empty, "-" or "–": null, no problem. "ca …": value +
 * `approximate_hours` (warning). Negative, a range, days or anything else: `invalid_hours`
 * (value null: a negative time saving is taken for a typing error, not a value to compute with).
 */
export function parseHours(cell: CellValue): ParseResult<number> {
  if (cell === null) return empty();
  if (typeof cell === "object") return cellProblem(cell);
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return fail("invalid_hours", { text: String(cell) });
    if (cell < 0) return fail("invalid_hours", { text: String(cell), reason: "negative" });
    return ok(cell === 0 ? 0 : cell);
  }
  if (typeof cell !== "string") return fail("invalid_hours", { text: describeCell(cell) });

  const text = cleanCellText(cell);
  if (isEmptyMarker(text)) return empty();
  const { rest, approximate } = stripApproximation(swedishLower(text));
  if (/^[-\u2212\u2013]\s*\d/.test(rest))
    return fail("invalid_hours", { text, reason: "negative" });
  const numberMatch = NUMBER_AT_START.exec(rest);
  const decimal = numberMatch ? readDecimal(numberMatch[0]) : null;
  if (!numberMatch || !decimal) return fail("invalid_hours", { text });
  const after = rest.slice(numberMatch[0].length).trim();
  if (/^(?:[-\u2013\u2014]|till)\s*\d/.test(after))
    return fail("invalid_hours", { text, reason: "range" });
  if (!HOUR_UNIT.test(after)) return fail("invalid_hours", { text });
  const value = decimalValue(decimal);
  if (!Number.isFinite(value)) return fail("invalid_hours", { text });
  return approximate
    ? ok(value, { code: "approximate_hours", severity: "warning", details: { text, value } })
    : ok(value);
}
