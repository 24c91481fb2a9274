/**
 * What a description's cell becomes in an Office.js `values`/`formulas` array. Excel parses a
 * string set through Office.js as if typed: "=1+1" becomes a formula, "0012" the number 12,
 * "TRUE" a boolean, "2024-01-05" a date, "#REF!" an error. The description promises a string is
 * always text, so any string Excel might reinterpret gets Excel's quote prefix ("'"), which Excel
 * keeps out of the value. Plain words are written as they are, so cells do not all carry the
 * prefix flag.
 */
import {
  formulaInRow,
  isFormula,
  type CellContent,
} from "../../domain/template/WorkbookDescription";

/** Boolean words Excel recognises in the languages our users' Excel may run in. */
const BOOLEAN_WORDS = new Set([
  "true",
  "false",
  "sant",
  "falskt",
  "sann",
  "usann",
  "sand",
  "falsk",
  "wahr",
  "falsch",
  "vrai",
  "faux",
  "tosi",
  "epätosi",
]);

/**
 * True when Excel would keep the string as typed: it starts with a letter, holds no digit (no
 * date, time, number or cell-like text) and is not a boolean word. Everything else is prefixed;
 * the prefix never shows, so erring towards it costs nothing.
 */
export function isPlainText(text: string): boolean {
  return (
    /^\p{L}/u.test(text) && !/\p{Nd}/u.test(text) && !BOOLEAN_WORDS.has(text.trim().toLowerCase())
  );
}

/** "'0012" for "0012", "'=1+1" for "=1+1", "''quoted" for "'quoted" (Excel eats one "'"). */
export function asTextInput(text: string): string {
  return text === "" || isPlainText(text) ? text : `'${text}`;
}

/** The formula as Office.js's `formulas` wants it: English, with one leading "=". */
export function asFormulaInput(formula: string): string {
  return formula.startsWith("=") ? formula : `=${formula}`;
}

export type CellInput = string | number | boolean | null;

/**
 * One cell of a `values`/`formulas` array, for a cell in sheet row `row` (a RowFormulaCell is
 * spelled out for that row; runs of them are pasted instead where Excel can, see writeWorkbook).
 * null stays null: Office.js leaves such a cell as it is, as the file adapter leaves a cell it has
 * no value for. Throws RangeError for NaN/Infinity, which Excel cannot hold.
 */
export function toCellInput(content: CellContent, row: number, where: () => string): CellInput {
  if (content === null) return null;
  if (isFormula(content)) return asFormulaInput(formulaInRow(content, row) ?? "");
  if (typeof content === "string") return asTextInput(content);
  if (typeof content === "number" && !Number.isFinite(content))
    throw new RangeError(`Cannot write the number ${content} at ${where()}`);
  return content;
}

/** The rows as a rectangle `width` wide, padded with null (Office.js wants exact dimensions). */
export function toInputRows(
  rows: readonly (readonly CellContent[])[],
  width: number,
  firstRow: number,
  where: (row: number, col: number) => string
): CellInput[][] {
  return rows.map((row, r) =>
    Array.from({ length: width }, (_, c) =>
      toCellInput(row[c] ?? null, firstRow + r, () => where(r, c))
    )
  );
}

export const hasFormula = (rows: readonly (readonly CellContent[])[]): boolean =>
  rows.some((row) => row.some(isFormula));
