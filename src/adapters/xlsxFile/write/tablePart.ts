/**
 * A TableSpec as a table part (ECMA-376 Part 1, §18.5.1.2 CT_Table). Excel requires each
 * column's name to equal its header cell's text and to be unique without regard to case; a
 * line break in a name is written `_x000a_`, as Excel writes it.
 */
import type { TableSpec } from "../../../domain/template/WorkbookDescription";
import { cellAddress } from "../../../domain/sheets/columnLetters";
import { MAIN_NS } from "./worksheetPart";
import { xmlAttr } from "./xmlText";

const TABLE_STYLE = "TableStyleMedium2";

/**
 * The range a table covers, header included (an empty table keeps one blank data row), and
 * `extraColumns` more at its right end that the council added.
 */
export function tableRef(table: TableSpec, extraColumns = 0): string {
  const rows = Math.max(1, table.rows.length);
  const right = table.col + table.columns.length - 1 + extraColumns;
  return `${cellAddress(table.row, table.col)}:${cellAddress(table.row + rows, right)}`;
}

const columnName = (header: string): string =>
  header
    .split(/\r\n|\r|\n/)
    .map(xmlAttr)
    .join("_x000a_");

export function checkTableColumns(table: TableSpec): void {
  const headers = new Set<string>();
  for (const column of table.columns) {
    const key = column.header.trim().toLowerCase();
    if (key === "" || headers.has(key))
      throw new RangeError(`Table ${table.name}: empty or repeated header "${column.header}"`);
    headers.add(key);
  }
}

/**
 * `autoFilter` is the filter element to keep (the council's criteria and sort, carried over by
 * patchWorkbook); by default a plain one, which gives every header its filter button.
 * `extraColumns` are columns the council added at the table's right end, as they wrote them.
 */
export function tablePart(
  table: TableSpec,
  id: number,
  autoFilter?: string,
  extraColumns: readonly string[] = []
): string {
  checkTableColumns(table);
  const ref = tableRef(table, extraColumns.length);
  const theirs = extraColumns.map((xml, i) =>
    xml.replace(/(<tableColumn\b[^>]*?\bid=")\d+"/, `$1${table.columns.length + i + 1}"`)
  );
  const columns =
    table.columns
      .map((c, i) => `<tableColumn id="${i + 1}" name="${columnName(c.header)}"/>`)
      .join("") + theirs.join("");
  const count = table.columns.length + extraColumns.length;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${MAIN_NS}" id="${id}" name="${xmlAttr(table.name)}" displayName="${xmlAttr(table.name)}" ref="${ref}" totalsRowShown="0">` +
    (autoFilter ?? `<autoFilter ref="${ref}"/>`) +
    `<tableColumns count="${count}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${TABLE_STYLE}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    "</table>"
  );
}
