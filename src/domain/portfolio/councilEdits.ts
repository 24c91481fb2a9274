/**
 * Values the council typed over in Portfölj's standard columns, which this run replaces with what
 * the source says: each is reported on Avvikelser (council_edit_overwritten) with the value typed
 * and the value now written, so nothing the council wrote there goes unseen.
 *
 * A cell was typed over when it no longer matches what the run that wrote it put there (the row's
 * Kontrollsumma, rowFingerprint.ts); a cell that still matches holds the product's own value, and
 * a source that changed since is simply the new value. Nothing is reported for a row without a
 * readable Kontrollsumma (a portfolio from an older version), for a column the previous table did
 * not have or the fingerprint does not cover, or when the source now says what the council typed
 * (nothing is lost). Only the standard input columns count: the computed ones are formulas, and
 * the council's own columns are never overwritten.
 */
import type { PortfolioRow } from "../consolidation/Consolidation";
import { sourceKey } from "../consolidation/consolidate";
import type { Issue } from "../issues";
import type { Parameters } from "../parameters/Parameters";
import { isoFromSerial } from "../parse/date";
import type { CellValue } from "../ports/WorkbookPort";
import { columnLettersByKey, templateColumns } from "../template/initiativeColumns";
import type { CellContent } from "../template/WorkbookDescription";
import { PORTFOLIO_FINGERPRINT_HEADER, PORTFOLIO_SHEETS } from "./layout";
import type { PreviousRow } from "./readPreviousPortfolio";
import {
  canonicalCell,
  isAsWritten,
  readFingerprint,
  standardColumns,
  standardContent,
  type StandardColumn,
} from "./rowFingerprint";

/** A row of this run matched to a row of the previous portfolio. */
export interface RewrittenRow {
  readonly row: PortfolioRow;
  /** Its row on the new Portfölj, as Excel shows it. */
  readonly sheetRow: number;
  readonly before: PreviousRow;
}

/** Longest value quoted in a message; Avvikelser is for reading, the cell holds the rest. */
const QUOTE_LIMIT = 200;

/** A value as the message shows it: dates as yyyy-mm-dd, numbers as numbers, long texts cut. */
function shown(
  value: CellContent | CellValue | undefined,
  column: StandardColumn
): string | number {
  if (typeof value === "number" && Number.isFinite(value)) {
    const date = column.column.kind === "field" && column.column.field.type === "date";
    return date ? (isoFromSerial(value, false) ?? value) : value;
  }
  const text = canonicalCell(value);
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text;
}

export function councilEdits(rows: readonly RewrittenRow[], parameters: Parameters): Issue[] {
  const columns = standardColumns(parameters);
  const letters = columnLettersByKey(templateColumns(parameters));
  const issues: Issue[] = [];
  for (const { row, sheetRow, before } of rows) {
    const initiative = row.initiative;
    if (initiative === null) continue;
    const written = readFingerprint(before.cells[PORTFOLIO_FINGERPRINT_HEADER]);
    if (written === null) continue;
    for (const column of columns) {
      if (!Object.prototype.hasOwnProperty.call(before.cells, column.header)) continue;
      const typed = before.cells[column.header];
      if (isAsWritten(written, column.key, typed) !== false) continue;
      const now = standardContent(column.column, initiative);
      if (canonicalCell(now) === canonicalCell(typed)) continue;
      const { file, sheet, row: sourceRow } = initiative.source;
      const sourceColumn = initiative.columns[column.key] ?? "";
      issues.push({
        code: "council_edit_overwritten",
        severity: "warning",
        location: {
          sheet: PORTFOLIO_SHEETS.portfolio,
          row: sheetRow,
          ...(letters.has(column.key) ? { column: letters.get(column.key)! } : {}),
          field: column.key,
        },
        details: {
          portfolioId: row.id,
          typed: shown(typed, column),
          written: shown(now, column),
          source: `${sourceKey(file)} ${sheet}!${sourceColumn}${sourceRow}`,
        },
      });
    }
  }
  return issues;
}
