/**
 * The error a write ends in when Excel refused one of its requests: what Excel said (by its error
 * code, which is not localised, rather than its message, which "isn't intended for consumption by
 * end users": https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling)
 * and what became of the workbook, in Swedish (`message`) and English (`messageEn`), so the pane
 * shows it as it is after what failed ("Portföljen kunde inte skrivas.").
 */

export type WriteOperation = "write" | "extend";

export interface WriteFailure {
  /** Excel's error code (Excel.ErrorCodes), or "Unknown". */
  readonly code: string;
  readonly operation: WriteOperation;
  /**
   * The write's last request was partly applied: the sheets in `touched` may be incomplete, and
   * the new content is kept on the hidden sheets in `left`.
   */
  readonly partial: boolean;
  /** Sheets the last request changes (the user's sheet for extend, ours for write). */
  readonly touched: readonly string[];
  /** Hidden sheets of the write's still in the workbook; the next write removes them. */
  readonly left: readonly string[];
}

const list = (items: readonly string[]): string => items.map((i) => `"${i}"`).join(", ");

/** Codes whose cause the pane can name itself, whatever Excel's own (English) message says. */
export const EXPLAINED_CODES: ReadonlySet<string> = new Set([
  "InvalidOperationInCellEditMode",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "RequestAborted",
  "AccessDenied",
]);

/** Why, by Excel's error code: one sentence, Swedish and English. */
export function cause(code: string): { sv: string; en: string } {
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return {
        sv: "Excel håller på att redigera en cell. Tryck Enter eller Tab i cellen och försök igen.",
        en: "Excel is editing a cell. Press Enter or Tab in the cell and try again.",
      };
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return {
        sv: "Excel tog inte emot så mycket data på en gång.",
        en: "Excel did not accept that much data at once.",
      };
    case "RequestAborted":
      return {
        sv: "Förbindelsen med Excel bröts.",
        en: "The connection to Excel was interrupted.",
      };
    case "AccessDenied":
      return {
        sv: "Excel tillät inte ändringen; bladet eller arbetsboken kan vara skyddad.",
        en: "Excel did not allow the change; the sheet or workbook may be protected.",
      };
    default:
      return {
        sv: `Excel avbröt skrivningen (felkod ${code}).`,
        en: `Excel stopped the write (error code ${code}).`,
      };
  }
}

/** What became of the workbook: Swedish and English. */
function outcome(failure: WriteFailure): { sv: string; en: string } {
  if (failure.partial && failure.touched.length === 0)
    return {
      sv: "Det sista steget avbröts, så arbetsboken kan vara ofullständigt skriven. Skriv igen för att göra klart.",
      en: "The last step was interrupted, so the workbook may be partly written. Write again to finish.",
    };
  if (failure.partial && failure.operation === "extend")
    return {
      sv: `Det sista steget avbröts, så kolumnerna bredvid listan på bladet ${list(failure.touched)} kan vara ofullständiga; listans egna celler är orörda. Kör igen för att göra klart.`,
      en: `The last step was interrupted, so the columns beside the list on the sheet ${list(failure.touched)} may be incomplete; the list's own cells are untouched. Run it again to finish.`,
    };
  if (failure.partial)
    return {
      sv: `Det sista steget avbröts, så bladen ${list(failure.touched)} kan vara ofullständiga.${failure.left.length > 0 ? ` Det nya innehållet finns kvar på dolda blad (${list(failure.left)}).` : ""} Skriv igen för att göra klart.`,
      en: `The last step was interrupted, so the sheets ${list(failure.touched)} may be incomplete.${failure.left.length > 0 ? ` The new content is kept on hidden sheets (${list(failure.left)}).` : ""} Write again to finish.`,
    };
  if (failure.left.length > 0)
    return {
      sv: `Arbetsboken är som den var, utom dolda tillfälliga blad (${list(failure.left)}) som tas bort nästa gång Digiportfölj skriver.`,
      en: `The workbook is as it was, apart from hidden temporary sheets (${list(failure.left)}), which Digiportfölj removes the next time it writes.`,
    };
  return { sv: "Inget i arbetsboken ändrades.", en: "Nothing in the workbook was changed." };
}

export class WorkbookWriteFailed extends Error {
  readonly code: string;
  readonly operation: WriteOperation;
  readonly partial: boolean;
  readonly touched: readonly string[];
  readonly left: readonly string[];
  readonly messageEn: string;
  /** Excel's own error, for logs. */
  readonly excelError: unknown;

  constructor(failure: WriteFailure, excelError: unknown) {
    const why = cause(failure.code);
    const what = outcome(failure);
    super(`${why.sv} ${what.sv}`);
    this.name = "WorkbookWriteFailed";
    this.code = failure.code;
    this.operation = failure.operation;
    this.partial = failure.partial;
    this.touched = failure.touched;
    this.left = failure.left;
    this.messageEn = `${why.en} ${what.en}`;
    this.excelError = excelError;
  }
}

/** Excel's error code of an OfficeExtension.Error (or the double's), null for any other error. */
export function excelErrorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code !== "" ? code : null;
}
