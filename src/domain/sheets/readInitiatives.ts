/**
 * Turns the rows under a header into initiatives. A row with content becomes an initiative or a
 * skipped row with its reason; blank rows (or rows where only computed columns show "") are ignored.
 */
import { field, isFieldKey, type FieldKey } from "../fields";
import type { Initiative, FieldValue } from "../initiative";
import { ok, type Issue, type ParseResult } from "../issues";
import { forvaltningOfNamnd, namedForvaltning } from "../consolidation/inferForvaltning";
import type { Parameters } from "../parameters/Parameters";
import type { CellValue } from "../ports/WorkbookPort";
import { parseAmountCell } from "../parse/amount";
import { parseDate } from "../parse/date";
import { parseHours } from "../parse/hours";
import { parseListValue } from "../parse/listValue";
import { parseScore, parseText } from "../parse/text";
import { asciiDigits, normalizeHeader } from "../text/normalize";
import { cellText } from "./cellText";
import { columnLetters } from "./columnLetters";
import type { InitiativeTable } from "./findInitiativeTable";
import type { ColumnMapping } from "./mapHeaders";
import type { Need } from "../need";
import type { SheetGrid } from "../ports/WorkbookPort";
import { mergesOf } from "./grid";
import { readsAsHeading } from "./sectionHeading";
import { isCode, isTickColumn } from "./valueProfile";

/** What an empty cell in a column of ticks means. */
const DOCUMENT_MISSING = "Saknas";

export type SkipReason = "total_row" | "repeated_header" | "section_heading";

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
  /** The rows of a needs list (table kind "needs"). */
  readonly needs: Need[];
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

type CellParser = (cell: CellValue, format: string | null) => ParseResult<FieldValue>;

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
      return (cell, format) => parseAmountCell(cell, format, mapping);
    case "hours":
      return parseHours;
    case "date":
      return (cell) => parseDate(cell, date1904);
    case "list": {
      const list = def.list ?? "status";
      const allowed = parameters.lists[list];
      if (list !== "forvaltning") return (cell) => parseListValue(cell, list, allowed);
      // "BUF", "Kommun/Socialförvaltningen/IFO", "Miljönämnden": the förvaltning the cell names.
      return (cell) => {
        const read = parseListValue(cell, list, allowed);
        if (read.value !== null || typeof cell !== "string") return read;
        const named = namedForvaltning(cell, allowed) ?? forvaltningOfNamnd(cell, allowed);
        return named ? ok(named) : read;
      };
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
      // Under a group header the repeated row holds the sub-headers only.
      const text = normalizeHeader(c.sub ?? c.header);
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
            // In a column of ticks an empty cell is "Saknas", not a cell nobody filled in.
            unticked:
              isFieldKey(target) &&
              field(target).list === "dokumentation" &&
              isTickColumn(sheet, mapping.column, table.headerRow + 1, table.lastRow)
                ? DOCUMENT_MISSING
                : null,
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

  const mergedDown = mergedValuesBelow(sheet, table.headerRow, table.lastRow);
  const headings = headingContext(table, input);
  const needs: Need[] = [];

  for (let row = table.headerRow + 1; row <= table.lastRow; row++) {
    const cells = sheet.values[row - sheet.top] ?? [];
    const formats = sheet.numberFormats[row - sheet.top];
    const merged = mergedDown?.get(row);
    const at = (column: number): CellValue =>
      merged?.get(column) ?? cells[column - sheet.left] ?? null;
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
    if (filled === 1 && isSectionHeading(headings, row, cells)) {
      skipped.push({
        file,
        sheet: sheet.name,
        row,
        reason: "section_heading",
        text: rowText(cells),
      });
      continue;
    }
    if (table.kind === "needs") {
      needs.push(readNeed(table, { file, sheet: sheet.name, row }, at));
      continue;
    }

    const values: Partial<Record<FieldKey, FieldValue>> = {};
    const scores: Record<string, number | null> = {};
    const unreadable: string[] = [];
    for (const { mapping, target, letters, parse, score, field, unticked } of mapped) {
      const cell = at(mapping.column) ?? unticked;
      const result = parse(cell, formats?.[mapping.column - sheet.left] ?? null);
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
  return { initiatives, needs, skipped, issues };
}

/**
 * Values merged down over several data rows (Ansvarig over a group of rows): each row of the
 * merge, in the merge's first column, shows the merge's value. Null when the list has none.
 */
function mergedValuesBelow(
  sheet: SheetGrid,
  headerRow: number,
  lastRow: number
): Map<number, Map<number, CellValue>> | null {
  if (!sheet.merges || sheet.merges.length === 0) return null;
  const byRow = new Map<number, Map<number, CellValue>>();
  for (const box of sheet.merges) {
    if (box.bottom === box.top || box.top <= headerRow || box.top > lastRow) continue;
    const value = sheet.values[box.top - sheet.top]?.[box.left - sheet.left] ?? null;
    if (value === null) continue;
    for (let row = box.top + 1; row <= Math.min(box.bottom, lastRow); row++) {
      const cells = byRow.get(row) ?? new Map<number, CellValue>();
      cells.set(box.left, value);
      byRow.set(row, cells);
    }
  }
  return byRow.size > 0 ? byRow : null;
}

/** What tells a heading inside a list from an initiative with only a name, worked out per table. */
interface HeadingContext {
  readonly sheet: SheetGrid;
  readonly input: readonly ColumnMapping[];
  readonly firstColumn: number;
  readonly nameColumn: ColumnMapping | undefined;
  /** The list gives nearly every row an ID: a lone text without one heads a group of rows. */
  readonly idsUsual: () => boolean;
  readonly lastRow: number;
}

const contentCount = (sheet: SheetGrid, row: number, input: readonly ColumnMapping[]): number =>
  input.filter(
    (c) => cellText(sheet.values[row - sheet.top]?.[c.column - sheet.left] ?? null) !== ""
  ).length;

function headingContext(table: InitiativeTable, input: readonly ColumnMapping[]): HeadingContext {
  const { sheet } = table;
  const idColumn = table.columns.find((c) => c.target === "id");
  let idsUsual: boolean | undefined;
  // Worked out only when a lone text in the name column asks: most lists never do.
  const countIds = (): boolean => {
    if (!idColumn) return false;
    let rows = 0;
    let withId = 0;
    for (let row = table.headerRow + 1; row <= table.lastRow; row++) {
      if (contentCount(sheet, row, input) < 2) continue;
      // Subtotals and totals have no ID of their own.
      const cells = sheet.values[row - sheet.top] ?? [];
      if (input.some((c) => isTotal(cellText(cells[c.column - sheet.left] ?? null)))) continue;
      rows++;
      if (cellText(cells[idColumn.column - sheet.left] ?? null) !== "") withId++;
    }
    return rows >= 3 && withId >= 0.8 * rows;
  };
  return {
    sheet,
    input,
    firstColumn: Math.min(...input.map((c) => c.column)),
    nameColumn: table.columns.find((c) => c.target === "name"),
    idsUsual: () => (idsUsual ??= countIds()),
    lastRow: table.lastRow,
  };
}

/** Whether the next row with content below `row` is a row of data (two cells or more). */
function dataFollows(context: HeadingContext, row: number): boolean {
  for (let next = row + 1; next <= context.lastRow; next++) {
    const count = contentCount(context.sheet, next, context.input);
    if (count > 0) return count >= 2;
  }
  return false;
}

/**
 * A row whose only content is a heading over the rows below: a text merged across the list, or
 * in its first column, that is not a name; in the name column, one that reads as a heading or
 * heads a group of rows in a list where every initiative has an ID.
 */
function isSectionHeading(
  context: HeadingContext,
  row: number,
  cells: readonly CellValue[]
): boolean {
  const { sheet, input, firstColumn, nameColumn } = context;
  const column = input.find((c) => cellText(cells[c.column - sheet.left] ?? null) !== "");
  const cell = column ? cells[column.column - sheet.left] : null;
  if (!column || typeof cell !== "string") return false;
  const box = mergesOf(sheet).boxAt(row, column.column);
  const across = box !== undefined && box.right > box.left && box.top === box.bottom;
  if (column === nameColumn && !across)
    return readsAsHeading(cell) || (context.idsUsual() && dataFollows(context, row));
  if (!across && column.column !== firstColumn) return false;
  // A lone code in the ID column is an initiative with only its ID; words there are a heading.
  return column.target !== "id" || !isCode(cell);
}

const NEED_FIELDS = { behovVem: "vem", behovVad: "vad", behovVarfor: "varfor" } as const;

/** One row of a needs list: who, what, why, its förvaltning if it names one, and every other text. */
function readNeed(
  table: InitiativeTable,
  source: Need["source"],
  at: (column: number) => CellValue
): Need {
  const need: { vem: string | null; vad: string | null; varfor: string | null } = {
    vem: null,
    vad: null,
    varfor: null,
  };
  let forvaltning: string | null = null;
  const other: { header: string; text: string }[] = [];
  for (const column of table.columns) {
    const text = cellText(at(column.column));
    if (text === "") continue;
    const key = column.target as keyof typeof NEED_FIELDS | null;
    if (key && key in NEED_FIELDS && need[NEED_FIELDS[key]] === null) need[NEED_FIELDS[key]] = text;
    else if (column.target === "forvaltning" && forvaltning === null) forvaltning = text;
    else other.push({ header: column.header, text });
  }
  return { source, ...need, forvaltning, other };
}
