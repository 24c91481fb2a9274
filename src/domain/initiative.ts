/** One initiative as read from a row: typed values, where each came from, and what it looked like. */
import type { FieldKey } from "./fields";
import type { DateValue } from "./parse/date";

export interface SourceRef {
  readonly file: string;
  readonly sheet: string;
  /** Row number as Excel shows it. */
  readonly row: number;
}

export type FieldValue = string | number | DateValue;

export interface Initiative {
  readonly source: SourceRef;
  readonly values: Readonly<Partial<Record<FieldKey, FieldValue>>>;
  /** Criterion key → score 1–5 (null when empty or unreadable). */
  readonly scores: Readonly<Record<string, number | null>>;
  /** Field (or "score:<key>") → column letters in the source, for issue locations. */
  readonly columns: Readonly<Partial<Record<string, string>>>;
  /** Fields whose cell had content that could not be read (already reported), so rules do not call them missing. */
  readonly unreadable: readonly string[];
}

export function textOf(initiative: Initiative, key: FieldKey): string | null {
  const value = initiative.values[key];
  return typeof value === "string" ? value : null;
}

export function numberOf(initiative: Initiative, key: FieldKey): number | null {
  const value = initiative.values[key];
  return typeof value === "number" ? value : null;
}

export function dateOf(initiative: Initiative, key: FieldKey): DateValue | null {
  const value = initiative.values[key];
  return typeof value === "object" ? value : null;
}

/** The exact ISO date of a field, or null when empty or only approximate. */
export function exactDateOf(initiative: Initiative, key: FieldKey): string | null {
  const value = dateOf(initiative, key);
  return value?.kind === "exact" ? value.iso : null;
}
