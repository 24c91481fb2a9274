/**
 * The Kontroll column the add-in writes beside a user's list. It is the add-in's, not the list's:
 * the reader leaves it out of the list, so a stale mark never makes a row look filled in.
 */
import { normalizeHeader } from "../text/normalize";

export const KONTROLL_HEADER = "Digiportfölj kontroll";

const KONTROLL_WORDS = normalizeHeader(KONTROLL_HEADER);

export const isKontrollHeader = (text: string): boolean => normalizeHeader(text) === KONTROLL_WORDS;
