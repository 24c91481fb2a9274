/**
 * Test helpers between descriptions and grids: a described sheet as an adapter would read it back,
 * and an extension laid onto a grid or a description the way an adapter renders it.
 */
import type { CellValue, SheetGrid, TableInfo } from "../../../src/domain/ports/WorkbookPort";
import {
  isFormula,
  type CellContent,
  type SheetDescription,
  type SheetExtension,
} from "../../../src/domain/template/WorkbookDescription";

/** What a reader gets for a written cell; a formula's result is unknown here, so "" (Excel's empty result). */
const valueOf = (content: CellContent): CellValue => (isFormula(content) ? "" : content);

/** A writable copy of a grid, cells addressed by Excel row and column. */
class GridBuilder {
  private readonly cells = new Map<number, Map<number, CellValue>>();
  private readonly tables: TableInfo[] = [];

  constructor(private readonly name: string) {}

  set(row: number, col: number, value: CellValue): void {
    const r = this.cells.get(row) ?? new Map<number, CellValue>();
    this.cells.set(row, r);
    r.set(col, value);
  }

  addTable(table: TableInfo): void {
    this.tables.push(table);
  }

  /** The used range as Excel reports it: from the first to the last non-empty cell. */
  build(): SheetGrid {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [row, cols] of this.cells)
      for (const [col, value] of cols) {
        // a formula showing "" is used, as in Excel's used range
        if (value === null) continue;
        top = Math.min(top, row);
        left = Math.min(left, col);
        bottom = Math.max(bottom, row);
        right = Math.max(right, col);
      }
    for (const t of this.tables) {
      top = Math.min(top, t.box.top);
      left = Math.min(left, t.box.left);
      bottom = Math.max(bottom, t.box.bottom);
      right = Math.max(right, t.box.right);
    }
    if (bottom === 0)
      return {
        name: this.name,
        visibility: "visible",
        top: 1,
        left: 1,
        values: [],
        numberFormats: [],
        tables: [],
      };
    const values: CellValue[][] = [];
    for (let row = top; row <= bottom; row++) {
      const line: CellValue[] = [];
      for (let col = left; col <= right; col++) line.push(this.cells.get(row)?.get(col) ?? null);
      values.push(line);
    }
    return {
      name: this.name,
      visibility: "visible",
      top,
      left,
      values,
      numberFormats: values.map((r) => r.map(() => null)),
      tables: this.tables,
    };
  }

  static from(grid: SheetGrid): GridBuilder {
    const builder = new GridBuilder(grid.name);
    grid.values.forEach((line, r) =>
      line.forEach((value, c) => builder.set(grid.top + r, grid.left + c, value))
    );
    for (const t of grid.tables) builder.addTable(t);
    return builder;
  }
}

/** A described sheet's blocks and tables as a reader would give them back. */
export function gridOfSheet(sheet: SheetDescription): SheetGrid {
  const builder = new GridBuilder(sheet.name);
  for (const block of sheet.blocks ?? [])
    block.rows.forEach((line, r) =>
      line.forEach((content, c) => builder.set(block.row + r, block.col + c, valueOf(content)))
    );
  for (const table of sheet.tables ?? []) {
    table.columns.forEach((column, c) => builder.set(table.row, table.col + c, column.header));
    table.rows.forEach((line, r) =>
      line.forEach((content, c) => builder.set(table.row + 1 + r, table.col + c, valueOf(content)))
    );
    builder.addTable({
      name: table.name,
      hasHeaderRow: true,
      box: {
        top: table.row,
        left: table.col,
        bottom: table.row + Math.max(1, table.rows.length),
        right: table.col + table.columns.length - 1,
      },
    });
  }
  return builder.build();
}

/** Every cell an extension writes, as "row:col". */
export function extensionCells(
  extension: SheetExtension
): { row: number; col: number; content: CellContent }[] {
  return extension.blocks.flatMap((block) =>
    block.rows.flatMap((line, r) =>
      line.map((content, c) => ({ row: block.row + r, col: block.col + c, content }))
    )
  );
}

/** The grid after an adapter rendered `extension` onto it (formula cells read as ""). */
export function applyToGrid(grid: SheetGrid, extension: SheetExtension): SheetGrid {
  const builder = GridBuilder.from(grid);
  for (const { row, col, content } of extensionCells(extension))
    builder.set(row, col, valueOf(content));
  return builder.build();
}

/** The description with the extension's blocks, widths, validations and formats merged in. */
export function applyToDescription(
  sheet: SheetDescription,
  extension: SheetExtension
): SheetDescription {
  return {
    ...sheet,
    blocks: [...(sheet.blocks ?? []), ...extension.blocks],
    columnWidths: [...(sheet.columnWidths ?? []), ...(extension.columnWidths ?? [])],
    validations: [...(sheet.validations ?? []), ...(extension.validations ?? [])],
    conditionalFormats: [
      ...(sheet.conditionalFormats ?? []),
      ...(extension.conditionalFormats ?? []),
    ],
  };
}
