/**
 * The one sentence, in Swedish and English, why a picked file was not read. Kept apart from
 * parseProtocol so the pane can word failures without importing the reader (and SheetJS with it):
 * only the worker's chunk may hold SheetJS.
 */
import { isWorkbookReadError, WorkbookReadError } from "../../adapters/xlsxFile/WorkbookReadError";

export interface ReadFailure {
  readonly error: string;
  readonly errorEn: string;
}

/** Same wording as the CLI: a WorkbookReadError already names the file; else the name leads. */
export function readFailure(error: unknown, file: string): ReadFailure {
  if (isWorkbookReadError(error)) return { error: error.message, errorEn: error.messageEn };
  const text = error instanceof Error ? error.message : String(error);
  return {
    error: `${file} kunde inte läsas: ${text}`,
    errorEn: `${file} could not be read: ${text}`,
  };
}

/** The file was still being read when its time limit ran out: the CLI's sentence. */
export function timeoutFailure(file: string, timeoutMs: number): ReadFailure {
  return readFailure(
    new WorkbookReadError("timeout", file, { limit: { seconds: timeoutMs / 1000 } }),
    file
  );
}

/** The worker itself failed (it ran out of memory, its script did not load, …). */
export function workerFailure(file: string, detail: string | undefined): ReadFailure {
  const cause = detail === undefined ? {} : { cause: new Error(detail) };
  return readFailure(new WorkbookReadError("reader_crashed", file, cause), file);
}

/** A portfolio Digiportfölj wrote (a backup picked by mistake) is never read as a list. */
export function portfolioFailure(file: string): ReadFailure {
  return {
    error: `Filen ”${file}” är en portfölj som Digiportfölj skrivit (till exempel en säkerhetskopia), inte en förvaltnings lista, och läses inte som källa.`,
    errorEn: `The file "${file}" is a portfolio Digiportfölj wrote (a backup, for example), not a förvaltning's list, and is not read as a source.`,
  };
}
