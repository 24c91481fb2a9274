/**
 * Works out formulas saved without a value (system exports and generated files write them so)
 * that refer only to the workbook's own cells, with xlsx-calc and @formulajs/formulajs (both MIT,
 * no eval; README, "Formulas saved without a value", says why these and what was measured).
 *
 * A cell that has a saved value keeps it: only value-less formula cells are passed in. Each gets
 * its computed value (number, text, boolean, or an error as Excel shows it), or noSavedValue(formula)
 * when it cannot be worked out from the file alone or not trusted: it refers to another workbook,
 * uses a structured reference, an array constant, an unknown function or name, sits in a circle,
 * depends on such a cell, makes the engine fail, or gives what Excel would not. Bounded: past
 * `maxFormulasEvaluated` formulas in a workbook none is worked out, and past `maxFormulaCellReads`
 * cell reads the rest are left.
 */
import * as formulajs from "@formulajs/formulajs";
import * as XLSX from "@e965/xlsx";
import XLSX_CALC from "xlsx-calc";
import rawFunctions from "xlsx-calc/src/formulas-raw.js";
import {
  isCellError,
  noSavedValue,
  type CellValue,
  type DefinedName,
} from "../../domain/ports/WorkbookPort";
import type { ValuelessFormula } from "./formulaCells";
import {
  columnLetters,
  displayFormula,
  functionName,
  referencesOf,
  tokenize,
  type Reference,
  type Token,
} from "./formulaSyntax";
import type { ReadLimits } from "./ReadLimits";

export interface FormulaSheet {
  readonly name: string;
  /** The sheet's grid: read from, and the results written into (1-based top and left). */
  readonly grid: { readonly top: number; readonly left: number; readonly values: CellValue[][] };
  readonly formulas: readonly ValuelessFormula[];
}

export interface EvaluationOutcome {
  /** Formulas given a value (an error value included). */
  readonly evaluated: number;
  /** Formulas left as noSavedValue. */
  readonly declined: number;
}

export type FormulaLimits = Pick<ReadLimits, "maxFormulasEvaluated" | "maxFormulaCellReads">;

/** Every value-less formula as noSavedValue, where the grids have its cell. */
export function declineAll(sheets: readonly FormulaSheet[]): void {
  for (const { grid, formulas } of sheets)
    for (const f of formulas) {
      const row = grid.values[f.row - grid.top];
      if (row && f.col - grid.left >= 0 && f.col - grid.left < row.length)
        row[f.col - grid.left] = noSavedValue(displayFormula(f.formula));
    }
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

/** formulajs gives dates as Date objects (local time); Excel's are serial numbers. */
function serialDates(fn: (...args: unknown[]) => unknown) {
  return (...args: unknown[]): unknown => {
    const result = fn(...args);
    if (!(result instanceof Date)) return result;
    const time = Date.UTC(
      result.getFullYear(),
      result.getMonth(),
      result.getDate(),
      result.getHours(),
      result.getMinutes(),
      result.getSeconds(),
      result.getMilliseconds()
    );
    return (time - EPOCH_1900) / MS_PER_DAY;
  };
}

function withSerialDates(functions: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(functions)) {
    if (typeof value === "function") out[key] = serialDates(value as (...a: unknown[]) => unknown);
    else if (typeof value === "object" && value !== null) out[key] = withSerialDates(value);
  }
  return out;
}

// xlsx-calc's own ISERROR and ISBLANK are the ones that see an error argument (it special-cases
// them by function name), so formulajs does not replace them.
const KEEP_OWN = new Set(["ISERROR", "ISBLANK"]);
XLSX_CALC.import_functions(
  Object.fromEntries(
    Object.entries(withSerialDates(formulajs)).filter(([name]) => !KEEP_OWN.has(name))
  ),
  { override: true }
);
// TEXT with Excel's number formats, by SheetJS's formatter (formulajs knows few formats).
XLSX_CALC.set_fx("TEXT", (value: unknown, format: unknown) =>
  XLSX.SSF.format(String(format), value as number)
);

const KNOWN_FUNCTIONS = new Set(
  [...Object.keys(XLSX_CALC.xlsx_Fx), ...Object.keys(rawFunctions)].map((n) => n.toUpperCase())
);
/** Functions whose argument may be an error in Excel without the result being one; xlsx-calc
 * passes the error on instead, so an error result of a formula using them is not trusted. */
const SEES_ERRORS = /^(IS[A-Z.]*|IFNA|ERROR\.TYPE)$/;

class BudgetExceeded extends Error {}

interface Pending {
  readonly sheet: number;
  readonly row: number;
  readonly col: number;
  readonly display: string;
  /** The formula as the engine is given it, or null when it is not worked out. */
  engineFormula: string | null;
  seesErrors: boolean;
  joinsText: boolean;
  readonly deps: number[];
}

const key = (sheet: number, row: number, col: number): string => `${sheet}:${row}:${col}`;

/** Names that stand for a cell or range of this workbook, as a reference the engine reads. */
function referenceNames(names: readonly DefinedName[]): Map<string, string> {
  const byName = new Map<string, string>();
  for (const n of names) {
    const tokens = tokenize(n.ref).filter((t) => t.kind !== "space");
    const plain =
      tokens.length >= 2 &&
      tokens[0]!.kind === "sheet" &&
      tokens[1]!.kind === "cell" &&
      (tokens.length === 2 ||
        (tokens.length === 4 && tokens[2]!.text === ":" && tokens[3]!.kind === "cell"));
    if (plain) byName.set(n.name.toUpperCase(), tokens.map((t) => t.text).join(""));
  }
  return byName;
}

/** The formula the engine is given, or null when this one is not to be worked out. */
function engineFormulaOf(tokens: readonly Token[], names: ReadonlyMap<string, string>) {
  const out: string[] = [];
  let seesErrors = false;
  let joinsText = false;
  let unaryMinus = false;
  let previous: Token | undefined;
  for (const t of tokens) {
    switch (t.kind) {
      case "externalSheet":
      case "bracket":
      case "other":
        return null;
      case "function": {
        const name = functionName(t.text);
        if (!KNOWN_FUNCTIONS.has(name)) return null;
        if (SEES_ERRORS.test(name)) seesErrors = true;
        if (name.startsWith("CONCAT")) joinsText = true;
        out.push(name);
        break;
      }
      case "name": {
        const upper = t.text.toUpperCase();
        if (upper === "TRUE" || upper === "FALSE") out.push(upper);
        else {
          const ref = names.get(upper);
          if (ref === undefined) return null;
          out.push(ref);
        }
        break;
      }
      case "rows":
        return null;
      case "operator":
        if (t.text === "{" || t.text === ";") return null;
        if (t.text === "&") joinsText = true;
        if (
          t.text === "-" &&
          (previous === undefined ||
            (previous.kind === "operator" && previous.text !== ")" && previous.text !== "%"))
        )
          unaryMinus = true;
        out.push(t.text);
        break;
      default:
        out.push(t.text);
    }
    if (t.kind !== "space") previous = t;
  }
  // xlsx-calc raises before it negates (-2^2 is 4 in Excel, -4 there): not trusted.
  if (unaryMinus && out.includes("^")) return null;
  return { formula: out.join(""), seesErrors, joinsText };
}

/** The engine's answer as a cell value, or null when it is not one Excel would give. */
function fromEngine(cell: { t?: unknown; v?: unknown; w?: unknown }): CellValue | undefined {
  if (cell.t === "e")
    return typeof cell.w === "string" && ERRORS.has(cell.w) ? { error: cell.w } : undefined;
  let v = cell.v;
  while (Array.isArray(v) && v.length === 1) v = v[0];
  if (v instanceof Error) return ERRORS.has(v.message) ? { error: v.message } : undefined;
  if (v === null) return 0; // a reference to an empty cell shows 0
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v === "string" || typeof v === "boolean") return v;
  return undefined;
}

/**
 * Whether an answer is one Excel would give. Two known differences are declined: an error from a
 * formula whose IS… function Excel would have answered FALSE, and a number joined into text with
 * more than Excel's 15 significant digits ((0.1+0.2)&"" is "0.3" in Excel, JavaScript's
 * "0.30000000000000004" in xlsx-calc).
 */
function trusted(p: Pending, value: CellValue): boolean {
  if (p.seesErrors && isCellError(value)) return false;
  if (
    p.joinsText &&
    typeof value === "string" &&
    /\d{16,}|\d*\.\d{16,}|[1-9]\d*\.\d{15,}/.test(value.replace(/^0+/, ""))
  )
    return false;
  return true;
}

/** A value as a SheetJS cell, which is what xlsx-calc reads. */
function asEngineCell(value: CellValue): object | undefined {
  if (value === null) return undefined;
  if (isCellError(value)) return { t: "e", v: 0, w: value.error };
  if (typeof value === "number") return { t: "n", v: value };
  if (typeof value === "boolean") return { t: "b", v: value };
  return { t: "s", v: value };
}

export function evaluateFormulas(
  sheets: readonly FormulaSheet[],
  definedNames: readonly DefinedName[],
  limits: FormulaLimits,
  date1904 = false
): EvaluationOutcome {
  // Formulas are worked out in the 1900 date system; a 1904 workbook's dates would be 4 years off.
  const count = sheets.reduce((n, s) => n + s.formulas.length, 0);
  if (count > limits.maxFormulasEvaluated || date1904) {
    declineAll(sheets);
    return { evaluated: 0, declined: count };
  }
  const pending: Pending[] = [];
  const index = new Map<string, number>();
  sheets.forEach((sheet, s) =>
    sheet.formulas.forEach((f) => {
      index.set(key(s, f.row, f.col), pending.length);
      pending.push({
        sheet: s,
        row: f.row,
        col: f.col,
        display: displayFormula(f.formula),
        engineFormula: null,
        seesErrors: false,
        joinsText: false,
        deps: [],
      });
    })
  );
  const formulas = sheets.flatMap((sheet) => sheet.formulas);
  const put = (p: Pending, value: CellValue) => {
    const grid = sheets[p.sheet]!.grid;
    const row = grid.values[p.row - grid.top];
    if (row && p.col - grid.left >= 0 && p.col - grid.left < row.length)
      row[p.col - grid.left] = value;
  };
  const decline = (p: Pending) => put(p, noSavedValue(p.display));

  const sheetIndex = new Map(sheets.map((s, i) => [s.name.toUpperCase(), i]));
  // Value-less formula cells by sheet and column, rows ascending: which of them a range covers.
  const byColumn = new Map<string, number[]>();
  for (const p of pending) {
    const k = `${p.sheet}:${p.col}`;
    (byColumn.get(k) ?? byColumn.set(k, []).get(k)!).push(p.row);
  }
  byColumn.forEach((rows) => rows.sort((a, b) => a - b));
  const pendingIn = (sheet: number, ref: Reference, into: number[]) => {
    for (let col = ref.left; col <= ref.right; col++) {
      const rows = byColumn.get(`${sheet}:${col}`);
      if (!rows) continue;
      let lo = 0;
      let hi = rows.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (rows[mid]! < ref.top) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < rows.length && rows[i]! <= ref.bottom; i++)
        into.push(index.get(key(sheet, rows[i]!, col))!);
    }
  };

  const names = referenceNames(definedNames);
  pending.forEach((p, i) => {
    const tokens = tokenize(formulas[i]!.formula);
    const engine = engineFormulaOf(tokens, names);
    if (!engine) return;
    for (const ref of referencesOf(tokenize(engine.formula))) {
      const sheet = ref.sheet === null ? p.sheet : sheetIndex.get(ref.sheet.toUpperCase());
      if (sheet === undefined) return; // a sheet this workbook does not have
      pendingIn(sheet, ref, p.deps);
    }
    p.engineFormula = engine.formula;
    p.seesErrors = engine.seesErrors;
    p.joinsText = engine.joinsText;
  });

  // Kahn's order: each formula after the value-less ones it reads. Those in or behind a circle
  // never come up and stay declined.
  const waiting = pending.map((p) => p.deps.length);
  const readers: number[][] = pending.map(() => []);
  pending.forEach((p, i) => p.deps.forEach((d) => readers[d]!.push(i)));
  const queue = pending.flatMap((_, i) => (waiting[i] === 0 ? [i] : []));
  const results: (CellValue | undefined)[] = pending.map(() => undefined);

  let reads = 0;
  let current: Pending | null = null;
  let currentCell: Record<string, unknown> = {};
  const sheetProxies: Record<string, object> = {};
  sheets.forEach((sheet, s) => {
    const grid = sheet.grid;
    const width = Math.max(0, ...grid.values.map((r) => r.length));
    const bottom = grid.top + grid.values.length - 1;
    const ref =
      grid.values.length === 0
        ? "A1"
        : `${columnLetters(grid.left)}${grid.top}:${columnLetters(grid.left + Math.max(width, 1) - 1)}${Math.max(bottom, grid.top)}`;
    const currentAddress = () =>
      current && current.sheet === s ? `${columnLetters(current.col)}${current.row}` : null;
    sheetProxies[sheet.name] = new Proxy(
      {},
      {
        ownKeys: () => {
          const address = currentAddress();
          return address ? [address] : [];
        },
        getOwnPropertyDescriptor: (_, prop) =>
          prop === currentAddress()
            ? { configurable: true, enumerable: true, writable: true, value: currentCell }
            : undefined,
        has: (_, prop) => prop === "!ref" || typeof prop === "string",
        // xlsx-calc spills a matrix result into the cells beside: nothing is written here.
        set: () => true,
        get: (_, prop) => {
          if (prop === "!ref") return ref;
          if (typeof prop !== "string") return undefined;
          if (++reads > limits.maxFormulaCellReads) throw new BudgetExceeded();
          if (prop === currentAddress()) return currentCell;
          const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(prop);
          if (!m) return undefined;
          let col = 0;
          for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
          const row = Number(m[2]);
          const at = index.get(key(s, row, col));
          if (at !== undefined) {
            const result = results[at];
            return result === undefined ? { t: "e", v: 0, w: "#UNKNOWN" } : asEngineCell(result);
          }
          return asEngineCell(grid.values[row - grid.top]?.[col - grid.left] ?? null);
        },
      }
    );
  });
  const workbook = { Sheets: sheetProxies, SheetNames: sheets.map((s) => s.name) };

  let evaluated = 0;
  let budgetLeft = true;
  // xlsx-calc writes to console.log when a formula reads an error cell; that is no news here.
  const log = console.log;
  console.log = () => undefined;
  try {
    for (let next = 0; next < queue.length; next++) {
      const i = queue[next]!;
      const p = pending[i]!;
      const blocked = p.deps.some((d) => results[d] === undefined);
      if (budgetLeft && p.engineFormula !== null && !blocked) {
        current = p;
        currentCell = { f: p.engineFormula };
        try {
          XLSX_CALC(workbook);
          const value = fromEngine(currentCell);
          if (value !== undefined && trusted(p, value)) results[i] = value;
        } catch (error) {
          if (error instanceof BudgetExceeded) budgetLeft = false;
        } finally {
          current = null;
        }
      }
      for (const r of readers[i]!) if (--waiting[r]! === 0) queue.push(r);
    }
  } finally {
    console.log = log;
  }
  pending.forEach((p, i) => {
    const value = results[i];
    if (value === undefined) decline(p);
    else {
      put(p, value);
      evaluated++;
    }
  });
  return { evaluated, declined: pending.length - evaluated };
}
