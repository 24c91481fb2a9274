/**
 * Carries what the council kept in the previous portfolio over to the rows of a new run: the
 * council's columns and added columns by Initiativ-ID, and every previous initiative the new
 * inputs no longer have, kept as a row marked missing, so nothing the council saw disappears.
 */
import type { PortfolioRow } from "../consolidation/Consolidation";
import { idKey, type PreviousPortfolio, type PreviousRow } from "./readPreviousPortfolio";

/**
 * New rows keep their order; a repeated ID takes the previous rows with that ID in turn (the
 * first new row the first previous one). Previous rows nobody took follow, in their old order.
 */
export function mergePrevious(
  rows: readonly PortfolioRow[],
  previous: PreviousPortfolio | null
): PortfolioRow[] {
  if (!previous) return [...rows];
  const taken = new Set<PreviousRow>();
  const nextIndex = new Map<string, number>();

  const merged = rows.map((row): PortfolioRow => {
    const key = idKey(row.id);
    const candidates = previous.byId.get(key) ?? [];
    const index = nextIndex.get(key) ?? 0;
    nextIndex.set(key, index + 1);
    const before = candidates[index];
    if (!before) return row;
    taken.add(before);
    return {
      ...row,
      council: {
        radetsBeslut: before.council.radetsBeslut ?? row.council.radetsBeslut,
        finansiering: before.council.finansiering ?? row.council.finansiering,
        radetsKommentar: before.council.radetsKommentar ?? row.council.radetsKommentar,
      },
      extra: { ...row.extra, ...before.extra },
    };
  });

  const missing = previous.rows
    .filter((before) => !taken.has(before))
    .map((before): PortfolioRow => ({
      id: before.id,
      idDerived: false,
      forvaltning: before.forvaltning,
      initiative: null,
      assessment: null,
      errors: 0,
      warnings: 0,
      overlaps: [],
      council: before.council,
      extra: before.extra,
      missingFromLatest: true,
      previous: before.cells,
    }));

  return [...merged, ...missing];
}
