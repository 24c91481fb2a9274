/**
 * What a column's values look like, so they can confirm or overturn what its header says: codes
 * ("IT-25-01", "2024-03"), names and other prose, document states ("Genomförd", "Saknas", "X",
 * "Ja"), scores 1–5, percentages.
 */
import { field, isFieldKey } from "../fields";
import type { ParseResult } from "../issues";
import { CLOSED_LISTS, DEFAULT_LISTS } from "../lists";
import { parseAmountCell } from "../parse/amount";
import { parseDate } from "../parse/date";
import { parseHours } from "../parse/hours";
import { parseScore } from "../parse/text";
import { cleanCellText } from "../parse/cellText";
import { parseListValue } from "../parse/listValue";
import { unitFromNumberFormat } from "../parse/units";
import type { CellValue, SheetGrid } from "../ports/WorkbookPort";
import type { ColumnMapping } from "./mapHeaders";
import { cellAt, formatAt } from "./grid";

export interface ValueProfile {
  /** Cells with content looked at. */
  readonly count: number;
  readonly codes: number;
  readonly prose: number;
  readonly documentStates: number;
  readonly scores: number;
  readonly percents: number;
  /** Texts that read as a person's name: "Eva Nordin", "Per-Erik Alm". */
  readonly persons: number;
}

/** Enough rows to see what a column holds; a long list says nothing more. */
const SAMPLE = 200;

/** One token with a digit and no spaces: "IT-25-01", "2024-03", "BUF/2023:14", "MF-2022-01", "001". */
const CODE = /^(?=[^\s]*\d)[\p{L}\d]{1,12}(?:[-/_.:][\p{L}\d]{1,12}){0,4}$/u;
/** Words with at least two letters each side by side, or one longer word: "Digitalt bygglov", "Wellbee". */
const PROSE = /\p{L}{2,}.*\s.*\p{L}|^\p{L}[\p{L}-]{3,}$/u;
/** Whether a text reads as a code (an ID), not as words. */
export const isCode = (text: string): boolean => CODE.test(text.trim());

/** Two capitalised words, a hyphenated first name allowed: how a person's name is written. */
const PERSON = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

const PERCENT = /^[-+−]?\d+(?:[ .,]\d+)*\s*%$/;

export function profileColumn(
  grid: SheetGrid,
  column: number,
  firstRow: number,
  lastRow: number
): ValueProfile {
  let count = 0;
  let codes = 0;
  let prose = 0;
  let documentStates = 0;
  let scores = 0;
  let percents = 0;
  let persons = 0;
  for (let row = firstRow; row <= lastRow && count < SAMPLE; row++) {
    const cell = cellAt(grid, row, column);
    if (cell === null || typeof cell === "object") continue;
    if (typeof cell === "number") {
      count++;
      if (unitFromNumberFormat(formatAt(grid, row, column)).percent) percents++;
      else if (Number.isInteger(cell) && cell >= 1 && cell <= 5) scores++;
      continue;
    }
    const text = cleanCellText(String(cell));
    if (text === "") continue;
    count++;
    if (PERCENT.test(text)) percents++;
    else if (/^[1-5]$/.test(text)) scores++;
    if (parseListValue(text, "dokumentation", DEFAULT_LISTS.dokumentation).problem === undefined)
      documentStates++;
    else if (CODE.test(text)) codes++;
    else if (PROSE.test(text)) prose++;
    if (PERSON.test(text)) persons++;
  }
  return { count, codes, prose, documentStates, scores, percents, persons };
}

/** Whether most of a profile's cells are of one kind (at least 2 cells, 80 %). */
export const mostly = (profile: ValueProfile, kind: number): boolean =>
  profile.count >= 2 && kind >= 0.8 * profile.count;

/** Ticks people put in a checkbox column: a cell left empty there says "no". */
const MARKS = new Set(["x", "✓", "✔", "☑", "*"]);

/**
 * Whether a column is filled like a checkbox: every cell with content a tick ("X", "✓") and at
 * least one there. Then an empty cell is a "no", not a cell nobody filled in.
 */
export function isTickColumn(
  grid: SheetGrid,
  column: number,
  firstRow: number,
  lastRow: number
): boolean {
  let ticks = 0;
  for (let row = firstRow; row <= lastRow; row++) {
    const cell = cellAt(grid, row, column);
    if (cell === null) continue;
    const text = typeof cell === "string" ? cleanCellText(cell).toLowerCase() : null;
    if (text === "") continue;
    if (text === null || !MARKS.has(text)) return false;
    ticks++;
  }
  return ticks > 0;
}

/** What a column of each type must hold; null for free text, which any value is. */
function parserOf(
  mapping: ColumnMapping
): ((cell: CellValue, format: string | null) => boolean) | null {
  const target = mapping.target;
  if (!target) return null;
  const readable = (result: ParseResult<unknown>) =>
    result.problem === undefined || result.problem.severity === "warning";
  if (target.startsWith("score:")) return (cell) => readable(parseScore(cell));
  if (!isFieldKey(target)) return null;
  const def = field(target);
  switch (def.type) {
    case "amount":
      return (cell, format) => readable(parseAmountCell(cell, format, mapping));
    case "hours":
      return (cell) => readable(parseHours(cell));
    case "date":
      return (cell) => readable(parseDate(cell, false));
    case "list":
      // Open lists (förvaltningar, strategies) take any word; closed ones only theirs.
      return def.list && CLOSED_LISTS.has(def.list)
        ? (cell) => readable(parseListValue(cell, def.list!, DEFAULT_LISTS[def.list!]))
        : null;
    case "text":
      return null;
  }
}

/**
 * The share of the column's values (up to SAMPLE) its field's parser reads; null for a free-text
 * column or one without values.
 */
export function readableShare(
  grid: SheetGrid,
  mapping: ColumnMapping,
  firstRow: number,
  lastRow: number
): number | null {
  const parse = parserOf(mapping);
  if (!parse) return null;
  let count = 0;
  let read = 0;
  for (let row = firstRow; row <= lastRow && count < SAMPLE; row++) {
    const cell = cellAt(grid, row, mapping.column);
    if (cell === null || (typeof cell === "string" && cleanCellText(cell) === "")) continue;
    count++;
    if (parse(cell, formatAt(grid, row, mapping.column))) read++;
  }
  return count === 0 ? null : read / count;
}
