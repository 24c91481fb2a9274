/**
 * The unit of an amount column, from wherever the workbook states it: the column's own header
 * ("Budget (tkr)"), the group header over it ("Ekonomi (tkr)"), a title row above the list
 * ("Belopp i tkr"), or the number format every number of the column shows ("450 tkr"). Never
 * guessed: when two of them state different units the column's amounts are not read and each
 * cell gets `unit_conflict`. A cell's own number format is weighed cell by cell when it is read.
 */
import { field, isFieldKey } from "../fields";
import {
  statement,
  unitFromHeader,
  unitFromNumberFormat,
  unitFromTitle,
  type UnitStatement,
} from "../parse/units";
import type { SheetGrid } from "../ports/WorkbookPort";
import { cellAt, formatAt } from "./grid";
import type { HeaderCell } from "./headerRows";
import type { ColumnMapping, MappingTarget } from "./mapHeaders";

/** Columns read as kronor: the amount fields. */
export function isAmountTarget(target: MappingTarget | null): boolean {
  return target !== null && isFieldKey(target) && field(target).type === "amount";
}

/** The unit every number of the column shows, when they all show the same one. */
function sharedFormatUnit(
  grid: SheetGrid,
  column: number,
  firstRow: number,
  lastRow: number
): number | null {
  let shared: number | null = null;
  for (let row = firstRow; row <= lastRow; row++) {
    if (typeof cellAt(grid, row, column) !== "number") continue;
    const unit = unitFromNumberFormat(formatAt(grid, row, column)).multiplier;
    if (unit === null) return null;
    if (shared !== null && shared !== unit) return null;
    shared = unit;
  }
  return shared;
}

/** The unit the title rows above a list state for its amounts (the first that states one). */
export function titleUnit(titles: readonly string[]): number | null {
  for (const title of titles) {
    const unit = unitFromTitle(title);
    if (unit !== null) return unit;
  }
  return null;
}

/**
 * `columns` with each amount column's unit worked out from its header, group, the list's title
 * and its cells' shared number format; two that differ become `unitConflict` (multiplier null).
 * Other columns keep the unit their own header states.
 */
export function withColumnUnits(
  columns: readonly ColumnMapping[],
  cells: readonly HeaderCell[],
  grid: SheetGrid,
  firstRow: number,
  lastRow: number,
  titleMultiplier: number | null
): ColumnMapping[] {
  return columns.map((mapping) => {
    if (!isAmountTarget(mapping.target)) return mapping;
    const cell = cells.find((c) => c.column === mapping.column);
    const stated: UnitStatement[] = [];
    const own = cell?.sub ? unitFromHeader(cell.sub) : null;
    if (own !== null) stated.push(statement(own, "header"));
    const group = cell?.group ? unitFromHeader(cell.group) : null;
    if (group !== null) stated.push(statement(group, "group"));
    if (titleMultiplier !== null) stated.push(statement(titleMultiplier, "title"));
    const format = sharedFormatUnit(grid, mapping.column, firstRow, lastRow);
    if (format !== null) stated.push(statement(format, "format"));
    const [first, ...rest] = stated;
    if (!first) return { ...mapping, multiplier: null };
    const other = rest.find((s) => s.multiplier !== first.multiplier);
    if (other) return { ...mapping, multiplier: null, unit: first, unitConflict: [first, other] };
    return { ...mapping, multiplier: first.multiplier, unit: first };
  });
}
