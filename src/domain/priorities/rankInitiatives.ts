/**
 * Prioritera's list: the initiatives of one checked workbook in the council's order (weighted
 * score, then NNV/I), with what fits the central budget and each one's place in the matrix.
 * The same ranking as the portfolio's Rang column (rankEntries), so the two never disagree.
 */
import { assessInitiative } from "../assessInitiative";
import { numberOf, textOf, type Initiative } from "../initiative";
import type { Parameters } from "../parameters/Parameters";
import { rankEntries } from "../portfolio/rankPortfolio";
import { quadrant } from "../scoring";

export interface RankedInitiative {
  readonly sheet: string;
  readonly row: number;
  readonly id: string | null;
  readonly name: string;
  readonly forvaltning: string | null;
  /** 0–100, null when a score is missing. */
  readonly score: number | null;
  /** 1 = first; null when unranked. */
  readonly rank: number | null;
  readonly investment: number | null;
  /** Within the central budget in rank order; null when no budget is set. */
  readonly fitsBudget: boolean | null;
  /** Matrix axes 1–5; null when a score on that side is missing. */
  readonly nytta: number | null;
  readonly komplexitet: number | null;
}

const numeric = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

/** Ranked first (by rank), then the unranked in sheet order. */
export function rankInitiatives(
  initiatives: readonly Initiative[],
  parameters: Parameters
): RankedInitiative[] {
  const assessed = initiatives.map((initiative) => ({
    initiative,
    assessment: assessInitiative(initiative, parameters),
  }));
  const ranks = rankEntries(
    assessed.map(({ initiative, assessment }) => ({
      score: numeric(assessment.viktadPoang),
      nnvKvot: numeric(assessment.nnvKvot),
      investment: numberOf(initiative, "investering"),
    })),
    parameters.centralBudget
  );
  const ranked = assessed.map(({ initiative, assessment }, i): RankedInitiative => {
    const axes = quadrant(initiative.scores, parameters.criteria, parameters);
    return {
      sheet: initiative.source.sheet,
      row: initiative.source.row,
      id: textOf(initiative, "id"),
      name: textOf(initiative, "name") ?? `${initiative.source.sheet} rad ${initiative.source.row}`,
      forvaltning: textOf(initiative, "forvaltning"),
      score: numeric(assessment.viktadPoang),
      rank: ranks[i]!.rank,
      investment: numberOf(initiative, "investering"),
      fitsBudget: ranks[i]!.fitsBudget,
      nytta: axes.nytta,
      komplexitet: axes.komplexitet,
    };
  });
  return ranked.sort(
    (a, b) =>
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      a.sheet.localeCompare(b.sheet, "sv") ||
      a.row - b.row
  );
}

/** Sum of the investments that fit the budget; null when no budget is set. */
export function budgetUsed(ranked: readonly RankedInitiative[]): number | null {
  if (ranked.every((r) => r.fitsBudget === null)) return null;
  return ranked.reduce((sum, r) => sum + (r.fitsBudget ? (r.investment ?? 0) : 0), 0);
}
