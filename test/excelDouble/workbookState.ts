/**
 * What the Excel double holds: sheets of sparse cells plus the tables, validations, conditional
 * formats, names and charts written to them, as plain data tests can assert on. The rules for
 * turning a written value into cell content live here too, because Excel applies them on write.
 */
import { type Box, boxColumns, boxRows, formatAddress, MAX_COLUMNS, overlaps, replaceSheetReferences } from "./a1";
import { invalidArgument, invalidOperation, itemAlreadyExists } from "./errors";

export type Scalar = string | number | boolean;

export interface CellFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontName?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  locked?: boolean;
}

export interface BorderState { box: Box; side: string; style: string; weight: string; color: string }

export interface Cell {
  /** null: no content (a cell may still carry a format). */
  value: Scalar | null;
  formula?: string;
  /** What a test says the formula evaluates to; the double never calculates. */
  result?: Scalar;
  quotePrefix?: boolean;
  numberFormat?: string;
  format: CellFormat;
}

export interface TableState { name: string; box: Box; style: string; sheet: SheetState }
export interface ValidationState { box: Box; rule: unknown; errorAlert: unknown; prompt: unknown }
export interface ConditionalFormatState { box: Box; type: string; formula: string | null; fill: string | null; fontColor: string | null }
export interface NameState { name: string; formula: string; comment: string; visible: boolean }
export interface SeriesState { name: string; values: string | null; xValues: string | null; bubbleSizes: string | null }
export interface ChartState {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string | null;
  position: { start: string; end: string | null } | null;
  series: SeriesState[];
}

export interface SheetState {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  cells: Map<number, Cell>;
  columnWidths: Map<number, number>;
  /** Columns hidden with Range.columnHidden. */
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  tables: TableState[];
  validations: ValidationState[];
  conditionalFormats: ConditionalFormatState[];
  names: NameState[];
  charts: ChartState[];
  borders: BorderState[];
  freeze: { rows: number; columns: number } | null;
  /** Merged areas, seeded by a test (DoubleWorkbook.merge); they never overlap. */
  merges: Box[];
  deleted: boolean;
}

export const DEFAULTS = { numberFormat: "General", fill: "#FFFFFF", fontColor: "#000000", size: 11, fontName: "Calibri", columnWidth: 48, rowHeight: 15 };

const key = (row: number, col: number): number => (row - 1) * MAX_COLUMNS + (col - 1);
/** Where a cell is stored in SheetState.cells. */
export const cellKey = key;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function cellAt(sheet: SheetState, row: number, col: number): Cell | undefined {
  return sheet.cells.get(key(row, col));
}

function cellFor(sheet: SheetState, row: number, col: number): Cell {
  let cell = sheet.cells.get(key(row, col));
  if (!cell) sheet.cells.set(key(row, col), (cell = { value: null, format: {} }));
  return cell;
}

export function forEachCell(box: Box, f: (row: number, col: number) => void): void {
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) f(r, c);
}

/** Rows × columns of f(row, col): the shape Range.values and friends read back in. */
export function grid<T>(box: Box, f: (row: number, col: number) => T): T[][] {
  return Array.from({ length: boxRows(box) }, (_, i) => Array.from({ length: boxColumns(box) }, (_, j) => f(box.top + i, box.left + j)));
}

/**
 * Writes one input as Excel does when it is set through Range.values or Range.formulas:
 * null leaves the cell alone, "" empties it, "'x" is the text x, "=…" (and "+…"/"-…" that are not
 * numbers) a formula, numeric text a number, TRUE/FALSE a boolean, an ISO date a date serial;
 * under the text format "@" every string stays text.
 */
export function writeInput(sheet: SheetState, row: number, col: number, input: unknown, where: string): void {
  if (input === null) return;
  if (typeof input === "number" && !Number.isFinite(input)) throw invalidArgument(where);
  if (typeof input !== "string" && typeof input !== "number" && typeof input !== "boolean") throw invalidArgument(where);
  const cell = cellFor(sheet, row, col);
  delete cell.formula;
  delete cell.result;
  delete cell.quotePrefix;
  if (typeof input !== "string") return void (cell.value = input);
  const s = input;
  if (s === "") cell.value = null;
  else if (s.startsWith("'")) Object.assign(cell, { value: s.slice(1), quotePrefix: true });
  else if (cell.numberFormat === "@") cell.value = s;
  else if (NUMBER.test(s)) cell.value = Number(s);
  else if (s.startsWith("=") || s.startsWith("+") || s.startsWith("-")) Object.assign(cell, { value: null, formula: s.startsWith("=") ? s : `=${s}` });
  else if (/^(true|false)$/i.test(s)) cell.value = s.toLowerCase() === "true";
  else if (ISO_DATE.test(s)) {
    const [, y, m, d] = ISO_DATE.exec(s)!.map(Number);
    cell.value = (Date.UTC(y!, m! - 1, d!) - Date.UTC(1899, 11, 30)) / 86400000;
    if ((cell.numberFormat ?? "General") === "General") cell.numberFormat = "yyyy-mm-dd";
  } else cell.value = s;
}

/** Range.values of one cell: a formula shows its (test-given) result, never its text; empty is "". */
export function readValue(cell: Cell | undefined): Scalar {
  if (!cell) return "";
  if (cell.formula !== undefined) return cell.result ?? "";
  return cell.value ?? "";
}

export function readFormula(cell: Cell | undefined): Scalar {
  return cell?.formula ?? readValue(cell);
}

/** Range.text, roughly: no number-format rendering beyond String(). */
export function readText(cell: Cell | undefined): string {
  const v = readValue(cell);
  return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
}

export function readNumberFormat(cell: Cell | undefined): string {
  return cell?.numberFormat ?? DEFAULTS.numberFormat;
}

export function writeNumberFormat(sheet: SheetState, row: number, col: number, format: unknown, where: string): void {
  if (format === null) return;
  if (typeof format !== "string") throw invalidArgument(where);
  cellFor(sheet, row, col).numberFormat = format;
}

export function readFormat<K extends keyof CellFormat>(sheet: SheetState, box: Box, k: K, dflt: CellFormat[K]): CellFormat[K] | null {
  return uniform(grid(box, (r, c) => cellAt(sheet, r, c)?.format[k] ?? dflt).flat());
}

export function writeFormat<K extends keyof CellFormat>(sheet: SheetState, box: Box, k: K, v: CellFormat[K]): void {
  forEachCell(box, (r, c) => void (cellFor(sheet, r, c).format[k] = v));
}

/** Excel reads a property over many cells as their common value, or null when they differ. */
export function uniform<T>(values: readonly T[]): T | null {
  return values.every((v) => v === values[0]) ? (values[0] ?? null) : null;
}

export function clearCells(sheet: SheetState, box: Box, applyTo: string): void {
  // Walk the stored cells, not the box: clearing a whole sheet must not visit 17 billion addresses.
  for (const [k, cell] of [...sheet.cells]) {
    const r = Math.floor(k / MAX_COLUMNS) + 1;
    const c = (k % MAX_COLUMNS) + 1;
    if (r < box.top || r > box.bottom || c < box.left || c > box.right) continue;
    if (applyTo === "All" || applyTo === "Contents") Object.assign(cell, { value: null, formula: undefined, result: undefined, quotePrefix: undefined });
    if (applyTo === "All" || applyTo === "Formats") Object.assign(cell, { numberFormat: undefined, format: {} });
    if (cell.value === null && cell.formula === undefined && cell.numberFormat === undefined && Object.keys(cell.format).length === 0)
      sheet.cells.delete(key(r, c));
  }
}

/** The smallest box holding every cell with content (and, unless valuesOnly, with a format); null when none. */
export function usedBox(sheet: SheetState, valuesOnly: boolean): Box | null {
  let box: Box | null = null;
  for (const [k, cell] of sheet.cells) {
    const formatted = cell.numberFormat !== undefined || Object.values(cell.format).some((v) => v !== undefined);
    if (cell.value === null && cell.formula === undefined && (valuesOnly || !formatted)) continue;
    const row = Math.floor(k / MAX_COLUMNS) + 1;
    const col = (k % MAX_COLUMNS) + 1;
    box = box
      ? { top: Math.min(box.top, row), left: Math.min(box.left, col), bottom: Math.max(box.bottom, row), right: Math.max(box.right, col) }
      : { top: row, left: col, bottom: row, right: col };
  }
  return box;
}

/** The workbook: sheets in tab order plus workbook-scoped names. */
export class WorkbookState {
  readonly sheets: SheetState[] = [];
  readonly names: NameState[] = [];
  activeSheet: SheetState | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** Workbook.name (the file name) as a test sets it. */
  name = "Book1.xlsx";
  private nextId = 1;

  liveSheets(): SheetState[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  findSheet(name: string): SheetState | undefined {
    return this.liveSheets().find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string | undefined): SheetState {
    let n = this.liveSheets().length + 1;
    while (name === undefined && this.findSheet(`Sheet${n}`)) n++;
    const sheetName = name ?? `Sheet${n}`;
    this.checkSheetName(sheetName, null);
    const sheet: SheetState = {
      id: `{00000000-0001-0000-0000-${String(this.nextId++).padStart(12, "0")}}`,
      name: sheetName, visibility: "Visible", tabColor: "", cells: new Map(), columnWidths: new Map(), hiddenColumns: new Set(), rowHeights: new Map(),
      tables: [], validations: [], conditionalFormats: [], names: [], charts: [], borders: [], freeze: null, merges: [], deleted: false,
    };
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  /** Excel's rules: 1–31 characters, none of : \ / ? * [ ], no leading or trailing apostrophe, unique ignoring case. */
  checkSheetName(name: string, self: SheetState | null): void {
    if (name.length < 1 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'"))
      throw invalidArgument(`worksheet name "${name}"`);
    const other = this.findSheet(name);
    if (other && other !== self) throw itemAlreadyExists(`worksheet "${name}"`);
  }

  allTables(): TableState[] {
    return this.liveSheets().flatMap((s) => s.tables);
  }

  /** Tables and defined names share one namespace; names must not read as cell references. */
  checkNewName(name: string, where: string): void {
    if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || /^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[RrCc]$|^[Rr][0-9]*[Cc][0-9]*$/.test(name))
      throw invalidArgument(`${where} "${name}"`);
    const lower = name.toLowerCase();
    const taken = [...this.allTables().map((t) => t.name), ...this.names.map((n) => n.name)].some((n) => n.toLowerCase() === lower);
    if (taken) throw itemAlreadyExists(`${where} "${name}"`);
  }

  /**
   * A table with headers: empty header cells become ColumnN and repeats get a number, as Excel does;
   * a header-only table gets one empty data row because an Excel table always has one.
   */
  addTable(sheet: SheetState, box: Box): TableState {
    if (this.allTables().some((t) => t.sheet === sheet && overlaps(t.box, box))) throw invalidOperation("tables.add: overlaps a table");
    const seen = new Set<string>();
    forEachCell({ ...box, bottom: box.top }, (r, c) => {
      const raw = String(readValue(cellAt(sheet, r, c)));
      let header = raw === "" ? `Column${c - box.left + 1}` : raw;
      for (let i = 2; seen.has(header.toLowerCase()); i++) header = `${raw || "Column"}${i}`;
      seen.add(header.toLowerCase());
      if (header !== readValue(cellAt(sheet, r, c))) writeInput(sheet, r, c, `'${header}`, "tables.add");
    });
    let n = this.allTables().length + 1;
    while (this.allTables().some((t) => t.name === `Table${n}`)) n++;
    const table = { name: `Table${n}`, box: boxRows(box) === 1 ? { ...box, bottom: box.bottom + 1 } : box, style: "TableStyleMedium2", sheet };
    sheet.tables.push(table);
    return table;
  }

  /**
   * What Excel does to everything that refers to a sheet when it is renamed (`renamed` its new
   * name) or deleted (null): formulas on every sheet, names, list validation sources, conditional
   * format formulas and chart series follow a rename and become #REF! on a delete. Deleting a sheet
   * and adding another of the same name does not bring them back
   * (https://github.com/OfficeDev/office-js-docs-pr/issues/1762: even with calculation suspended,
   * "Structural updates, such as renaming a worksheet, still occur",
   * https://learn.microsoft.com/office/dev/add-ins/excel/performance).
   */
  updateReferences(sheet: SheetState, renamed: string | null): void {
    const fix = (text: string): string => replaceSheetReferences(text, sheet.name, renamed);
    for (const s of this.liveSheets()) {
      if (s === sheet && renamed === null) continue;
      for (const cell of s.cells.values()) if (cell.formula !== undefined) cell.formula = fix(cell.formula);
      for (const v of s.validations) {
        const list = (v.rule as { list?: { source?: unknown } } | null)?.list;
        if (list && typeof list.source === "string") list.source = fix(list.source);
      }
      for (const f of s.conditionalFormats) if (f.formula !== null) f.formula = fix(f.formula);
      for (const chart of s.charts)
        for (const series of chart.series)
          for (const k of ["values", "xValues", "bubbleSizes"] as const) if (series[k] !== null) series[k] = fix(series[k]!);
    }
    for (const n of [...this.names, ...this.liveSheets().flatMap((s) => (s === sheet && renamed === null ? [] : s.names))]) n.formula = fix(n.formula);
  }

  /** Plain data for assertions: per sheet its used values and everything recorded on it. */
  snapshot(): object {
    return {
      activeSheet: this.activeSheet?.name ?? null,
      selection: this.selection,
      names: this.names,
      sheets: this.liveSheets().map((s) => {
        const used = usedBox(s, false);
        return {
          name: s.name, visibility: s.visibility, tabColor: s.tabColor, freeze: s.freeze,
          usedRange: used && formatAddress(null, used),
          formulas: used && grid(used, (r, c) => readFormula(cellAt(s, r, c))),
          columnWidths: Object.fromEntries(s.columnWidths), rowHeights: Object.fromEntries(s.rowHeights),
          ...(s.hiddenColumns.size > 0 ? { hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b) } : {}),
          tables: s.tables.map((t) => ({ name: t.name, address: formatAddress(null, t.box), style: t.style })),
          validations: s.validations.map((v) => ({ ...v, box: undefined, address: formatAddress(null, v.box) })),
          conditionalFormats: s.conditionalFormats.map((f) => ({ ...f, box: undefined, address: formatAddress(null, f.box) })),
          names: s.names, charts: s.charts,
        };
      }),
    };
  }

  /**
   * Everything the double holds, cell by cell, as plain data: for tests that a failed write left
   * the workbook exactly as it was. Sheets in tab order with their ids (a sheet deleted and made
   * again is not the same sheet), visibility, tab colour, frozen panes, every stored cell (content,
   * formula, quote prefix, number format, formats), widths, heights, hidden columns, borders,
   * merges, tables, validations, conditional formats, sheet-scoped names and charts; the
   * workbook's names, active sheet and selection.
   */
  deepSnapshot(): unknown {
    const clone = <T>(x: T): T => structuredClone(x);
    return {
      activeSheet: this.activeSheet?.name ?? null,
      selection: clone(this.selection),
      names: clone(this.names),
      sheets: this.liveSheets().map((s) => ({
        id: s.id,
        name: s.name,
        visibility: s.visibility,
        tabColor: s.tabColor,
        freeze: clone(s.freeze),
        cells: [...s.cells.entries()].sort(([a], [b]) => a - b).map(([k, cell]) => [k, clone(cell)]),
        columnWidths: [...s.columnWidths.entries()].sort(([a], [b]) => a - b),
        rowHeights: [...s.rowHeights.entries()].sort(([a], [b]) => a - b),
        hiddenColumns: [...s.hiddenColumns].sort((a, b) => a - b),
        borders: clone(s.borders),
        merges: clone(s.merges),
        tables: s.tables.map((t) => ({ name: t.name, box: clone(t.box), style: t.style })),
        validations: clone(s.validations),
        conditionalFormats: clone(s.conditionalFormats),
        names: clone(s.names),
        charts: clone(s.charts),
      })),
    };
  }
}
