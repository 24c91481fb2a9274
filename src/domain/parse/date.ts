/**
 * Dates from cells: Excel serials (1900 and 1904 systems) and the text Swedish workbooks hold
 * ("2018-11-06", "6 nov 2018", "mars 2021", "höst 2017", "Q3 2021"). Vague text is kept as a range
 * with a warning, never guessed into one day.
 */
import { empty, fail, ok, type ParseResult } from "../issues";
import type { CellValue } from "../ports/WorkbookPort";
import { cellProblem, cleanCellText, describeCell, isEmptyMarker } from "./cellText";
import { stripApproximation } from "./swedishNumber";
import { swedishLower } from "../text/swedishLower";
import { remember } from "../remember";

export type DateValue =
  | {
      readonly kind: "exact";
      /** YYYY-MM-DD; the first of the month for precision "month". */ readonly iso: string;
      readonly precision: "day" | "month";
    }
  | {
      readonly kind: "approximate";
      readonly text: string;
      readonly earliest: string;
      readonly latest: string;
    };

/** The format to ask for in messages. */
export const DATE_FORMAT_HINT = "ÅÅÅÅ-MM-DD";

const DAY_MS = 86_400_000;
/** Excel's own range: 1900-01-01 … 9999-12-31. */
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

const pad = (n: number, width: number): string => String(n).padStart(width, "0");
const isoOf = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function isValidYmd(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= MIN_YEAR &&
    y <= MAX_YEAR &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

function ymdOfIso(iso: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidYmd(y, m, d) ? { y, m, d } : null;
}

/** Days since 1970-01-01 (UTC, no time zone involved). */
const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;

function isoOfDayNumber(days: number): string {
  const date = new Date(days * DAY_MS);
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const EPOCH_1904 = dayNumber(1904, 1, 1); // serial 0
/** Serials 1–59: 1900-01-01 … 1900-02-28 counted from 1899-12-31. */
const EPOCH_1900_EARLY = dayNumber(1899, 12, 31);
/** Serials from 61: one day less, because Excel counts a 1900-02-29 that never was (serial 60). */
const EPOCH_1900 = dayNumber(1899, 12, 30);
const LAST_DAY = dayNumber(MAX_YEAR, 12, 31);

/**
 * The ISO date of an Excel serial; the fraction (time of day) is dropped. Null for serials
 * outside Excel's range, for serial 60 in the 1900 system (Excel's fictitious 1900-02-29) and for NaN.
 */
export function isoFromSerial(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial)) return null;
  const s = Math.floor(serial);
  let days: number;
  if (date1904) {
    if (s < 0) return null;
    days = EPOCH_1904 + s;
  } else {
    if (s < 1 || s === 60) return null;
    days = (s < 60 ? EPOCH_1900_EARLY : EPOCH_1900) + s;
  }
  return days > LAST_DAY ? null : isoOfDayNumber(days);
}

/** The Excel serial of an ISO date (for writing); null for text that is not a date in Excel's range. */
export function serialFromIso(iso: string, date1904: boolean): number | null {
  const ymd = ymdOfIso(iso);
  if (!ymd) return null;
  const days = dayNumber(ymd.y, ymd.m, ymd.d);
  if (date1904) return days >= EPOCH_1904 ? days - EPOCH_1904 : null;
  return days < dayNumber(1900, 3, 1) ? days - EPOCH_1900_EARLY : days - EPOCH_1900;
}

/** The ISO date n years later (earlier for negative n); 29 February becomes 28 February in other years. Text that is not an ISO date comes back unchanged. */
export function addYears(iso: string, n: number): string {
  const ymd = ymdOfIso(iso);
  if (!ymd || !Number.isFinite(n)) return iso;
  const y = ymd.y + Math.trunc(n);
  return isoOf(y, ymd.m, Math.min(ymd.d, daysInMonth(y, ymd.m)));
}

/** First and last day a date value can mean. */
export function dateBounds(value: DateValue): {
  readonly earliest: string;
  readonly latest: string;
} {
  if (value.kind === "approximate") return { earliest: value.earliest, latest: value.latest };
  if (value.precision === "day") return { earliest: value.iso, latest: value.iso };
  const ymd = ymdOfIso(value.iso);
  return {
    earliest: value.iso,
    latest: ymd ? isoOf(ymd.y, ymd.m, daysInMonth(ymd.y, ymd.m)) : value.iso,
  };
}

/** Orders by the earliest day a value can mean, then by the latest (negative, 0 or positive, for sort). */
export function compareDates(a: DateValue, b: DateValue): number {
  const x = dateBounds(a);
  const y = dateBounds(b);
  if (x.earliest !== y.earliest) return x.earliest < y.earliest ? -1 : 1;
  if (x.latest !== y.latest) return x.latest < y.latest ? -1 : 1;
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Text

/** What a text pattern found. */
type Found =
  | { readonly kind: "day"; readonly y: number; readonly m: number; readonly d: number }
  | { readonly kind: "month"; readonly y: number; readonly m: number }
  | { readonly kind: "range"; readonly earliest: string; readonly latest: string }
  | { readonly kind: "invalid"; readonly reason: string };

const MONTH_NAMES: readonly (readonly [string, number])[] = [
  ["januari", 1],
  ["februari", 2],
  ["mars", 3],
  ["april", 4],
  ["maj", 5],
  ["juni", 6],
  ["juli", 7],
  ["augusti", 8],
  ["september", 9],
  ["oktober", 10],
  ["november", 11],
  ["december", 12],
  ["january", 1],
  ["february", 2],
  ["march", 3],
  ["may", 5],
  ["june", 6],
  ["july", 7],
  ["august", 8],
  ["october", 10],
];

/** Month number of a Swedish or English month name or an abbreviation of at least three letters ("nov", "sept", "okt"). */
function monthOf(word: string): number | null {
  const w = word.replace(/\.$/, "");
  if (w.length < 3) return null;
  const months = new Set(MONTH_NAMES.filter(([name]) => name.startsWith(w)).map(([, m]) => m));
  return months.size === 1 ? ([...months][0] ?? null) : null;
}

const ORDINALS: Readonly<Record<string, number>> = { första: 1, andra: 2, tredje: 3, fjärde: 4 };
/** "3", "3:e", "3:a", "3e", "tredje" → 3. */
function ordinalOf(word: string): number | null {
  const digits = /^(\d)\s*(?::\s*)?[ae]?$/.exec(word);
  if (digits) return Number(digits[1]);
  return ORDINALS[word] ?? null;
}

/** A four-digit year, or two digits after a term ("vt20" → 2020). */
function yearOf(text: string): number | null {
  const y = text.length === 2 ? 2000 + Number(text) : Number(text);
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

/** The second year of "2020/2021" or "2020/21"; null unless it is the year after the first. */
function nextYearOf(first: number, text: string): number | null {
  const y = text.length === 2 ? Math.floor(first / 100) * 100 + Number(text) : Number(text);
  return y === first + 1 ? y : null;
}

/** Months `from`…`to` of year y; months past 12 run into the next year (winter: 12…14). */
function monthSpan(y: number, from: number, to: number): Found {
  const endYear = y + Math.floor((to - 1) / 12);
  const endMonth = ((to - 1) % 12) + 1;
  if (y < MIN_YEAR || endYear > MAX_YEAR) return { kind: "invalid", reason: "out_of_range" };
  return {
    kind: "range",
    earliest: isoOf(y, from, 1),
    latest: isoOf(endYear, endMonth, daysInMonth(endYear, endMonth)),
  };
}

function day(y: number, m: number, d: number): Found {
  if (y < MIN_YEAR || y > MAX_YEAR) return { kind: "invalid", reason: "out_of_range" };
  return isValidYmd(y, m, d)
    ? { kind: "day", y, m, d }
    : { kind: "invalid", reason: "no_such_date" };
}

function month(y: number, m: number): Found {
  if (y < MIN_YEAR || y > MAX_YEAR) return { kind: "invalid", reason: "out_of_range" };
  return { kind: "month", y, m };
}

/** Monday…Sunday of ISO week w (the week with the year's first Thursday is week 1). */
function isoWeek(y: number, w: number): Found | null {
  if (w < 1 || w > 53) return null;
  const jan4 = dayNumber(y, 1, 4);
  const weekday = (new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7; // Monday = 0
  const monday = jan4 - weekday + (w - 1) * 7;
  if (isoOfDayNumber(monday + 3).slice(0, 4) !== pad(y, 4)) return null; // no week 53 this year
  return { kind: "range", earliest: isoOfDayNumber(monday), latest: isoOfDayNumber(monday + 6) };
}

const SEASONS: Readonly<Record<string, readonly [number, number]>> = {
  vår: [3, 5],
  våren: [3, 5],
  spring: [3, 5],
  sommar: [6, 8],
  sommaren: [6, 8],
  summer: [6, 8],
  höst: [9, 11],
  hösten: [9, 11],
  autumn: [9, 11],
  fall: [9, 11],
  vinter: [12, 14],
  vintern: [12, 14],
  winter: [12, 14],
};
/** Terms as half years, so that vt and ht together cover the year. */
const TERMS: Readonly<Record<string, readonly [number, number]>> = {
  vt: [1, 6],
  vårtermin: [1, 6],
  vårterminen: [1, 6],
  ht: [7, 12],
  hösttermin: [7, 12],
  höstterminen: [7, 12],
};
/** Thirds of a year (like tertials), for "början/mitten/slutet av 2020". */
const PARTS: Readonly<Record<string, readonly [number, number]>> = {
  början: [1, 4],
  tidigt: [1, 4],
  mitten: [5, 8],
  slutet: [9, 12],
  sent: [9, 12],
};
/** Thirds of a month, for "början/mitten/slutet av mars 2021". */
const MONTH_PARTS: Readonly<Record<string, readonly [number, number | null]>> = {
  början: [1, 10],
  mitten: [11, 20],
  slutet: [21, null],
};

const SEP = "[\\s,\\-/]*";
const YEAR = "(\\d{4})";
const ORDINAL = "(\\d\\s*:\\s*[ae]|\\d[ae]?|första|andra|tredje|fjärde)";

type Matcher = (text: string) => Found | null;

const MATCHERS: readonly Matcher[] = [
  // 2018-11-06, 2018/11/6, 2018.11.06, with an optional time: 2018-11-06 00:00:00, 2018-11-06T10:00:00Z
  (t) => {
    const x =
      /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:t|\s+)\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?\s*(?:z|[+-]\d{2}(?::?\d{2})?)?)?$/.exec(
        t
      );
    return x ? day(Number(x[1]), Number(x[3]), Number(x[4])) : null;
  },
  // 20181106
  (t) => {
    const x = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
    return x ? day(Number(x[1]), Number(x[2]), Number(x[3])) : null;
  },
  // 2021-03, 2021/3, 202103 (a month beyond 12 falls through to "2020/21")
  (t) => {
    const x = /^(\d{4})(?:[-/.](\d{1,2})|(\d{2}))$/.exec(t);
    const m = x ? Number(x[2] ?? x[3]) : 0;
    return x && m >= 1 && m <= 12 ? month(Number(x[1]), m) : null;
  },
  // 6 nov 2018, 6 nov. 2018, 6 november 2018, 6:e november 2018, 6-nov-2018
  (t) => {
    const x = /^(\d{1,2})(?:\s*:\s*[ae])?[\s.\-/]*([a-zåäö]+)\.?[\s,\-/]*(\d{4})$/.exec(t);
    const m = x ? monthOf(x[2] ?? "") : null;
    return x && m ? day(Number(x[3]), m, Number(x[1])) : null;
  },
  // november 6, 2018
  (t) => {
    const x = /^([a-zåäö]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(t);
    const m = x ? monthOf(x[1] ?? "") : null;
    return x && m ? day(Number(x[3]), m, Number(x[2])) : null;
  },
  // mars 2021, mar 2021, mar-2021
  (t) => {
    const x = new RegExp(`^([a-zåäö]+)\\.?${SEP}${YEAR}$`).exec(t);
    const m = x ? monthOf(x[1] ?? "") : null;
    return x && m ? month(Number(x[2]), m) : null;
  },
  // 2021, år 2021
  (t) => {
    const x = /^(?:år(?:et)?\s+)?(\d{4})$/.exec(t);
    return x ? monthSpan(Number(x[1]), 1, 12) : null;
  },
  // 2020/2021, 2020/21, 2020–2021
  (t) => {
    const x = /^(\d{4})\s*[/\-–]\s*(\d{4}|\d{2})$/.exec(t);
    if (!x) return null;
    const first = Number(x[1]);
    const second = nextYearOf(first, x[2] ?? "");
    return second ? monthSpan(first, 1, 24) : null;
  },
  // årsskiftet 2020/2021: December to January
  (t) => {
    const x = /^årsskiftet\s+(\d{4})\s*[/\-–]\s*(\d{4}|\d{2})$/.exec(t);
    if (!x) return null;
    const first = Number(x[1]);
    return nextYearOf(first, x[2] ?? "") ? monthSpan(first, 12, 13) : null;
  },
  // höst 2017, hösten 2017, våren 2020, vintern 2020/2021 (winter runs into the next year)
  (t) => {
    const x = /^([a-zåäö]+)[\s,]+(?:år\s+)?(\d{4})(?:\s*[/\-–]\s*(\d{4}|\d{2}))?$/.exec(t);
    const season = x ? SEASONS[x[1] ?? ""] : undefined;
    if (!x || !season) return null;
    const y = Number(x[2]);
    if (x[3] !== undefined && (season[1] <= 12 || nextYearOf(y, x[3]) === null)) return null;
    return monthSpan(y, season[0], season[1]);
  },
  // vt 2020, ht20, höstterminen 2020
  (t) => {
    const x = /^([a-zåäö]+)[\s\-.]*(\d{4}|\d{2})$/.exec(t);
    const term = x ? TERMS[x[1] ?? ""] : undefined;
    const y = x ? yearOf(x[2] ?? "") : null;
    return term && y ? monthSpan(y, term[0], term[1]) : null;
  },
  // Q3 2021, kv3 2021, kv. 3 2021, kvartal 3 2021, 3 kv 2021, 2021 Q3, 2021-Q3
  (t) => {
    const x =
      new RegExp(`^(?:q|kv\\.?|kvartal)\\s*([1-4])${SEP}${YEAR}$`).exec(t) ??
      new RegExp(`^([1-4])\\s*(?:q|kv)\\.?${SEP}${YEAR}$`).exec(t);
    const y = new RegExp(`^${YEAR}${SEP}(?:q|kv\\.?)\\s*([1-4])$`).exec(t);
    const [q, year] = x ? [Number(x[1]), Number(x[2])] : y ? [Number(y[2]), Number(y[1])] : [0, 0];
    return q ? monthSpan(year, 3 * q - 2, 3 * q) : null;
  },
  // 3:e kvartalet 2021, tredje kvartalet 2021, 2:a tertialet 2021, första halvåret 2021
  (t) => {
    const x = new RegExp(
      `^${ORDINAL}\\s+(kvartalet|tertialet|halvåret)\\s+(?:år\\s+)?${YEAR}$`
    ).exec(t);
    const n = x ? ordinalOf(x[1] ?? "") : null;
    if (!x || !n) return null;
    const size = x[2] === "kvartalet" ? 3 : x[2] === "tertialet" ? 4 : 6;
    if (n > 12 / size) return null;
    return monthSpan(Number(x[3]), size * n - size + 1, size * n);
  },
  // T2 2021, tertial 2 2021, 2021 T2; H1 2021, halvår 1 2021
  (t) => {
    const x = new RegExp(`^(t|tertial|h|halvår)\\s*([1-3])${SEP}${YEAR}$`).exec(t);
    const y = new RegExp(`^${YEAR}${SEP}(t|h)([1-3])$`).exec(t);
    const [kind, n, year] = x
      ? [x[1], Number(x[2]), Number(x[3])]
      : y
        ? [y[2], Number(y[3]), Number(y[1])]
        : ["", 0, 0];
    const size = kind === "t" || kind === "tertial" ? 4 : 6;
    if (!kind || n > 12 / size) return null;
    return monthSpan(year, size * n - size + 1, size * n);
  },
  // början av 2020, mitten av 2020, slutet av 2020, tidigt 2020, sent 2020
  (t) => {
    const x =
      /^(början|mitten|slutet|tidigt|sent)\s+(?:(?:av|på)\s+)?(?:år(?:et)?\s+)?(\d{4})$/.exec(t);
    const part = x ? PARTS[x[1] ?? ""] : undefined;
    return x && part ? monthSpan(Number(x[2]), part[0], part[1]) : null;
  },
  // början av mars 2021, slutet av nov 2021
  (t) => {
    const x = /^(början|mitten|slutet)\s+(?:av|på)\s+([a-zåäö]+)\.?\s+(\d{4})$/.exec(t);
    const part = x ? MONTH_PARTS[x[1] ?? ""] : undefined;
    const m = x ? monthOf(x[2] ?? "") : null;
    if (!x || !part || !m) return null;
    const y = Number(x[3]);
    if (y < MIN_YEAR || y > MAX_YEAR) return { kind: "invalid", reason: "out_of_range" };
    return {
      kind: "range",
      earliest: isoOf(y, m, part[0]),
      latest: isoOf(y, m, part[1] ?? daysInMonth(y, m)),
    };
  },
  // v 12 2021, v. 12 2021, vecka 12, 2021, 2021-W12
  (t) => {
    const x = new RegExp(`^(?:v\\.?|vecka|week|w)\\s*(\\d{1,2})${SEP}(?:år\\s+)?${YEAR}$`).exec(t);
    const y = /^(\d{4})[\s-]*w(\d{1,2})$/.exec(t);
    const [w, year] = x ? [Number(x[1]), Number(x[2])] : y ? [Number(y[2]), Number(y[1])] : [0, 0];
    if (!w) return null;
    if (year < MIN_YEAR || year > MAX_YEAR) return { kind: "invalid", reason: "out_of_range" };
    return isoWeek(year, w) ?? { kind: "invalid", reason: "no_such_week" };
  },
  // 6/11/2018, 06.11.2018, 6/11: day and month cannot be told apart
  (t) =>
    /^\d{1,2}[-/.]\d{1,2}(?:[-/.](?:\d{4}|\d{2}))?$/.test(t)
      ? { kind: "invalid", reason: "ambiguous" }
      : null,
];

/** Words before a date meaning it is not settled: "ca", "preliminärt", "planerat" … (lower case). */
const TENTATIVE =
  /^(?:preliminärt|preliminär|prel\.|planerat|planerad|beräknat|beräknad|prognos|kring|prel)(?![a-zåäö])\s*:?\s*/;
/** Words that add nothing: "i mars 2021", "under 2021", "vid årsskiftet …". */
const FILLER = /^(?:i|under|vid)\s+/;

function invalidDate(text: string, reason?: string): ParseResult<DateValue> {
  return fail(
    "invalid_date",
    reason ? { text, expected: DATE_FORMAT_HINT, reason } : { text, expected: DATE_FORMAT_HINT }
  );
}

function approximateDate(text: string, earliest: string, latest: string): ParseResult<DateValue> {
  return ok<DateValue>(
    { kind: "approximate", text, earliest, latest },
    { code: "approximate_date", severity: "warning", details: { text, earliest, latest } }
  );
}

function parseDateText(raw: string): ParseResult<DateValue> {
  const text = cleanCellText(raw);
  if (isEmptyMarker(text)) return empty();
  let rest = swedishLower(text);
  let approximate = false;
  for (let previous = ""; previous !== rest;) {
    previous = rest;
    const stripped = stripApproximation(rest);
    approximate ||= stripped.approximate;
    rest = stripped.rest;
    const tentative = TENTATIVE.exec(rest);
    if (tentative) {
      approximate = true;
      rest = rest.slice(tentative[0].length);
    }
    rest = rest.replace(FILLER, "");
  }

  let found: Found | null = null;
  for (const matcher of MATCHERS) {
    found = matcher(rest);
    if (found) break;
  }
  if (!found) return invalidDate(text);
  switch (found.kind) {
    case "invalid":
      return invalidDate(text, found.reason);
    case "range":
      return approximateDate(text, found.earliest, found.latest);
    case "day": {
      const iso = isoOf(found.y, found.m, found.d);
      return approximate
        ? approximateDate(text, iso, iso)
        : ok<DateValue>({ kind: "exact", iso, precision: "day" });
    }
    case "month": {
      const iso = isoOf(found.y, found.m, 1);
      if (!approximate) return ok<DateValue>({ kind: "exact", iso, precision: "month" });
      return approximateDate(text, iso, isoOf(found.y, found.m, daysInMonth(found.y, found.m)));
    }
  }
}

/**
 * A date from a cell. Numbers are Excel serials in the workbook's system (`date1904`), except a
 * whole number 1990–2100, which is a year (approximate, warning). Text: see README.md.
 * Exact dates and months give no problem; vague text gives an approximate range with the warning
 * `approximate_date`; anything else `invalid_date` (error) or `cell_error`.
 */
/**
 * A date column repeats its days down thousands of rows: each number is read once per date
 * system (the results are plain, read-only data; dropped when many).
 */
const byNumber = [
  new Map<number, ParseResult<DateValue>>(),
  new Map<number, ParseResult<DateValue>>(),
];
const NUMBERS_KEPT = 10_000;

export function parseDate(cell: CellValue, date1904: boolean): ParseResult<DateValue> {
  if (cell === null) return empty();
  if (typeof cell === "object") return cellProblem(cell);
  if (typeof cell === "boolean") return invalidDate(describeCell(cell));
  if (typeof cell === "number")
    return remember(byNumber[date1904 ? 1 : 0]!, cell, NUMBERS_KEPT, () =>
      parseDateNumber(cell, date1904)
    );
  if (typeof cell !== "string") return invalidDate(describeCell(cell));
  return parseDateText(cell);
}

function parseDateNumber(cell: number, date1904: boolean): ParseResult<DateValue> {
  const text = String(cell);
  if (Number.isInteger(cell) && cell >= 1990 && cell <= 2100)
    return approximateDate(text, isoOf(cell, 1, 1), isoOf(cell, 12, 31));
  // 20181106 typed as a number: far past the last serial (2958465), so it cannot be one.
  if (Number.isInteger(cell) && cell >= 19000101 && cell <= 99991231) {
    const found = day(Math.floor(cell / 10000), Math.floor(cell / 100) % 100, cell % 100);
    return found.kind === "day"
      ? ok<DateValue>({ kind: "exact", iso: isoOf(found.y, found.m, found.d), precision: "day" })
      : invalidDate(text, "no_such_date");
  }
  const iso = isoFromSerial(cell, date1904);
  if (iso) return ok<DateValue>({ kind: "exact", iso, precision: "day" });
  return invalidDate(
    text,
    !date1904 && Math.floor(cell) === 60 ? "excel_1900_02_29" : "serial_out_of_range"
  );
}
