/**
 * Renders a WorkbookDescription to .xlsx bytes with exceljs. It decides nothing about content:
 * every value, formula, format and rule comes from the description. Formulas are written without
 * a cached result and the workbook asks Excel to recalculate on open.
 *
 * Not rendered: ChartSpec (exceljs cannot write charts) and NamedCellSpec.comment (exceljs has no
 * comment on defined names). Date-validation bounds must be yyyy-mm-dd (exceljs turns any formula
 * there into NaN). A description that Excel would have to "repair" (a colour that is not hex, a
 * name on an unknown sheet, an over-long validation message, a non-finite number) is refused with
 * a RangeError instead of producing a damaged file.
 */
import * as ExcelJS from "exceljs";
import {
  formulaInRow,
  isFormula,
  type CellBlock,
  type CellContent,
  type ConditionalFormatSpec,
  type NamedCellSpec,
  type SheetDescription,
  type TableSpec,
  type ValidationSpec,
  type WorkbookDescription,
} from "../../domain/template/WorkbookDescription";
import { cellAddress } from "../../domain/sheets/columnLetters";
import { formulaRuns, onlyRunStarts } from "../../domain/template/formulaRuns";
import { quoteSheetName } from "./a1";
import { packWorkbook } from "./packWorkbook";
import { styleForRole, toArgb } from "./cellStyles";

/** exceljs has `worksheet.dataValidations` but leaves it out of its typings. */
interface WithDataValidations {
  readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

type ExcelValue = ExcelJS.CellValue;

const TABLE_STYLE = "TableStyleMedium2";

/** Excel's own limits; beyond them Excel "repairs" the file by dropping the rule. */
const LIMITS = { errorTitle: 32, errorMessage: 255, prompt: 255, listLiteral: 255 } as const;

function where(sheet: string, row: number, col: number): string {
  return `${quoteSheetName(sheet)}!${cellAddress(row, col)}`;
}

function formulaText(formula: string): string {
  // The description spells formulas without "="; one slipped in would make Excel reject the file.
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

/**
 * A cell in sheet row `row` as an exceljs value. A string stays a string: exceljs writes it as
 * shared text whatever its first character.
 */
function toExcelValue(content: CellContent, row: number, at: () => string): ExcelValue {
  if (content === null) return null;
  if (isFormula(content))
    return { formula: formulaText(formulaInRow(content, row) ?? "") } as ExcelJS.CellFormulaValue;
  if (typeof content === "number" && !Number.isFinite(content)) {
    throw new RangeError(`Cannot write the number ${content} at ${at()}`);
  }
  return content;
}

/**
 * The rows as exceljs values, `width` wide when given (tables), with `top` and `left` the sheet
 * row and column of the first cell. In each run of one RowFormulaCell (formulaRuns) the cells
 * below the first refer to it: an OOXML shared formula, so a computed column of a 50,000-row
 * portfolio carries its formula text once instead of 50,000 times.
 */
function excelRows(
  sheet: string,
  rows: readonly (readonly CellContent[])[],
  top: number,
  left: number,
  width?: number
): ExcelValue[][] {
  const runs = formulaRuns(rows);
  const values = (runs.length > 0 ? onlyRunStarts(rows, runs) : rows).map((row, i) =>
    Array.from({ length: width ?? row.length }, (_, c) =>
      toExcelValue(row[c] ?? null, top + i, () => where(sheet, top + i, left + c))
    )
  );
  for (const run of runs) {
    const master = { sharedFormula: cellAddress(top + run.first, left + run.col) };
    for (let r = run.first + 1; r <= run.last; r++)
      values[r]![run.col] = master as ExcelJS.CellSharedFormulaValue;
  }
  return values;
}

/**
 * The style of cells with none: one object, as exceljs otherwise gives each new cell an empty
 * style of its own, which it then cannot recognise (a fifth of writing a city's portfolio).
 */
const PLAIN: Partial<ExcelJS.Style> = Object.freeze({});

function cellStyle(
  role: CellBlock["style"],
  numberFormat: string | undefined,
  wrap: boolean | undefined
): Partial<ExcelJS.Style> {
  if (role === undefined && numberFormat === undefined && !wrap) return PLAIN;
  const style: Partial<ExcelJS.Style> = role === undefined ? {} : styleForRole(role);
  if (numberFormat !== undefined) style.numFmt = numberFormat;
  if (wrap) style.alignment = { ...style.alignment, wrapText: true, vertical: "top" };
  return style;
}

/**
 * One style object per block and per table column, shared by its cells: exceljs recognises a
 * style object it has seen and skips re-deriving it (per cell that was 30 % of writing 40,000
 * rows). Nothing here assigns a cell's numFmt or font afterwards, which would mutate the shared
 * object for every cell.
 */
function renderBlock(ws: ExcelJS.Worksheet, block: CellBlock): void {
  const style = cellStyle(block.style, block.numberFormat, block.wrap);
  excelRows(ws.name, block.rows, block.row, block.col).forEach((row, dr) => {
    row.forEach((value, dc) => {
      const cell = ws.getCell(block.row + dr, block.col + dc);
      if (value !== null) cell.value = value;
      cell.style = style;
    });
  });
}

function renderTable(ws: ExcelJS.Worksheet, table: TableSpec): void {
  const width = table.columns.length;
  const headers = new Set<string>();
  for (const column of table.columns) {
    const key = column.header.trim().toLowerCase();
    if (key === "" || headers.has(key))
      throw new RangeError(`Table ${table.name}: empty or repeated header "${column.header}"`);
    headers.add(key);
  }
  // Excel requires at least one data row under the header.
  const sourceRows = table.rows.length > 0 ? table.rows : [[]];
  sourceRows.forEach((row, i) => {
    if (row.length > width)
      throw new RangeError(
        `Table ${table.name}: row ${i + 1} has ${row.length} cells for ${width} columns`
      );
  });
  const rows = excelRows(ws.name, sourceRows, table.row + 1, table.col, width);
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: cellAddress(table.row, table.col),
    headerRow: true,
    totalsRow: false,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: table.columns.map((column) => ({ name: column.header, filterButton: true })),
    rows,
  });
  // the header is styled too: LibreOffice and older readers do not draw table styles
  const header = ws.getRow(table.row);
  table.columns.forEach((_, c) => (header.getCell(table.col + c).style = styleForRole("header")));
  const styles = table.columns.map((column) =>
    cellStyle(column.style, column.numberFormat, undefined)
  );
  for (let i = 0; i < rows.length; i++) {
    const row = ws.getRow(table.row + 1 + i);
    styles.forEach((style, c) => (row.getCell(table.col + c).style = style));
  }
}

function checkLength(text: string | undefined, max: number, what: string, range: string): void {
  if (text !== undefined && text.length > max) {
    throw new RangeError(
      `Validation on ${range}: ${what} is ${text.length} characters; Excel allows ${max}`
    );
  }
}

/**
 * A date bound as exceljs needs it: a Date, which it writes as a serial number. exceljs turns
 * every date-validation formula into a date, so a formula bound cannot be written at all.
 */
function dateBound(value: string, range: string): Date {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!iso)
    throw new RangeError(`Validation on ${range}: date bounds must be yyyy-mm-dd, got "${value}"`);
  return new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
}

/**
 * Same convention as Office.js's list source: "=Lista_Status" or "=Listor!$A$2:$A$9" is a
 * reference, anything else a comma-separated list of literal choices.
 */
function listFormula(source: string, range: string): string {
  if (source.startsWith("=")) return source.slice(1);
  checkLength(source, LIMITS.listLiteral, "the list of choices", range);
  return `"${source.replace(/"/g, '""')}"`;
}

function toDataValidation(spec: ValidationSpec): ExcelJS.DataValidation {
  checkLength(spec.errorTitle, LIMITS.errorTitle, "the error title", spec.range);
  checkLength(spec.errorMessage, LIMITS.errorMessage, "the error message", spec.range);
  checkLength(spec.prompt, LIMITS.prompt, "the prompt", spec.range);
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: spec.errorTitle,
    error: spec.errorMessage,
    ...(spec.prompt === undefined ? {} : { showInputMessage: true, prompt: spec.prompt }),
  };
  const rule = spec.rule;
  switch (rule.kind) {
    case "list":
      return { ...common, type: "list", formulae: [listFormula(rule.source, spec.range)] };
    case "wholeNumber":
      return { ...common, type: "whole", operator: "between", formulae: [rule.min, rule.max] };
    case "decimal":
      return rule.max === undefined
        ? { ...common, type: "decimal", operator: "greaterThanOrEqual", formulae: [rule.min] }
        : { ...common, type: "decimal", operator: "between", formulae: [rule.min, rule.max] };
    case "date":
      return {
        ...common,
        type: "date",
        operator: "between",
        formulae: [dateBound(rule.min, spec.range), dateBound(rule.max, spec.range)],
      };
  }
}

function renderConditionalFormats(
  ws: ExcelJS.Worksheet,
  specs: readonly ConditionalFormatSpec[]
): void {
  specs.forEach((spec, i) => {
    const style: Partial<ExcelJS.Style> = {
      // In a differential format (dxf) Excel paints a solid fill with bgColor.
      fill: { type: "pattern", pattern: "solid", bgColor: { argb: toArgb(spec.fill) } },
      ...(spec.fontColor === undefined
        ? {}
        : { font: { color: { argb: toArgb(spec.fontColor) } } }),
    };
    ws.addConditionalFormatting({
      ref: spec.range,
      rules: [
        { type: "expression", priority: i + 1, formulae: [formulaText(spec.formula)], style },
      ],
    });
  });
}

/** Adds one described sheet at the end of the workbook (updateXlsx moves it into place). */
export function renderSheet(
  workbook: ExcelJS.Workbook,
  sheet: SheetDescription
): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(
    sheet.name,
    sheet.tabColor === undefined
      ? {}
      : { properties: { tabColor: { argb: toArgb(sheet.tabColor) } } }
  );
  for (const { col, width } of sheet.columnWidths ?? []) ws.getColumn(col).width = width;
  for (const { row, height } of sheet.rowHeights ?? []) ws.getRow(row).height = height;
  for (const block of sheet.blocks ?? []) renderBlock(ws, block);
  for (const table of sheet.tables ?? []) renderTable(ws, table);
  const validations = (ws as unknown as WithDataValidations).dataValidations;
  for (const spec of sheet.validations ?? []) validations.add(spec.range, toDataValidation(spec));
  renderConditionalFormats(ws, sheet.conditionalFormats ?? []);
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)) {
    ws.views = [{ state: "frozen", xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }];
  }
  // sheet.charts: exceljs cannot write charts; the Office.js adapter draws them.
  return ws;
}

export function addName(
  workbook: ExcelJS.Workbook,
  spec: NamedCellSpec,
  sheetNames: ReadonlySet<string>
): void {
  if (!sheetNames.has(spec.sheet))
    throw new RangeError(
      `Name ${spec.name} refers to a sheet not in the description: ${spec.sheet}`
    );
  workbook.definedNames.add(`${quoteSheetName(spec.sheet)}!${spec.ref}`, spec.name);
}

export async function renderWorkbook(description: WorkbookDescription): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Digiportfölj";
  // No formula carries a cached result, so Excel must compute them all when it opens the file.
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of description.sheets) renderSheet(workbook, sheet);
  const sheetNames = new Set(description.sheets.map((s) => s.name));
  for (const name of description.names) addName(workbook, name, sheetNames);
  return packWorkbook(workbook);
}
