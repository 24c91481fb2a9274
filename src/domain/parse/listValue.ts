/**
 * A cell's value on one of the council's lists (status, förvaltning, documentation state …):
 * the allowed value itself, or a word that means it. Never a guess by likeness.
 */
import { empty, fail, ok, type ParseResult } from "../issues";
import { CLOSED_LISTS, type ListName, VALUE_SYNONYMS } from "../lists";
import type { CellValue } from "../ports/WorkbookPort";
import { foldDiacritics, normalizeHeader } from "../text/normalize";
import { cellProblem, cleanCellText, isEmptyMarker } from "./cellText";
import { plainDecimal } from "./swedishNumber";
import { remember } from "../remember";

type Fold = (s: string) => string;
const identity: Fold = (s) => s;

/** Synonym groups of each list as normalised (and folded) keys, computed once: the synonyms are constants. */
const groupCache = new Map<string, readonly ReadonlySet<string>[]>();
function synonymGroups(
  list: ListName,
  fold: Fold,
  foldName: string
): readonly ReadonlySet<string>[] {
  const cacheKey = `${list}|${foldName}`;
  let groups = groupCache.get(cacheKey);
  if (!groups) {
    groups = Object.entries(VALUE_SYNONYMS[list]).map(
      ([canonical, synonyms]) =>
        new Set([canonical, ...synonyms].map((w) => fold(normalizeHeader(w))))
    );
    groupCache.set(cacheKey, groups);
  }
  return groups;
}

/** The allowed values normalised, once per list of allowed values (they come from Parameters). */
const allowedCache = new WeakMap<
  readonly string[],
  Map<string, readonly (readonly [string, string])[]>
>();
function normalisedValues(
  allowed: readonly string[],
  fold: Fold,
  foldName: string
): readonly (readonly [string, string])[] {
  let byFold = allowedCache.get(allowed);
  if (!byFold) allowedCache.set(allowed, (byFold = new Map()));
  let pairs = byFold.get(foldName);
  if (!pairs) {
    pairs = allowed.map((value) => [fold(normalizeHeader(value)), value] as const);
    byFold.set(foldName, pairs);
  }
  return pairs;
}

/**
 * The allowed values a key means, in two passes: as normalised (å ä ö kept), then with diacritics
 * folded ("Pagaende"). Each synonym group (canonical value + its synonyms) is one meaning: a key in
 * the group matches every allowed value in the group, so a council list that says "Klar" instead
 * of "Avslutad" still takes "avslutat".
 */
function matches(
  key: string,
  list: ListName,
  allowed: readonly string[],
  fold: Fold,
  foldName: string
): string[] {
  const k = fold(key);
  const normalisedAllowed = normalisedValues(allowed, fold, foldName);
  // Keyed by the normalised form, so a list holding "Pågående" twice is not ambiguous.
  const found = new Map<string, string>();
  for (const [norm, value] of normalisedAllowed)
    if (norm === k && !found.has(norm)) found.set(norm, value);
  if (found.size > 0) return [...found.values()];
  for (const group of synonymGroups(list, fold, foldName)) {
    if (!group.has(k)) continue;
    for (const [norm, value] of normalisedAllowed)
      if (group.has(norm) && !found.has(norm)) found.set(norm, value);
  }
  return [...found.values()];
}

/** A checkbox or TRUE/FALSE cell reads as "ja"/"nej", which the documentation synonyms know. */
function cellWords(cell: string | number | boolean): string {
  if (typeof cell === "boolean") return cell ? "ja" : "nej";
  if (typeof cell === "number") {
    const { int, frac } = plainDecimal(cell);
    return `${cell < 0 ? "-" : ""}${int}${frac ? "," + frac : ""}`;
  }
  return cleanCellText(cell);
}

/**
 * The allowed value (spelled as in `allowed`) the cell means. Empty, "-" or "–": null, no problem.
 * No match, or words meaning two allowed values: `unknown_list_value` (error for closed lists,
 * warning otherwise) with details { text, list, allowed }.
 */
export function parseListValue(
  cell: CellValue,
  list: ListName,
  allowed: readonly string[]
): ParseResult<string> {
  if (cell === null) return empty();
  if (typeof cell === "object") return cellProblem(cell);
  if (typeof cell === "number" && !Number.isFinite(cell))
    return fail("cell_error", { error: "#NUM!" });
  const text = cellWords(cell);
  if (isEmptyMarker(text)) return empty();
  let byList = answers.get(allowed);
  if (!byList) answers.set(allowed, (byList = new Map()));
  let byText = byList.get(list);
  if (!byText) byList.set(list, (byText = new Map()));
  return remember(byText, text, ANSWERS_PER_LIST, () => readListText(text, list, allowed));
}

/**
 * Each list's few words repeat down thousands of rows: the answer for a text is worked out once
 * per list of allowed values (the results are plain, read-only data; dropped when many).
 */
const answers = new WeakMap<readonly string[], Map<ListName, Map<string, ParseResult<string>>>>();
const ANSWERS_PER_LIST = 5_000;

function readListText(
  text: string,
  list: ListName,
  allowed: readonly string[]
): ParseResult<string> {
  const key = normalizeHeader(text);
  let found = key === "" ? [] : matches(key, list, allowed, identity, "exact");
  if (found.length === 0 && key !== "")
    found = matches(key, list, allowed, foldDiacritics, "folded");
  // "Klar (2021)", "Pågår [etapp 2]": the word outside the brackets, the bracket a note on it.
  const outside = normalizeHeader(text.replace(/\([^()]*\)|\[[^[\]]*\]/g, " "));
  if (found.length === 0 && outside !== "" && outside !== key)
    found = matches(outside, list, allowed, foldDiacritics, "folded");
  if (found.length === 1 && found[0] !== undefined) return ok(found[0]);
  const inSentence = found.length === 0 ? valueInSentence(key, list, allowed) : null;
  if (inSentence)
    return ok(inSentence, {
      code: "list_value_in_sentence",
      severity: "warning",
      details: { text, value: inSentence },
    });
  const severity = CLOSED_LISTS.has(list) ? "error" : "warning";
  const details = { text, list, allowed: allowed.join(", ") };
  return fail(
    "unknown_list_value",
    found.length > 1 ? { ...details, reason: "ambiguous" } : details,
    severity
  );
}

interface Phrase {
  readonly value: string;
  /** The phrase's folded words. */
  readonly parts: readonly string[];
}

/**
 * Every phrase of a list's words with the allowed value it means, by its first word: folded once
 * per list, so a column of long texts is read quickly.
 */
function phrasesOf(list: ListName, allowed: readonly string[]): PhrasesByFirstWord {
  let byList = phrasesByAllowed.get(allowed);
  if (!byList) phrasesByAllowed.set(allowed, (byList = new Map()));
  const known = byList.get(list);
  if (known) return known;
  const phrases = new Map<string, Phrase[]>();
  for (const [canonical, synonyms] of Object.entries(VALUE_SYNONYMS[list])) {
    const value = matches(
      foldDiacritics(normalizeHeader(canonical)),
      list,
      allowed,
      foldDiacritics,
      "folded"
    )[0];
    if (value === undefined) continue;
    for (const phrase of [canonical, ...synonyms]) {
      const parts = foldDiacritics(normalizeHeader(phrase)).split(" ");
      phrases.set(parts[0]!, [...(phrases.get(parts[0]!) ?? []), { value, parts }]);
    }
  }
  byList.set(list, phrases);
  return phrases;
}

type PhrasesByFirstWord = ReadonlyMap<string, readonly Phrase[]>;
const phrasesByAllowed = new WeakMap<readonly string[], Map<ListName, PhrasesByFirstWord>>();

/** Words that turn a sentence around or put it off: a value found beside one is not taken ("Klart snart"). */
const NEGATIONS = new Set([
  "inte",
  "ej",
  "icke",
  "aldrig",
  "snart",
  "nastan",
  "kanske",
  "troligen",
  "planeras",
  "hoppas",
  "not",
  "no",
  "never",
  "soon",
  "almost",
  "maybe",
  "probably",
]);

/**
 * The value a sentence states in words of the list ("Arbetet pågår", "Vi gör en förstudie",
 * "Beslut är fattat men arbetet har inte startat"): every phrase of the list's words found in it,
 * the longest where they overlap, means the same value, and no negation stands outside them.
 * Only for closed lists (a status in a form's free-text answer); the caller warns that it was read so.
 */
function valueInSentence(key: string, list: ListName, allowed: readonly string[]): string | null {
  if (!CLOSED_LISTS.has(list)) return null;
  const words = foldDiacritics(key).split(" ");
  if (words.length < 2) return null;
  const spans: { from: number; to: number; value: string }[] = [];
  const phrases = phrasesOf(list, allowed);
  words.forEach((word, i) => {
    for (const { value, parts } of phrases.get(word) ?? [])
      if (i + parts.length <= words.length && parts.every((p, k) => words[i + k] === p))
        spans.push({ from: i, to: i + parts.length, value });
  });
  const kept = spans.filter(
    (a) =>
      !spans.some(
        (b) => b !== a && b.from <= a.from && a.to <= b.to && b.to - b.from > a.to - a.from
      )
  );
  const values = new Set(kept.map((k) => k.value));
  if (values.size !== 1) return null;
  const covered = (i: number) => kept.some((k) => k.from <= i && i < k.to);
  if (words.some((w, i) => NEGATIONS.has(w) && !covered(i))) return null;
  return [...values][0]!;
}
