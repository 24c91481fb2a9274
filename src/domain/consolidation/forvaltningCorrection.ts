/**
 * Whether the förvaltning Kallor shows for a file is the strategist's correction or only what
 * the run that wrote it filled in. Kallor records what each run inferred and from where (Härledd
 * förvaltning, Härledd från): a Förvaltning that differs from its Härledd förvaltning was set by
 * hand. A guess from the file name is never written in the Förvaltning cell (mappingSheet.ts
 * leaves it empty for the strategist), so any Förvaltning beside such a guess was set by hand,
 * even the guess itself: that is how a right guess is confirmed and its warning ends.
 * A portfolio written before those columns existed is judged by the rule its run used: the
 * workbook's Parametrar, else the council's list matched against the file name, else the file's
 * stem; a value that none of them gives was set by hand.
 */
import { parametersSheetOf } from "../checkWorkbook";
import { readParameters } from "../parameters/readParameters";
import type { WorkbookData } from "../ports/WorkbookPort";
import { normalizeHeader } from "../text/normalize";
import type { Corrections } from "./consolidate";
import {
  isFileNameGuess,
  matchForvaltningByFileName,
  stemOf,
  type InferredForvaltning,
} from "./inferForvaltning";

const same = (a: string, b: string): boolean => normalizeHeader(a) === normalizeHeader(b);

/** The förvaltning on the workbook's own Parametrar sheet, if it names one. */
export const workbookForvaltning = (workbook: WorkbookData): string | null =>
  readParameters(parametersSheetOf(workbook)).parameters.forvaltning || null;

/** What a run before the Härledd columns filled in for the file. */
function legacyAutomatic(
  file: string,
  workbook: WorkbookData,
  forvaltningar: readonly string[]
): string {
  return (
    workbookForvaltning(workbook) ?? matchForvaltningByFileName(file, forvaltningar) ?? stemOf(file)
  );
}

/** The strategist's correction for the file (key: sourceKey), or undefined when there is none. */
export function correctedForvaltning(
  corrections: Corrections | undefined,
  key: string,
  file: string,
  workbook: WorkbookData,
  forvaltningar: readonly string[]
): string | undefined {
  const shown = corrections?.forvaltning.get(key);
  if (!shown) return undefined;
  const inferred = corrections?.inferredForvaltning;
  if (inferred) {
    const before = inferred.get(key);
    if (!before || isFileNameGuess(before.source)) return shown;
    return same(before.name, shown) ? undefined : shown;
  }
  return same(legacyAutomatic(file, workbook, forvaltningar), shown) ? undefined : shown;
}

/** What the previous run inferred for the file from its own content or name, if Kallor says. */
export const previousInferred = (
  corrections: Corrections | undefined,
  key: string
): InferredForvaltning | undefined => corrections?.inferredForvaltning?.get(key);
