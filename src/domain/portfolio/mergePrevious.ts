/**
 * Carries what the council kept in the previous portfolio over to the rows of a new run: the
 * council's columns and added columns by Initiativ-ID, and every previous initiative the new
 * inputs no longer have, kept as a row marked missing, so nothing the council saw disappears.
 */
import type { PortfolioRow } from "../consolidation/Consolidation";
import type { CellValue } from "../ports/WorkbookPort";
import { field } from "../fields";
import { foldDiacritics, normalizeHeader } from "../text/normalize";
import { PORTFOLIO_META_HEADERS } from "./layout";
import { idKey, type PreviousPortfolio, type PreviousRow } from "./readPreviousPortfolio";

const NAME_HEADER = field("name").sv;

/** Source file (without folder) and name, compared loosely; null when either is missing. */
function sourceNameKey(file: CellValue | undefined, name: unknown): string | null {
  if (typeof file !== "string" || typeof name !== "string" || !file || !name) return null;
  return `${file.replace(/^.*[\\/]/, "")}\u0000${foldDiacritics(normalizeHeader(name))}`;
}

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

  // A derived ID changes when the strategist corrects a list's förvaltning; the same name from the
  // same source file is still the same initiative, so its council columns follow it.
  const byIdMatch = rows.map((row) => {
    const key = idKey(row.id);
    const candidates = previous.byId.get(key) ?? [];
    const index = nextIndex.get(key) ?? 0;
    nextIndex.set(key, index + 1);
    const before = candidates[index];
    if (before) taken.add(before);
    return before;
  });
  const bySource = new Map<string, PreviousRow[]>();
  for (const before of previous.rows) {
    if (taken.has(before)) continue;
    const key = sourceNameKey(
      before.cells[PORTFOLIO_META_HEADERS.sourceFile],
      before.cells[NAME_HEADER]
    );
    if (!key) continue;
    const group = bySource.get(key);
    if (group) group.push(before);
    else bySource.set(key, [before]);
  }

  const merged = rows.map((row, i): PortfolioRow => {
    let before: PreviousRow | undefined = byIdMatch[i];
    if (!before && row.idDerived && row.initiative) {
      const key = sourceNameKey(row.initiative.source.file, row.initiative.values.name);
      before = key ? bySource.get(key)?.find((candidate) => !taken.has(candidate)) : undefined;
      if (before) taken.add(before);
    }
    if (!before) return row;
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
