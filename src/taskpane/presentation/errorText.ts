/** The one sentence a failed action shows: what failed, then why, in the user's language. */
import { WorkbookWriteRefused } from "../../adapters/officeJs/WorkbookWriteRefused";
import type { Language, TaskpaneStrings } from "../i18n";

/** Matches the refusal also when it crossed a module boundary (another bundle's class). */
function isRefusal(error: unknown): error is Pick<WorkbookWriteRefused, "message" | "messageEn"> {
  if (error instanceof WorkbookWriteRefused) return true;
  return (
    error instanceof Error &&
    error.name === "WorkbookWriteRefused" &&
    typeof (error as { messageEn?: unknown }).messageEn === "string"
  );
}

/**
 * `failed` says what did not happen ("Standardmallen kunde inte infogas."). A refusal to
 * overwrite the user's sheets carries its own explanation in both languages; any other error
 * adds its message, which may be Excel's own wording.
 */
export function errorText(
  error: unknown,
  failed: string,
  strings: TaskpaneStrings,
  language: Language
): string {
  if (isRefusal(error)) return `${failed} ${language === "sv" ? error.message : error.messageEn}`;
  const message =
    error instanceof Error ? error.message.trim() : typeof error === "string" ? error.trim() : "";
  return `${failed} ${message ? strings.common.reason(message) : strings.common.unknownError}`;
}
