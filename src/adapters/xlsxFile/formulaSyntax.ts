/**
 * Just enough of Excel's A1 formula syntax, as stored in .xlsx (English function names, "," as
 * separator), to move a shared formula to another cell and to tell what a formula refers to:
 * its cells and ranges, other workbooks, functions and names. It does not evaluate anything.
 */

export type TokenKind =
  | "string"
  | "error"
  /** "Blad1!", "'Blad 2'!": the sheet of the reference that follows. */
  | "sheet"
  /** "[1]Blad1!", "'C:\x\[budget.xlsx]Blad1'!": a sheet of another workbook. */
  | "externalSheet"
  /** "[…]" anywhere else: a structured reference (Tabell[[#This Row],[X]]) or a link. */
  | "bracket"
  | "cell"
  | "columns"
  | "rows"
  | "number"
  | "function"
  | "name"
  | "operator"
  | "space"
  | "other";

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

// Order matters: the first pattern that matches at a position wins.
const PATTERNS: readonly [TokenKind, RegExp][] = [
  ["string", /"(?:[^"]|"")*"/y],
  ["error", /#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)/iy],
  ["externalSheet", /(?:'(?:[^']|'')*\[(?:[^']|'')*'|\[[^\]]*\][^!'"(),;:\s]*)!/y],
  ["sheet", /(?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!/y],
  ["bracket", /\[(?:[^[\]]|\[[^\]]*\])*\]/y],
  ["columns", /\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}(?![\w.(])/y],
  ["rows", /\$?\d{1,7}:\$?\d{1,7}(?![\w.(])/y],
  ["cell", /\$?[A-Za-z]{1,3}\$?\d{1,7}(?![\w.(\u00C0-\uFFFF])/y],
  ["number", /(?:\d+\.?\d*|\.\d+)(?:[Ee][+-]?\d+)?/y],
  ["function", /[A-Za-z_][\w.]*(?=\()/y],
  ["name", /[A-Za-z_\\\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*/y],
  ["operator", /<>|<=|>=|[-+*/^&=<>%(),:;{}]/y],
  ["space", /\s+/y],
];

export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let at = formula.startsWith("=") ? 1 : 0;
  while (at < formula.length) {
    let matched = false;
    for (const [kind, pattern] of PATTERNS) {
      pattern.lastIndex = at;
      const match = pattern.exec(formula);
      if (match && match[0].length > 0) {
        tokens.push({ kind, text: match[0] });
        at += match[0].length;
        matched = true;
        break;
      }
    }
    if (!matched) tokens.push({ kind: "other", text: formula[at++]! });
  }
  return tokens;
}

export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** One reference of a cell token: column and row (1-based), and which of them is absolute. */
export function parseCell(text: string): {
  col: number;
  row: number;
  absCol: boolean;
  absRow: boolean;
} {
  const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/.exec(text)!;
  return {
    absCol: m[1] === "$",
    col: columnNumber(m[2]!),
    absRow: m[3] === "$",
    row: Number(m[4]),
  };
}

/**
 * The formula as it reads `rows` down and `cols` right of where it is written, as Excel fills a
 * shared formula: relative parts of references move, "$" parts stay, text and other workbooks'
 * references are left alone. A reference moved off the sheet becomes #REF!.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  return rows === 0 && cols === 0 ? formula : shiftTokens(tokenize(formula), rows, cols);
}

const LETTERS: string[] = [];
const lettersOf = (col: number): string => (LETTERS[col] ??= columnLetters(col));

/**
 * shiftFormula compiled once for a formula: a shared formula's master is moved to each of its
 * (possibly hundreds of thousands of) cells with arithmetic on its parsed cell references only.
 */
export function compileShift(formula: string): (rows: number, cols: number) => string {
  const tokens = tokenize(formula);
  let external = false;
  const cells = tokens.map((t) => {
    const afterExternal = external;
    external = t.kind === "externalSheet";
    return t.kind === "cell" && !afterExternal ? parseCell(t.text) : null;
  });
  if (tokens.some((t, i) => (t.kind === "columns" || t.kind === "rows") && !cells[i]))
    return (rows, cols) => shiftTokens(tokens, rows, cols);
  const texts = tokens.map((t) => t.text);
  const at = cells.flatMap((c, i) => (c ? [i] : []));
  return (rows, cols) => {
    const out = texts.slice();
    for (const i of at) {
      const c = cells[i]!;
      const col = c.absCol ? c.col : c.col + cols;
      const row = c.absRow ? c.row : c.row + rows;
      out[i] =
        col < 1 || row < 1 || col > MAX_COLUMN || row > MAX_ROW
          ? "#REF!"
          : (c.absCol ? "$" : "") + lettersOf(col) + (c.absRow ? "$" : "") + row;
    }
    return out.join("");
  };
}

/** shiftFormula over tokens already made. */
export function shiftTokens(tokens: readonly Token[], rows: number, cols: number): string {
  let external = false;
  return tokens
    .map((t) => {
      const afterExternal = external;
      external = t.kind === "externalSheet";
      if (afterExternal) return t.text;
      if (t.kind === "cell") {
        const c = parseCell(t.text);
        const col = c.absCol ? c.col : c.col + cols;
        const row = c.absRow ? c.row : c.row + rows;
        if (col < 1 || row < 1 || col > MAX_COLUMN || row > MAX_ROW) return "#REF!";
        return `${c.absCol ? "$" : ""}${columnLetters(col)}${c.absRow ? "$" : ""}${row}`;
      }
      if (t.kind === "columns" && cols !== 0) {
        const ends = t.text.split(":").map((end) => {
          const abs = end.startsWith("$");
          const col = abs ? columnNumber(end.slice(1)) : columnNumber(end) + cols;
          return col < 1 || col > MAX_COLUMN ? null : `${abs ? "$" : ""}${columnLetters(col)}`;
        });
        return ends.includes(null) ? "#REF!" : ends.join(":");
      }
      if (t.kind === "rows" && rows !== 0) {
        const ends = t.text.split(":").map((end) => {
          const abs = end.startsWith("$");
          const row = abs ? Number(end.slice(1)) : Number(end) + rows;
          return row < 1 || row > MAX_ROW ? null : `${abs ? "$" : ""}${row}`;
        });
        return ends.includes(null) ? "#REF!" : ends.join(":");
      }
      return t.text;
    })
    .join("");
}

/** "'Blad 2'!" → "Blad 2", "Indata!" → "Indata". */
export function sheetOf(token: Token): string {
  const name = token.text.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

export interface Reference {
  /** Null: the formula's own sheet. */
  readonly sheet: string | null;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * The cells and ranges a formula refers to on this workbook's sheets (whole columns and rows as
 * boxes over the sheet), in order. Another workbook's references are not among them.
 */
export function referencesOf(tokens: readonly Token[]): Reference[] {
  const refs: Reference[] = [];
  let sheet: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === "sheet") {
      sheet = sheetOf(t);
      continue;
    }
    if (t.kind === "externalSheet") {
      i++; // the reference that follows is in another workbook
      if (tokens[i + 1]?.text === ":") i += 2;
      sheet = null;
      continue;
    }
    if (t.kind === "cell") {
      const a = parseCell(t.text);
      let b = a;
      if (tokens[i + 1]?.text === ":" && tokens[i + 2]?.kind === "cell") {
        b = parseCell(tokens[i + 2]!.text);
        i += 2;
      }
      refs.push({
        sheet,
        top: Math.min(a.row, b.row),
        bottom: Math.max(a.row, b.row),
        left: Math.min(a.col, b.col),
        right: Math.max(a.col, b.col),
      });
    } else if (t.kind === "columns") {
      const [l, r] = t.text.split(":").map((e) => columnNumber(e.replace("$", "")));
      refs.push({
        sheet,
        top: 1,
        bottom: MAX_ROW,
        left: Math.min(l!, r!),
        right: Math.max(l!, r!),
      });
    } else if (t.kind === "rows") {
      const [a, b] = t.text.split(":").map((e) => Number(e.replace("$", "")));
      refs.push({
        sheet,
        top: Math.min(a!, b!),
        bottom: Math.max(a!, b!),
        left: 1,
        right: MAX_COLUMN,
      });
    }
    if (t.kind !== "space") sheet = null;
  }
  return refs;
}

/** The name of a function as Excel shows it: "_xlfn.CONCAT" → "CONCAT". */
export const functionName = (text: string): string =>
  text
    .replace(/^_xl(?:fn|ws)\./i, "")
    .replace(/^_xlfn\./i, "")
    .toUpperCase();

/**
 * The formula as Excel shows it: without the "_xlfn." prefixes newer functions carry in the file
 * (a plain replace: it runs on every value-less formula, and such a prefix inside text is rare).
 */
export const displayFormula = (formula: string): string =>
  `=${formula.replace(/\b_xl(?:fn|ws)\./gi, "")}`;
