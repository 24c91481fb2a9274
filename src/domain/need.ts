/**
 * A need as a needs list holds it (Burlöv's behovsprocess: vem / vad / varför), read from a list
 * of its own or from a needs section under a förvaltning's projects. Needs are collected apart on
 * the portfolio's Behov sheet, never made into initiatives.
 */
import type { SourceRef } from "./initiative";

export interface Need {
  readonly source: SourceRef;
  /** Who has the need, what they want, and why. */
  readonly vem: string | null;
  readonly vad: string | null;
  readonly varfor: string | null;
  /** The need's förvaltning when its row names one. */
  readonly forvaltning: string | null;
  /** The row's other cells with content, by header ("Inkommit", "Status" …), so nothing is lost. */
  readonly other: readonly { readonly header: string; readonly text: string }[];
}
