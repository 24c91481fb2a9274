/**
 * Weighted score, priority class, the nytta/komplexitet quadrant and the council's ranking.
 * The template writes the same rules as Excel formulas (template/formulas.ts); the arithmetic
 * here follows those formulas step by step so both engines give the same doubles.
 */
import type { Criterion, Parameters } from "./parameters/Parameters";

/** An initiative's score (1–5) per criterion key; an absent key is a missing score. */
export type Scores = Readonly<Record<string, number | null | undefined>>;

export type PriorityClass = "Hög" | "Medel" | "Låg";

export const QUADRANTS = [
  "Snabb vinst",
  "Strategisk satsning",
  "Komplettering",
  "Ompröva",
] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export interface QuadrantResult {
  readonly quadrant: Quadrant | null;
  /** Mean of the scores on criteria that count for (1–5); null when none or one is missing. */
  readonly nytta: number | null;
  /** Mean of the scores on criteria that count against (1–5); null when none or one is missing. */
  readonly komplexitet: number | null;
}

const scoreOf = (scores: Scores, key: string): number | null => {
  const s = scores[key];
  return typeof s === "number" && Number.isFinite(s) ? s : null;
};

/**
 * 0–100: 100 · Σ wᵢ·nᵢ / Σ wᵢ, nᵢ = (s−1)/4 counting for and (5−s)/4 counting against.
 * Computed as 100 · Σ wᵢ·dᵢ / (4 · Σ wᵢ) with dᵢ = s−1 or 5−s, exactly as the formula does:
 * with whole weights and scores everything but the last division is exact.
 * Null when any criterion's score is missing or all weights are 0.
 */
export function weightedScore(scores: Scores, criteria: readonly Criterion[]): number | null {
  let weighted = 0;
  let weights = 0;
  for (const c of criteria) {
    const s = scoreOf(scores, c.key);
    if (s === null) return null;
    weighted += c.weight * (c.direction === "against" ? 5 - s : s - 1);
    weights += c.weight;
  }
  if (weights === 0) return null;
  return (100 * weighted) / (4 * weights);
}

export function priorityClass(
  score: number | null,
  p: Pick<Parameters, "prioritetHog" | "prioritetMedel">
): PriorityClass | null {
  if (score === null) return null;
  if (score >= p.prioritetHog) return "Hög";
  if (score >= p.prioritetMedel) return "Medel";
  return "Låg";
}

function axisMean(scores: Scores, side: readonly Criterion[]): number | null {
  if (side.length === 0) return null;
  let sum = 0;
  for (const c of side) {
    const s = scoreOf(scores, c.key);
    if (s === null) return null;
    sum += s;
  }
  return sum / side.length;
}

/** Place an initiative in the nytta/komplexitet matrix; an axis is high at or above p.kvadrantgrans. */
/** The criteria of each axis, worked out once per criteria list (quadrant runs for every row). */
const sidesCache = new WeakMap<
  readonly Criterion[],
  { readonly for: readonly Criterion[]; readonly against: readonly Criterion[] }
>();

function sidesOf(criteria: readonly Criterion[]) {
  let sides = sidesCache.get(criteria);
  if (!sides) {
    sides = {
      for: criteria.filter((c) => c.direction === "for"),
      against: criteria.filter((c) => c.direction === "against"),
    };
    sidesCache.set(criteria, sides);
  }
  return sides;
}

export function quadrant(
  scores: Scores,
  criteria: readonly Criterion[],
  p: Pick<Parameters, "kvadrantgrans">
): QuadrantResult {
  const sides = sidesOf(criteria);
  const nytta = axisMean(scores, sides.for);
  const komplexitet = axisMean(scores, sides.against);
  if (nytta === null || komplexitet === null) return { quadrant: null, nytta, komplexitet };
  const highNytta = nytta >= p.kvadrantgrans;
  const highKomplexitet = komplexitet >= p.kvadrantgrans;
  const q: Quadrant = highNytta
    ? highKomplexitet
      ? "Strategisk satsning"
      : "Snabb vinst"
    : highKomplexitet
      ? "Ompröva"
      : "Komplettering";
  return { quadrant: q, nytta, komplexitet };
}
