/**
 * Adapting a förvaltning's own list to the standard: the standard columns it lacks are added to
 * the right of everything on its sheet, and nothing the list holds is touched. The computed
 * columns are live formulas over the list's own columns where they are mapped (an amount column
 * in tkr or mkr read through its unit, "L*1000") and over the added columns otherwise, so the
 * list computes what the template computes.
 */
import { lastColumnOf } from "../sheets/grid";
import { COMPUTED_COLUMNS } from "../computedColumns";
import type { Parameters } from "../parameters/Parameters";
import { scoreField } from "../parameters/Parameters";
import type { SheetGrid } from "../ports/WorkbookPort";
import { columnLetters } from "../sheets/columnLetters";
import type { InitiativeTable } from "../sheets/findInitiativeTable";
import type { ColumnMapping, MappingTarget } from "../sheets/mapHeaders";
import { readInitiatives } from "../sheets/readInitiatives";
import { NUMBER_FORMATS, validationFor } from "../template/buildTemplate";
import { computedFormulas } from "../template/computedFormulas";
import { templateColumns, type TemplateColumn } from "../template/initiativeColumns";
import { ROW } from "../template/WorkbookDescription";
import type {
  CellBlock,
  CellContent,
  ColumnWidth,
  SheetExtension,
  ValidationSpec,
} from "../template/WorkbookDescription";

/** The extension's key: one box of added columns per sheet. */
export const ADAPT_EXTENSION_KEY = "kolumner";

/** Formula rows below the list's last row, so the next rows typed in compute at once. */
export const SPARE_ROWS = 20;

const EXCEL_LAST_ROW = 1_048_576;

export interface AddedColumn {
  /** Column letters on the sheet. */
  readonly column: string;
  readonly header: string;
  readonly target: MappingTarget;
}

export interface AdaptedList {
  readonly extension: SheetExtension;
  /** Left to right; empty when the list already has every standard column. */
  readonly added: readonly AddedColumn[];
}

export interface AdaptOptions {
  /**
   * Dropdowns from the Parametrar lists (=Lista_Status …) on the added list columns. On by
   * default: the caller writes Parametrar first. Off, those columns get no validation at all.
   */
  readonly lists?: boolean;
}

export const templateKey = (c: TemplateColumn): MappingTarget =>
  (c.kind === "field"
    ? c.field.key
    : c.kind === "score"
      ? scoreField(c.criterion)
      : `computed:${c.key}`) as MappingTarget;

/** Kronor columns: a unit in their header scales them (fields of type amount, computed amounts). */
function isAmount(c: TemplateColumn): boolean {
  if (c.kind === "field") return c.field.type === "amount";
  if (c.kind === "computed")
    return COMPUTED_COLUMNS.find((d) => d.key === c.key)?.numberFormat === "#,##0";
  return false;
}

/** The list's own column as a formula reads it: "L", or "L*1000" for a "(tkr)" amount column. */
function reference(mapping: ColumnMapping, column: TemplateColumn): string {
  const letters = columnLetters(mapping.column);
  const m = mapping.multiplier;
  return isAmount(column) && m !== null && m !== 1 && Number.isInteger(m) && m > 0
    ? `${letters}*${m}`
    : letters;
}

function widthOf(c: TemplateColumn): number {
  if (c.kind === "field") return c.field.width;
  if (c.kind === "score") return 12;
  return COMPUTED_COLUMNS.find((d) => d.key === c.key)?.width ?? 14;
}

function numberFormatOf(c: TemplateColumn): string | undefined {
  if (c.kind === "computed") return COMPUTED_COLUMNS.find((d) => d.key === c.key)?.numberFormat;
  if (c.kind === "field") return NUMBER_FORMATS[c.field.type];
  return undefined;
}

/** The first column right of every cell the sheet uses (and of the list, should it reach further). */
export function firstFreeColumn(sheet: SheetGrid, table?: InitiativeTable): number {
  const listRight = Math.max(0, ...(table?.columns ?? []).map((c) => c.column));
  return Math.max(lastColumnOf(sheet) + 1, listRight + 1);
}

/**
 * The standard columns `table` lacks, as an extension of `sheet` (key "kolumner"): headers in
 * the list's header row, from the first free column on; input columns empty, with the template's
 * number formats and validations; computed columns with their formula in every row from the
 * header down to SPARE_ROWS below the list (rows the reader skips, such as a Summa row, left
 * empty). `table` is the list as the user confirmed its mapping (findInitiativeTable with the
 * corrections as overrides).
 */
export function adaptList(
  sheet: SheetGrid,
  table: InitiativeTable,
  parameters: Parameters,
  options: AdaptOptions = {}
): AdaptedList {
  const standard = templateColumns(parameters);
  const mapped = new Map<MappingTarget, ColumnMapping>();
  for (const c of table.columns) if (c.target && !mapped.has(c.target)) mapped.set(c.target, c);
  const missing = standard.filter((c) => !mapped.has(templateKey(c)));
  const extension = { sheet: sheet.name, key: ADAPT_EXTENSION_KEY };
  if (missing.length === 0) return { extension: { ...extension, blocks: [] }, added: [] };

  const first = firstFreeColumn(sheet, table);
  const added: AddedColumn[] = missing.map((c, i) => ({
    column: columnLetters(first + i),
    header: c.header,
    target: templateKey(c),
  }));
  const addedAt = new Map(added.map((a) => [a.target as string, a.column]));
  const letters = new Map<string, string>(
    standard.map((c) => {
      const key = templateKey(c);
      const own = mapped.get(key);
      return [key, own ? reference(own, c) : (addedAt.get(key) as string)];
    })
  );
  const formulas = computedFormulas(letters, parameters);

  const firstRow = table.headerRow + 1;
  const lastRow = Math.min(EXCEL_LAST_ROW, Math.max(table.lastRow, table.headerRow) + SPARE_ROWS);
  const skipped = new Set(
    readInitiatives(table, sheet.name, parameters, false).skipped.map((s) => s.row)
  );
  const rowNumbers = Array.from({ length: lastRow - firstRow + 1 }, (_, i) => firstRow + i);

  const blocks: CellBlock[] = [
    { row: table.headerRow, col: first, rows: [missing.map((c) => c.header)], style: "header" },
  ];
  const validations: ValidationSpec[] = [];
  const columnWidths: ColumnWidth[] = [];
  missing.forEach((c, i) => {
    const col = first + i;
    const format = numberFormatOf(c);
    const formula: CellContent =
      c.kind === "computed" ? { rowFormula: formulas[c.key](ROW) } : null;
    const cells: CellContent[][] = rowNumbers.map((r) => [skipped.has(r) ? null : formula]);
    blocks.push({
      row: firstRow,
      col,
      rows: cells,
      style: c.kind === "computed" ? "computed" : "input",
      ...(format === undefined ? {} : { numberFormat: format }),
    });
    columnWidths.push({ col, width: widthOf(c) });
    const letter = columnLetters(col);
    const validation = validationFor(c, `${letter}${firstRow}:${letter}${lastRow}`);
    if (validation && (options.lists !== false || validation.rule.kind !== "list"))
      validations.push(validation);
  });
  return { extension: { ...extension, blocks, columnWidths, validations }, added };
}
