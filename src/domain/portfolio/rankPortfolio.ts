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
 * sum is compared at whole öre, as the formula does, because Excel may add in another order than
 * we do, and two orders may differ in the last bit.
 *
 * rankAsWritten gives what the run writes beside each row for the formulas' fast path (see
 * portfolioFormulas.ts): the row's place, its rank, keys and cumulative investment as worked out
 * here.
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

interface Ranked {
  readonly index: number;
  readonly score: number;
  readonly ratio: number;
  readonly entry: RankInput;
  /** Investments of this entry and every one ranked above it, added in rank order (kr). */
  readonly cumulative: number;
}

/** The ranked entries in rank order, with their keys and cumulative investment. */
function inRankOrder(entries: readonly (RankInput | null)[]): Ranked[] {
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
  let cumulative = 0;
  return keyed.map((k) => {
    cumulative += k.entry.investment ?? 0;
    return { ...k, cumulative };
  });
}

/** Ranks entries given in portfolio order; the answer is aligned with the input. */
export function rankEntries(
  entries: readonly (RankInput | null)[],
  centralBudget: number | null
): EntryRank[] {
  const result: EntryRank[] = entries.map(() => ({ rank: null, fitsBudget: null }));
  inRankOrder(entries).forEach((k, position) => {
    result[k.index] = {
      rank: position + 1,
      fitsBudget: centralBudget === null ? null : excelRound(k.cumulative, 2) <= centralBudget,
    };
  });
  return result;
}

const numeric = (assessment: Assessment | null, key: "viktadPoang" | "nnvKvot"): number | null => {
  const value = assessment?.[key];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
};

const rankInputs = (rows: readonly PortfolioRow[]): (RankInput | null)[] =>
  rows.map((row) =>
    row.initiative === null
      ? null
      : {
          score: numeric(row.assessment, "viktadPoang"),
          nnvKvot: numeric(row.assessment, "nnvKvot"),
          investment: numberOf(row.initiative, "investering"),
        }
  );

/**
 * Rank and budget fit of every portfolio row, in the rows' order. Rows kept only from the previous
 * portfolio (initiative null) get neither.
 */
export function rankPortfolio(
  rows: readonly PortfolioRow[],
  centralBudget: number | null
): PortfolioRank[] {
  const ranks = rankEntries(rankInputs(rows), centralBudget);
  return rows.map((row, i) => ({ id: row.id, ...(ranks[i] as EntryRank) }));
}

/** What the run writes beside one portfolio row for the formulas' fast path. */
export interface RankAsWritten {
  /**
   * The row's place as written, 1…n. The formulas break the last ties with it rather than with
   * the row's place on the sheet, so a sort by hand does not reorder equal initiatives; at writing
   * both are the same order, so the answer is rankPortfolio's.
   */
  readonly order: number;
  /** Null for a row that is not ranked. */
  readonly ranked: {
    readonly rank: number;
    readonly scoreKey: number;
    readonly ratioKey: number;
    /** kr; null when the row has none (counts 0). */
    readonly investment: number | null;
    /** The investments of this row and every one ranked above it, added in rank order (kr). */
    readonly cumulative: number;
  } | null;
}

/** For every portfolio row, in the rows' order: its place, rank, keys and cumulative investment. */
export function rankAsWritten(rows: readonly PortfolioRow[]): {
  /** How many rows are ranked. */
  readonly ranked: number;
  readonly rows: RankAsWritten[];
} {
  const inputs = rankInputs(rows);
  const ordered = inRankOrder(inputs);
  const byIndex = new Map(ordered.map((k, position) => [k.index, { k, position }]));
  return {
    ranked: ordered.length,
    rows: inputs.map((input, i): RankAsWritten => {
      const at = byIndex.get(i);
      if (input === null || at === undefined) return { order: i + 1, ranked: null };
      return {
        order: i + 1,
        ranked: {
          rank: at.position + 1,
          scoreKey: at.k.score,
          ratioKey: at.k.ratio,
          investment: input.investment,
          cumulative: at.k.cumulative,
        },
      };
    }),
  };
}
