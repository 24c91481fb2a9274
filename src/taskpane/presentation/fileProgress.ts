/** The Sammanställ view's reading progress: per file a state text, and the share done. */
import type { Language, TaskpaneStrings } from "../i18n";
import type { FileProgress } from "../operations/PaneOperations";

const FINISHED: ReadonlySet<FileProgress["state"]> = new Set(["read", "failed", "cancelled"]);

/** Every file waiting: shown before the reader's first report. */
export const waitingFor = (names: readonly string[]): FileProgress[] =>
  names.map((file) => ({ file, state: "waiting" }));

/** How many files need no more reading (read, failed or cancelled). */
export const filesDone = (progress: readonly FileProgress[]): number =>
  progress.filter((p) => FINISHED.has(p.state)).length;

export function fileStateText(
  progress: FileProgress,
  language: Language,
  strings: TaskpaneStrings["summarise"]
): string {
  if (progress.state !== "failed") return strings.fileState[progress.state];
  const error = (language === "sv" ? progress.error : progress.errorEn) ?? progress.error ?? "";
  return strings.fileState.failed(error);
}
