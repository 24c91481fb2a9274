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
  if (found.length === 1 && found[0] !== undefined) return ok(found[0]);
  const severity = CLOSED_LISTS.has(list) ? "error" : "warning";
  const details = { text, list, allowed: allowed.join(", ") };
  return fail(
    "unknown_list_value",
    found.length > 1 ? { ...details, reason: "ambiguous" } : details,
    severity
  );
}
