/**
 * The one error a workbook read may end in. It names the file and says, in Swedish and English,
 * what the user can do about it; the technical cause is kept for logs, never for the message.
 */

export type WorkbookReadErrorReason =
  /** The file has no bytes. */
  | "empty"
  /** An OOXML file wrapped in Office encryption (password to open). */
  | "encrypted"
  /** An older or binary spreadsheet format we do not read: .xls, .xlsb, XML Spreadsheet 2003. */
  | "legacy_format"
  /** Plain text such as CSV, or an HTML page saved with a spreadsheet extension. */
  | "text_file"
  /** A container of some other kind (a Word document, a plain zip, …). */
  | "not_a_workbook"
  /** Looks like a workbook but cannot be unpacked or parsed. */
  | "corrupt"
  /** The file could not be opened at all (missing, no permission, a folder). */
  | "file_unavailable";

export type LegacyFormat = "xls" | "xlsb" | "xml2003";

const LEGACY_LABEL_SV: Record<LegacyFormat, string> = {
  xls: "Excel 97–2003 (.xls)",
  xlsb: "Excel binär arbetsbok (.xlsb)",
  xml2003: "XML-kalkylblad 2003",
};

const LEGACY_LABEL_EN: Record<LegacyFormat, string> = {
  xls: "Excel 97–2003 (.xls)",
  xlsb: "Excel Binary Workbook (.xlsb)",
  xml2003: "XML Spreadsheet 2003",
};

export interface WorkbookReadErrorDetails {
  readonly legacyFormat?: LegacyFormat;
  readonly cause?: unknown;
}

function messageSv(
  reason: WorkbookReadErrorReason,
  file: string,
  legacy: LegacyFormat | undefined
): string {
  switch (reason) {
    case "empty":
      return `Filen ”${file}” är tom (0 byte).`;
    case "encrypted":
      return `Filen ”${file}” är lösenordsskyddad; spara en kopia utan lösenord och läs in den i stället.`;
    case "legacy_format":
      return `Filen ”${file}” är i formatet ${LEGACY_LABEL_SV[legacy ?? "xls"]}; öppna den i Excel och spara som .xlsx.`;
    case "text_file":
      return `Filen ”${file}” är en textfil (t.ex. CSV eller en webbsida), inte en Excel-arbetsbok; öppna den i Excel och spara som .xlsx.`;
    case "not_a_workbook":
      return `Filen ”${file}” är inte en Excel-arbetsbok (.xlsx).`;
    case "corrupt":
      return `Filen ”${file}” kunde inte läsas; den verkar skadad eller ofullständig. Öppna den i Excel och spara en ny kopia som .xlsx.`;
    case "file_unavailable":
      return `Filen ”${file}” kunde inte öppnas; kontrollera att den finns och att du har behörighet att läsa den.`;
  }
}

function messageEn(
  reason: WorkbookReadErrorReason,
  file: string,
  legacy: LegacyFormat | undefined
): string {
  switch (reason) {
    case "empty":
      return `The file "${file}" is empty (0 bytes).`;
    case "encrypted":
      return `The file "${file}" is password-protected; save a copy without a password and read that instead.`;
    case "legacy_format":
      return `The file "${file}" is in the ${LEGACY_LABEL_EN[legacy ?? "xls"]} format; open it in Excel and save it as .xlsx.`;
    case "text_file":
      return `The file "${file}" is a text file (e.g. CSV or a web page), not an Excel workbook; open it in Excel and save it as .xlsx.`;
    case "not_a_workbook":
      return `The file "${file}" is not an Excel workbook (.xlsx).`;
    case "corrupt":
      return `The file "${file}" could not be read; it seems damaged or incomplete. Open it in Excel and save a new copy as .xlsx.`;
    case "file_unavailable":
      return `The file "${file}" could not be opened; check that it exists and that you may read it.`;
  }
}

export class WorkbookReadError extends Error {
  override readonly name = "WorkbookReadError";
  readonly fileName: string;
  readonly reason: WorkbookReadErrorReason;
  /** The same message in English; `message` is Swedish. */
  readonly messageEn: string;
  readonly legacyFormat: LegacyFormat | undefined;

  constructor(
    reason: WorkbookReadErrorReason,
    fileName: string,
    details: WorkbookReadErrorDetails = {}
  ) {
    super(
      messageSv(reason, fileName, details.legacyFormat),
      details.cause === undefined ? undefined : { cause: details.cause }
    );
    this.fileName = fileName;
    this.reason = reason;
    this.messageEn = messageEn(reason, fileName, details.legacyFormat);
    this.legacyFormat = details.legacyFormat;
  }
}

export function isWorkbookReadError(error: unknown): error is WorkbookReadError {
  return error instanceof WorkbookReadError;
}
