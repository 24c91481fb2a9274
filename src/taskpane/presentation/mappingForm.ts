/** The Mall view's mapping form: one select per header, and the corrections it sends. */
import { fieldLabel } from "../../domain/messages";
import type { ColumnMapping, MappingTarget } from "../../domain/sheets/mapHeaders";
import type { Language, TaskpaneStrings } from "../i18n";
import type { MappingCorrections, MappingProposal } from "../operations/PaneOperations";
import { formatPercent } from "./format";

/** Below this the proposal is flagged for the user to check (mapHeaders maps from 0.7). */
export const LOW_CONFIDENCE = 0.85;

/** Column → the select's value: a target, or "" for "do not map". */
export type MappingSelection = ReadonlyMap<number, string>;

export interface MappingOption {
  readonly value: string;
  readonly text: string;
}

export const initialSelection = (proposal: MappingProposal): MappingSelection =>
  new Map(proposal.columns.map((c) => [c.column, c.target ?? ""]));

/** The options every select offers: "do not map" first, then the proposal's choices. */
export function mappingOptions(
  proposal: MappingProposal,
  language: Language,
  strings: TaskpaneStrings["template"]
): MappingOption[] {
  const options: MappingOption[] = [{ value: "", text: strings.notMapped }];
  const known = new Set<string>();
  for (const choice of proposal.choices) {
    known.add(choice.target);
    options.push({ value: choice.target, text: language === "sv" ? choice.label : choice.labelEn });
  }
  // A proposed target missing from the choices must still show as selected, not as "".
  for (const column of proposal.columns) {
    if (column.target && !known.has(column.target)) {
      known.add(column.target);
      options.push({ value: column.target, text: fieldLabel(column.target, language) });
    }
  }
  return options;
}

function targetOf(proposal: MappingProposal, value: string): MappingTarget | null {
  if (value === "") return null;
  return (
    proposal.choices.find((c) => c.target === value)?.target ??
    proposal.columns.find((c) => c.target === value)?.target ??
    null
  );
}

/** Only the columns whose select differs from the proposal. */
export function correctionsFrom(
  proposal: MappingProposal,
  selection: MappingSelection
): MappingCorrections {
  const corrections = new Map<number, MappingTarget | null>();
  for (const column of proposal.columns) {
    const value = selection.get(column.column);
    if (value === undefined || value === (column.target ?? "")) continue;
    corrections.set(column.column, targetOf(proposal, value));
  }
  return corrections;
}

export interface ConfidenceNote {
  readonly text: string;
  /** True when the user should check the proposal: shown with a warning, not only a colour. */
  readonly low: boolean;
}

/** What is said beside a select: the proposal's confidence, or that the user changed it. */
export function confidenceNote(
  column: ColumnMapping,
  selected: string,
  language: Language,
  strings: TaskpaneStrings["template"]
): ConfidenceNote {
  if (selected !== (column.target ?? "")) return { text: strings.changed, low: false };
  if (column.target === null) return { text: strings.noMatch, low: false };
  const percent = formatPercent(column.confidence, language);
  return column.confidence < LOW_CONFIDENCE
    ? { text: strings.lowConfidence(percent), low: true }
    : { text: strings.confidence(percent), low: false };
}

/** The select's label: the header exactly as in the sheet. */
export const columnLabel = (column: ColumnMapping, strings: TaskpaneStrings["template"]): string =>
  column.header.trim() === "" ? strings.unnamedColumn(column.column) : column.header;
