/**
 * Carries what the council kept in the previous portfolio over to the rows of a new run, by a
 * key two förvaltningar cannot share: förvaltning + the source's own ID (Källans ID; for a row
 * without one the derived ID, which names the förvaltning; for an older portfolio without
 * Källans ID, its Initiativ-ID).
 * - One previous row and one new row with a key: the council's columns, its added columns and
 *   the row's portfolio ID go over.
 * - A derived ID changes when the strategist corrects a list's förvaltning: a new row no previous
 *   key finds then takes the previous row from the same source file with the same name (and, for a
 *   row with its own ID, the same ID), when exactly one such row and one such new row exist.
 * - Anything else with candidates on both sides is ambiguous (the same ID twice in one list, …):
 *   nothing is guessed. The previous rows holding council values are kept, marked for review,
 *   and each candidate gets the issue council_match_ambiguous; previous rows holding none are
 *   dropped (the initiative is among the new rows). A row kept for review stays so, run after
 *   run, until the council empties it; it never matches by itself.
 * - Every other previous row is kept as missing from the latest inputs, in its old order.
 * `slots` says what became of each previous row, in the previous portfolio's order, so the new
 * portfolio keeps every initiative where it stood (consolidation/consolidate.ts).
 */
import type { CouncilColumns, PortfolioRow } from "../consolidation/Consolidation";
import { councilKey, idKey } from "../consolidation/councilKey";
import { sourceKey } from "../consolidation/consolidate";
import { field } from "../fields";
import { textOf, type Initiative } from "../initiative";
import type { Issue } from "../issues";
import type { CellValue } from "../ports/WorkbookPort";
import { issueAt } from "../rules/Rule";
import { listSome } from "../text/numberRuns";
import { foldDiacritics, normalizeHeader } from "../text/normalize";
import { PORTFOLIO_META_HEADERS } from "./layout";
import type { PreviousPortfolio, PreviousRow } from "./readPreviousPortfolio";

const NAME_HEADER = field("name").sv;

/** A row of the new run, before it has a portfolio ID. */
export interface NewRow {
  readonly forvaltning: string;
  /** The source's own ID, or the derived one. */
  readonly sourceId: string;
  readonly idDerived: boolean;
  readonly initiative: Initiative;
}

/** What a new row takes over from the previous portfolio. */
export interface Carried {
  /** The portfolio ID of the previous row it was matched to. */
  readonly previousId: string | null;
  readonly council: CouncilColumns;
  readonly extra: Readonly<Record<string, CellValue>>;
}

/** What became of one previous row, in the previous portfolio's order. */
export type Slot =
  /** Matched: the new row (by index) takes the previous row's place. */
  | { readonly kind: "matched"; readonly index: number }
  /** Kept as missing from the latest inputs, or for review. */
  | { readonly kind: "kept"; readonly row: PortfolioRow }
  /**
   * Dropped: it held nothing of the council's and could be any of these new rows (by index),
   * none of which took it. The first of them no other previous row took may stand in its place.
   */
  | { readonly kind: "dropped"; readonly candidates: readonly number[] };

export interface Merged {
  /** Aligned with the new rows. */
  readonly carried: readonly Carried[];
  /** The previous row each new row (by index) was matched to. */
  readonly matched: ReadonlyMap<number, PreviousRow>;
  /** One per previous row, in the previous portfolio's order. */
  readonly slots: readonly Slot[];
  /** Previous rows no new row took, in their old order: missing, or kept for review. */
  readonly kept: readonly PortfolioRow[];
  /** council_match_ambiguous, one per new row concerned. */
  readonly issues: readonly Issue[];
}

const NO_COUNCIL: CouncilColumns = {
  radetsBeslut: null,
  finansiering: null,
  radetsKommentar: null,
};
const NOTHING: Carried = { previousId: null, council: NO_COUNCIL, extra: {} };

/** Source file (without folder) and name, compared loosely; null when either is missing. */
function sourceNameKey(file: CellValue | undefined, name: unknown): string | null {
  if (typeof file !== "string" || typeof name !== "string" || !file || !name) return null;
  return `${sourceKey(file)}\u0000${foldDiacritics(normalizeHeader(name))}`;
}

export const previousKey = (row: PreviousRow): string =>
  councilKey(row.forvaltning, row.sourceId ?? row.id);

/** Whether the council wrote anything on the row: a council column or an added column. */
export const hasCouncilValues = (row: PreviousRow): boolean =>
  Object.values(row.council).some((v) => v !== null) ||
  Object.values(row.extra).some((v) => v !== null && v !== "");

function group<T>(items: Iterable<T>, keyOf: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function keptRow(before: PreviousRow, review: boolean): PortfolioRow {
  return {
    id: before.id,
    idDerived: false,
    forvaltning: before.forvaltning,
    sourceId: before.sourceId ?? before.id,
    initiative: null,
    assessment: null,
    errors: 0,
    warnings: 0,
    overlaps: [],
    council: before.council,
    extra: before.extra,
    missingFromLatest: true,
    ...(review ? { needsReview: true } : {}),
    previous: before.cells,
  };
}

/** "Projekt!5", with the file when it is not the row's own. */
function place(of: Initiative, from: Initiative): string {
  const { file, sheet, row } = of.source;
  return file === from.source.file ? `${sheet}!${row}` : `${sourceKey(file)} ${sheet}!${row}`;
}

export function mergePrevious(rows: readonly NewRow[], previous: PreviousPortfolio | null): Merged {
  if (!previous)
    return {
      carried: rows.map(() => NOTHING),
      matched: new Map(),
      slots: [],
      kept: [],
      issues: [],
    };

  const newKeys = rows.map((r) => councilKey(r.forvaltning, r.sourceId));
  const newByKey = group(
    rows.map((_, i) => i),
    (i) => newKeys[i]!
  );
  const matched = new Map<number, PreviousRow>();
  const taken = new Set<PreviousRow>();
  /** Previous rows that could be any of several new rows (or share one with others). */
  const ambiguous = new Map<PreviousRow, readonly number[]>();

  const prevByKey = group(
    previous.rows.filter((r) => !r.wasReview),
    previousKey
  );
  for (const [key, before] of prevByKey) {
    const now = newByKey.get(key) ?? [];
    if (now.length === 0) continue;
    if (now.length === 1 && before.length === 1) {
      matched.set(now[0]!, before[0]!);
      taken.add(before[0]!);
    } else for (const b of before) ambiguous.set(b, now);
  }

  // The same source file and name, for a new row no previous key finds.
  const open = group(
    previous.rows.filter((r) => !r.wasReview && !taken.has(r) && !ambiguous.has(r)),
    (r) => sourceNameKey(r.cells[PORTFOLIO_META_HEADERS.sourceFile], r.cells[NAME_HEADER])
  );
  const candidatesOf = new Map<number, PreviousRow[]>();
  const claimantsOf = new Map<PreviousRow, number[]>();
  rows.forEach((r, i) => {
    if (prevByKey.has(newKeys[i]!)) return;
    const key = sourceNameKey(r.initiative.source.file, textOf(r.initiative, "name"));
    const candidates = (key === null ? [] : (open.get(key) ?? [])).filter(
      (p) => r.idDerived || idKey(p.sourceId ?? p.id) === idKey(r.sourceId)
    );
    if (candidates.length === 0) return;
    candidatesOf.set(i, candidates);
    for (const p of candidates) claimantsOf.set(p, [...(claimantsOf.get(p) ?? []), i]);
  });
  for (const [i, candidates] of candidatesOf) {
    const only = candidates.length === 1 ? candidates[0]! : undefined;
    if (only && claimantsOf.get(only)!.length === 1) {
      matched.set(i, only);
      taken.add(only);
    }
  }
  for (const [p, claimants] of claimantsOf) if (!taken.has(p)) ambiguous.set(p, claimants);

  const carried = rows.map((_, i): Carried => {
    const before = matched.get(i);
    return before
      ? { previousId: before.id, council: before.council, extra: before.extra }
      : NOTHING;
  });

  const indexOf = new Map<PreviousRow, number>();
  for (const [i, before] of matched) indexOf.set(before, i);
  const slots: Slot[] = [];
  const kept: PortfolioRow[] = [];
  const keep = (row: PortfolioRow) => {
    kept.push(row);
    slots.push({ kind: "kept", row });
  };
  /** By new row: the IDs of the review rows it could be, and the other candidates. */
  const reviews = new Map<number, { ids: Set<string>; candidates: Set<number> }>();
  for (const before of previous.rows) {
    const index = indexOf.get(before);
    if (index !== undefined) {
      slots.push({ kind: "matched", index });
      continue;
    }
    const candidates = before.wasReview
      ? (newByKey.get(previousKey(before)) ?? [])
      : ambiguous.get(before);
    if (candidates === undefined) {
      keep(keptRow(before, false));
      continue;
    }
    // Nothing of the council's on it: the initiative itself is among the new rows.
    if (!hasCouncilValues(before)) {
      slots.push({ kind: "dropped", candidates });
      continue;
    }
    // Kept for review once, but none of its candidates is in the inputs any more.
    if (candidates.length === 0) {
      keep(keptRow(before, false));
      continue;
    }
    keep(keptRow(before, true));
    for (const i of candidates) {
      const review = reviews.get(i) ?? { ids: new Set<string>(), candidates: new Set<number>() };
      review.ids.add(before.id);
      for (const j of candidates) review.candidates.add(j);
      reviews.set(i, review);
    }
  }

  const issues = [...reviews].map(([i, review]) => {
    const initiative = rows[i]!.initiative;
    const places = [...review.candidates].map((j) => place(rows[j]!.initiative, initiative));
    return issueAt(initiative, "id", "council_match_ambiguous", "warning", {
      id: [...review.ids].join(", "),
      candidates: listSome(places, 10, places.length),
    });
  });

  return { carried, matched, slots, kept, issues };
}
