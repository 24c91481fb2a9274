/**
 * What a source holds that is read differently from how it looks in Excel: macros not run, links
 * to other workbooks not followed, a list on a hidden sheet, hidden rows and columns read anyway.
 * Warnings on the file or sheet, never on a row, so they do not count against any initiative.
 */
import type { Issue } from "../issues";
import type { WorkbookData } from "../ports/WorkbookPort";
import type { InitiativeTable } from "../sheets/findInitiativeTable";
import { columnLetters } from "../sheets/columnLetters";
import { describeRuns } from "../text/numberRuns";

export function sourceNotices(
  workbook: WorkbookData,
  tables: readonly InitiativeTable[],
  file: string
): Issue[] {
  const issues: Issue[] = [];
  for (const notice of workbook.notices ?? [])
    issues.push({ code: notice, severity: "warning", location: { file } });
  for (const table of tables) {
    const { sheet } = table;
    const location = { file, sheet: sheet.name };
    // A sheet with two lists is one hidden sheet.
    const first = tables.find((t) => t.sheet.name === sheet.name) === table;
    if (sheet.visibility !== "visible" && first)
      issues.push({ code: "hidden_sheet", severity: "warning", location });
    const rows = (sheet.hiddenRows ?? []).filter((r) => r > table.headerRow && r <= table.lastRow);
    if (rows.length > 0) {
      issues.push({
        code: "hidden_rows",
        severity: "warning",
        location,
        details: { count: rows.length, rows: describeRuns(rows) },
      });
    }
    const mapped = new Set(table.columns.filter((c) => c.target !== null).map((c) => c.column));
    const columns = (sheet.hiddenColumns ?? []).filter((c) => mapped.has(c));
    if (columns.length > 0 && first) {
      issues.push({
        code: "hidden_columns",
        severity: "warning",
        location,
        details: { columns: describeRuns(columns, columnLetters) },
      });
    }
  }
  return issues;
}
