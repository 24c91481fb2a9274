/**
 * An Initiativ-ID for a row whose source has none, derived only from förvaltning and name, so the
 * next run (new file version, rows moved) finds the same initiative again and the council's
 * decisions stay with it.
 */
import { foldDiacritics, normalizeHeader } from "../text/normalize";

/** FNV-1a, 32 bits: small, stable across platforms, enough to tell names apart within a council. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Three letters of the förvaltning as a readable prefix: "Socialförvaltningen" → "SOC". */
export function forvaltningPrefix(forvaltning: string): string {
  const letters = foldDiacritics(normalizeHeader(forvaltning)).replace(/[^a-z]/g, "");
  return (letters.slice(0, 3) || "xxx").toUpperCase();
}

export function deriveId(forvaltning: string, name: string): string {
  const key = `${foldDiacritics(normalizeHeader(forvaltning))}|${foldDiacritics(normalizeHeader(name))}`;
  return `${forvaltningPrefix(forvaltning)}-${fnv1a(key).toString(36).toUpperCase().padStart(7, "0")}`;
}
