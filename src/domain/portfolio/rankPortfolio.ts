/**
 * The council's ranking and budget scenario over the portfolio, in TypeScript: the twin of the
 * Rang and Ryms i budget formulas that describePortfolio writes (portfolioFormulas.ts).
 *
 * Order: Viktad poäng descending (missing last), then NNV/I descending (missing last), then the
 * portfolio's row order. Scores and ratios are compared after rounding to 9 decimals, as the
 * formulas' helper columns do, so float noise between Excel, LibreOffice and JavaScript cannot
 * swap two initiatives with the same score. Only rows in the latest inputs are ranked.
 *
 * Budget: an initiative "ryms" when the investments of it and of everything ranked above it
 * (missing counts 0) add up to no more than the central budget: economics.budgetFit's rule. The
 * sum is compared at whole öre, as the formula does, because Excel adds in row order and we in
 * rank order, and two orders may differ in the last bit.
 */
import type { Assessment } from "../assessInitiative";
import type { PortfolioRow } from "../consolidation/Consolidation";
import { numberOf } from "../initiative";

/** Decimals the sort keys keep: ROUND(x, 9) in the helper columns. */
export const RANK_KEY_DECIMALS = 9;
/** Score key of a ranked row without a weighted score: below every score (0–100). */
export const MISSING_SCORE_KEY = -1;
/** Score key of a row not in the latest inputs: below every ranked row, so never counted above one. */
export const UNRANKED_SCORE_KEY = -2;
/** Ratio key of a row without NNV/I: below every ratio. Written in formulas as -1E+300. */
export const MISSING_RATIO_KEY = -1e300;

/** Excel's ROUND: half away from zero. */
export function excelRound(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
}

export const scoreKey = (score: number | null): number =>
  score === null ? MISSING_SCORE_KEY : excelRound(score, RANK_KEY_DECIMALS);

export const ratioKey = (ratio: number | null): number =>
  ratio === null ? MISSING_RATIO_KEY : excelRound(ratio, RANK_KEY_DECIMALS);

/** What ranking needs of one row; null for a row that is not ranked. */
export interface RankInput {
  readonly score: number | null;
  readonly nnvKvot: number | null;
  /** kr; missing counts 0 in the budget scenario. */
  readonly investment: number | null;
}

export interface EntryRank {
  /** 1 for the first; null for a row that is not ranked. */
  readonly rank: number | null;
  /** Null when there is no central budget or the row is not ranked. */
  readonly fitsBudget: boolean | null;
}

export interface PortfolioRank extends EntryRank {
  readonly id: string;
}

/** Ranks entries given in portfolio order; the answer is aligned with the input. */
export function rankEntries(
  entries: readonly (RankInput | null)[],
  centralBudget: number | null
): EntryRank[] {
  const keyed = entries.flatMap((entry, index) =>
    entry === null
      ? []
      : [{ index, score: scoreKey(entry.score), ratio: ratioKey(entry.nnvKvot), entry }]
  );
  keyed.sort((a, b) =>
    a.score !== b.score
      ? b.score - a.score
      : a.ratio !== b.ratio
        ? b.ratio > a.ratio
          ? 1
          : -1
        : a.index - b.index
  );
  const result: EntryRank[] = entries.map(() => ({ rank: null, fitsBudget: null }));
  let cumulative = 0;
  keyed.forEach((k, position) => {
    cumulative += k.entry.investment ?? 0;
    result[k.index] = {
      rank: position + 1,
      fitsBudget: centralBudget === null ? null : excelRound(cumulative, 2) <= centralBudget,
    };
  });
  return result;
}

const numeric = (assessment: Assessment | null, key: "viktadPoang" | "nnvKvot"): number | null => {
  const value = assessment?.[key];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
};

/**
 * Rank and budget fit of every portfolio row, in the rows' order. Rows kept only from the previous
 * portfolio (initiative null) get neither.
 */
export function rankPortfolio(
  rows: readonly PortfolioRow[],
  centralBudget: number | null
): PortfolioRank[] {
  const ranks = rankEntries(
    rows.map((row) =>
      row.initiative === null
        ? null
        : {
            score: numeric(row.assessment, "viktadPoang"),
            nnvKvot: numeric(row.assessment, "nnvKvot"),
            investment: numberOf(row.initiative, "investering"),
          }
    ),
    centralBudget
  );
  return rows.map((row, i) => ({ id: row.id, ...(ranks[i] as EntryRank) }));
}
