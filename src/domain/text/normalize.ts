/**
 * Text normalisation for comparing header words and list values, and edit distance for
 * "did you mean" style suggestions (never for silently choosing a value).
 */
import { swedishLower } from "./swedishLower";
import { remember } from "../remember";

/** Soft hyphen and zero-width characters: invisible, but they break an equality test. */
const INVISIBLE = /\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF/g;

/** Every kind of space Excel and Word put in cells (NBSP, en/em/thin/figure spaces, narrow NBSP…) plus tabs and line breaks. */
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/** NFC (a decomposed "å" must equal the composed one) without invisible characters. */
export function stripInvisible(s: string): string {
  if (LATIN1_VISIBLE.test(s)) return s;
  return s.normalize("NFC").replace(INVISIBLE, "");
}

/** Latin-1 without the soft hyphen: already NFC, nothing invisible (most cells, every ID). */
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose: NFC and INVISIBLE leave control characters as they are
const LATIN1_VISIBLE = /^[\u0000-\u00AC\u00AE-\u00FF]*$/;

/** Every run of any kind of space as one ordinary space. */
export function singleSpaces(s: string): string {
  return s.replace(SPACES, " ");
}

/** Punctuation that separates words in headers ("Behov – vem", "Budget (tkr)", "Start-datum"). */
const PUNCTUATION =
  /[.,:;()[\]{}/\\\-\u2010-\u2015\u2212_*?!"'#\u2018\u2019\u201C\u201D\u00AB\u00BB\u2026]/g;

/**
 * Lower case (Swedish rules), without invisible characters, punctuation as spaces, one space
 * between words. Keeps å, ä, ö (see `foldDiacritics` for the looser comparison).
 */
export function normalizeHeader(s: string): string {
  // A list repeats its few statuses and document states in every row: each text once.
  return remember(normalisedCache, s, NORMALISED_CACHE_SIZE, () =>
    singleSpaces(swedishLower(stripInvisible(s)))
      .replace(PUNCTUATION, " ")
      .replace(/ {2,}/g, " ")
      .trim()
  );
}

/** How many 0–9 a text holds; `normalizeHeader` keeps every one, so texts whose counts differ never normalise alike. */
export function asciiDigits(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

const NORMALISED_CACHE_SIZE = 20_000;
const normalisedCache = new Map<string, string>();

/** Letters NFD does not split into base + mark. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ø: "o",
  Ø: "O",
  æ: "ae",
  Æ: "AE",
  ß: "ss",
  đ: "d",
  Đ: "D",
  ł: "l",
  Ł: "L",
};

// Printable ASCII has nothing to fold (most texts are; folding them is the costly path).
const ASCII_ONLY = /^[ -~]*$/;

/** "Pågående" → "Pagaende", "Idé" → "Ide": for a second, looser comparison (text typed without å ä ö). */
export function foldDiacritics(s: string): string {
  if (ASCII_ONLY.test(s)) return s;
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036F]/g, "")
    .replace(/[øØæÆßđĐłŁ]/g, (c) => EXTRA_FOLDS[c] ?? c)
    .normalize("NFC");
}

let scratch: [Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64)];

/** Strings without surrogate pairs can be compared by UTF-16 unit, with no array made. */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Levenshtein distance counted in code points. With `bound`, only the diagonal band of width
 * 2 × bound + 1 is computed and the result is `bound + 1` as soon as the distance is known to
 * exceed it: comparing thousands of initiative names stays cheap.
 */
export function editDistance(a: string, b: string, bound?: number): number {
  const units = !SURROGATE.test(a) && !SURROGATE.test(b);
  const x: ArrayLike<string> = units ? a : Array.from(a);
  const y: ArrayLike<string> = units ? b : Array.from(b);
  const n = x.length;
  const m = y.length;
  const limit = bound === undefined || !(bound >= 0) ? Infinity : Math.floor(bound);
  if (Math.abs(n - m) > limit) return limit + 1;
  if (n === 0) return m;
  if (m === 0) return n;

  const band = Math.min(limit, Math.max(n, m));
  const outside = band + 1;
  // Two rows reused between calls: overlaps compare tens of thousands of pairs.
  if (scratch[0].length <= m) scratch = [new Int32Array(m + 1), new Int32Array(m + 1)];
  let [previous, current] = scratch;
  for (let j = 0; j <= m; j++) previous[j] = j <= band ? j : outside;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(m, i + band);
    current[0] = i <= band ? i : outside;
    if (from > 1) current[from - 1] = outside;
    let rowMin = current[0]!;
    for (let j = from; j <= to; j++) {
      const substitution = previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1);
      const deletion = (j <= i - 1 + band ? previous[j]! : outside) + 1;
      const insertion = current[j - 1]! + 1;
      const cell = Math.min(substitution, deletion, insertion);
      current[j] = cell;
      if (cell < rowMin) rowMin = cell;
    }
    if (to < m) current[to + 1] = outside;
    // Every later row is at least this row's minimum, so the bound is already broken.
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  const distance = previous[m]!;
  return distance > limit ? limit + 1 : distance;
}

/** 1 for equal strings, 0 for nothing in common: 1 − distance / length of the longer string. */
export function similarity(a: string, b: string): number {
  const maxLen = Math.max(Array.from(a).length, Array.from(b).length);
  if (maxLen === 0) return 1;
  return 1 - editDistance(a, b) / maxLen;
}
