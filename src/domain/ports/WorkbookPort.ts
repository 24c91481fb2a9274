import type { WorkbookDescription } from "../template/WorkbookDescription";

/** An error value held by a cell (#REF!, #DIV/0! …), kept apart from text that merely looks like one. */
export interface CellError {
  readonly error: string;
  /**
   * Set when the cell holds a formula saved without its value (system exports and generated files
   * write them so) that the reader could not work out from the workbook itself: the formula's
   * text, "=" first. `error` is then NO_SAVED_VALUE.
   */
  readonly formula?: string;
  /**
   * Set when the cell refers to a shared string the file does not have (a damaged or generated
   * file: `<c t="s"><v>999</v>` with fewer strings): the index it names. `error` is then
   * SHARED_STRING_MISSING.
   */
  readonly missingSharedString?: number;
}

/** The `error` of a formula saved without its value (see CellError.formula). */
export const NO_SAVED_VALUE = "#NO_SAVED_VALUE";

export const noSavedValue = (formula: string): CellError => ({
  error: NO_SAVED_VALUE,
  formula: formula.startsWith("=") ? formula : `=${formula}`,
});

/** The `error` of a cell whose shared string is missing (see CellError.missingSharedString). */
export const SHARED_STRING_MISSING = "#SHARED_STRING_MISSING";

export const sharedStringMissing = (index: number): CellError => ({
  error: SHARED_STRING_MISSING,
  missingSharedString: index,
});

/** A cell as both Excel (range.values) and a file reader give it: dates arrive as serial numbers. */
export type CellValue = string | number | boolean | null | CellError;

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null;
}

export interface CellBox {
  /** 1-based, as Excel shows them. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface TableInfo {
  readonly name: string;
  readonly box: CellBox;
  readonly hasHeaderRow: boolean;
}

/** The whole used range of one sheet, read in one go (one request in Office.js). */
export interface SheetGrid {
  readonly name: string;
  readonly visibility: "visible" | "hidden" | "veryHidden";
  /** Row and column (1-based) of values[0][0]. */
  readonly top: number;
  readonly left: number;
  readonly values: CellValue[][];
  /** Number format per cell where the source has one ("General" and unknown are null). */
  readonly numberFormats: (string | null)[][];
  readonly tables: readonly TableInfo[];
  /** Hidden rows and columns inside the used range (1-based), where the reader can tell. */
  readonly hiddenRows?: readonly number[];
  readonly hiddenColumns?: readonly number[];
  /**
   * Merged areas that touch the used range (1-based, as Excel shows them), where the reader can
   * tell. Only a merge's top-left cell holds its value; the other cells of it read as null.
   */
  readonly merges?: readonly CellBox[];
}

export interface DefinedName {
  readonly name: string;
  /** As stored, e.g. "Parametrar!$B$3". */
  readonly ref: string;
}

/** What a reader met in the source and left alone, for the user to be told. */
export type SourceNotice =
  /** A macro project (.xlsm): never run, its data read. */
  | "macros_ignored"
  /** Formulas referring to other workbooks: not followed; the values saved in the file are used. */
  | "external_links";

export interface WorkbookData {
  /** File name or workbook name, for messages. */
  readonly name: string;
  readonly date1904: boolean;
  readonly sheets: readonly SheetGrid[];
  readonly definedNames: readonly DefinedName[];
  /** The sheet the user is on, where the program has one (Excel); absent for a file. */
  readonly activeSheet?: string;
  readonly notices?: readonly SourceNotice[];
}

/**
 * The one port between the domain and a workbook, shaped for Office.js batching:
 * a read takes every used range at once, a write renders a whole description.
 */
export interface WorkbookPort {
  read(): Promise<WorkbookData>;
  write(description: WorkbookDescription): Promise<void>;
}
