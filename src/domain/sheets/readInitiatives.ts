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
/**
 * Every total word holds "sum" or "tot", and normalising a text only lower-cases it and drops
 * invisible characters between letters: a text without either is no total, and is not normalised
 * (a list's names are all different, so each would be).
 */
const MAY_BE_TOTAL =
  /s[\u00AD\u200B-\u200D\u2060\uFEFF]*u[\u00AD\u200B-\u200D\u2060\uFEFF]*m|t[\u00AD\u200B-\u200D\u2060\uFEFF]*o[\u00AD\u200B-\u200D\u2060\uFEFF]*t/i;

/** A total row's label (its name, or its first text): "Summa", "Totalt", "Delsumma" … */
const isTotal = (text: string): boolean =>
  MAY_BE_TOTAL.test(text) && TOTAL_WORDS.test(normalizeHeader(text));

type CellParser = (cell: CellValue) => ParseResult<FieldValue>;

const UNUSED: ParseResult<FieldValue> = { value: null };

/** How one column's cells are read, chosen once per column rather than per cell. */
function parserFor(mapping: ColumnMapping, parameters: Parameters, date1904: boolean): CellParser {
  const target = mapping.target;
  if (target && target.startsWith("score:")) return parseScore;
  if (!target || !isFieldKey(target)) return () => UNUSED;
  const def = field(target);
  switch (def.type) {
    case "text":
      return parseText;
    case "amount":
      return (cell) => parseAmount(cell, mapping.multiplier);
    case "hours":
      return parseHours;
    case "date":
      return (cell) => parseDate(cell, date1904);
    case "list": {
      const list = def.list ?? "status";
      return (cell) => parseListValue(cell, list, parameters.lists[list]);
    }
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
      ? [
          {
            mapping,
            target,
            letters: columnLetters(mapping.column),
            parse: parserFor(mapping, parameters, date1904),
            score: target.startsWith("score:") ? target.slice("score:".length) : null,
            field: isFieldKey(target) ? target : null,
          },
        ]
      : [];
  });
  const nameColumn = table.columns.find((c) => c.target === "name");
  // The same for every row of the table, so one object serves them all.
  const columns: Readonly<Record<string, string>> = Object.fromEntries(
    mapped.map(({ target, letters }) => [target, letters])
  );

  /** The texts of a row's cells with content, for a skipped row's message. */
  const rowText = (cells: readonly CellValue[]): string =>
    input
      .map((column) => cellText(cells[column.column - sheet.left] ?? null))
      .filter((text) => text !== "")
      .join(" | ");

  for (let row = table.headerRow + 1; row <= table.lastRow; row++) {
    const cells = sheet.values[row - sheet.top] ?? [];
    const at = (column: number): CellValue => cells[column - sheet.left] ?? null;
    // Classify the row in one pass over its cells, without a text for every number in it.
    let filled = 0;
    let repeats = 0;
    let first: string | null = null;
    for (const column of input) {
      const cell = at(column.column);
      if (cell === null) continue;
      const number = typeof cell === "number";
      const text = number ? null : cellText(cell);
      if (text === "") continue;
      filled++;
      first ??= text ?? String(cell);
      const words = column.header ? headerWords.get(column.column) : undefined;
      // A digit count that differs settles it cheaply: a number has digits, most headers none.
      if (words === undefined || (number && words.digits === 0)) continue;
      const seen = text ?? String(cell);
      if (asciiDigits(seen) === words.digits && normalizeHeader(seen) === words.text) repeats++;
    }
    if (filled === 0) continue;

    if (repeats >= Math.min(3, filled) && repeats >= 2) {
      skipped.push({
        file,
        sheet: sheet.name,
        row,
        reason: "repeated_header",
        text: rowText(cells),
      });
      continue;
    }
    if (isTotal(nameColumn ? cellText(at(nameColumn.column)) : "") || isTotal(first ?? "")) {
      skipped.push({ file, sheet: sheet.name, row, reason: "total_row", text: rowText(cells) });
      continue;
    }

    const values: Partial<Record<FieldKey, FieldValue>> = {};
    const scores: Record<string, number | null> = {};
    const unreadable: string[] = [];
    for (const { mapping, target, letters, parse, score, field } of mapped) {
      const cell = at(mapping.column);
      const result = parse(cell);
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
      if (score !== null) {
        scores[score] = typeof result.value === "number" ? result.value : null;
      } else if (result.value !== null && field !== null) {
        values[field] = result.value;
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
