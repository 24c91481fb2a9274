/** One row of the Rangordning table as the texts its cells show. */
import type { Language, TaskpaneStrings } from "../i18n";
import type { RankedInitiative } from "../operations/PaneOperations";
import { formatCount, formatKronor, formatScore } from "./format";

export interface RankingCells {
  readonly rank: string;
  readonly name: string;
  readonly score: string;
  readonly investment: string;
  readonly fits: string;
}

export function rankingCells(
  item: RankedInitiative,
  language: Language,
  strings: TaskpaneStrings
): RankingCells {
  const none = strings.common.none;
  const p = strings.prioritise;
  return {
    rank: item.rank === null ? none : formatCount(item.rank, language),
    name: item.name.trim() || item.id || none,
    score: item.score === null ? none : formatScore(item.score, language),
    investment: item.investment === null ? none : formatKronor(item.investment, language),
    fits: item.fitsBudget === null ? none : item.fitsBudget ? p.yes : p.no,
  };
}
