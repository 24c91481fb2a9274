/**
 * One way to read a sheet's grid: a cell by its row and column as Excel shows them, the grid's
 * edges, a row's texts, merged areas, and a header row found by the headers it must hold. Every
 * reader of sheets (lists, the previous portfolio, Parametrar, Kolumnmappning, the Kontroll
 * column) goes through these, so a merge or an offset grid is handled the same everywhere.
 */
import type { CellBox, CellValue, SheetGrid } from "../ports/WorkbookPort";
import { normalizeHeader } from "../text/normalize";
import { cellText } from "./cellText";
import { gridWidth } from "./gridWidth";

/** The cell at `row`, `column` (1-based); null outside the grid. */
export const cellAt = (grid: SheetGrid, row: number, column: number): CellValue =>
  grid.values[row - grid.top]?.[column - grid.left] ?? null;

/** The cell's text as a person sees it ("" for an empty cell). */
export const textAt = (grid: SheetGrid, row: number, column: number): string =>
  cellText(cellAt(grid, row, column));

/** The number format of a cell, null for General or unknown. */
export const formatAt = (grid: SheetGrid, row: number, column: number): string | null =>
  grid.numberFormats[row - grid.top]?.[column - grid.left] ?? null;

export const lastRowOf = (grid: SheetGrid): number => grid.top + grid.values.length - 1;
export const lastColumnOf = (grid: SheetGrid): number => grid.left + gridWidth(grid.values) - 1;

/** The texts of `row` from `left` to `right`, one per column ("" for an empty cell). */
export function rowTexts(grid: SheetGrid, row: number, left: number, right: number): string[] {
  const texts: string[] = [];
  for (let column = left; column <= right; column++) texts.push(textAt(grid, row, column));
  return texts;
}

/** Whether every one of `columns` is empty on `row`. */
export function isBlankRow(grid: SheetGrid, row: number, columns: readonly number[]): boolean {
  return columns.every((column) => textAt(grid, row, column) === "");
}

// ---------------------------------------------------------------------------------------------
// Merged areas

/** Merges larger than this many cells are left out of the lookup (a merge over a whole sheet says nothing cell by cell). */
const MAX_MERGE_CELLS = 100_000;

export interface Merges {
  /** The merged area `row`, `column` lies in; undefined when it lies in none. */
  boxAt(row: number, column: number): CellBox | undefined;
  readonly count: number;
}

const NO_MERGES: Merges = { boxAt: () => undefined, count: 0 };
const mergesCache = new WeakMap<SheetGrid, Merges>();

/** A lookup of the grid's merged areas, built once per grid. */
export function mergesOf(grid: SheetGrid): Merges {
  if (!grid.merges || grid.merges.length === 0) return NO_MERGES;
  const cached = mergesCache.get(grid);
  if (cached) return cached;
  const byCell = new Map<number, CellBox>();
  // A key per cell: rows fit in 2^20, columns in 2^14 (Excel's own limits).
  const key = (row: number, column: number) => row * 16_384 + column;
  let budget = MAX_MERGE_CELLS * 10;
  for (const box of grid.merges) {
    const cells = (box.bottom - box.top + 1) * (box.right - box.left + 1);
    if (cells < 2 || cells > MAX_MERGE_CELLS || cells > budget) continue;
    budget -= cells;
    for (let row = box.top; row <= box.bottom; row++)
      for (let column = box.left; column <= box.right; column++) byCell.set(key(row, column), box);
  }
  const merges: Merges = {
    boxAt: (row, column) => byCell.get(key(row, column)),
    count: grid.merges.length,
  };
  mergesCache.set(grid, merges);
  return merges;
}

/** The value a cell shows: inside a merged area, the area's (its top-left cell's) value. */
export function shownValueAt(grid: SheetGrid, row: number, column: number): CellValue {
  const box = mergesOf(grid).boxAt(row, column);
  return box ? cellAt(grid, box.top, box.left) : cellAt(grid, row, column);
}

// ---------------------------------------------------------------------------------------------
// A header row found by the headers it must hold

export interface HeaderColumn {
  readonly header: string;
  /** 1-based. */
  readonly column: number;
}

export interface LocatedTable {
  readonly headerRow: number;
  /** Non-empty headers, left to right. */
  readonly columns: readonly HeaderColumn[];
  readonly firstRow: number;
  readonly lastRow: number;
  readonly right: number;
}

export interface LocateOptions {
  /** Headers the row must hold (compared normalised). */
  readonly required: readonly string[];
  /** An Excel table by this name is taken first when the reader gave its box. */
  readonly tableName?: string;
  /** Tried before the rows from the top. */
  readonly preferRow?: number;
  /** How many rows from the top are looked at; 30 unless given. */
  readonly scanRows?: number;
}

const sameName = (a: string, b: string): boolean =>
  a.toLocaleLowerCase("sv-SE") === b.toLocaleLowerCase("sv-SE");

function headersIn(grid: SheetGrid, row: number, left: number, right: number): HeaderColumn[] {
  const columns: HeaderColumn[] = [];
  for (let column = left; column <= right; column++) {
    const header = textAt(grid, row, column);
    if (header !== "") columns.push({ header, column });
  }
  return columns;
}

/**
 * A table the writer made (or one laid out like it): the named Excel table when the reader gave
 * its box and it holds every required header; otherwise the first run of adjacent header cells
 * (`preferRow` first, then the top rows) that holds them all. Its rows run to the grid's end.
 */
export function locateTable(grid: SheetGrid, options: LocateOptions): LocatedTable | null {
  const wanted = options.required.map(normalizeHeader);
  const hasAll = (columns: readonly HeaderColumn[]) =>
    wanted.every((w) => columns.some((c) => normalizeHeader(c.header) === w));
  const table =
    options.tableName === undefined
      ? undefined
      : grid.tables.find((t) => t.hasHeaderRow && sameName(t.name, options.tableName as string));
  if (table) {
    const { top, left, bottom, right } = table.box;
    const columns = headersIn(grid, top, left, right);
    if (hasAll(columns))
      return { headerRow: top, columns, firstRow: top + 1, lastRow: bottom, right };
  }
  const bottom = lastRowOf(grid);
  const end = lastColumnOf(grid);
  const lastScan = Math.min(bottom, grid.top + (options.scanRows ?? 30) - 1);
  const rows: number[] = options.preferRow === undefined ? [] : [options.preferRow];
  for (let row = grid.top; row <= lastScan; row++) rows.push(row);
  for (const row of rows) {
    let column = grid.left;
    while (column <= end) {
      if (textAt(grid, row, column) === "") {
        column++;
        continue;
      }
      const start = column;
      while (column <= end && textAt(grid, row, column) !== "") column++;
      const columns = headersIn(grid, row, start, column - 1);
      if (hasAll(columns))
        return { headerRow: row, columns, firstRow: row + 1, lastRow: bottom, right: column - 1 };
    }
  }
  return null;
}

/** The column of `header` in a located table (compared normalised). */
export function columnOf(located: LocatedTable, header: string): number | undefined {
  const wanted = normalizeHeader(header);
  return located.columns.find((c) => normalizeHeader(c.header) === wanted)?.column;
}
