/**
 * Reads workbook bytes into the port's WorkbookData with SheetJS CE. Bytes in, data out: no fs,
 * no Node globals, so a browser Web Worker can run it unchanged.
 *
 * Reads .xlsx, .xlsm (macros ignored) and .ods. Refuses, with one WorkbookReadError naming the
 * file: empty files, encrypted packages, .xls / .xlsb / XML Spreadsheet 2003, text files (CSV,
 * HTML), other containers and anything SheetJS cannot parse.
 */
import * as XLSX from "@e965/xlsx";
import {
  sharedStringMissing,
  type CellBox,
  type CellValue,
  type DefinedName,
  type SheetGrid,
  type SourceNotice,
  type TableInfo,
  type WorkbookData,
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
import { mendPackage, MISSING_STRING, needsMending } from "./mendPackage";
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

/** Excel's grid: rows 1…1,048,576, columns A…XFD. */
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

const outsideGrid = (fileName: string, sheet: string, cell: string) =>
  new WorkbookReadError("outside_grid", fileName, { limit: { sheet, cell } });

/**
 * Refuses a sheet with an address past Excel's grid, found in what SheetJS built (it stores a
 * far cell in a sparse row list, at no cost; only a dense grid of it would cost): a cell (its
 * r=, or its row's), a row with properties, a column's properties, or the <dimension>.
 */
function refuseOutsideGrid(sheet: DenseSheet, name: string, fileName: string): void {
  const rows = sheet["!data"] ?? [];
  if (rows.length > EXCEL_ROWS) {
    const r = rows.length - 1;
    const c = Math.max(0, (rows[r]?.length ?? 1) - 1);
    throw outsideGrid(fileName, name, XLSX.utils.encode_cell({ r, c }));
  }
  for (let r = 0; r < rows.length; r++) {
    const length = rows[r]?.length ?? 0;
    if (length > EXCEL_COLUMNS)
      throw outsideGrid(fileName, name, XLSX.utils.encode_cell({ r, c: length - 1 }));
  }
  const rowProps = sheet["!rows"]?.length ?? 0;
  if (rowProps > EXCEL_ROWS) throw outsideGrid(fileName, name, `${rowProps}:${rowProps}`);
  const colProps = sheet["!cols"]?.length ?? 0;
  if (colProps > EXCEL_COLUMNS) {
    const column = XLSX.utils.encode_col(colProps - 1);
    throw outsideGrid(fileName, name, `${column}:${column}`);
  }
  const ref = sheet["!ref"];
  if (ref) {
    const { s, e } = XLSX.utils.decode_range(ref);
    if (Math.max(s.r, e.r) >= EXCEL_ROWS || Math.max(s.c, e.c) >= EXCEL_COLUMNS)
      throw outsideGrid(fileName, name, ref);
  }
}

/**
 * Where a sheet's content ends, found before anything is allocated for it: !ref's top-left, its
 * bottom-right clipped to the last cell that holds something. A <dimension> of A1:XFD1048576
 * (formatting applied to whole columns) must not make us allocate a billion nulls.
 */
interface SheetExtent {
  readonly range: XLSX.Range;
  /** 0-based; -1 when the sheet holds nothing. */
  readonly lastRow: number;
  readonly lastCol: number;
  /** The last cell with content on lastRow, and the cell that reaches lastCol (0-based). */
  readonly lastRowCell: XLSX.CellAddress;
  readonly farCell: XLSX.CellAddress;
  /** Cells of the formulas saved without a value, by row * EXCEL_COLUMNS + column. */
  readonly formulaAt: ReadonlySet<number>;
}

function measureSheet(
  sheet: DenseSheet,
  formulas: readonly ValuelessFormula[]
): SheetExtent | null {
  const ref = sheet["!ref"];
  if (!ref) return null;
  const rows = sheet["!data"] ?? [];
  const range = XLSX.utils.decode_range(ref);
  let lastRow = -1;
  let lastCol = -1;
  let lastRowCell = { r: -1, c: -1 };
  let farCell = { r: -1, c: -1 };
  const formulaAt = new Set<number>();
  const reach = (r: number, c: number) => {
    if (r > lastRow || (r === lastRow && c > lastRowCell.c)) lastRowCell = { r, c };
    if (c > lastCol || (c === lastCol && r > farCell.r)) farCell = { r, c };
    lastRow = Math.max(lastRow, r);
    lastCol = Math.max(lastCol, c);
  };
  for (const f of formulas) {
    const [r, c] = [f.row - 1, f.col - 1];
    if (r < range.s.r || c < range.s.c || r > range.e.r || c > range.e.c) continue;
    formulaAt.add(r * EXCEL_COLUMNS + c);
    reach(r, c);
  }
  for (let r = range.s.r; r <= Math.min(range.e.r, rows.length - 1); r++) {
    const row = rows[r];
    if (!row) continue;
    for (let c = Math.min(range.e.c, row.length - 1); c >= range.s.c; c--) {
      // A stub (t "z": a styled cell, a merged cell's other cells) holds nothing.
      const cell = row[c];
      if (cell !== undefined && cell !== null && cell.t !== "z") {
        reach(r, c);
        break;
      }
    }
  }
  return { range, lastRow, lastCol, lastRowCell, farCell, formulaAt };
}

/** Cells the sheet's grid will hold: its used range, empty cells included. */
const cellsOf = (extent: SheetExtent | null): number =>
  !extent || extent.lastRow < 0
    ? 0
    : (extent.lastRow - extent.range.s.r + 1) * (extent.lastCol - extent.range.s.c + 1);

/**
 * Refuses, before any grid is allocated, a sheet whose content goes past the rows limit (naming
 * the cell, e.g. XFD1048576 beside a list at A1) and a workbook whose used ranges hold more cells
 * than the cells limit (naming the sheet that holds most and the cell that stretches it).
 */
function refuseTooLarge(
  extents: readonly { readonly name: string; readonly extent: SheetExtent | null }[],
  fileName: string,
  limits: ReadLimits
): void {
  for (const { name, extent } of extents) {
    if (!extent || extent.lastRow < 0 || extent.lastRow + 1 <= limits.maxRows) continue;
    throw new WorkbookReadError("too_many_rows", fileName, {
      limit: {
        sheet: name,
        row: extent.lastRow + 1,
        limitRows: limits.maxRows,
        cell: XLSX.utils.encode_cell(extent.lastRowCell),
      },
    });
  }
  const total = extents.reduce((sum, { extent }) => sum + cellsOf(extent), 0);
  if (total <= limits.maxCells) return;
  const largest = extents.reduce((a, b) => (cellsOf(b.extent) > cellsOf(a.extent) ? b : a));
  throw new WorkbookReadError("too_many_cells", fileName, {
    limit: {
      sheet: largest.name,
      cell: XLSX.utils.encode_cell(largest.extent!.farCell),
      cells: total,
      limitCells: limits.maxCells,
    },
  });
}

/** The sheet's grid over its measured extent. */
function readGrid(
  sheet: DenseSheet,
  extent: SheetExtent | null,
  name: string,
  visibility: SheetGrid["visibility"],
  tables: TableInfo[],
  date1904: boolean,
  maxMerges: number,
  /** Set when mendPackage marked cells whose shared string is missing. */
  missingStrings: boolean
): SheetGrid {
  const rows = sheet["!data"] ?? [];
  const empty: SheetGrid = {
    name,
    visibility,
    top: 1,
    left: 1,
    values: [],
    numberFormats: [],
    tables,
  };
  if (!extent) return empty;
  const { range, lastRow, lastCol, formulaAt } = extent;
  if (lastRow < 0) return { ...empty, top: range.s.r + 1, left: range.s.c + 1 };
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = range.s.r; r <= lastRow; r++) {
    const row = rows[r] ?? [];
    const valueRow: CellValue[] = [];
    const formatRow: (string | null)[] = [];
    for (let c = range.s.c; c <= lastCol; c++) {
      const cell = row[c] ?? undefined;
      let value = cellValue(cell, date1904);
      if (missingStrings && typeof value === "string" && value.startsWith(MISSING_STRING))
        value = sharedStringMissing(Number(value.slice(MISSING_STRING.length)));
      valueRow.push(value);
      formatRow.push(
        value === null && !formulaAt.has(r * EXCEL_COLUMNS + c) ? null : numberFormat(cell)
      );
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
  return readPackage(bytes, fileName, limits);
}

/** SheetJS over the bytes, spending a fresh inflation budget; its failures as refusals. */
function readPackage(bytes: Uint8Array, fileName: string, limits: ReadLimits): XLSX.WorkBook {
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

/**
 * The first read, or a second one of the package mended (mendPackage) when the first shows a
 * dropped sheet, two sheets of one name or a part in another encoding than UTF-8. An ordinary
 * package costs a look at its sheet names and the first bytes of its parts.
 */
function mendedRead(
  workbook: XLSX.WorkBook,
  fileName: string,
  limits: ReadLimits
): { workbook: XLSX.WorkBook; missingStrings: boolean } {
  const first = workbook as XLSX.WorkBook & { files?: Record<string, PackagePart> };
  if (!needsMending(first)) return { workbook, missingStrings: false };
  const mend = mendPackage(first);
  if (mend.kind === "unknown_encoding") {
    throw new WorkbookReadError("unknown_encoding", fileName, {
      limit: { encoding: mend.encoding },
    });
  }
  if (mend.kind === "none") return { workbook, missingStrings: false };
  try {
    return {
      workbook: readPackage(mend.bytes, fileName, limits),
      missingStrings: mend.missingStrings,
    };
  } catch (cause) {
    // The mended package is a stored zip of parts the first read unpacked; if SheetJS still
    // cannot read it, the first read stands.
    if (cause instanceof WorkbookReadError && cause.reason === "inflate_limit") throw cause;
    return { workbook, missingStrings: false };
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
  const firstRead = parse(bytes, fileName, limits);
  const bookType = (firstRead as { bookType?: string }).bookType;
  if (bookType === "xlsb")
    throw new WorkbookReadError("legacy_format", fileName, { legacyFormat: "xlsb" });
  if (bookType !== "xlsx" && bookType !== "xlsm" && bookType !== "ods")
    throw new WorkbookReadError("not_a_workbook", fileName);

  try {
    const { workbook, missingStrings } = mendedRead(firstRead, fileName, limits);
    const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
    const sheetProps = (workbook.Workbook?.Sheets ?? []) as (XLSX.SheetProps & { id?: string })[];
    const files = (workbook as { files?: Record<string, PackagePart> }).files ?? {};
    const relIds = workbook.SheetNames.map((_, i) => sheetProps[i]?.id);
    const tables = readTablesBySheet(files, relIds);
    const formulas =
      bookType === "ods" || options.workOutFormulas === false ? [] : formulasOrNone(files, relIds);
    // Chart, dialog and macro sheets are not worksheets (Office.js does not list them either).
    const worksheets = workbook.SheetNames.flatMap((name, i) => {
      const sheet = workbook.Sheets[name] as DenseSheet | undefined;
      if (!sheet || (sheet as { "!type"?: string })["!type"] !== undefined) return [];
      refuseOutsideGrid(sheet, name, fileName);
      return [{ name, i, sheet, extent: measureSheet(sheet, formulas[i] ?? []) }];
    });
    if (worksheets.length === 0) throw new WorkbookReadError("not_a_workbook", fileName);
    refuseTooLarge(worksheets, fileName, limits);
    const sheets: SheetGrid[] = [];
    const withFormulas: FormulaSheet[] = [];
    for (const { name, i, sheet, extent } of worksheets) {
      const grid = readGrid(
        sheet,
        extent,
        name,
        visibilityOf(sheetProps[i]?.Hidden),
        tables[i] ?? [],
        date1904,
        limits.maxMergesPerSheet,
        missingStrings
      );
      sheets.push(grid);
      withFormulas.push({ name, grid, formulas: formulas[i] ?? [] });
    }
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
