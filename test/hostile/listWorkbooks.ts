/**
 * The ordinary initiative list every "read" case of the hostile corpus carries, so a consolidation
 * has something to use: the standard template's own header texts (from the field catalogue) and a
 * few rows. Written with exceljs or SheetJS; every date is fixed so the bytes are the same each run.
 */
import * as ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import { field, type FieldKey } from "../../src/domain/fields";
import { serialFromIso } from "../../src/domain/parse/date";
import { fixZipDates, unzip, zipDeflated } from "./zipSurgery";

/** The columns of the list, in order (10 columns, as the brief's 100,000-row case wants). */
export const LIST_KEYS: readonly FieldKey[] = [
  "id",
  "name",
  "forvaltning",
  "ansvarig",
  "status",
  "startdatum",
  "slutdatum",
  "investering",
  "kostnadsbesparing",
  "behovVad",
];

export const LIST_HEADERS: readonly string[] = LIST_KEYS.map((key) => field(key).sv);

/** 1-based column of a field in the list. */
export function listColumn(key: FieldKey): number {
  const index = LIST_KEYS.indexOf(key);
  if (index < 0) throw new Error(`${key} is not a list column`);
  return index + 1;
}

/** A data row: text, amounts as numbers, dates as ISO text (turned into dates when written). */
export type ListRow = readonly [
  id: string,
  name: string,
  forvaltning: string,
  ansvarig: string,
  status: string,
  startdatum: string,
  slutdatum: string,
  investering: number,
  kostnadsbesparing: number,
  behovVad: string,
];

export const LIST_ROWS: readonly ListRow[] = [
  [
    "HK-2026-01",
    "E-tjänst för bygglov",
    "Samhällsbyggnadsförvaltningen",
    "Karin Lindqvist",
    "Pågående",
    "2026-02-01",
    "2026-12-31",
    450000,
    120000,
    "Söka bygglov digitalt och följa sitt ärende",
  ],
  [
    "HK-2026-02",
    "Digital signering av beslut",
    "Kommunledningsförvaltningen",
    "Per Öberg",
    "Förstudie",
    "2026-03-15",
    "2026-09-30",
    180000,
    60000,
    "Signera nämndbeslut utan papper",
  ],
  [
    "HK-2026-03",
    "Chattbot för växeln",
    "Kommunledningsförvaltningen",
    "Åsa Nilsson",
    "Idé",
    "2026-05-01",
    "2027-04-30",
    95000,
    30000,
    "Svara på vanliga frågor dygnet runt",
  ],
  [
    "HK-2026-04",
    "Ruttplanering i hemtjänsten",
    "Socialförvaltningen",
    "Lina Svensson",
    "Beslutad",
    "2026-01-12",
    "2026-11-30",
    1250000,
    400000,
    "Planera besök med kortare körsträckor",
  ],
];

const DATE_COLUMNS = new Set([listColumn("startdatum"), listColumn("slutdatum")]);
const AMOUNT_COLUMNS = new Set([listColumn("investering"), listColumn("kostnadsbesparing")]);

/** Every workbook claims to be made at this instant. */
export const MADE = new Date(Date.UTC(2026, 0, 1));

/** Midnight UTC of an ISO date: exceljs turns a Date into a serial in UTC. */
export function utcDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1));
}

/** The 1900-system serial of an ISO date. */
export function serial(iso: string): number {
  const value = serialFromIso(iso, false);
  if (value === null) throw new Error(`not a date: ${iso}`);
  return value;
}

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Digiportfölj testkorpus";
  wb.lastModifiedBy = "Digiportfölj testkorpus";
  wb.created = MADE;
  wb.modified = MADE;
  return wb;
}

/**
 * Adds a sheet with the header row at `headerRow` and the rows under it: dates as dates
 * (yyyy-mm-dd), amounts with a thousands format, widths from the field catalogue.
 */
export function addListSheet(
  wb: ExcelJS.Workbook,
  name = "Initiativ",
  rows: readonly ListRow[] = LIST_ROWS,
  headerRow = 1
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.getRow(headerRow).values = [...LIST_HEADERS];
  ws.getRow(headerRow).font = { bold: true };
  rows.forEach((row, i) => {
    ws.getRow(headerRow + 1 + i).values = row.map((value, c) =>
      DATE_COLUMNS.has(c + 1) && typeof value === "string" ? utcDate(value) : value
    );
  });
  LIST_KEYS.forEach((key, i) => {
    const column = ws.getColumn(i + 1);
    column.width = field(key).width;
    if (DATE_COLUMNS.has(i + 1)) column.numFmt = "yyyy-mm-dd";
    if (AMOUNT_COLUMNS.has(i + 1)) column.numFmt = "#,##0";
  });
  return ws;
}

/** exceljs's bytes with the zip entries' timestamps fixed (JSZip stamps "now" on each). */
export async function writeExcel(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await wb.xlsx.writeBuffer();
  return fixZipDates(new Uint8Array(buffer));
}

/** The plain list workbook, one sheet "Initiativ". */
export async function listWorkbook(rows: readonly ListRow[] = LIST_ROWS): Promise<Uint8Array> {
  const wb = newWorkbook();
  addListSheet(wb, "Initiativ", rows);
  return writeExcel(wb);
}

/**
 * The list as a SheetJS worksheet: dates as serial numbers formatted yyyy-mm-dd (computed here,
 * not from a Date, so the machine's time zone cannot move them), or as ISO date cells for ODS.
 */
export function sheetjsList(
  rows: readonly (readonly (string | number)[])[],
  dates: "serial" | "iso" = "serial"
): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet([[...LIST_HEADERS], ...rows.map((row) => [...row])]);
  for (let r = 1; r <= rows.length; r++) {
    for (const c of DATE_COLUMNS) {
      const address = XLSX.utils.encode_cell({ r, c: c - 1 });
      const cell = ws[address] as XLSX.CellObject | undefined;
      if (!cell || typeof cell.v !== "string") continue;
      const iso = cell.v;
      ws[address] =
        dates === "serial"
          ? { t: "n", v: serial(iso), z: "yyyy-mm-dd" }
          : { t: "d", v: `${iso}T00:00:00.000Z`, w: iso };
    }
    for (const c of AMOUNT_COLUMNS) {
      const cell = ws[XLSX.utils.encode_cell({ r, c: c - 1 })] as XLSX.CellObject | undefined;
      if (cell && cell.t === "n") cell.z = "#,##0";
    }
  }
  ws["!cols"] = LIST_KEYS.map((key) => ({ wch: field(key).width }));
  return ws;
}

export function sheetjsBook(ws: XLSX.WorkSheet, name = "Initiativ"): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, name);
  return wb;
}

/**
 * SheetJS's bytes, written stored (uncompressed): SheetJS deflates with its own code or with zlib
 * depending on whether something in the process called CFB.utils.use_zlib, which would make the
 * bytes depend on what else was loaded. `deflate` re-packs the parts deflated by zlib.
 */
export function writeSheetjs(
  wb: XLSX.WorkBook,
  bookType: XLSX.BookType,
  { deflate = false }: { deflate?: boolean } = {}
): Uint8Array {
  const out: unknown = XLSX.write(wb, { type: "array", bookType, compression: false });
  const bytes =
    out instanceof ArrayBuffer
      ? new Uint8Array(out)
      : out instanceof Uint8Array
        ? out
        : Uint8Array.from(out as ArrayLike<number>);
  return deflate ? zipDeflated(unzip(bytes)) : bytes;
}
