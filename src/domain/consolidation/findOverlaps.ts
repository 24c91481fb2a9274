/**
 * Possible parallel projects: initiatives in different förvaltningar whose names are the same or
 * nearly the same after normalising. Names are compared within blocks of the same first letters,
 * so a city's thousands of initiatives are not compared pairwise. A block too large to compare
 * pairwise (a list of 100,000 rows named alike) is compared in sorted order with a window of
 * neighbours (the sorted-neighbourhood method), so cost stays linear in rows.
 */
import { editDistance, foldDiacritics, normalizeHeader } from "../text/normalize";

export interface OverlapCandidate {
  readonly id: string;
  readonly forvaltning: string;
  readonly name: string | null;
}

/** Names at most this far apart (relative to length) count as the same thing. */
const MAX_RELATIVE_DISTANCE = 0.15;
const BLOCK_PREFIX = 3;
/** Blocks up to this size are compared pairwise (every real council's are). */
const PAIRWISE_BLOCK = 1_000;
/** Larger blocks: each name against this many following it in sorted order. */
const WINDOW = 10;
/** At most this many overlaps are listed per initiative (they share one cell in Portfölj). */
export const MAX_OVERLAPS = 20;

const key = (name: string) => foldDiacritics(normalizeHeader(name));

export function findOverlaps(candidates: readonly OverlapCandidate[]): Map<string, string[]> {
  const blocks = new Map<string, { id: string; forvaltning: string; name: string }[]>();
  for (const c of candidates) {
    if (!c.name) continue;
    const name = key(c.name);
    if (name.length < 4) continue;
    const prefix = name.slice(0, BLOCK_PREFIX);
    const block = blocks.get(prefix);
    const entry = { id: c.id, forvaltning: c.forvaltning, name };
    if (block) block.push(entry);
    else blocks.set(prefix, [entry]);
  }
  const overlaps = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    overlaps.set(a, (overlaps.get(a) ?? new Set()).add(b));
    overlaps.set(b, (overlaps.get(b) ?? new Set()).add(a));
  };
  for (const block of blocks.values()) {
    const pairwise = block.length <= PAIRWISE_BLOCK;
    if (!pairwise) block.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (let i = 0; i < block.length; i++) {
      const end = pairwise ? block.length : Math.min(block.length, i + 1 + WINDOW);
      for (let j = i + 1; j < end; j++) {
        const a = block[i]!;
        const b = block[j]!;
        if (a.forvaltning === b.forvaltning || a.id === b.id) continue;
        const bound = Math.floor(MAX_RELATIVE_DISTANCE * Math.max(a.name.length, b.name.length));
        // Lengths further apart than the bound cannot be near: most pairs stop here.
        if (Math.abs(a.name.length - b.name.length) > bound) continue;
        if (a.name === b.name || editDistance(a.name, b.name, bound) <= bound) link(a.id, b.id);
      }
    }
  }
  return new Map([...overlaps].map(([id, set]) => [id, [...set].sort().slice(0, MAX_OVERLAPS)]));
}
