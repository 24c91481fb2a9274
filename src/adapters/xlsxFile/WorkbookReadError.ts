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
  | "file_unavailable"
  /** Over ReadLimits.maxFileBytes. */
  | "too_large"
  /** Unpacks past ReadLimits.maxInflatedBytes or a part past the inflate ratio: a zip bomb. */
  | "inflate_limit"
  /** A sheet with content below ReadLimits.maxRows. */
  | "too_many_rows"
  /** Reading took longer than ReadLimits.timeoutMs (the worker was stopped). */
  | "timeout"
  /** The worker reading the file died (out of memory, a crash in the parser). */
  | "reader_crashed"
  /** A cell, row or <dimension> address past Excel's grid (row 1,048,576, column XFD). */
  | "outside_grid"
  /** The used ranges of the sheets together hold more than ReadLimits.maxCells cells. */
  | "too_many_cells"
  /** An XML part declares an encoding no TextDecoder knows: its texts cannot be read right. */
  | "unknown_encoding"
  /** The path is a FIFO, a device, a socket or a folder (also behind a symlink), not a file. */
  | "not_a_regular_file";

/** What a path that is not a regular file is, for its sentence. */
export type FileKind = "fifo" | "device" | "socket" | "directory" | "other";

const FILE_KIND_SV: Record<FileKind, string> = {
  fifo: "en namngiven pipe (FIFO)",
  device: "en enhetsfil",
  socket: "en socket",
  directory: "en mapp",
  other: "något annat än en fil",
};

const FILE_KIND_EN: Record<FileKind, string> = {
  fifo: "a named pipe (FIFO)",
  device: "a device file",
  socket: "a socket",
  directory: "a folder",
  other: "something other than a file",
};

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

/** The figures a limit's message names (plain data: it crosses threads). */
export interface LimitDetails {
  /** The file's size; absent when it is only known to be past limitBytes. */
  readonly bytes?: number;
  readonly limitBytes?: number;
  readonly sheet?: string;
  readonly row?: number;
  readonly limitRows?: number;
  readonly seconds?: number;
  /** An address as Excel writes it ("XFD1048576", "A1:A99999999"). */
  readonly cell?: string;
  readonly cells?: number;
  readonly limitCells?: number;
  /** The encoding an XML part declares, as declared (already cleaned of anything but a name). */
  readonly encoding?: string;
  readonly fileKind?: FileKind;
}

export interface WorkbookReadErrorDetails {
  readonly legacyFormat?: LegacyFormat;
  readonly limit?: LimitDetails;
  readonly cause?: unknown;
}

const KB = 1024;
const MB = 1024 * KB;
/** "62 MB", "1,5 MB", "30 kB": enough digits that a file and its limit never read the same. */
function megabytes(bytes: number | undefined, lang: "sv" | "en"): string {
  const locale = lang === "sv" ? "sv-SE" : "en-GB";
  const n = bytes ?? 0;
  if (n < MB) return `${Math.ceil(n / KB).toLocaleString(locale)} kB`;
  const digits = n < 10 * MB ? 1 : 0;
  return `${(n / MB).toLocaleString(locale, { maximumFractionDigits: digits })} MB`;
}
const count = (n: number | undefined, lang: "sv" | "en"): string =>
  (n ?? 0).toLocaleString(lang === "sv" ? "sv-SE" : "en-GB");

function messageSv(
  reason: WorkbookReadErrorReason,
  file: string,
  legacy: LegacyFormat | undefined,
  limit: LimitDetails
): string {
  switch (reason) {
    case "too_large":
      return limit.bytes === undefined
        ? `Filen ”${file}” är större än ${megabytes(limit.limitBytes, "sv")}, det mesta Digiportfölj läser. Ta bort bilder och blad som inte hör till listan, eller dela upp den.`
        : `Filen ”${file}” är ${megabytes(limit.bytes, "sv")}; Digiportfölj läser filer på högst ${megabytes(limit.limitBytes, "sv")}. Ta bort bilder och blad som inte hör till listan, eller dela upp den.`;
    case "inflate_limit":
      return `Filen ”${file}” packas upp till mer än ${megabytes(limit.limitBytes, "sv")} eller är orimligt hårt packad och läses inte, eftersom den ser ut som en så kallad zip-bomb. Öppna den i Excel och spara en ny kopia som .xlsx om den ska vara med.`;
    case "too_many_rows":
      return `Bladet ”${limit.sheet ?? ""}” i filen ”${file}” har innehåll på rad ${count(limit.row, "sv")}${limit.cell ? ` (cell ${limit.cell})` : ""}; Digiportfölj läser högst ${count(limit.limitRows, "sv")} rader per blad. Ta bort överflödiga rader eller dela upp listan.`;
    case "timeout":
      return `Filen ”${file}” tog längre än ${count(limit.seconds, "sv")} ${limit.seconds === 1 ? "sekund" : "sekunder"} att läsa och hoppades över. Öppna den i Excel och spara en ny kopia som .xlsx.`;
    case "reader_crashed":
      return `Filen ”${file}” kunde inte läsas: läsningen avbröts (till exempel av brist på minne). Öppna den i Excel och spara en ny kopia som .xlsx.`;
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
    case "outside_grid":
      return `Bladet ”${limit.sheet ?? ""}” i filen ”${file}” anger adressen ${limit.cell ?? ""}, som ligger utanför Excels rutnät (högst rad 1 048 576 och kolumn XFD), och filen läses inte. Den verkar skadad eller skapad av ett annat program; öppna den i Excel och spara en ny kopia som .xlsx.`;
    case "too_many_cells":
      return `Bladet ”${limit.sheet ?? ""}” i filen ”${file}” har innehåll ända ut i cell ${limit.cell ?? ""}, så att det spänner över ${count(limit.cells, "sv")} celler; Digiportfölj läser högst ${count(limit.limitCells, "sv")} celler per fil. Töm cellerna långt utanför listan (som ${limit.cell ?? ""}) eller dela upp den.`;
    case "unknown_encoding":
      return `Filen ”${file}” är sparad i teckenkodningen ”${limit.encoding ?? ""}”, som Digiportfölj inte känner till, och läses inte eftersom texterna skulle bli fel. Öppna den i Excel och spara en ny kopia som .xlsx.`;
    case "not_a_regular_file":
      return `”${file}” är ingen vanlig fil utan ${FILE_KIND_SV[limit.fileKind ?? "other"]} och läses inte. Digiportfölj läser bara vanliga filer.`;
  }
}

function messageEn(
  reason: WorkbookReadErrorReason,
  file: string,
  legacy: LegacyFormat | undefined,
  limit: LimitDetails
): string {
  switch (reason) {
    case "too_large":
      return limit.bytes === undefined
        ? `The file "${file}" is larger than ${megabytes(limit.limitBytes, "en")}, the most Digiportfölj reads. Remove pictures and sheets that are not part of the list, or split it.`
        : `The file "${file}" is ${megabytes(limit.bytes, "en")}; Digiportfölj reads files of at most ${megabytes(limit.limitBytes, "en")}. Remove pictures and sheets that are not part of the list, or split it.`;
    case "inflate_limit":
      return `The file "${file}" unpacks to more than ${megabytes(limit.limitBytes, "en")} or is packed implausibly tightly, and is not read because it looks like a zip bomb. Open it in Excel and save a new copy as .xlsx if it should be included.`;
    case "too_many_rows":
      return `The sheet "${limit.sheet ?? ""}" in the file "${file}" has content on row ${count(limit.row, "en")}${limit.cell ? ` (cell ${limit.cell})` : ""}; Digiportfölj reads at most ${count(limit.limitRows, "en")} rows per sheet. Remove surplus rows or split the list.`;
    case "timeout":
      return `The file "${file}" took longer than ${count(limit.seconds, "en")} ${limit.seconds === 1 ? "second" : "seconds"} to read and was skipped. Open it in Excel and save a new copy as .xlsx.`;
    case "reader_crashed":
      return `The file "${file}" could not be read: reading was cut short (for example by running out of memory). Open it in Excel and save a new copy as .xlsx.`;
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
    case "outside_grid":
      return `The sheet "${limit.sheet ?? ""}" in the file "${file}" gives the address ${limit.cell ?? ""}, outside Excel's grid (at most row 1,048,576 and column XFD), and the file is not read. It seems damaged or made by another program; open it in Excel and save a new copy as .xlsx.`;
    case "too_many_cells":
      return `The sheet "${limit.sheet ?? ""}" in the file "${file}" has content as far out as cell ${limit.cell ?? ""}, so that it spans ${count(limit.cells, "en")} cells; Digiportfölj reads at most ${count(limit.limitCells, "en")} cells per file. Clear the cells far outside the list (such as ${limit.cell ?? ""}) or split it.`;
    case "unknown_encoding":
      return `The file "${file}" is saved in the character encoding "${limit.encoding ?? ""}", which Digiportfölj does not know, and is not read because its texts would come out wrong. Open it in Excel and save a new copy as .xlsx.`;
    case "not_a_regular_file":
      return `"${file}" is not a regular file but ${FILE_KIND_EN[limit.fileKind ?? "other"]}, and is not read. Digiportfölj reads regular files only.`;
  }
}

export class WorkbookReadError extends Error {
  override readonly name = "WorkbookReadError";
  readonly fileName: string;
  readonly reason: WorkbookReadErrorReason;
  /** The same message in English; `message` is Swedish. */
  readonly messageEn: string;
  readonly legacyFormat: LegacyFormat | undefined;
  readonly limit: LimitDetails;

  constructor(
    reason: WorkbookReadErrorReason,
    fileName: string,
    details: WorkbookReadErrorDetails = {}
  ) {
    super(
      messageSv(reason, fileName, details.legacyFormat, details.limit ?? {}),
      details.cause === undefined ? undefined : { cause: details.cause }
    );
    this.fileName = fileName;
    this.reason = reason;
    this.messageEn = messageEn(reason, fileName, details.legacyFormat, details.limit ?? {});
    this.legacyFormat = details.legacyFormat;
    this.limit = details.limit ?? {};
  }
}

export function isWorkbookReadError(error: unknown): error is WorkbookReadError {
  return error instanceof WorkbookReadError;
}
