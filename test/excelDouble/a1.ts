/** A1 addressing for the Excel double: boxes of 1-based cells, parsing and printing addresses. */
import { columnLetters, columnNumber } from "../../src/domain/sheets/columnLetters";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle of cells, 1-based and inclusive, as Excel shows rows and columns. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const boxRows = (b: Box): number => b.bottom - b.top + 1;
export const boxColumns = (b: Box): number => b.right - b.left + 1;

export function insideSheet(b: Box): boolean {
  return b.top >= 1 && b.left >= 1 && b.bottom <= MAX_ROWS && b.right <= MAX_COLUMNS && b.top <= b.bottom && b.left <= b.right;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Excel quotes a sheet name unless it is a plain ASCII identifier that cannot be read as a cell. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) && !/^[Rr][0-9]*[Cc][0-9]*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

function cellRef(row: number, col: number, absolute: boolean): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(col)}${d}${row}`;
}

/** "Blad1!A1:C3", "'Portfölj'!B2"; whole columns and rows print as Excel prints them ("A:C", "2:5"). */
export function formatAddress(sheet: string | null, b: Box, absolute = false): string {
  const d = absolute ? "$" : "";
  let local: string;
  if (b.top === 1 && b.bottom === MAX_ROWS && !(b.left === 1 && b.right === MAX_COLUMNS))
    local = `${d}${columnLetters(b.left)}:${d}${columnLetters(b.right)}`;
  else if (b.left === 1 && b.right === MAX_COLUMNS) local = `${d}${b.top}:${d}${b.bottom}`;
  else if (b.top === b.bottom && b.left === b.right) local = cellRef(b.top, b.left, absolute);
  else local = `${cellRef(b.top, b.left, absolute)}:${cellRef(b.bottom, b.right, absolute)}`;
  return sheet === null ? local : `${quoteSheetName(sheet)}!${local}`;
}

/** Parses "A1", "A1:C3", "$A$1", "A:C", "2:5", optionally with a (quoted) sheet name; null when malformed. */
export function parseAddress(address: string): { sheet: string | null; box: Box } | null {
  const m = /^(?:(?:'((?:[^']|'')+)'|([^'!:]+))!)?(.+)$/.exec(address.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
  const parts = m[3]!.replace(/\$/g, "").toUpperCase().split(":");
  if (parts.length > 2) return null;
  const cells = parts.map((p) => /^([A-Z]{1,3})?([0-9]{1,7})?$/.exec(p));
  if (cells.some((c) => c === null || (c[1] === undefined && c[2] === undefined))) return null;
  const [a, z] = [cells[0]!, cells[cells.length - 1]!];
  // A part is a whole column ("A"), a whole row ("2") or a cell ("A2"); both ends must be of one kind.
  const kind = (c: RegExpExecArray) => (c[1] && c[2] ? "cell" : c[1] ? "col" : "row");
  if (kind(a) !== kind(z) || (parts.length === 1 && kind(a) !== "cell")) return null;
  const col = (c: RegExpExecArray, dflt: number) => (c[1] ? columnNumber(c[1]) : dflt);
  const row = (c: RegExpExecArray, dflt: number) => (c[2] ? Number(c[2]) : dflt);
  const box = {
    top: Math.min(row(a, 1), row(z, 1)),
    bottom: Math.max(row(a, MAX_ROWS), row(z, MAX_ROWS)),
    left: Math.min(col(a, 1), col(z, 1)),
    right: Math.max(col(a, MAX_COLUMNS), col(z, MAX_COLUMNS)),
  };
  return insideSheet(box) ? { sheet, box } : null;
}

/** A cell reference in a formula: not part of a name, a number or a function call ("LOG10("). */
const FORMULA_REFERENCE = /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(])/g;

/**
 * The formula as Excel pastes it `rows` down and `columns` right: relative references move,
 * "$" parts stay. String literals and quoted sheet names are left alone. Enough for the formulas
 * the add-in writes (A1 references, names, functions); R1C1 and structured references are not
 * parsed.
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(FORMULA_REFERENCE, (_, colAbs: string, letters: string, rowAbs: string, digits: string) => {
            const col = colAbs ? columnNumber(letters) : columnNumber(letters) + columns;
            const row = rowAbs ? Number(digits) : Number(digits) + rows;
            if (col < 1 || row < 1 || col > MAX_COLUMNS || row > MAX_ROWS) return "#REF!";
            return `${colAbs}${columnLetters(col)}${rowAbs}${row}`;
          })
    )
    .join("");
}

/** Characters that end an unquoted sheet name in a formula ("Blad1!A1", "=SUM(Data!A:A)"). */
const UNQUOTED_SHEET = /^[^\s!'"(),;:=+\-*/&<>^%{}#$]+(?=!)/;

/**
 * The formula with every reference to `sheet` (quoted or not, letter case ignored) pointed at
 * `renamed`, or turned into "#REF!" when `renamed` is null: what Excel does to formulas when a
 * sheet is renamed or deleted. String literals are left alone.
 */
export function replaceSheetReferences(formula: string, sheet: string, renamed: string | null): string {
  const same = (name: string) => name.toLowerCase() === sheet.toLowerCase();
  const replacement = renamed === null ? "#REF!" : `${quoteSheetName(renamed)}!`;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = "";
      while (j < formula.length) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") {
            name += "'";
            j += 2;
            continue;
          }
          break;
        }
        name += formula[j++];
      }
      const isReference = formula[j + 1] === "!";
      out += isReference && same(name) ? replacement : formula.slice(i, isReference ? j + 2 : j + 1);
      i = isReference ? j + 2 : j + 1;
      continue;
    }
    const before = i === 0 ? "=" : formula[i - 1]!;
    const match = /[\s=(,;+\-*/&<>^%:{]/.test(before) ? UNQUOTED_SHEET.exec(formula.slice(i)) : null;
    if (match) {
      out += same(match[0]) ? replacement : `${match[0]}!`;
      i += match[0].length + 1;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
