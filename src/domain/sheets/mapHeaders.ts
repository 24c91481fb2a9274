/**
 * Which standard field each source header means. Headers are compared after normalising case,
 * spaces, soft hyphens, punctuation and units ("Budget (tkr)" is Budget, in thousands);
 * near-misses are matched by edit distance with a lower confidence, shown to the user.
 */
import { FIELDS, type FieldKey } from "../fields";
import { COMPUTED_COLUMNS, type ComputedKey } from "../computedColumns";
import type { Criterion } from "../parameters/Parameters";
import { CRITERION_WORDS, scoreField } from "../parameters/Parameters";
import { editDistance, foldDiacritics, normalizeHeader } from "../text/normalize";
import { stripUnitFromHeader, unitFromHeader } from "../parse/units";
import { remember } from "../remember";
import { headerText, type HeaderCell } from "./headerRows";
import type { UnitStatement } from "../parse/units";
import { headerWords, keywordMatches } from "./headerKeywords";

/** A field key, "score:<criterion>" or "computed:<key>". */
export type MappingTarget = FieldKey | `score:${string}` | `computed:${ComputedKey}`;

export interface ColumnMapping {
  /** 1-based column on the sheet. */
  readonly column: number;
  readonly header: string;
  readonly target: MappingTarget | null;
  /** 0..1: 1 for a label or synonym, lower for a near-miss. */
  readonly confidence: number;
  /** The column's own header when a group header stands over it ("Investering" under "Ekonomi"). */
  readonly sub?: string;
  /** From the header's unit: 1 000 for "(tkr)", null when none (or when two stated units conflict). */
  readonly multiplier: number | null;
  /** Where an amount column's unit is stated, when it is (see columnUnits). */
  readonly unit?: UnitStatement;
  /** Two places state different units for the column: its amounts are not read. */
  readonly unitConflict?: readonly [UnitStatement, UnitStatement];
}

/** Below this a header is left unmapped rather than guessed. */
export const MIN_CONFIDENCE = 0.7;

interface Phrase {
  readonly text: string;
  readonly folded: string;
  /** The field's own label rather than a synonym: it wins a tie ("Investering (kr)" over "Budget"). */
  readonly label?: boolean;
}

interface TargetPhrases {
  readonly target: MappingTarget;
  readonly phrases: readonly Phrase[];
}

function phrasesOf(labels: readonly string[], words: readonly string[] = []): Phrase[] {
  const phrases = new Map<string, Phrase>();
  [...labels, ...words].forEach((word, i) => {
    const text = normalizeHeader(stripUnitFromHeader(word));
    if (text && !phrases.has(text))
      phrases.set(text, { text, folded: foldDiacritics(text), label: i < labels.length });
  });
  return [...phrases.values()];
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
    phrases: phrasesOf([f.sv, f.en], [...f.synonyms.sv, ...f.synonyms.en]),
  }));
  const scores = criteria.map((c) => ({
    target: scoreField(c) as MappingTarget,
    phrases: phrasesOf(
      [c.label, c.key, `${c.label} poäng`, `poäng ${c.label}`, `${c.label} 1-5`, `${c.label} 1–5`],
      CRITERION_WORDS[c.key] ?? []
    ),
  }));
  const computed = COMPUTED_COLUMNS.map((c) => ({
    target: `computed:${c.key}` as MappingTarget,
    phrases: phrasesOf([c.sv, c.en]),
  }));
  return [...fields, ...scores, ...computed];
}

type Match = {
  readonly target: MappingTarget;
  readonly confidence: number;
  readonly byLabel: boolean;
};
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
      let byLabel = false;
      for (const phrase of phrases) {
        const confidence = phraseConfidence(header, phrase);
        if (confidence > best || (confidence === best && phrase.label)) {
          best = confidence;
          byLabel = phrase.label === true;
        }
      }
      // Only an exact label decides a tie: a near-miss of a label is no better than of a synonym.
      if (best >= MIN_CONFIDENCE)
        found.push({ target, confidence: best, byLabel: byLabel && best >= 0.97 });
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
  if (sim < 0.8 || !typoPerWord(h, p)) return 0;
  return 0.9 * sim;
}

/**
 * A near-miss of a phrase of several words is a typo in its words ("Drift kostnad per ar"), not
 * another word in its place: "Actual cost" is no "Annual cost". Word by word, at most one edit each.
 */
function typoPerWord(header: string, phrase: string): boolean {
  const a = header.split(" ");
  const b = phrase.split(" ");
  if (b.length === 1 || a.length === 1) return true;
  if (a.length !== b.length) return false;
  return a.every((word, i) => editDistance(word, b[i]!, 1) <= 1);
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
  return mapHeaderCells(
    headers.map((header, i) => ({ column: firstColumn + i, sub: header ?? "", group: null })),
    criteria,
    options
  );
}

/** A phrase matched as written (or without å, ä, ö): not a near-miss, not a phrase with a qualifier. */
const EXACT = 0.97;

const TOTAL_SUB = /^(totalt?|summa|sum|totalsumma|hela perioden)$/;
const YEAR_OR_TOTAL = /^(\d{4}|totalt?|summa|sum|totalsumma|hela perioden)$/;

/** Group headers about needs, and the fields a needs list has. */
const NEEDS_GROUP = /behov|anvandarberattelse|user stor|onskemal/;
const NEEDS_TARGETS: ReadonlySet<MappingTarget> = new Set<MappingTarget>([
  "behovVem",
  "behovVad",
  "behovVarfor",
]);

/** A phrase of several words written short: "Strat. betydelse" is "Strategisk betydelse". */
const ABBREVIATED = 0.85;

function abbreviatedMatches(header: string, targets: readonly TargetPhrases[]): Match[] {
  const words = headerWords(header);
  if (!words.some((w) => w.abbreviated)) return [];
  const found: Match[] = [];
  for (const { target, phrases } of targets) {
    const hit = phrases.some((phrase) => {
      const parts = phrase.folded.split(" ");
      return (
        parts.length === words.length &&
        parts.every((part, i) => {
          const w = words[i]!;
          return (
            part === w.text || (w.abbreviated && w.text.length >= 3 && part.startsWith(w.text))
          );
        })
      );
    });
    if (hit) found.push({ target, confidence: ABBREVIATED, byLabel: false });
  }
  // Short for two fields at once ("Kost."): it says neither.
  return found.length === 1 ? found : [];
}

/** What a header says in brackets qualifies it: matched without it, a little less surely. */
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]/g;
const WITHOUT_BRACKETS = 0.95;

/** A sub-header read together with its group matches a little less surely than on its own. */
const WITH_GROUP = 0.95;

/**
 * Maps header cells, one or two rows high. A column's own header is matched first; under a group
 * ("Ekonomi (tkr)" over "Investering") the two together are matched too, and a column with only
 * the group as its header is matched by the group. The unit is the column's own header's (the
 * group's and the title's are weighed in `columnUnits`).
 */
export function mapHeaderCells(
  cells: readonly HeaderCell[],
  criteria: readonly Criterion[],
  options: MapHeadersOptions = {}
): ColumnMapping[] {
  const targets = targetsFor(criteria);
  const words = (text: string) => (text ? normalizeHeader(stripUnitFromHeader(text)) : "");
  const headers = cells.map(headerText);
  const chosen = new Map<number, { target: MappingTarget | null; confidence: number }>();
  const taken = new Set<MappingTarget>();

  const candidates: {
    index: number;
    target: MappingTarget;
    confidence: number;
    byLabel: boolean;
  }[] = [];
  cells.forEach((cell, index) => {
    const own = words(cell.sub);
    const best = new Map<MappingTarget, { confidence: number; byLabel: boolean }>();
    const take = (target: MappingTarget, confidence: number, byLabel: boolean) => {
      if (confidence > (best.get(target)?.confidence ?? 0))
        best.set(target, { confidence, byLabel });
    };
    /** `exactOnly`: a group and its sub-header read together must be a phrase as a whole. */
    const consider = (norm: string, factor: number, exactOnly = false) => {
      if (!norm) return;
      for (const match of matchesOf(norm, targets)) {
        if (exactOnly && match.confidence < EXACT) continue;
        take(match.target, match.confidence * factor, match.byLabel);
      }
    };
    const considerKeywords = (text: string, factor: number, ownText?: string) => {
      for (const match of keywordMatches(text, ownText))
        take(match.target, match.confidence * factor, false);
    };
    consider(own, 1);
    considerKeywords(cell.sub, 1);
    for (const match of abbreviatedMatches(cell.sub, targets))
      take(match.target, match.confidence, false);
    // "Vem (intressent)", "Status [2025]": the words outside the brackets, a little less surely.
    const unbracketed = words(cell.sub.replace(BRACKETED, " "));
    if (unbracketed !== own) consider(unbracketed, WITHOUT_BRACKETS);
    // "2025 | 2026 | Totalt" under "Investering per år (tkr)": the group says what they are.
    const onlyYearOrTotal = cell.group !== null && YEAR_OR_TOTAL.test(own);
    if (onlyYearOrTotal) {
      consider(words(cell.group!), WITH_GROUP);
      considerKeywords(cell.group!, WITH_GROUP);
    } else if (cell.group) {
      const group = words(cell.group);
      // "Nytta per år" over "Tid (timmar)" is time saved, not the Nytta score the group starts with.
      if (own) consider(`${group} ${own}`, WITH_GROUP, true);
      else consider(group, 1);
      if (own) considerKeywords(`${cell.group} ${cell.sub}`, WITH_GROUP, cell.sub);
      else considerKeywords(cell.group, 1);
    }
    // Under a group about needs ("Användarberättelse" over "Intressent | Mål | Motiv") the needs
    // fields come first: "Mål" there is what the user wants, not a project goal.
    const needsGroup =
      cell.group !== null && NEEDS_GROUP.test(foldDiacritics(normalizeHeader(cell.group)));
    // "Totalt" under a group of years is the group's figure: it wins over the single years.
    const total = cell.group !== null && TOTAL_SUB.test(own);
    for (const [target, match] of best) {
      const confidence =
        (needsGroup && !NEEDS_TARGETS.has(target) ? match.confidence * 0.75 : match.confidence) +
        (total ? 0.01 : 0);
      candidates.push({ index, target, ...match, confidence });
    }
  });
  const rounded = (confidence: number) => Math.round(confidence * 100) / 100;

  // A correction wins. One that only confirms what the words already say keeps their confidence,
  // so a re-run over an unchanged Mappning sheet gives the same mapping.
  headers.forEach((header, index) => {
    const override = options.overrides?.get(normalizeHeader(header));
    if (override === undefined) return;
    const natural = candidates.find((c) => c.index === index && c.target === override);
    // "Not used" for a header no field's words match confirms the automatic answer too.
    const unmatched = override === null && !candidates.some((c) => c.index === index);
    const confidence = natural ? rounded(natural.confidence) : unmatched ? 0 : 1;
    chosen.set(index, { target: override, confidence });
    if (override) taken.add(override);
  });

  // Strongest matches first, a field's own label before a synonym; ties keep the leftmost column,
  // so the result is deterministic.
  candidates.sort(
    (a, b) =>
      b.confidence - a.confidence || Number(b.byLabel) - Number(a.byLabel) || a.index - b.index
  );
  for (const c of candidates) {
    if (chosen.has(c.index) || taken.has(c.target)) continue;
    chosen.set(c.index, { target: c.target, confidence: rounded(c.confidence) });
    taken.add(c.target);
  }

  return cells.map((cell, index) => {
    const pick = chosen.get(index);
    return {
      column: cell.column,
      header: headers[index] ?? "",
      target: pick?.target ?? null,
      confidence: pick?.confidence ?? 0,
      multiplier: cell.sub ? unitFromHeader(cell.sub) : null,
      ...(cell.group ? { sub: cell.sub } : {}),
    };
  });
}
