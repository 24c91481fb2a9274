/**
 * The portfolio's own Initiativ-ID for each row, unique across förvaltningar and stable across
 * runs:
 * 1. a row matched to a row of the previous portfolio keeps that row's ID (the council's own
 *    sheets and lookups refer to it), unless rows of different keys claim the same one (an
 *    older portfolio that repeated an ID across förvaltningar);
 * 2. otherwise a source ID that one förvaltning uses stays as it is, and a row without one keeps
 *    its derived ID;
 * 3. a source ID that several förvaltningar use becomes the förvaltning's prefix + the ID
 *    ("SOC-2024-01"), as does any ID another key already holds (a kept row's, an earlier row's);
 *    "-2", "-3" … follow in the unlikely case that is taken too.
 * Rows of one key (the same ID twice in one förvaltning's list) share their ID: that is the
 * list's duplicate, reported as such, not the portfolio's to hide. Rows are taken in the order
 * given (portfolio order), so the same inputs give the same IDs.
 */
import { councilKey, forvaltningKey, idKey } from "./councilKey";
import { forvaltningPrefix } from "./deriveId";

export interface IdRequest {
  readonly forvaltning: string;
  /** The source's own ID, or the derived one. */
  readonly sourceId: string;
  readonly idDerived: boolean;
  /** The previous portfolio's ID of the row this one was matched to. */
  readonly previousId: string | null;
}

/** An ID already in the portfolio: a row kept from the previous one. */
export interface HeldId {
  readonly id: string;
  readonly forvaltning: string;
  readonly sourceId: string;
}

export interface AssignedIds {
  /** Aligned with the requests. */
  readonly ids: readonly string[];
  /** Aligned with the requests: the other förvaltningar whose lists use the same source ID. */
  readonly sharedWith: readonly (readonly string[])[];
}

const MANY = "\u0001";

export function assignIds(rows: readonly IdRequest[], held: readonly HeldId[]): AssignedIds {
  const ownerOf = new Map<string, string>();
  const reserve = (id: string, key: string) => {
    const owner = ownerOf.get(idKey(id));
    ownerOf.set(idKey(id), owner === undefined || owner === key ? key : MANY);
  };
  const freeFor = (id: string, key: string) => {
    const owner = ownerOf.get(idKey(id));
    return owner === undefined || owner === key;
  };
  for (const h of held) reserve(h.id, councilKey(h.forvaltning, h.sourceId));

  const keys = rows.map((r) => councilKey(r.forvaltning, r.sourceId));
  const ids: (string | null)[] = rows.map(() => null);

  // 1. Previous IDs, when only one key claims each.
  const claimants = new Map<string, Set<string>>();
  rows.forEach((r, i) => {
    if (r.previousId === null) return;
    const set = claimants.get(idKey(r.previousId)) ?? new Set<string>();
    set.add(keys[i]!);
    claimants.set(idKey(r.previousId), set);
  });
  rows.forEach((r, i) => {
    if (r.previousId === null) return;
    if (claimants.get(idKey(r.previousId))!.size === 1 && freeFor(r.previousId, keys[i]!))
      ids[i] = r.previousId;
  });
  rows.forEach((_, i) => {
    const id = ids[i];
    if (id) reserve(id, keys[i]!);
  });

  // Which förvaltningar use each source ID (a derived ID names its förvaltning already).
  const users = new Map<string, Map<string, string>>();
  for (const r of rows) {
    if (r.idDerived) continue;
    const byForvaltning = users.get(idKey(r.sourceId)) ?? new Map<string, string>();
    if (!byForvaltning.has(forvaltningKey(r.forvaltning)))
      byForvaltning.set(forvaltningKey(r.forvaltning), r.forvaltning);
    users.set(idKey(r.sourceId), byForvaltning);
  }
  const sharedWith = rows.map((r): string[] => {
    if (r.idDerived) return [];
    const byForvaltning = users.get(idKey(r.sourceId))!;
    if (byForvaltning.size < 2) return [];
    const own = forvaltningKey(r.forvaltning);
    return [...byForvaltning].filter(([key]) => key !== own).map(([, name]) => name);
  });

  // 2 and 3, in the order given.
  rows.forEach((r, i) => {
    if (ids[i] !== null) return;
    const key = keys[i]!;
    const prefixed = `${forvaltningPrefix(r.forvaltning)}-${r.sourceId}`;
    let id = sharedWith[i]!.length > 0 ? prefixed : r.sourceId;
    if (!freeFor(id, key)) id = prefixed;
    for (let n = 2; !freeFor(id, key); n++) id = `${prefixed}-${n}`;
    ids[i] = id;
    reserve(id, key);
  });

  return { ids: ids as string[], sharedWith };
}
