/**
 * Units written in a header ("Budget (tkr)", "Kostnad, mkr", "Belopp i kronor"): the multiplier
 * for the column's plain numbers, and the header without the unit for matching header words.
 */
import { normalizeHeader } from "../text/normalize";
import { remember } from "../remember";

/** Unit phrases as normalised tokens, longest first so "miljoner kr" wins over "kr". */
const HEADER_UNITS: readonly (readonly [readonly string[], number])[] = [
  [["miljarder", "kronor"], 1e9],
  [["miljarder", "kr"], 1e9],
  [["miljarder", "sek"], 1e9],
  [["miljoner", "kronor"], 1e6],
  [["miljoner", "kr"], 1e6],
  [["miljoner", "sek"], 1e6],
  [["milj", "kr"], 1e6],
  [["mn", "kr"], 1e6],
  [["md", "kr"], 1e9],
  [["tusental", "kronor"], 1e3],
  [["tusental", "kr"], 1e3],
  [["tusen", "kronor"], 1e3],
  [["tusen", "kr"], 1e3],
  [["tusen", "sek"], 1e3],
  [["000", "kr"], 1e3],
  [["000", "sek"], 1e3],
  [["sek", "000"], 1e3],
  [["kr", "000"], 1e3],
  [["sek", "thousands"], 1e3],
  [["thousands", "sek"], 1e3],
  [["thousand", "sek"], 1e3],
  [["sek", "thousand"], 1e3],
  [["sek", "millions"], 1e6],
  [["millions", "sek"], 1e6],
  [["million", "sek"], 1e6],
  [["sek", "million"], 1e6],
  [["mdkr"], 1e9],
  [["miljarder"], 1e9],
  [["mkr"], 1e6],
  [["mnkr"], 1e6],
  [["msek"], 1e6],
  [["miljoner"], 1e6],
  [["milj"], 1e6],
  [["tkr"], 1e3],
  [["tsek"], 1e3],
  [["ksek"], 1e3],
  [["kkr"], 1e3],
  [["tusental"], 1e3],
  [["tusen"], 1e3],
  [["kronor"], 1],
  [["kr"], 1],
  [["sek"], 1],
];

/** Where in `tokens` a unit phrase starts, and its multiplier; the first from the left. */
function unitAt(tokens: readonly string[]): { index: number; multiplier: number } | null {
  for (let i = 0; i < tokens.length; i++) {
    for (const [phrase, multiplier] of HEADER_UNITS) {
      if (phrase.every((word, k) => tokens[i + k] === word)) return { index: i, multiplier };
    }
  }
  return null;
}

/** A unit's usual short name: 1 000 → "tkr". */
export function unitName(multiplier: number): string {
  return UNIT_NAMES.get(multiplier) ?? `×${multiplier}`;
}
const UNIT_NAMES: ReadonlyMap<number, string> = new Map([
  [1, "kr"],
  [1e3, "tkr"],
  [1e6, "mkr"],
  [1e9, "mdkr"],
]);

/**
 * The multiplier a header's unit gives the column's numbers: tkr → 1000, mkr/MSEK/miljoner kr →
 * 1 000 000, kr/SEK/kronor → 1; null when the header names no unit (the caller reads kronor).
 * The first unit from the left wins.
 */
export function unitFromHeader(header: string): number | null {
  return unitAt(normalizeHeader(header).split(" "))?.multiplier ?? null;
}

/** Words in a title row that say its unit is about the list's amounts: "Belopp i tkr". */
const AMOUNT_WORDS = new Set([
  "belopp",
  "beloppen",
  "summor",
  "kostnader",
  "siffror",
  "siffrorna",
  "värden",
  "ekonomi",
  "amounts",
  "figures",
]);

/**
 * The unit a title row above a list states for its amounts: "Belopp i tkr", "Alla belopp i
 * tusental kronor", "(tkr)", "Amounts in SEK thousands". Null for a title that only mentions an
 * amount ("Projekt över 100 tkr") or no unit at all.
 */
export function unitFromTitle(title: string): number | null {
  const tokens = normalizeHeader(title)
    .split(" ")
    .filter((t) => t !== "");
  const found = unitAt(tokens);
  if (!found) return null;
  // "100 tkr" is an amount, not a unit for the list.
  if (found.index > 0 && /^\d/.test(tokens[found.index - 1] ?? "")) return null;
  // A unit alone ("tkr", "Belopp: tkr") or after a word about amounts within a few words.
  if (tokens.length <= 2) return found.multiplier;
  const before = tokens.slice(Math.max(0, found.index - 5), found.index);
  return before.some((t) => AMOUNT_WORDS.has(t)) ? found.multiplier : null;
}

/** What a number format says about the number it shows. */
export interface FormatUnit {
  /** The unit its literal text names ("450 tkr"), as a multiplier; null when it names none. */
  readonly multiplier: number | null;
  /** The unit as written in the format, for messages. */
  readonly text: string | null;
  /** Powers of ten the format divides by before showing (each trailing "," divides by 1 000). */
  readonly scale: number;
  readonly percent: boolean;
}

const NO_FORMAT_UNIT: FormatUnit = { multiplier: null, text: null, scale: 0, percent: false };

/**
 * The unit a cell's number format shows after the number: `# ##0 "tkr"` shows 450 as "450 tkr",
 * `0,0 "mkr"` and `[$kr-41D]` name theirs too; `#,##0,` shows thousands (scale −3); `0%` is a
 * percentage. Only the format's first section (positive numbers) counts.
 */
export function unitFromNumberFormat(format: string | null): FormatUnit {
  if (!format) return NO_FORMAT_UNIT;
  return remember(formatCache, format, 1_000, () => readFormat(format));
}
const formatCache = new Map<string, FormatUnit>();

function readFormat(format: string): FormatUnit {
  let literal = "";
  let percent = false;
  let trailingCommas = 0;
  let afterDigit = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === ";") break;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      literal += ` ${format.slice(i + 1, end < 0 ? undefined : end)} `;
      i = end < 0 ? format.length : end;
      afterDigit = false;
      continue;
    }
    if (ch === "\\") {
      literal += format[i + 1] ?? "";
      i++;
      continue;
    }
    if (ch === "[") {
      const end = format.indexOf("]", i + 1);
      const inside = format.slice(i + 1, end < 0 ? undefined : end);
      // [$kr-41D], [$SEK]: a currency text; [Red], [>=100], [$-41D]: no unit.
      const currency = /^\$([^-\]]*)/.exec(inside);
      if (currency?.[1]) literal += ` ${currency[1]} `;
      i = end < 0 ? format.length : end;
      continue;
    }
    if (ch === "0" || ch === "#" || ch === "?") {
      afterDigit = true;
      trailingCommas = 0;
      continue;
    }
    if (ch === "," && afterDigit) {
      // A comma between digit placeholders groups thousands; one after the last divides by 1 000.
      const next = format.slice(i + 1).search(/[0#?]/);
      const section = format.slice(i + 1).search(/;/);
      if (next < 0 || (section >= 0 && section < next)) trailingCommas++;
      continue;
    }
    if (ch === "%") percent = true;
    if (ch !== "." && ch !== ",") afterDigit = false;
    if (/[a-zåäö]/i.test(ch) && !/[eE]/.test(ch)) literal += ch;
  }
  const tokens = normalizeHeader(literal)
    .split(" ")
    .filter((t) => t !== "");
  const found = unitAt(tokens);
  return {
    multiplier: found?.multiplier ?? null,
    text: found ? tokens.slice(found.index).join(" ") : null,
    scale: trailingCommas === 0 ? 0 : -3 * trailingCommas,
    percent,
  };
}

const UNIT_WORD =
  "(?:(?:miljarder|miljoner|tusental|tusen)\\s+(?:kronor|kr|sek)|milj\\.?\\s*kr|mn\\s*kr|md\\s*kr|'?000\\s*(?:kr|sek)|" +
  "mdkr|mnkr|mkr|msek|tkr|tsek|ksek|kkr|kronor|kr|sek|miljarder|miljoner|milj|tusental|tusen)";
const WORD_START = "(?<![\\p{L}\\p{N}])";
const WORD_END = "(?![\\p{L}\\p{N}])";

/** A bracketed part naming a unit: "(tkr)", "[kr/år]", "(mkr, exkl. moms)". Dropped whole: brackets hold qualifiers. */
const BRACKETED_UNIT = new RegExp(
  `[([][^()[\\]]*${WORD_START}${UNIT_WORD}${WORD_END}[^()[\\]]*[)\\]]`,
  "giu"
);
/** A unit word outside brackets with what ties it to the header: ", mkr", " i tkr", " MSEK", " kr/år". */
const LOOSE_UNIT = new RegExp(
  `(?:\\s*[,;:\\-\u2013\u2014]\\s*|\\s+i\\s+|\\s+|^)${WORD_START}${UNIT_WORD}${WORD_END}\\.?(?:\\s*\\/\\s*år|\\s+per\\s+år)?`,
  "giu"
);

/**
 * The header without its unit, for matching header words: "Budget (tkr)" → "Budget",
 * "Kostnad, mkr" → "Kostnad", "Belopp i kronor" → "Belopp". A header that is only a unit is kept as it is.
 */
export function stripUnitFromHeader(header: string): string {
  const stripped = header
    .replace(BRACKETED_UNIT, " ")
    .replace(LOOSE_UNIT, " ")
    .replace(/\s+/g, " ")
    .replace(/^[\s,;:\-\u2013\u2014]+|[\s,;:\-\u2013\u2014]+$/g, "");
  return stripped === "" ? header.trim() : stripped;
}

export type UnitSource = "header" | "group" | "title" | "format";

export interface UnitStatement {
  readonly multiplier: number;
  readonly source: UnitSource;
  /** As a person would name it: "tkr (rubrik)". */
  readonly text: string;
}

const SOURCE_TEXT: Readonly<Record<UnitSource, string>> = {
  header: "rubrik",
  group: "grupprubrik",
  title: "rubrikrad ovanför listan",
  format: "talformat",
};

/** A unit as stated in one place of the workbook. */
export const statement = (multiplier: number, source: UnitSource): UnitStatement => ({
  multiplier,
  source,
  text: `${unitName(multiplier)} (${SOURCE_TEXT[source]})`,
});
