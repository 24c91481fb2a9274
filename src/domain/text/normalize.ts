/**
 * Text normalisation for comparing header words and list values, and edit distance for
 * "did you mean" style suggestions (never for silently choosing a value).
 */

/** Soft hyphen and zero-width characters: invisible, but they break an equality test. */
const INVISIBLE = /\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF/g;

/** Every kind of space Excel and Word put in cells (NBSP, en/em/thin/figure spaces, narrow NBSP…) plus tabs and line breaks. */
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/** NFC (a decomposed "å" must equal the composed one) without invisible characters. */
export function stripInvisible(s: string): string {
  return s.normalize("NFC").replace(INVISIBLE, "");
}

/** Every run of any kind of space as one ordinary space. */
export function singleSpaces(s: string): string {
  return s.replace(SPACES, " ");
}

/** Punctuation that separates words in headers ("Behov – vem", "Budget (tkr)", "Start-datum"). */
const PUNCTUATION =
  /[.,:;()[\]{}/\\\-\u2010-\u2015\u2212_*?!"'#\u2018\u2019\u201C\u201D\u00AB\u00BB]/g;

/**
 * Lower case (Swedish rules), without invisible characters, punctuation as spaces, one space
 * between words. Keeps å, ä, ö (see `foldDiacritics` for the looser comparison).
 */
export function normalizeHeader(s: string): string {
  let normalised = normalisedCache.get(s);
  if (normalised === undefined) {
    normalised = singleSpaces(stripInvisible(s).toLocaleLowerCase("sv-SE"))
      .replace(PUNCTUATION, " ")
      .replace(/ {2,}/g, " ")
      .trim();
    // A list repeats its few statuses and document states in every row; Swedish lower-casing is
    // the costly part, so each text is worked out once (the cache is dropped when it grows large).
    if (normalisedCache.size >= NORMALISED_CACHE_SIZE) normalisedCache.clear();
    normalisedCache.set(s, normalised);
  }
  return normalised;
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

/** "Pågående" → "Pagaende", "Idé" → "Ide": for a second, looser comparison (text typed without å ä ö). */
export function foldDiacritics(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036F]/g, "")
    .replace(/[øØæÆßđĐłŁ]/g, (c) => EXTRA_FOLDS[c] ?? c)
    .normalize("NFC");
}

/**
 * Levenshtein distance counted in code points. With `bound`, stops as soon as the distance
 * is known to exceed it and returns `bound + 1` (enough to reject a candidate cheaply).
 */
export function editDistance(a: string, b: string, bound?: number): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const limit = bound === undefined || !(bound >= 0) ? Infinity : Math.floor(bound);
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;

  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  let current = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      const deletion = (previous[j] ?? 0) + 1;
      const insertion = (current[j - 1] ?? 0) + 1;
      const cell = Math.min(substitution, deletion, insertion);
      current[j] = cell;
      if (cell < rowMin) rowMin = cell;
    }
    // Every later row is at least this row's minimum, so the bound is already broken.
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  const distance = previous[y.length] ?? 0;
  return distance > limit ? limit + 1 : distance;
}

/** 1 for equal strings, 0 for nothing in common: 1 − distance / length of the longer string. */
export function similarity(a: string, b: string): number {
  const maxLen = Math.max(Array.from(a).length, Array.from(b).length);
  if (maxLen === 0) return 1;
  return 1 - editDistance(a, b) / maxLen;
}
