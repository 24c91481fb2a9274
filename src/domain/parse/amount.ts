/**
 * Amounts in kronor from cells as Swedish workbooks hold them: numbers (scaled by the header's
 * unit) or text such as "596 600 kr", "596 600:-", "1,2 mkr", "45 tkr", "ca 200 000".
 */
import { empty, fail, ok, type ParseProblem, type ParseResult } from "../issues";
import type { CellValue } from "../ports/WorkbookPort";
import { cellProblem, cleanCellText, describeCell, isEmptyMarker } from "./cellText";
import {
  type Decimal,
  decimalValue,
  groupThousands,
  NUMBER_AT_START,
  plainDecimal,
  readDecimal,
  roundDecimal,
  shiftDecimal,
  stripApproximation,
} from "./swedishNumber";
import { swedishLower } from "../text/swedishLower";
import { statement, unitFromNumberFormat, type UnitStatement } from "./units";

/** Unit words after a number in a cell, as powers of ten (lower case, spaces collapsed, trailing dot removed). */
const CELL_UNITS: ReadonlyMap<string, number> = new Map([
  ["kr", 0],
  ["kronor", 0],
  ["krona", 0],
  ["sek", 0],
  [":-", 0],
  [",-", 0],
  [":--", 0],
  [".-", 0],
  ["kr:-", 0],
  // "450' kr", "450’": the apostrophe is written for thousands in Swedish budgets.
  ["'", 3],
  ["' kr", 3],
  ["'kr", 3],
  ["’", 3],
  ["’ kr", 3],
  ["’kr", 3],
  ["tkr", 3],
  ["tsek", 3],
  ["ksek", 3],
  ["kkr", 3],
  ["tusen", 3],
  ["tusen kr", 3],
  ["tusen kronor", 3],
  ["tusen sek", 3],
  ["tusental", 3],
  ["mkr", 6],
  ["mnkr", 6],
  ["mn kr", 6],
  ["mn", 6],
  ["msek", 6],
  ["mio", 6],
  ["milj", 6],
  ["milj kr", 6],
  ["milj. kr", 6],
  ["miljon", 6],
  ["miljon kr", 6],
  ["miljon kronor", 6],
  ["miljoner", 6],
  ["miljoner kr", 6],
  ["miljoner kronor", 6],
  ["miljoner sek", 6],
  ["mdkr", 9],
  ["md kr", 9],
  ["mdr", 9],
  ["miljard", 9],
  ["miljarder", 9],
  ["miljarder kr", 9],
  ["miljarder kronor", 9],
]);

/** Qualifiers after the unit that do not change the amount: "kr/år", "tkr per år", "kr exkl. moms". */
const TRAILING_QUALIFIER =
  /\s*(?:\/\s*år|per\s+år|om\s+året|i\s+året|årligen|(?:exkl|inkl|exklusive|inklusive|ex)\.?\s+moms)$/;

/** Power of ten of a multiplier (0.001, 1, 1000, 1e6 …), so digits are shifted exactly; null for anything else. */
function powerOfTen(multiplier: number): number | null {
  if (!(multiplier > 0)) return null;
  const k = Math.round(Math.log10(multiplier));
  return 10 ** k === multiplier && Math.abs(k) <= 12 ? k : null;
}

function cellUnit(rest: string): number | null | undefined {
  let unit = rest.trim();
  for (let previous = ""; previous !== unit;) {
    previous = unit;
    unit = unit.replace(TRAILING_QUALIFIER, "").trim();
  }
  if (unit === "") return null; // no unit in the cell
  const key = unit.replace(/\s+/g, " ").replace(/(?<=[a-zåäö])\.$/, "");
  return CELL_UNITS.get(key); // undefined: not a unit at all
}

function signedResult(value: number, approximate: boolean, text: string): ParseResult<number> {
  const clean = value === 0 ? 0 : value; // no -0
  let problem: ParseProblem | undefined;
  if (clean < 0)
    problem = { code: "negative_amount", severity: "error", details: { text, value: clean } };
  else if (approximate)
    problem = { code: "approximate_amount", severity: "warning", details: { text, value: clean } };
  return ok(clean, problem);
}

/**
 * An amount in kronor. `headerMultiplier` (from `unitFromHeader`; null means kronor) applies to
 * numbers and to text without a unit of its own; a unit in the cell wins.
 * Empty cell, "-" or "–": value null, no problem. "ca …": value + `approximate_amount` (warning).
 * Negative: value + `negative_amount` (error; the caller decides). Anything else: `invalid_amount`
 * or `cell_error`, never 0.
 */
export function parseAmount(cell: CellValue, headerMultiplier: number | null): ParseResult<number> {
  const multiplier = headerMultiplier ?? 1;
  if (cell === null) return empty();
  if (typeof cell === "object") return cellProblem(cell);
  if (typeof cell === "boolean") return fail("invalid_amount", { text: describeCell(cell) });
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return fail("invalid_amount", { text: String(cell) });
    const k = powerOfTen(multiplier);
    const magnitude =
      k === null ? Math.abs(cell) * multiplier : decimalValue(plainDecimal(cell), k);
    if (!Number.isFinite(magnitude)) return fail("invalid_amount", { text: String(cell) });
    return signedResult(cell < 0 ? -magnitude : magnitude, false, String(cell));
  }
  if (typeof cell !== "string") return fail("invalid_amount", { text: describeCell(cell) });

  const text = cleanCellText(cell);
  if (isEmptyMarker(text)) return empty();
  const invalid = (reason?: string): ParseResult<number> =>
    fail("invalid_amount", reason ? { text, reason } : { text });

  if (PERCENT_TEXT.test(text)) return fail("percent_in_amount", { text });
  const { rest: afterApprox, approximate } = stripApproximation(swedishLower(text));
  let rest = afterApprox.replace(/^(?:sek|kr)\s+(?=[\d\-\u2212\u2013+])/, ""); // "SEK 200 000"
  let negative = false;
  const sign = /^([-\u2212\u2013+])\s*/.exec(rest);
  if (sign) {
    negative = sign[1] !== "+";
    rest = rest.slice(sign[0].length);
  }
  const numberMatch = NUMBER_AT_START.exec(rest);
  if (!numberMatch) return invalid();
  const decimal: Decimal | null = readDecimal(numberMatch[0]);
  const after = rest.slice(numberMatch[0].length);
  if (/^\s*(?:[-\u2013\u2014]|till)\s*\d/.test(after)) return invalid("range");
  if (!decimal) return invalid();

  const unit = cellUnit(after);
  if (unit === undefined) return invalid();
  const k = unit ?? powerOfTen(multiplier);
  const magnitude = k === null ? decimalValue(decimal) * multiplier : decimalValue(decimal, k);
  if (!Number.isFinite(magnitude)) return invalid();
  return signedResult(negative ? -magnitude : magnitude, approximate, text);
}

/** "15%", "20 %", "ca 12,5 %": a share, not an amount. */
const PERCENT_TEXT = /^(?:ca\.?\s*)?[-+\u2212]?\s*\d+(?:[ .,]\d+)*\s*%$/i;

/** Whether a text amount names its own unit ("450 tkr", "1,2 mkr", "596 600 kr"): then no column unit applies to it. */
export function hasOwnUnit(text: string): boolean {
  const { rest } = stripApproximation(swedishLower(cleanCellText(text)));
  if (/^(?:sek|kr)\s+(?=[\d\-\u2212\u2013+])/.test(rest)) return true;
  const number = NUMBER_AT_START.exec(rest.replace(/^[-\u2212\u2013+]\s*/, ""));
  if (!number) return false;
  const after = rest.replace(/^[-\u2212\u2013+]\s*/, "").slice(number[0].length);
  return cellUnit(after) != null;
}

/** What the workbook says of an amount column's unit (see sheets/columnUnits). */
export interface AmountColumnUnit {
  /** The column's unit as a multiplier; null when none is stated (kronor). */
  readonly multiplier: number | null;
  readonly unit?: UnitStatement;
  /** Two places state different units for the column. */
  readonly unitConflict?: readonly [UnitStatement, UnitStatement];
}

const conflict = (first: UnitStatement, second: UnitStatement): ParseResult<number> =>
  fail("unit_conflict", { first: first.text, second: second.text });

/**
 * An amount cell read with everything the workbook says of its unit: the column's (header, group,
 * title) and the cell's own number format (`# ##0 "tkr"` shows 450 as "450 tkr": 450 000 kr;
 * `#,##0,` shows 450 000 as "450", so a column in tkr means the cell's 450 000 kr). Two stated
 * units that differ are `unit_conflict`, never a guess; a percentage is `percent_in_amount`; a
 * text naming its own unit ("1,2 mkr") is read by it.
 */
export function parseAmountCell(
  cell: CellValue,
  format: string | null,
  column: AmountColumnUnit
): ParseResult<number> {
  if (typeof cell === "string") {
    const conflicting = column.unitConflict;
    // parseAmount lets a unit in the cell win over the column's; only a conflict must know of it.
    if (!conflicting) return parseAmount(cell, column.multiplier);
    const text = cleanCellText(cell);
    if (hasOwnUnit(cell) || isEmptyMarker(text) || PERCENT_TEXT.test(text))
      return parseAmount(cell, null);
    return conflict(...conflicting);
  }
  if (typeof cell !== "number") return parseAmount(cell, column.multiplier);
  const shown = unitFromNumberFormat(format);
  if (shown.percent)
    return fail("percent_in_amount", { text: `${String(cell * 100).replace(".", ",")} %` });
  if (column.unitConflict) return conflict(...column.unitConflict);
  const own = shown.multiplier === null ? null : statement(shown.multiplier, "format");
  if (own && column.unit && column.unit.multiplier !== own.multiplier)
    return conflict(column.unit, own);
  const unit = own?.multiplier ?? column.multiplier;
  // A display scale means something only with a unit: without one the stored value is kronor.
  return parseAmount(cell, unit === null ? null : unit * 10 ** shown.scale);
}

const NBSP = "\u00A0";
const UNIT_SHIFT = { kr: 0, tkr: 3, mkr: 6 } as const;

/**
 * "1 234 567,5 kr" the Swedish way: U+00A0 between thousands and before the unit, comma decimal,
 * at most two decimals (rounded half away from zero), minus sign U+2212. "" for NaN or ±Infinity.
 */
export function formatSwedishAmount(n: number, unit: "kr" | "tkr" | "mkr" = "kr"): string {
  if (!Number.isFinite(n)) return "";
  const rounded = roundDecimal(shiftDecimal(plainDecimal(n), -UNIT_SHIFT[unit]), 2);
  const frac = rounded.frac.replace(/0+$/, "");
  const isZero = /^0*$/.test(rounded.int) && frac === "";
  const sign = n < 0 && !isZero ? "\u2212" : "";
  const number =
    groupThousands(rounded.int === "" ? "0" : rounded.int, NBSP) + (frac === "" ? "" : "," + frac);
  return `${sign}${number}${NBSP}${unit}`;
}
