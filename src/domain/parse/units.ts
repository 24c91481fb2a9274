/**
 * Units written in a header ("Budget (tkr)", "Kostnad, mkr", "Belopp i kronor"): the multiplier
 * for the column's plain numbers, and the header without the unit for matching header words.
 */
import { normalizeHeader } from "../text/normalize";

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

/**
 * The multiplier a header's unit gives the column's numbers: tkr → 1000, mkr/MSEK/miljoner kr →
 * 1 000 000, kr/SEK/kronor → 1; null when the header names no unit (the caller reads kronor).
 * The first unit from the left wins.
 */
export function unitFromHeader(header: string): number | null {
  const tokens = normalizeHeader(header).split(" ");
  for (let i = 0; i < tokens.length; i++) {
    for (const [phrase, multiplier] of HEADER_UNITS) {
      if (phrase.every((word, k) => tokens[i + k] === word)) return multiplier;
    }
  }
  return null;
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
