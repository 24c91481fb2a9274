/**
 * What to write into a workbook, as plain data. The domain builds it; an adapter
 * (exceljs for files, Office.js for Excel) only renders it and decides nothing about content.
 * Rows and columns are 1-based; formulas are English A1 syntax without the leading "=".
 */

/** Presentation roles; an adapter maps each to fonts and fills. */
export type CellStyle = "title" | "subtitle" | "header" | "input" | "computed" | "note" | "label";

export interface FormulaCell {
  readonly formula: string;
}

/**
 * A string is always written as text, even when it starts with "=", "+", "-" or "@":
 * formulas only ever come as FormulaCell.
 */
export type CellContent = string | number | boolean | null | FormulaCell;

export function isFormulaCell(content: CellContent): content is FormulaCell {
  return typeof content === "object" && content !== null && "formula" in content;
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
  /** Data rows, every formula spelled out per row so the description stays plain data. */
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
