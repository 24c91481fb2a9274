/**
 * Which standard field each source header means. Headers are compared after normalising case,
 * spaces, soft hyphens, punctuation and units ("Budget (tkr)" is Budget, in thousands);
 * near-misses are matched by edit distance with a lower confidence, shown to the user.
 */
import { FIELDS, type FieldKey } from "../fields";
import { COMPUTED_COLUMNS, type ComputedKey } from "../computedColumns";
import type { Criterion } from "../parameters/Parameters";
import { scoreField } from "../parameters/Parameters";
import { editDistance, foldDiacritics, normalizeHeader } from "../text/normalize";
import { stripUnitFromHeader, unitFromHeader } from "../parse/units";
import { remember } from "../remember";

/** A field key, "score:<criterion>" or "computed:<key>". */
export type MappingTarget = FieldKey | `score:${string}` | `computed:${ComputedKey}`;

export interface ColumnMapping {
  /** 1-based column on the sheet. */
  readonly column: number;
  readonly header: string;
  readonly target: MappingTarget | null;
  /** 0..1: 1 for a label or synonym, lower for a near-miss. */
  readonly confidence: number;
  /** From the header's unit: 1 000 for "(tkr)", null when none. */
  readonly multiplier: number | null;
}

/** Below this a header is left unmapped rather than guessed. */
export const MIN_CONFIDENCE = 0.7;

interface Phrase {
  readonly text: string;
  readonly folded: string;
}

interface TargetPhrases {
  readonly target: MappingTarget;
  readonly phrases: readonly Phrase[];
}

function phrasesOf(words: readonly string[]): Phrase[] {
  const set = new Set<string>();
  for (const word of words) {
    const phrase = normalizeHeader(stripUnitFromHeader(word));
    if (phrase) set.add(phrase);
  }
  return [...set].map((text) => ({ text, folded: foldDiacritics(text) }));
}

const targetCache = new WeakMap<readonly Criterion[], TargetPhrases[]>();

/** The phrases of every target; built once per criteria list, since a header scan asks many times. */
function targetsFor(criteria: readonly Criterion[]): TargetPhrases[] {
  const cached = targetCache.get(criteria);
  if (cached) return cached;
  const built = buildTargets(criteria);
  targetCache.set(criteria, built);
  return built;
}

function buildTargets(criteria: readonly Criterion[]): TargetPhrases[] {
  const fields = FIELDS.map((f) => ({
    target: f.key as MappingTarget,
    phrases: phrasesOf([f.sv, f.en, ...f.synonyms]),
  }));
  const scores = criteria.map((c) => ({
    target: scoreField(c) as MappingTarget,
    phrases: phrasesOf([
      c.label,
      c.key,
      `${c.label} poäng`,
      `poäng ${c.label}`,
      `${c.label} 1-5`,
      `${c.label} 1–5`,
    ]),
  }));
  const computed = COMPUTED_COLUMNS.map((c) => ({
    target: `computed:${c.key}` as MappingTarget,
    phrases: phrasesOf([c.sv, c.en]),
  }));
  return [...fields, ...scores, ...computed];
}

type Match = { readonly target: MappingTarget; readonly confidence: number };
const matchCache = new WeakMap<TargetPhrases[], Map<string, readonly Match[]>>();

/**
 * The targets a normalised header may mean, strongest phrase each. Worked out once per text: a
 * header scan reads up to 40 rows, and statuses and yes/no words repeat in every one of them.
 */
function matchesOf(norm: string, targets: TargetPhrases[]): readonly Match[] {
  let cache = matchCache.get(targets);
  if (!cache) matchCache.set(targets, (cache = new Map()));
  return remember(cache, norm, 5_000, () => {
    const header = { text: norm, folded: foldDiacritics(norm) };
    const found: Match[] = [];
    for (const { target, phrases } of targets) {
      let best = 0;
      for (const phrase of phrases) best = Math.max(best, phraseConfidence(header, phrase));
      if (best >= MIN_CONFIDENCE) found.push({ target, confidence: best });
    }
    return found;
  });
}

/** How well one normalised header matches one normalised phrase, 0..1 (both also given folded). */
function phraseConfidence(header: Phrase, phrase: Phrase): number {
  if (header.text === phrase.text) return 1;
  const h = header.folded;
  const p = phrase.folded;
  if (h === p) return 0.97;
  // "Projektnamn kort", "Status 2024": the phrase followed by a qualifier
  if (p.length >= 4 && h.startsWith(`${p} `)) return 0.85;
  // similarity ≥ 0.8 needs lengths within a fifth of each other; most pairs stop here
  const longest = Math.max(h.length, p.length);
  if (Math.min(h.length, p.length) < 5 || Math.abs(h.length - p.length) > 0.2 * longest) return 0;
  // similarity ≥ 0.8 is a distance of at most a fifth of the longer: stop counting past that.
  const bound = Math.floor(0.2 * longest);
  const distance = editDistance(h, p, bound);
  if (distance > bound) return 0;
  const sim = 1 - distance / longest;
  return sim >= 0.8 ? 0.9 * sim : 0;
}

export interface MapHeadersOptions {
  /** Corrections the user made, by normalised header: a target, or null for "do not map". */
  readonly overrides?: ReadonlyMap<string, MappingTarget | null>;
}

/** Maps a header row; headers[0] sits in column `firstColumn` (1-based) of the sheet. */
export function mapHeaders(
  headers: readonly (string | null)[],
  criteria: readonly Criterion[],
  options: MapHeadersOptions = {},
  firstColumn = 1
): ColumnMapping[] {
  const targets = targetsFor(criteria);
  const normalised = headers.map((h) => (h ? normalizeHeader(stripUnitFromHeader(h)) : ""));
  const chosen = new Map<number, { target: MappingTarget | null; confidence: number }>();
  const taken = new Set<MappingTarget>();

  const candidates: { index: number; target: MappingTarget; confidence: number }[] = [];
  normalised.forEach((norm, index) => {
    if (!norm) return;
    for (const match of matchesOf(norm, targets)) candidates.push({ index, ...match });
  });
  const rounded = (confidence: number) => Math.round(confidence * 100) / 100;

  // A correction wins. One that only confirms what the words already say keeps their confidence,
  // so a re-run over an unchanged Mappning sheet gives the same mapping.
  normalised.forEach((_, index) => {
    const override = options.overrides?.get(normalizeHeader(headers[index] ?? ""));
    if (override === undefined) return;
    const natural = candidates.find((c) => c.index === index && c.target === override);
    // "Not used" for a header no field's words match confirms the automatic answer too.
    const unmatched = override === null && !candidates.some((c) => c.index === index);
    const confidence = natural ? rounded(natural.confidence) : unmatched ? 0 : 1;
    chosen.set(index, { target: override, confidence });
    if (override) taken.add(override);
  });

  // Strongest matches first; ties keep the leftmost column, so the result is deterministic.
  candidates.sort((a, b) => b.confidence - a.confidence || a.index - b.index);
  for (const c of candidates) {
    if (chosen.has(c.index) || taken.has(c.target)) continue;
    chosen.set(c.index, { target: c.target, confidence: rounded(c.confidence) });
    taken.add(c.target);
  }

  return headers.map((header, index) => {
    const pick = chosen.get(index);
    return {
      column: firstColumn + index,
      header: header ?? "",
      target: pick?.target ?? null,
      confidence: pick?.confidence ?? 0,
      multiplier: header ? unitFromHeader(header) : null,
    };
  });
}
