/**
 * What to write into a workbook, as plain data. The domain builds it; an adapter
 * (the streaming writer for files, Office.js for Excel) only renders it and decides nothing about content.
 * Rows and columns are 1-based; formulas are English A1 syntax without the leading "=".
 */

/** Presentation roles; an adapter maps each to fonts and fills. */
export type CellStyle = "title" | "subtitle" | "header" | "input" | "computed" | "note" | "label";

export interface FormulaCell {
  readonly formula: string;
}

/** Where a RowFormulaCell's formula names the row it is written in. */
export const ROW = "{row}";

/** A row number, or ROW while a formula is spelled for every row at once. */
export type RowRef = number | typeof ROW;

/**
 * One formula for every row of a column, spelled once: ROW stands for the row the cell is in and
 * every other row reference is absolute ("$"), so in row r it means the FormulaCell with ROW
 * replaced by r, which is also what Excel's fill down gives. An adapter may therefore write a run
 * of them as one shared formula. Share one object down a column; the description stays small.
 */
export interface RowFormulaCell {
  readonly rowFormula: string;
}

/**
 * A string is always written as text, even when it starts with "=", "+", "-" or "@":
 * formulas only ever come as FormulaCell or RowFormulaCell.
 */
export type CellContent = string | number | boolean | null | FormulaCell | RowFormulaCell;

export function isFormulaCell(content: CellContent): content is FormulaCell {
  return typeof content === "object" && content !== null && "formula" in content;
}

export function isRowFormulaCell(content: CellContent): content is RowFormulaCell {
  return typeof content === "object" && content !== null && "rowFormula" in content;
}

/** Either kind of formula. */
export function isFormula(content: CellContent): content is FormulaCell | RowFormulaCell {
  return typeof content === "object" && content !== null;
}

/** The formula a cell holds when written in `row`, or null for a value. */
export function formulaInRow(content: CellContent, row: number): string | null {
  if (content === null || typeof content !== "object") return null;
  return "formula" in content ? content.formula : content.rowFormula.split(ROW).join(String(row));
}

export interface CellBlock {
  readonly row: number;
  readonly col: number;
  readonly rows: readonly (readonly CellContent[])[];
  readonly style?: CellStyle;
  /** Number format for every cell of the block, e.g. "#,##0" or "yyyy-mm-dd". */
  readonly numberFormat?: string;
  readonly wrap?: boolean;
}

export interface TableColumnSpec {
  readonly header: string;
  readonly numberFormat?: string;
  /** "computed" columns hold a formula in every row and are shaded as such. */
  readonly style?: CellStyle;
}

export interface TableSpec {
  readonly name: string;
  readonly row: number;
  readonly col: number;
  readonly columns: readonly TableColumnSpec[];
  /** Data rows; a computed column holds one RowFormulaCell in every row. */
  readonly rows: readonly (readonly CellContent[])[];
}

export type ValidationRule =
  | { readonly kind: "list"; readonly source: string }
  | { readonly kind: "wholeNumber"; readonly min: number; readonly max: number }
  | { readonly kind: "decimal"; readonly min: number; readonly max?: number }
  | { readonly kind: "date"; readonly min: string; readonly max: string };

export interface ValidationSpec {
  /** A1 range on the sheet, e.g. "F5:F204". */
  readonly range: string;
  readonly rule: ValidationRule;
  readonly errorTitle: string;
  readonly errorMessage: string;
  readonly prompt?: string;
}

export interface ConditionalFormatSpec {
  readonly range: string;
  /** Relative to the range's top-left cell. */
  readonly formula: string;
  readonly fill: string;
  readonly fontColor?: string;
}

export interface ColumnWidth {
  readonly col: number;
  /** In characters, as Excel's column width. */
  readonly width: number;
  /**
   * True for a column the product keeps for itself (Portfölj's Kontrollsumma): written hidden. A
   * sheet written whole shows every other column it lists, whatever the sheet hid there before.
   */
  readonly hidden?: boolean;
}

export interface ChartSpec {
  readonly kind: "bubble" | "bar";
  readonly title: string;
  readonly anchor: { readonly row: number; readonly col: number };
  /** A1 ranges on this or another sheet, with the sheet name. */
  readonly series: readonly {
    readonly name: string;
    readonly x: string;
    readonly y: string;
    readonly size?: string;
  }[];
}

export interface RowHeight {
  readonly row: number;
  /** In points, as Excel's row height. */
  readonly height: number;
}

export interface SheetDescription {
  readonly name: string;
  readonly tabColor?: string;
  readonly columnWidths?: readonly ColumnWidth[];
  readonly rowHeights?: readonly RowHeight[];
  readonly blocks?: readonly CellBlock[];
  readonly tables?: readonly TableSpec[];
  readonly validations?: readonly ValidationSpec[];
  readonly conditionalFormats?: readonly ConditionalFormatSpec[];
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly charts?: readonly ChartSpec[];
}

export interface NamedCellSpec {
  readonly name: string;
  readonly sheet: string;
  /** Absolute A1 reference on that sheet, e.g. "$B$4" or "$A$5:$A$20". */
  readonly ref: string;
  readonly comment?: string;
}

export interface WorkbookDescription {
  readonly sheets: readonly SheetDescription[];
  readonly names: readonly NamedCellSpec[];
}

/**
 * Cells the add-in adds beside a list on a sheet that is the user's (standard columns, the
 * Kontroll column). An adapter writes them only where the sheet is empty (or, with
 * `clearPrevious`, where the earlier extension with the same `key` wrote) and leaves every other
 * cell, format and rule of the sheet as it is.
 */
export interface SheetExtension {
  readonly sheet: string;
  /** Which of the add-in's extensions this is ("kolumner", "kontroll"); one box per key and sheet. */
  readonly key: string;
  readonly blocks: readonly CellBlock[];
  /**
   * True for cells only the add-in fills (the Kontroll column): the earlier extension's box is
   * cleared and rewritten. Otherwise (added standard columns the user goes on to fill) the earlier
   * box is kept as it is and the new cells must all land on empty ones.
   */
  readonly clearPrevious?: boolean;
  readonly columnWidths?: readonly ColumnWidth[];
  readonly validations?: readonly ValidationSpec[];
  /**
   * Added once per range: an extension written again over the same range adds none, so a
   * re-run does not pile up rules (which Office.js cannot find again to delete).
   */
  readonly conditionalFormats?: readonly ConditionalFormatSpec[];
}
