/**
 * Shows a check's result on the lists themselves: a Kontroll column beside each list saying per
 * row how many fel and varningar it has, and the row shaded light red (fel) or light yellow
 * (only varningar) by conditional formats that read that column. The user's cells stay as they are.
 */
import type { CheckResult } from "../checkWorkbook";
import type { Issue } from "../issues";
import type { SheetGrid, WorkbookData } from "../ports/WorkbookPort";
import { cellText } from "../sheets/cellText";
import { lastRowOf, textAt } from "../sheets/grid";
import { columnLetters } from "../sheets/columnLetters";
import type { InitiativeTable } from "../sheets/findInitiativeTable";
import type { CellContent, SheetExtension } from "../template/WorkbookDescription";
import { firstFreeColumn } from "../mapping/adaptList";
import { isKontrollHeader, KONTROLL_HEADER } from "./kontrollColumn";

export { KONTROLL_HEADER } from "./kontrollColumn";

/** The extension's key: one Kontroll column per sheet. */
export const MARK_EXTENSION_KEY = "kontroll";

export const ERROR_ROW_FILL = "FFFFC7CE";
export const WARNING_ROW_FILL = "FFFFEB9C";
const KONTROLL_WIDTH = 20;

/** "2 fel, 1 varning", "3 varningar", "1 fel"; null for a clean row. */
export function markText(errors: number, warnings: number): string | null {
  const parts = [
    ...(errors > 0 ? [`${errors} fel`] : []),
    ...(warnings > 0 ? [`${warnings} ${warnings === 1 ? "varning" : "varningar"}`] : []),
  ];
  return parts.length === 0 ? null : parts.join(", ");
}

/** The column already headed KONTROLL_HEADER in the header row, if any. */
function existingKontrollColumn(sheet: SheetGrid, headerRow: number): number | null {
  const cells = sheet.values[headerRow - sheet.top] ?? [];
  const index = cells.findIndex((cell) => isKontrollHeader(cellText(cell)));
  return index < 0 ? null : sheet.left + index;
}

/** The last row holding anything in `col` below the header (an earlier, maybe longer, Kontroll column). */
function lastFilledRow(sheet: SheetGrid, col: number, headerRow: number): number {
  let last = headerRow;
  for (let row = headerRow + 1; row <= lastRowOf(sheet); row++)
    if (textAt(sheet, row, col) !== "") last = row;
  return last;
}

function countsByRow(issues: readonly Issue[], table: InitiativeTable) {
  const counts = new Map<number, { errors: number; warnings: number }>();
  for (const issue of issues) {
    const { sheet, row } = issue.location;
    if (sheet !== table.sheet.name || row === undefined) continue;
    if (row <= table.headerRow || row > table.lastRow) continue;
    const count = counts.get(row) ?? { errors: 0, warnings: 0 };
    if (issue.severity === "error") count.errors++;
    else count.warnings++;
    counts.set(row, count);
  }
  return counts;
}

function markTable(sheet: SheetGrid, table: InitiativeTable, issues: readonly Issue[]) {
  const counts = countsByRow(issues, table);
  const existing = existingKontrollColumn(sheet, table.headerRow);
  if (counts.size === 0 && existing === null) return null;

  const col = existing ?? firstFreeColumn(sheet, table);
  const firstRow = table.headerRow + 1;
  const lastRow = Math.max(
    table.lastRow,
    existing === null ? table.headerRow : lastFilledRow(sheet, existing, table.headerRow)
  );
  const marks: CellContent[][] = [];
  for (let row = firstRow; row <= lastRow; row++) {
    const count = counts.get(row);
    marks.push([count ? markText(count.errors, count.warnings) : null]);
  }

  const k = columnLetters(col);
  const listColumns = table.columns.map((c) => c.column);
  const left = Math.min(...listColumns);
  // The Kontroll column is shaded with its row when it sits right beside the list.
  const right = Math.max(...listColumns, ...(col === Math.max(...listColumns) + 1 ? [col] : []));
  const range = `${columnLetters(left)}${firstRow}:${columnLetters(right)}${table.lastRow}`;
  const mark = `$${k}${firstRow}`;
  const extension: SheetExtension = {
    sheet: sheet.name,
    key: MARK_EXTENSION_KEY,
    // The Kontroll column is the add-in's alone: each check rewrites it.
    clearPrevious: true,
    blocks: [
      { row: table.headerRow, col, rows: [[KONTROLL_HEADER]], style: "header" },
      ...(marks.length > 0 ? [{ row: firstRow, col, rows: marks, style: "note" as const }] : []),
    ],
    columnWidths: [{ col, width: KONTROLL_WIDTH }],
    conditionalFormats:
      table.lastRow < firstRow
        ? []
        : [
            { range, formula: `ISNUMBER(SEARCH(" fel",${mark}))`, fill: ERROR_ROW_FILL },
            {
              range,
              formula: `AND(ISNUMBER(SEARCH("varning",${mark})),ISERROR(SEARCH(" fel",${mark})))`,
              fill: WARNING_ROW_FILL,
            },
          ],
  };
  return extension;
}

/**
 * One "kontroll" extension per list sheet of `result` that has issues on its rows or already has a
 * Kontroll column (then its marks are rewritten, blank where a row is clean now, down to the
 * earlier column's end so stale marks vanish). The column is where KONTROLL_HEADER already stands
 * in the header row, otherwise the first free column right of everything on the sheet.
 */
export function markRows(workbook: WorkbookData, result: CheckResult): SheetExtension[] {
  const extensions: SheetExtension[] = [];
  // One Kontroll column per sheet: a sheet with two lists (a second table under a heading) gets
  // one column beside both, from the first list's header down to the last list's end.
  const bySheet = new Map<string, InitiativeTable[]>();
  for (const table of result.tables) {
    if (table.kind !== "initiatives") continue;
    bySheet.set(table.sheet.name, [...(bySheet.get(table.sheet.name) ?? []), table]);
  }
  for (const [name, tables] of bySheet) {
    const sheet = workbook.sheets.find((s) => s.name === name) ?? tables[0]!.sheet;
    const span: InitiativeTable = {
      ...tables[0]!,
      lastRow: tables[tables.length - 1]!.lastRow,
      columns: tables.flatMap((t) => t.columns),
    };
    const extension = markTable(sheet, span, result.issues);
    if (extension) extensions.push(extension);
  }
  return extensions;
}
