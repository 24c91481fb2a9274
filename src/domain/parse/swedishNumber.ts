/**
 * Numbers as Swedish workbooks write them ("1 234 567,50", "1.234.567", "1,2"), kept as decimal
 * digit strings so that scaling by tkr/mkr is exact instead of a float multiplication.
 */

/** A non-negative decimal number as digits: `int` has no sign, `frac` may be "". */
export interface Decimal {
  readonly int: string;
  readonly frac: string;
}

/** Digits with single separators (space, dot, comma) between them; what `readDecimal` accepts. */
export const NUMBER_AT_START = /^\d+(?:[ .,]\d+)*/;

/** Words and signs before a number meaning "about": "ca", "ca.", "c:a", "cirka", "ungefär", "~" … */
const APPROXIMATION =
  /^(?:ca(?![a-zåäö])\.?|c:a|cirka|circa|ungefärligen|ungefär|ung\.|omkring|runt|uppskattat|uppskattningsvis|approx\.?|about|~|≈)\s*/;

/** Removes a leading "about" word (the text must already be lower case). */
export function stripApproximation(lower: string): {
  readonly rest: string;
  readonly approximate: boolean;
} {
  const match = APPROXIMATION.exec(lower);
  return match
    ? { rest: lower.slice(match[0].length).trimStart(), approximate: true }
    : { rest: lower, approximate: false };
}

/**
 * Reads "1 234 567,50", "1.234.567", "1.234,5", "1,234.5", "1,5", "1.5" (the whole string must be the number).
 * Comma is the decimal separator; spaces always group thousands; dots group thousands when every
 * group after the first has 3 digits (so "1.234" is 1234 but "1.5" is 1,5 and "0.125" is 0,125).
 * With both comma and dot, the last one is the decimal separator. Returns null for anything else.
 */
export function readDecimal(s: string): Decimal | null {
  if (!/^\d+(?:[ .,]\d+)*$/.test(s)) return null;
  const groups = s.split(/[ .,]/);
  const seps = s.replace(/\d+/g, "").split("");
  if (seps.length === 0) return { int: s, frac: "" };

  const commas = seps.filter((c) => c === ",").length;
  const dots = seps.filter((c) => c === ".").length;
  let decimalIndex = -1; // index into seps of the decimal separator
  if (commas > 0 && dots > 0) {
    const last = seps[seps.length - 1];
    if (last === " " || seps.filter((c) => c === last).length !== 1) return null;
    decimalIndex = seps.length - 1;
  } else if (commas === 1) {
    decimalIndex = seps.indexOf(",");
  } else if (dots === 1) {
    const i = seps.indexOf(".");
    const after = groups[i + 1] ?? "";
    const thousands = after.length === 3 && (groups[0] !== "0" || i > 0);
    if (!thousands) decimalIndex = i;
  }
  // Only the last separator can be the decimal one: "1,5 000" is not a number.
  if (decimalIndex !== -1 && decimalIndex !== seps.length - 1) return null;

  const intGroups = decimalIndex === -1 ? groups : groups.slice(0, decimalIndex + 1);
  const thousandSeps = decimalIndex === -1 ? seps : seps.slice(0, decimalIndex);
  // Thousand separators: one kind besides spaces, groups of exactly three after the first.
  const kinds = new Set(thousandSeps.filter((c) => c !== " "));
  if (kinds.size > 1) return null;
  const [first = "", ...rest] = intGroups;
  if (rest.length > 0 && (first.length > 3 || rest.some((g) => g.length !== 3))) return null;
  return {
    int: intGroups.join(""),
    frac: decimalIndex === -1 ? "" : (groups[groups.length - 1] ?? ""),
  };
}

/** The decimal times 10^shift, moving the point in the digits (exact). */
export function shiftDecimal(d: Decimal, shift: number): Decimal {
  const digits = d.int + d.frac;
  const point = d.int.length + shift;
  const int =
    point <= 0
      ? "0"
      : point >= digits.length
        ? digits + "0".repeat(point - digits.length)
        : digits.slice(0, point);
  const frac =
    point <= 0 ? "0".repeat(-point) + digits : point >= digits.length ? "" : digits.slice(point);
  return { int: int.replace(/^0+(?=\d)/, ""), frac };
}

/** The decimal times 10^shift as a number: the digits are scaled exactly, then rounded once to the nearest double. */
export function decimalValue(d: Decimal, shift = 0): number {
  const { int, frac } = shiftDecimal(d, shift);
  return Number(frac === "" ? int : `${int}.${frac}`);
}

/** A finite number's magnitude as plain decimal digits, never with an exponent (1e21 → "1000…", 1e-7 → "0.0000001"). */
export function plainDecimal(n: number): Decimal {
  // Whole numbers below 2^53 print without exponent or point: most amounts in a list.
  if (Number.isSafeInteger(n)) return { int: String(Math.abs(n)), frac: "" };
  const s = String(Math.abs(n));
  const exp = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!exp) {
    const [int = "0", frac = ""] = s.split(".");
    return { int, frac };
  }
  const digits = (exp[1] ?? "") + (exp[2] ?? "");
  const point = 1 + Number(exp[3]);
  if (point <= 0) return { int: "0", frac: "0".repeat(-point) + digits };
  if (point >= digits.length) return { int: digits + "0".repeat(point - digits.length), frac: "" };
  return { int: digits.slice(0, point), frac: digits.slice(point) };
}

/** Rounds half up (away from zero) to `places` decimals on the digits, so 1.005 becomes 1.01 as a reader expects. */
export function roundDecimal(d: Decimal, places: number): Decimal {
  if (d.frac.length <= places) return d;
  const keep = d.int + d.frac.slice(0, places);
  const roundUp = (d.frac[places] ?? "0") >= "5";
  let digits = keep;
  if (roundUp) {
    const chars = keep.split("");
    let i = chars.length - 1;
    while (i >= 0 && chars[i] === "9") {
      chars[i] = "0";
      i--;
    }
    if (i >= 0) chars[i] = String(Number(chars[i]) + 1);
    else chars.unshift("1");
    digits = chars.join("");
  }
  const intLength = digits.length - places;
  return {
    int: digits.slice(0, intLength).replace(/^0+(?=\d)/, ""),
    frac: digits.slice(intLength),
  };
}

/** "1234567" → "1 234 567" with the given separator. */
export function groupThousands(int: string, separator: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}
