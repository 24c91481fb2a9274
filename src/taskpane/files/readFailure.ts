/**
 * The one sentence, in Swedish and English, why a picked file was not read. Kept apart from
 * parseProtocol so the pane can word failures without importing the reader (and SheetJS with it):
 * only the worker's chunk may hold SheetJS.
 */
import { isWorkbookReadError } from "../../adapters/xlsxFile/WorkbookReadError";

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

function seconds(ms: number, language: "sv" | "en"): string {
  const n = ms / 1000;
  if (language === "en") return `${n} ${n === 1 ? "second" : "seconds"}`;
  return `${String(n).replace(".", ",")} ${n === 1 ? "sekund" : "sekunder"}`;
}

/** The file was still being read when its time limit ran out. */
export function timeoutFailure(file: string, timeoutMs: number): ReadFailure {
  return {
    error: `${file} tog för lång tid att läsa (mer än ${seconds(timeoutMs, "sv")}) och hoppades över.`,
    errorEn: `${file} took too long to read (more than ${seconds(timeoutMs, "en")}) and was skipped.`,
  };
}

/** The worker itself failed (its script did not load, it ran out of memory, …). */
export function workerFailure(file: string, detail: string | undefined): ReadFailure {
  const suffix = detail ? ` (${detail})` : "";
  return {
    error: `${file} kunde inte läsas: läsaren i bakgrunden stannade oväntat${suffix}.`,
    errorEn: `${file} could not be read: the background reader stopped unexpectedly${suffix}.`,
  };
}
