/**
 * In-memory WorkbookPort for tests of code that reads and writes workbooks. write() lays the
 * description's blocks and tables into grids the way the file adapter's round trip reads them:
 * literal values at their cells, number formats ("General" as null), tables with their boxes,
 * names as "Sheet!$B$4". It has no formula engine: a formula cell reads back as null, exactly as
 * a freshly written .xlsx (no cached results) reads back through SheetJS. Initial data keeps its
 * merged areas, as the adapters report them: those that touch the sheet's grid.
 */
import type {
  CellBox,
  CellValue,
  DefinedName,
  SheetGrid,
  TableInfo,
  WorkbookData,
  WorkbookPort,
} from "../../src/domain/ports/WorkbookPort";
import {
  isFormula,
  type CellContent,
  type SheetDescription,
  type WorkbookDescription,
} from "../../src/domain/template/WorkbookDescription";
import { quoteSheetName } from "../../src/adapters/xlsxFile/a1";

interface PlacedCell {
  readonly value: CellValue;
  readonly numberFormat: string | null;
}

function literal(content: CellContent): CellValue {
  return content === null || isFormula(content) ? null : content;
}

function normaliseFormat(format: string | undefined): string | null {
  return format === undefined || format.toLowerCase() === "general" ? null : format;
}

function layOut(sheet: SheetDescription): SheetGrid {
  const cells = new Map<string, PlacedCell & { row: number; col: number }>();
  const place = (
    row: number,
    col: number,
    content: CellContent,
    format: string | undefined
  ): void => {
    const value = literal(content);
    const key = `${row}:${col}`;
    if (value === null) cells.delete(key);
    else cells.set(key, { row, col, value, numberFormat: normaliseFormat(format) });
  };
  for (const block of sheet.blocks ?? []) {
    block.rows.forEach((row, dr) =>
      row.forEach((content, dc) =>
        place(block.row + dr, block.col + dc, content, block.numberFormat)
      )
    );
  }
  const tables: TableInfo[] = [];
  for (const table of sheet.tables ?? []) {
    table.columns.forEach((column, c) => place(table.row, table.col + c, column.header, undefined));
    table.rows.forEach((row, r) =>
      table.columns.forEach((column, c) =>
        place(table.row + 1 + r, table.col + c, row[c] ?? null, column.numberFormat)
      )
    );
    // Like the file adapter: a table always has at least one data row.
    const bottom = table.row + Math.max(table.rows.length, 1);
    tables.push({
      name: table.name,
      box: { top: table.row, left: table.col, bottom, right: table.col + table.columns.length - 1 },
      hasHeaderRow: true,
    });
  }
  const placed = [...cells.values()];
  if (placed.length === 0)
    return {
      name: sheet.name,
      visibility: "visible",
      top: 1,
      left: 1,
      values: [],
      numberFormats: [],
      tables,
    };
  const top = Math.min(...placed.map((c) => c.row));
  const left = Math.min(...placed.map((c) => c.col));
  const bottom = Math.max(...placed.map((c) => c.row));
  const right = Math.max(...placed.map((c) => c.col));
  const values: CellValue[][] = Array.from({ length: bottom - top + 1 }, () =>
    Array<CellValue>(right - left + 1).fill(null)
  );
  const numberFormats: (string | null)[][] = Array.from({ length: bottom - top + 1 }, () =>
    Array<string | null>(right - left + 1).fill(null)
  );
  for (const cell of placed) {
    values[cell.row - top]![cell.col - left] = cell.value;
    numberFormats[cell.row - top]![cell.col - left] = cell.numberFormat;
  }
  return { name: sheet.name, visibility: "visible", top, left, values, numberFormats, tables };
}

/** The sheet's merged areas that touch its grid (the adapters' used range), the topmost first. */
function mergesTouchingGrid(sheet: SheetGrid): SheetGrid {
  if (!sheet.merges) return sheet;
  const bottom = sheet.top + sheet.values.length - 1;
  const right = sheet.left + Math.max(0, ...sheet.values.map((row) => row.length)) - 1;
  const touching = (m: CellBox) =>
    m.bottom >= sheet.top && m.top <= bottom && m.right >= sheet.left && m.left <= right;
  const merges = sheet.merges.filter(touching).sort((a, b) => a.top - b.top || a.left - b.left);
  const { merges: _all, ...rest } = sheet;
  return merges.length > 0 ? { ...rest, merges } : rest;
}

export class MemoryWorkbook implements WorkbookPort {
  private data: WorkbookData;

  constructor(initial?: WorkbookData) {
    this.data = initial
      ? { ...initial, sheets: initial.sheets.map(mergesTouchingGrid) }
      : { name: "minne.xlsx", date1904: false, sheets: [], definedNames: [] };
  }

  async read(): Promise<WorkbookData> {
    return structuredClone(this.data);
  }

  async write(description: WorkbookDescription): Promise<void> {
    const definedNames: DefinedName[] = description.names.map((n) => ({
      name: n.name,
      ref: `${quoteSheetName(n.sheet)}!${n.ref}`,
    }));
    this.data = {
      name: this.data.name,
      date1904: false,
      sheets: description.sheets.map(layOut),
      definedNames,
    };
  }
}
