/** The one sentence a failed action shows: what failed, then why, in the user's language. */
import {
  cause,
  excelErrorCode,
  EXPLAINED_CODES,
  WorkbookWriteFailed,
} from "../../adapters/officeJs/WorkbookWriteFailed";
import { WorkbookWriteRefused } from "../../adapters/officeJs/WorkbookWriteRefused";
import type { Language, TaskpaneStrings } from "../i18n";

/** The adapter's errors that explain themselves in Swedish (`message`) and English (`messageEn`). */
const EXPLAINED = new Set(["WorkbookWriteRefused", "WorkbookWriteFailed"]);

/** Matches them also when they crossed a module boundary (another bundle's class). */
function isExplained(error: unknown): error is Pick<WorkbookWriteRefused, "message" | "messageEn"> {
  if (error instanceof WorkbookWriteRefused || error instanceof WorkbookWriteFailed) return true;
  return (
    error instanceof Error &&
    EXPLAINED.has(error.name) &&
    typeof (error as { messageEn?: unknown }).messageEn === "string"
  );
}

/**
 * `failed` says what did not happen ("Standardmallen kunde inte infogas."). A refusal to
 * overwrite the user's sheets, and a write Excel stopped (why, by Excel's error code, and what
 * became of the workbook), carry their own explanation in both languages, as does any other
 * Excel error whose code says why (EXPLAINED_CODES); any other error adds its message, which may
 * be Excel's own wording.
 */
export function errorText(
  error: unknown,
  failed: string,
  strings: TaskpaneStrings,
  language: Language
): string {
  if (isExplained(error)) return `${failed} ${language === "sv" ? error.message : error.messageEn}`;
  // Excel's error while reading (cell-edit mode, the payload limit …): named in the user's language.
  const code = excelErrorCode(error);
  if (code !== null && EXPLAINED_CODES.has(code)) return `${failed} ${cause(code)[language]}`;
  const message =
    error instanceof Error ? error.message.trim() : typeof error === "string" ? error.trim() : "";
  return `${failed} ${message ? strings.common.reason(message) : strings.common.unknownError}`;
}
