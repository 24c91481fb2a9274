/**
 * The fields a header means by its keywords (the field catalogue's `keywords`), for headers no
 * label or synonym matches: "Yearly licence cost (SEK)", "Årlig förvaltningskostnad",
 * "Planned time savings (h/yr)", "Finns nyttokalkyl?", "Inv. (tkr)". A field whose every keyword
 * group is met is a candidate, more surely the more groups it needs.
 */
import { FIELDS, type FieldKey } from "../fields";
import { stripUnitFromHeader } from "../parse/units";
import { foldDiacritics, normalizeHeader } from "../text/normalize";
import { remember } from "../remember";

/** One group met: a keyword match; two or more: as sure as a header word followed by a qualifier. */
const ONE_GROUP = 0.8;
const MORE_GROUPS = 0.9;

export interface HeaderWord {
  readonly text: string;
  /** Written with a full stop after it: an abbreviation ("Inv.", "Bespar."). */
  readonly abbreviated: boolean;
}

const fold = (s: string): string => foldDiacritics(normalizeHeader(s));

/** A header's words, folded, each marked when written with a full stop after it ("Inv.", "Strat."). */
export function headerWords(header: string): HeaderWord[] {
  const words: HeaderWord[] = [];
  for (const match of stripUnitFromHeader(header).matchAll(/[\p{L}\p{N}]+(\.)?/gu))
    words.push({ text: fold(match[0].replace(/\.$/, "")), abbreviated: match[1] !== undefined });
  return words.filter((w) => w.text !== "");
}

function meets(word: HeaderWord, keyword: string): boolean {
  const w = word.text;
  // "id", "nr", "h": a short keyword is a word of its own ("Idé" is no ID).
  if (keyword.length <= 2) return w === keyword;
  if (w === keyword || w.startsWith(keyword)) return true;
  if (keyword.length >= 5 && w.endsWith(keyword)) return true;
  return word.abbreviated && w.length >= 3 && keyword.startsWith(w);
}

interface FieldKeywords {
  readonly key: FieldKey;
  readonly all: readonly (readonly string[])[];
  readonly not: readonly string[];
}

const KEYWORDS: readonly FieldKeywords[] = FIELDS.flatMap((f) =>
  f.keywords
    ? [
        {
          key: f.key,
          all: f.keywords.all.map((group) => group.map(fold)),
          not: (f.keywords.not ?? []).map(fold),
        },
      ]
    : []
);

export interface KeywordMatch {
  readonly target: FieldKey;
  readonly confidence: number;
}

const cache = new Map<string, readonly KeywordMatch[]>();

/**
 * The fields `header` means by its keywords. With `own` (a sub-header under the group that
 * `header` also holds), one group at least must be met by the sub-header's own words: "Tid (h/år)"
 * under "Kalkyl" is time, not the Nyttokalkyl the group alone would say.
 */
export function keywordMatches(header: string, own?: string): readonly KeywordMatch[] {
  return remember(cache, own === undefined ? header : `${header}\u0000${own}`, 5_000, () => {
    const words = headerWords(header);
    const ownWords = own === undefined ? words : headerWords(own);
    if (words.length === 0) return [];
    const found: KeywordMatch[] = [];
    const metBy = (ws: readonly HeaderWord[], group: readonly string[]) =>
      ws.some((w) => group.some((k) => meets(w, k)));
    for (const { key, all, not } of KEYWORDS) {
      if (words.some((w) => not.some((k) => meets({ ...w, abbreviated: false }, k)))) continue;
      if (!all.every((group) => metBy(words, group))) continue;
      if (!all.some((group) => metBy(ownWords, group))) continue;
      found.push({ target: key, confidence: all.length > 1 ? MORE_GROUPS : ONE_GROUP });
    }
    return found;
  });
}
