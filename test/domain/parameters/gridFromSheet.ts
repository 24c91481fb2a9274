/** Test helper: lays a SheetDescription's blocks out into the SheetGrid a reader would see. */
import type { CellValue, SheetGrid } from "../../../src/domain/ports/WorkbookPort";
import {
  isFormula,
  type SheetDescription,
} from "../../../src/domain/template/WorkbookDescription";

export function gridFromSheet(sheet: SheetDescription): SheetGrid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (const block of sheet.blocks ?? []) {
    block.rows.forEach((cells, r) =>
      cells.forEach((content, c) => {
        const row = block.row + r - 1;
        const col = block.col + c - 1;
        if ((values[row] ?? [])[col] !== undefined)
          throw new Error(`blocks overlap at row ${row + 1}, column ${col + 1}`);
        (values[row] ??= [])[col] = isFormula(content) ? null : content;
        (numberFormats[row] ??= [])[col] = block.numberFormat ?? null;
      })
    );
  }
  let width = 0;
  for (let r = 0; r < values.length; r++) width = Math.max(width, values[r]?.length ?? 0);
  const fill = <T>(rows: (T | undefined)[][], blank: T): T[][] =>
    Array.from({ length: rows.length }, (_, r) =>
      Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? blank)
    );
  return {
    name: sheet.name,
    visibility: "visible",
    top: 1,
    left: 1,
    values: fill(values, null),
    numberFormats: fill(numberFormats, null),
    tables: [],
  };
}

/** Test helper: a grid from rows of values, top-left at A1. */
export function gridFromRows(name: string, rows: readonly (readonly CellValue[])[]): SheetGrid {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
  return {
    name,
    visibility: "visible",
    top: 1,
    left: 1,
    values,
    numberFormats: values.map((r) => r.map(() => null)),
    tables: [],
  };
}

/** A copy of the grid with one cell ("B7") replaced. */
export function withCell(grid: SheetGrid, ref: string, value: CellValue): SheetGrid {
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!match) throw new Error(`bad ref ${ref}`);
  const col = [...(match[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(match[2]);
  const values = grid.values.map((r) => [...r]);
  while (values.length < row) values.push([]);
  const target = values[row - 1] as CellValue[];
  while (target.length < col) target.push(null);
  target[col - 1] = value;
  return { ...grid, values };
}
