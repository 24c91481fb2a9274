/**
 * Reads workbook bytes into the port's WorkbookData with SheetJS CE. Bytes in, data out: no fs,
 * no Node globals, so a browser Web Worker can run it unchanged.
 *
 * Reads .xlsx, .xlsm (macros ignored) and .ods. Refuses, with one WorkbookReadError naming the
 * file: empty files, encrypted packages, .xls / .xlsb / XML Spreadsheet 2003, text files (CSV,
 * HTML), other containers and anything SheetJS cannot parse.
 */
import * as XLSX from "@e965/xlsx";
import type {
  CellBox,
  CellValue,
  DefinedName,
  SheetGrid,
  SourceNotice,
  TableInfo,
  WorkbookData,
} from "../../domain/ports/WorkbookPort";
import {
  checkDeclaredSizes,
  hasNativeInflationGuard,
  InflateLimitExceeded,
  InflationBudget,
  measureInflation,
  withInflationBudget,
} from "./inflationGuard";
import { declineAll, evaluateFormulas, type FormulaSheet } from "./evaluateFormulas";
import { valuelessFormulasBySheet, type ValuelessFormula } from "./formulaCells";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./ReadLimits";
import { readTablesBySheet, type PackagePart } from "./readTables";
import { classifyUnreadableZip, sniffWorkbookBytes } from "./sniffWorkbookBytes";
import { WorkbookReadError } from "./WorkbookReadError";

/**
 * Lean SheetJS options, measured on the corpus (see README): dense rows, cached values only (no
 * formula text), no HTML. Number formats stay on (cell.z tells dates from numbers) and so does the
 * formatted text, because it is the only place an error cell such as #SPILL! keeps its name.
 * `bookFiles` keeps the package parts so the tables can be read; `cellStyles` is what makes
 * SheetJS report hidden rows and columns (`!rows`, `!cols`).
 */
export const SHEETJS_READ_OPTIONS = {
  type: "array",
  dense: true,
  cellNF: true,
  cellDates: false,
  cellFormula: false,
  cellHTML: false,
  cellStyles: true,
  bookVBA: false,
  bookFiles: true,
} as const satisfies XLSX.ParsingOptions;

/** Error codes as SheetJS stores them in cell.v (the BIFF codes). */
const ERROR_TEXT: Readonly<Record<number, string>> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

type SheetJsCell = XLSX.CellObject;
type DenseSheet = XLSX.WorkSheet & { "!data"?: (SheetJsCell | undefined)[][] };

function cellValue(cell: SheetJsCell | undefined, date1904: boolean): CellValue {
  if (!cell) return null;
  switch (cell.t) {
    case "n":
      // A number cell whose stored text was not a number (a damaged or hand-made file).
      return typeof cell.v === "number" && Number.isFinite(cell.v) ? cell.v : { error: "#VALUE!" };
    case "s":
      return typeof cell.v === "string" ? cell.v : String(cell.v ?? "");
    case "b":
      return cell.v === true;
    case "e":
      return {
        error:
          typeof cell.w === "string" && cell.w.startsWith("#")
            ? cell.w
            : (ERROR_TEXT[Number(cell.v)] ?? "#N/A"),
      };
    case "d": {
      // Not produced with cellDates off, but a date must still arrive as a serial number.
      const time = cell.v instanceof Date ? cell.v.getTime() : Date.parse(String(cell.v));
      return Number.isFinite(time)
        ? (time - (date1904 ? EPOCH_1904 : EPOCH_1900)) / MS_PER_DAY
        : null;
    }
    case "z":
      return null;
  }
}

function numberFormat(cell: SheetJsCell | undefined): string | null {
  const format = cell?.z;
  if (typeof format !== "string" || format === "" || format.toLowerCase() === "general")
    return null;
  return format;
}

type RowOrColumnProps = { hidden?: boolean } | null | undefined;

/** 1-based numbers of the hidden rows (or columns) from `first` to `last`, 0-based indexes. */
function hiddenIn(props: readonly RowOrColumnProps[] | undefined, first: number, last: number) {
  const hidden: number[] = [];
  if (!props) return hidden;
  for (let i = first; i <= Math.min(last, props.length - 1); i++)
    if (props[i]?.hidden) hidden.push(i + 1);
  return hidden;
}

function visibilityOf(hidden: unknown): SheetGrid["visibility"] {
  return hidden === 2 ? "veryHidden" : hidden === 1 ? "hidden" : "visible";
}

/**
 * SheetJS's `!merges` (0-based) as 1-based boxes, only those that touch the used range (rows
 * `top`…`bottom`, columns `left`…`right`, 0-based), the topmost first, at most `cap`.
 */
export function mergesIn(
  merges: readonly XLSX.Range[] | undefined,
  used: { top: number; left: number; bottom: number; right: number },
  cap: number
): CellBox[] {
  if (!merges || cap <= 0) return [];
  const touching: CellBox[] = [];
  for (const m of merges) {
    if (!m?.s || !m.e) continue;
    const [top, bottom] = [Math.min(m.s.r, m.e.r), Math.max(m.s.r, m.e.r)];
    const [left, right] = [Math.min(m.s.c, m.e.c), Math.max(m.s.c, m.e.c)];
    if (![top, bottom, left, right].every(Number.isInteger) || top < 0 || left < 0) continue;
    if (bottom < used.top || top > used.bottom || right < used.left || left > used.right) continue;
    touching.push({ top: top + 1, left: left + 1, bottom: bottom + 1, right: right + 1 });
  }
  touching.sort((a, b) => a.top - b.top || a.left - b.left);
  return touching.length > cap ? touching.slice(0, cap) : touching;
}

/**
 * The sheet's used range: !ref's top-left, its bottom-right clipped to the last cell that holds
 * something. A <dimension> of A1:XFD1048576 (formatting applied to whole columns) must not make
 * us allocate a billion nulls.
 */
function readGrid(
  sheet: DenseSheet,
  name: string,
  visibility: SheetGrid["visibility"],
  tables: TableInfo[],
  date1904: boolean,
  maxMerges: number,
  /** Formulas saved without a value: empty to SheetJS, content here (evaluateFormulas fills them). */
  formulas: readonly ValuelessFormula[]
): SheetGrid {
  const rows = sheet["!data"] ?? [];
  const ref = sheet["!ref"];
  const empty: SheetGrid = {
    name,
    visibility,
    top: 1,
    left: 1,
    values: [],
    numberFormats: [],
    tables,
  };
  if (!ref) return empty;
  const range = XLSX.utils.decode_range(ref);
  let lastRow = -1;
  let lastCol = -1;
  const formulaAt = new Set<number>();
  for (const f of formulas) {
    const [r, c] = [f.row - 1, f.col - 1];
    if (r < range.s.r || c < range.s.c || r > range.e.r || c > range.e.c) continue;
    formulaAt.add(r * 16_384 + c);
    lastRow = Math.max(lastRow, r);
    lastCol = Math.max(lastCol, c);
  }
  for (let r = range.s.r; r <= Math.min(range.e.r, rows.length - 1); r++) {
    const row = rows[r];
    if (!row) continue;
    for (let c = Math.min(range.e.c, row.length - 1); c >= range.s.c; c--) {
      // A stub (t "z": a styled cell, a merged cell's other cells) holds nothing.
      const cell = row[c];
      if (cell !== undefined && cell !== null && cell.t !== "z") {
        lastRow = Math.max(lastRow, r);
        if (c > lastCol) lastCol = c;
        break;
      }
    }
  }
  if (lastRow < 0) return { ...empty, top: range.s.r + 1, left: range.s.c + 1 };
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = range.s.r; r <= lastRow; r++) {
    const row = rows[r] ?? [];
    const valueRow: CellValue[] = [];
    const formatRow: (string | null)[] = [];
    for (let c = range.s.c; c <= lastCol; c++) {
      const cell = row[c] ?? undefined;
      const value = cellValue(cell, date1904);
      valueRow.push(value);
      formatRow.push(value === null && !formulaAt.has(r * 16_384 + c) ? null : numberFormat(cell));
    }
    values.push(valueRow);
    numberFormats.push(formatRow);
  }
  const hiddenRows = hiddenIn(sheet["!rows"], range.s.r, lastRow);
  const hiddenColumns = hiddenIn(sheet["!cols"], range.s.c, lastCol);
  const merges = mergesIn(
    sheet["!merges"],
    { top: range.s.r, left: range.s.c, bottom: lastRow, right: lastCol },
    maxMerges
  );
  return {
    name,
    visibility,
    top: range.s.r + 1,
    left: range.s.c + 1,
    values,
    numberFormats,
    tables,
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(hiddenColumns.length ? { hiddenColumns } : {}),
    ...(merges.length ? { merges } : {}),
  };
}

/**
 * Workbook-scoped names only, without Excel's own (_xlnm.Print_Area, _xlnm._FilterDatabase,
 * _xlfn.* placeholders): the port has no notion of a sheet-local name.
 */
function definedNamesOf(workbook: XLSX.WorkBook): DefinedName[] {
  return (workbook.Workbook?.Names ?? [])
    .filter((n) => n.Sheet === undefined || n.Sheet === null)
    .filter(
      (n) =>
        typeof n.Name === "string" && typeof n.Ref === "string" && !/^_xl(nm|fn)\./i.test(n.Name)
    )
    .map((n) => ({ name: n.Name, ref: n.Ref.replace(/^=/, "") }));
}

const inflateLimit = (fileName: string, limits: ReadLimits, cause: unknown) =>
  new WorkbookReadError("inflate_limit", fileName, {
    limit: { limitBytes: limits.maxInflatedBytes },
    cause,
  });

/** Refuses a zip bomb before SheetJS unpacks it, or while it does (see inflationGuard). */
function parse(bytes: Uint8Array, fileName: string, limits: ReadLimits): XLSX.WorkBook {
  try {
    const declared = checkDeclaredSizes(bytes, limits);
    if (!hasNativeInflationGuard()) measureInflation(bytes, limits, declared);
  } catch (cause) {
    if (cause instanceof InflateLimitExceeded) throw inflateLimit(fileName, limits, cause);
    throw cause;
  }
  const budget = new InflationBudget(limits);
  try {
    return withInflationBudget(budget, () => XLSX.read(bytes, SHEETJS_READ_OPTIONS));
  } catch (cause) {
    if (budget.exceeded) throw inflateLimit(fileName, limits, cause);
    // SheetJS says "File is password-protected" for encryption it finds inside a package.
    if (/password-protected/i.test(String((cause as Error)?.message)))
      throw new WorkbookReadError("encrypted", fileName, { cause });
    throw new WorkbookReadError(classifyUnreadableZip(bytes), fileName, { cause });
  }
}

/** The value-less formula cells per sheet; none when the package's parts cannot be followed. */
function formulasOrNone(
  files: Record<string, PackagePart>,
  relIds: readonly (string | undefined)[]
): ValuelessFormula[][] {
  try {
    return valuelessFormulasBySheet(files, relIds);
  } catch {
    return [];
  }
}

/** What the package holds that we leave alone and the user should know about. */
function noticesOf(files: Record<string, PackagePart>): SourceNotice[] {
  const paths = Object.keys(files).map((p) => p.toLowerCase());
  const notices: SourceNotice[] = [];
  if (paths.some((p) => /(^|\/)vbaproject\.bin$/.test(p))) notices.push("macros_ignored");
  if (paths.some((p) => /(^|\/)externallinks\/[^/]+\.xml$/.test(p))) notices.push("external_links");
  return notices;
}

/** The first sheet whose last row with content is past the limit. */
function refuseTooManyRows(sheets: readonly SheetGrid[], fileName: string, limits: ReadLimits) {
  for (const sheet of sheets) {
    const lastRow = sheet.top + sheet.values.length - 1;
    if (sheet.values.length > 0 && lastRow > limits.maxRows) {
      throw new WorkbookReadError("too_many_rows", fileName, {
        limit: { sheet: sheet.name, row: lastRow, limitRows: limits.maxRows },
      });
    }
  }
}

/**
 * Throws WorkbookReadError, and only that, when the bytes are not a workbook we read or pass one
 * of the limits (size, unpacked size, rows; the time limit is the caller's, see ReadLimits).
 */
export interface ReadOptions {
  /**
   * Work out formulas saved without a value (on by default: a förvaltning's list from a system
   * export). Off for the product's own portfolio, whose thousands of formulas are all rewritten
   * and never read: those cells then read as empty, at no cost.
   */
  readonly workOutFormulas?: boolean;
}

export function readWorkbookBytes(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
  options: ReadOptions = {}
): WorkbookData {
  if (bytes.length > limits.maxFileBytes) {
    throw new WorkbookReadError("too_large", fileName, {
      limit: { bytes: bytes.length, limitBytes: limits.maxFileBytes },
    });
  }
  const sniffed = sniffWorkbookBytes(bytes);
  if (sniffed.kind === "refuse") {
    throw new WorkbookReadError(
      sniffed.reason,
      fileName,
      sniffed.legacyFormat ? { legacyFormat: sniffed.legacyFormat } : {}
    );
  }
  const workbook = parse(bytes, fileName, limits);
  const bookType = (workbook as { bookType?: string }).bookType;
  if (bookType === "xlsb")
    throw new WorkbookReadError("legacy_format", fileName, { legacyFormat: "xlsb" });
  if (bookType !== "xlsx" && bookType !== "xlsm" && bookType !== "ods")
    throw new WorkbookReadError("not_a_workbook", fileName);

  try {
    const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
    const sheetProps = (workbook.Workbook?.Sheets ?? []) as (XLSX.SheetProps & { id?: string })[];
    const files = (workbook as { files?: Record<string, PackagePart> }).files ?? {};
    const relIds = workbook.SheetNames.map((_, i) => sheetProps[i]?.id);
    const tables = readTablesBySheet(files, relIds);
    const formulas =
      bookType === "ods" || options.workOutFormulas === false ? [] : formulasOrNone(files, relIds);
    const sheets: SheetGrid[] = [];
    const withFormulas: FormulaSheet[] = [];
    workbook.SheetNames.forEach((name, i) => {
      const sheet = workbook.Sheets[name] as DenseSheet | undefined;
      // Chart, dialog and macro sheets are not worksheets (Office.js does not list them either).
      if (!sheet || (sheet as { "!type"?: string })["!type"] !== undefined) return;
      const grid = readGrid(
        sheet,
        name,
        visibilityOf(sheetProps[i]?.Hidden),
        tables[i] ?? [],
        date1904,
        limits.maxMergesPerSheet,
        formulas[i] ?? []
      );
      sheets.push(grid);
      withFormulas.push({ name, grid, formulas: formulas[i] ?? [] });
    });
    if (sheets.length === 0) throw new WorkbookReadError("not_a_workbook", fileName);
    refuseTooManyRows(sheets, fileName, limits);
    const notices = noticesOf(files);
    const definedNames = definedNamesOf(workbook);
    if (withFormulas.some((s) => s.formulas.length > 0)) {
      try {
        evaluateFormulas(withFormulas, definedNames, limits, date1904);
      } catch {
        // The engine failing outright must not cost the file: every such formula is declined.
        declineAll(withFormulas);
      }
    }
    return {
      name: fileName,
      date1904,
      sheets,
      definedNames,
      ...(notices.length ? { notices } : {}),
    };
  } catch (cause) {
    if (cause instanceof WorkbookReadError) throw cause;
    throw new WorkbookReadError("corrupt", fileName, { cause });
  }
}
