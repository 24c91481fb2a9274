/**
 * Turns the rows under a header into initiatives. A row with content becomes an initiative or a
 * skipped row with its reason; blank rows (or rows where only computed columns show "") are ignored.
 */
import { field, isFieldKey, type FieldKey } from "../fields";
import type { Initiative, FieldValue } from "../initiative";
import type { Issue, ParseResult } from "../issues";
import type { Parameters } from "../parameters/Parameters";
import type { CellValue } from "../ports/WorkbookPort";
import { parseAmount } from "../parse/amount";
import { parseDate } from "../parse/date";
import { parseHours } from "../parse/hours";
import { parseListValue } from "../parse/listValue";
import { parseScore, parseText } from "../parse/text";
import { asciiDigits, normalizeHeader } from "../text/normalize";
import { cellText } from "./cellText";
import { columnLetters } from "./columnLetters";
import type { InitiativeTable } from "./findInitiativeTable";
import type { ColumnMapping } from "./mapHeaders";

export type SkipReason = "total_row" | "repeated_header";

export interface SkippedRow {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
  readonly reason: SkipReason;
  /** The row's first text, so the reader recognises it. */
  readonly text: string;
}

export interface ReadResult {
  readonly initiatives: Initiative[];
  readonly skipped: SkippedRow[];
  readonly issues: Issue[];
}

const TOTAL_WORDS = /^(summa|summering|totalt?|totalsumma|delsumma|sum|total|totals|grand total)\b/;

function parseCell(
  mapping: ColumnMapping,
  cell: CellValue,
  parameters: Parameters,
  date1904: boolean
): ParseResult<FieldValue> {
  const target = mapping.target;
  if (target && target.startsWith("score:")) return parseScore(cell);
  if (!target || !isFieldKey(target)) return { value: null };
  const def = field(target);
  switch (def.type) {
    case "text":
      return parseText(cell);
    case "amount":
      return parseAmount(cell, mapping.multiplier);
    case "hours":
      return parseHours(cell);
    case "date":
      return parseDate(cell, date1904);
    case "list":
      return parseListValue(cell, def.list ?? "status", parameters.lists[def.list ?? "status"]);
  }
}

export function readInitiatives(
  table: InitiativeTable,
  file: string,
  parameters: Parameters,
  date1904: boolean
): ReadResult {
  const { sheet } = table;
  const initiatives: Initiative[] = [];
  const skipped: SkippedRow[] = [];
  const issues: Issue[] = [];
  const input = table.columns.filter((c) => !c.target?.startsWith("computed:"));
  const headerWords = new Map(
    table.columns.map((c) => {
      const text = normalizeHeader(c.header);
      return [c.column, { text, digits: asciiDigits(text) }];
    })
  );
  const mapped = table.columns.flatMap((mapping) => {
    const target = mapping.target;
    return target && !target.startsWith("computed:")
      ? [{ mapping, target, letters: columnLetters(mapping.column) }]
      : [];
  });
  const nameColumn = table.columns.find((c) => c.target === "name");

  for (let row = table.headerRow + 1; row <= table.lastRow; row++) {
    const cells = sheet.values[row - sheet.top] ?? [];
    const at = (column: number): CellValue => cells[column - sheet.left] ?? null;
    // Each cell's text once per row: the classification below looks at it several ways.
    const filled: { column: ColumnMapping; text: string }[] = [];
    for (const column of input) {
      const text = cellText(at(column.column));
      if (text !== "") filled.push({ column, text });
    }
    if (filled.length === 0) continue;

    const texts = filled.map((f) => f.text);
    const repeats = filled.filter((f) => {
      const words = headerWords.get(f.column.column);
      // A digit count that differs settles it cheaply (amounts, dates and numbered names would
      // otherwise each be normalised once).
      return (
        f.column.header &&
        words !== undefined &&
        asciiDigits(f.text) === words.digits &&
        normalizeHeader(f.text) === words.text
      );
    });
    if (repeats.length >= Math.min(3, filled.length) && repeats.length >= 2) {
      skipped.push({
        file,
        sheet: sheet.name,
        row,
        reason: "repeated_header",
        text: texts.join(" | "),
      });
      continue;
    }
    const label =
      normalizeHeader(nameColumn ? cellText(at(nameColumn.column)) : "") ||
      normalizeHeader(texts[0] ?? "");
    if (TOTAL_WORDS.test(label) || TOTAL_WORDS.test(normalizeHeader(texts[0] ?? ""))) {
      skipped.push({ file, sheet: sheet.name, row, reason: "total_row", text: texts.join(" | ") });
      continue;
    }

    const values: Partial<Record<FieldKey, FieldValue>> = {};
    const scores: Record<string, number | null> = {};
    const columns: Record<string, string> = {};
    const unreadable: string[] = [];
    for (const { mapping, target, letters } of mapped) {
      columns[target] = letters;
      const cell = at(mapping.column);
      const result = parseCell(mapping, cell, parameters, date1904);
      if (result.problem) {
        issues.push({
          code: result.problem.code,
          severity: result.problem.severity,
          location: { file, sheet: sheet.name, row, column: letters, field: target },
          input: cellText(cell),
          ...(result.problem.details ? { details: result.problem.details } : {}),
        });
        if (result.value === null) unreadable.push(target);
      }
      if (target.startsWith("score:")) {
        scores[target.slice("score:".length)] =
          typeof result.value === "number" ? result.value : null;
      } else if (result.value !== null && isFieldKey(target)) {
        values[target] = result.value;
      }
    }
    for (const criterion of parameters.criteria) scores[criterion.key] ??= null;
    if (values.forvaltning === undefined && parameters.forvaltning)
      values.forvaltning = parameters.forvaltning;
    initiatives.push({
      source: { file, sheet: sheet.name, row },
      values,
      scores,
      columns,
      unreadable,
    });
  }
  return { initiatives, skipped, issues };
}
