/**
 * The key the council's columns follow from one run to the next: the förvaltning and the
 * source's own ID (or, for a row without one, the ID derived from förvaltning and name). Two
 * förvaltningar that both number from "2024-01" have different keys, so a decision can never move
 * from one's initiative to the other's.
 */
import { cleanCellText } from "../parse/cellText";
import { remember } from "../remember";
import { foldDiacritics, normalizeHeader } from "../text/normalize";

/** How IDs are compared: spaces tidied, case ignored (Excel's own lookups ignore case too). */
export const idKey = (id: string): string => cleanCellText(id).toLocaleUpperCase("sv-SE");

/** How förvaltningar are compared: case, spacing, punctuation and accents aside. */
export function forvaltningKey(forvaltning: string): string {
  // A run has a few dozen förvaltningar and asks for each one's key on every row.
  return remember(keyByForvaltning, forvaltning, 1_000, () =>
    foldDiacritics(normalizeHeader(forvaltning))
  );
}

const keyByForvaltning = new Map<string, string>();

export const councilKey = (forvaltning: string, sourceId: string): string =>
  `${forvaltningKey(forvaltning)}\u0000${idKey(sourceId)}`;
