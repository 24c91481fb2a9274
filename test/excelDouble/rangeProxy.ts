/** Range and what hangs off it: format (fill, font), data validation, conditional formats. */
import { type Box, boxColumns, boxRows, formatAddress, insideSheet, MAX_COLUMNS, MAX_ROWS, overlaps, parseAddress, shiftFormula } from "./a1";
import { generalException, invalidArgument } from "./errors";
import { defineProps, type DoubleContext, type Locator, ProxyObject } from "./proxyBase";
import {
  type BorderState, type CellFormat, cellKey, clearCells, cellAt, type ConditionalFormatState, DEFAULTS, forEachCell, grid, readFormat, readFormula,
  readNumberFormat, readText, readValue, type SheetState, uniform, writeFormat, writeInput, writeNumberFormat,
} from "./workbookState";

export interface RangeTarget {
  sheet: SheetState;
  box: Box;
}

/** Excel refuses a 2-D array whose shape differs from the range's. */
function checkShape(value: unknown, box: Box, where: string): unknown[][] {
  const rows = value as unknown[][];
  if (!Array.isArray(rows) || rows.length !== boxRows(box) || rows.some((r) => !Array.isArray(r) || r.length !== boxColumns(box)))
    throw invalidArgument(`${where}: expected ${boxRows(box)}×${boxColumns(box)}`);
  return rows;
}

function writeGrid(t: RangeTarget, value: unknown, where: string, write: typeof writeInput): void {
  const rows = checkShape(value, t.box, where);
  forEachCell(t.box, (r, c) => write(t.sheet, r, c, rows[r - t.box.top]![c - t.box.left], where));
}

const VALUE_TYPE = (v: unknown): string => (v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String");

export class RangeProxy extends ProxyObject<RangeTarget> {
  declare values: unknown[][];
  declare formulas: unknown[][];
  declare numberFormat: unknown[][];
  declare readonly text: string[][];
  declare readonly valueTypes: string[][];
  declare readonly address: string;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly cellCount: number;
  /** Whether every column of the range is hidden (ExcelApi 1.2); setting it hides or shows them. */
  declare columnHidden: boolean;

  get format(): RangeFormatProxy {
    return this.child("format", () => new RangeFormatProxy(this.context, () => this.target(), `${this.path}/format`));
  }
  get dataValidation(): DataValidationProxy {
    return this.child("dataValidation", () => new DataValidationProxy(this.context, () => this.target(), `${this.path}/dataValidation`));
  }
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return this.child("conditionalFormats", () => new ConditionalFormatCollectionProxy(this.context, () => this.target(), `${this.path}/conditionalFormats`));
  }

  /** A range derived from this one; outside the sheet it fails at sync, as in Excel. */
  private derive(op: string, f: (b: Box) => Box): RangeProxy {
    return new RangeProxy(this.context, () => {
      const t = this.target();
      if (t === null) return null;
      const box = f(t.box);
      if (!insideSheet(box)) throw invalidArgument(`${this.path}.${op}`);
      return { sheet: t.sheet, box };
    }, `${this.path}.${op}`);
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derive(`getCell(${row},${column})`, (b) => ({ top: b.top + row, left: b.left + column, bottom: b.top + row, right: b.left + column }));
  }
  getOffsetRange(rows: number, columns: number): RangeProxy {
    return this.derive(`getOffsetRange(${rows},${columns})`, (b) => ({ top: b.top + rows, bottom: b.bottom + rows, left: b.left + columns, right: b.right + columns }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derive(`getResizedRange(${deltaRows},${deltaColumns})`, (b) => ({ ...b, bottom: b.bottom + deltaRows, right: b.right + deltaColumns }));
  }
  getRow(row: number): RangeProxy {
    return this.derive(`getRow(${row})`, (b) => (row >= boxRows(b) ? { ...b, top: 0 } : { ...b, top: b.top + row, bottom: b.top + row }));
  }
  getColumn(column: number): RangeProxy {
    return this.derive(`getColumn(${column})`, (b) => (column >= boxColumns(b) ? { ...b, left: 0 } : { ...b, left: b.left + column, right: b.left + column }));
  }
  getEntireColumn(): RangeProxy {
    return this.derive("getEntireColumn()", (b) => ({ ...b, top: 1, bottom: MAX_ROWS }));
  }
  getEntireRow(): RangeProxy {
    return this.derive("getEntireRow()", (b) => ({ ...b, left: 1, right: MAX_COLUMNS }));
  }

  /**
   * Range.copyFrom (ExcelApi 1.9), which "replicates the Copy and Paste actions of the Excel UI"
   * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-cut-copy-paste), on
   * one sheet or from another sheet of the workbook. The source is tiled over this range, as the
   * reference says pasting does when this range is a whole multiple of it
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-copyfrom-member(1)),
   * and each formula's relative references move with it.
   * - "Formulas": each cell's formula, or its value as it is ("non-formula entries are copied as
   *   is"); formats stay.
   * - "All" ("copies both data and formatting, preserving cells' formulas if found"): each cell
   *   whole (content, number format, formats) and the borders drawn inside the source; an empty
   *   source cell empties the destination.
   * Not modelled, so refused (InvalidArgument): the other copy types, skipBlanks, transpose, and
   * "All" where the source or the destination holds a table, a data validation, a conditional
   * format or a merged area, since what the UI's paste does with those is not documented for the
   * API.
   */
  copyFrom(source: RangeProxy | string, copyType = "All", skipBlanks = false, transpose = false): void {
    this.act("copyFrom", [typeof source === "string" ? source : source.path, copyType, skipBlanks, transpose], (t) => {
      if ((copyType !== "Formulas" && copyType !== "All") || skipBlanks || transpose) throw invalidArgument("copyFrom: the double copies Formulas and All only");
      const from = typeof source === "string" ? parsedSource(t, source) : source.target();
      if (from === null) throw invalidArgument("copyFrom: no such source");
      const rows = boxRows(from.box);
      const cols = boxColumns(from.box);
      if (boxRows(t.box) % rows !== 0 || boxColumns(t.box) % cols !== 0) throw invalidArgument("copyFrom: not a whole multiple of the source");
      const origin = (r: number, c: number) => ({ sr: from.box.top + ((r - t.box.top) % rows), sc: from.box.left + ((c - t.box.left) % cols) });
      if (copyType === "All") return copyAll(from, t, origin);
      const copied = grid(t.box, (r, c) => {
        const { sr, sc } = origin(r, c);
        const cell = cellAt(from.sheet, sr, sc);
        if (cell?.formula !== undefined) return shiftFormula(cell.formula, r - sr, c - sc);
        return cell?.quotePrefix ? `'${String(readValue(cell))}` : readValue(cell);
      });
      forEachCell(t.box, (r, c) => writeInput(t.sheet, r, c, copied[r - t.box.top]![c - t.box.left], "copyFrom"));
    }, COPY_FROM);
  }

  /**
   * Range.getMergedAreasOrNullObject (ExcelApi 1.13), as the reference documents it
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)):
   * a RangeAreas of the merged areas in this range, a null object when there are none, and a
   * failure when there are more than 512. "In this range" is what Excel does and Microsoft
   * confirmed as intended (OfficeDev/office-js#3611): the areas whose top-left cell lies in the
   * range, each whole. The failure's error code is not documented; GeneralException stands for it.
   */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.context, () => {
      const t = this.target();
      if (t === null) return null;
      const inside = t.sheet.merges.filter((m) => m.top >= t.box.top && m.top <= t.box.bottom && m.left >= t.box.left && m.left <= t.box.right);
      if (inside.length > MAX_MERGED_AREAS) throw generalException(`${this.path}.getMergedAreasOrNullObject()`);
      return inside.length === 0 ? null : { sheet: t.sheet, boxes: inside };
    }, `${this.path}.getMergedAreasOrNullObject()`, MERGED_AREAS);
  }

  /** Clearing formats also takes the borders drawn inside the range. */
  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.act("clear", [applyTo], (t) => {
      clearCells(t.sheet, t.box, applyTo);
      if (applyTo !== "Contents") t.sheet.borders = t.sheet.borders.filter((b) => !inside(b.box, t.box));
    });
  }
  select(): void {
    this.act("select", [], (t) => {
      this.context.state.activeSheet = t.sheet;
      this.context.state.selection = { sheet: t.sheet.name, address: formatAddress(null, t.box) };
    });
  }
}

const COPY_FROM = { name: "Range.copyFrom", version: "1.9" };

const inside = (b: Box, outer: Box): boolean => b.top >= outer.top && b.bottom <= outer.bottom && b.left >= outer.left && b.right <= outer.right;

/** The objects "All" would carry or paste over that the double does not model (see copyFrom). */
function unmodelledIn(t: RangeTarget): string | null {
  const s = t.sheet;
  if (s.tables.some((x) => overlaps(x.box, t.box))) return "a table";
  if (s.validations.some((x) => overlaps(x.box, t.box))) return "a data validation";
  if (s.conditionalFormats.some((x) => overlaps(x.box, t.box))) return "a conditional format";
  if (s.merges.some((x) => overlaps(x, t.box))) return "a merged area";
  return null;
}

function copyAll(from: RangeTarget, to: RangeTarget, origin: (r: number, c: number) => { sr: number; sc: number }): void {
  for (const [side, t] of [["source", from], ["destination", to]] as const) {
    const what = unmodelledIn(t);
    if (what) throw invalidArgument(`copyFrom "All": the ${side} holds ${what}, which the double does not paste`);
  }
  const copied = grid(to.box, (r, c) => {
    const { sr, sc } = origin(r, c);
    const cell = cellAt(from.sheet, sr, sc);
    if (!cell) return null;
    const copy = structuredClone(cell);
    if (copy.formula !== undefined) copy.formula = shiftFormula(copy.formula, r - sr, c - sc);
    delete copy.result;
    return copy;
  });
  const borders = from.sheet.borders.filter((b) => inside(b.box, from.box));
  clearCells(to.sheet, to.box, "All");
  to.sheet.borders = to.sheet.borders.filter((b) => !inside(b.box, to.box));
  forEachCell(to.box, (r, c) => {
    const cell = copied[r - to.box.top]![c - to.box.left];
    if (cell) to.sheet.cells.set(cellKey(r, c), cell);
  });
  for (let dr = 0; dr < boxRows(to.box); dr += boxRows(from.box))
    for (let dc = 0; dc < boxColumns(to.box); dc += boxColumns(from.box))
      for (const b of borders) {
        const shift = { rows: to.box.top + dr - from.box.top, cols: to.box.left + dc - from.box.left };
        to.sheet.borders.push({ ...b, box: { top: b.box.top + shift.rows, bottom: b.box.bottom + shift.rows, left: b.box.left + shift.cols, right: b.box.right + shift.cols } });
      }
}
const MERGED_AREAS = { name: "Range.getMergedAreasOrNullObject", version: "1.13" };
const MAX_MERGED_AREAS = 512;

export interface AreasTarget {
  sheet: SheetState;
  boxes: Box[];
}

/**
 * RangeAreas (ExcelApi 1.9), the scalar properties only
 * (https://learn.microsoft.com/javascript/api/excel/excel.rangeareas): `address` has each area with
 * its sheet, comma-separated, as the reference's example "Sheet1!A1:B4, Sheet1!D1:D4" shows.
 */
export class RangeAreasProxy extends ProxyObject<AreasTarget> {
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly areaCount: number;
  declare readonly cellCount: number;
}
const areasAddress = (t: AreasTarget) => t.boxes.map((b) => formatAddress(t.sheet.name, b)).join(", ");
defineProps(RangeAreasProxy, {
  address: { get: areasAddress },
  addressLocal: { get: areasAddress },
  areaCount: { get: (t) => t.boxes.length },
  cellCount: { get: (t) => t.boxes.reduce((n, b) => n + boxRows(b) * boxColumns(b), 0) },
});

/** A source given as an address: on this range's sheet unless it names another. */
function parsedSource(t: RangeTarget, address: string): RangeTarget | null {
  const parsed = parseAddress(address);
  if (parsed === null || (parsed.sheet !== null && parsed.sheet !== t.sheet.name)) return null;
  return { sheet: t.sheet, box: parsed.box };
}

const cells = <T>(f: (t: RangeTarget, r: number, c: number) => T) => (t: RangeTarget) => grid(t.box, (r, c) => f(t, r, c));

defineProps(RangeProxy, {
  values: { get: cells((t, r, c) => readValue(cellAt(t.sheet, r, c))), set: (t, v) => writeGrid(t, v, "values", writeInput) },
  formulas: { get: cells((t, r, c) => readFormula(cellAt(t.sheet, r, c))), set: (t, v) => writeGrid(t, v, "formulas", writeInput) },
  numberFormat: { get: cells((t, r, c) => readNumberFormat(cellAt(t.sheet, r, c))), set: (t, v) => writeGrid(t, v, "numberFormat", writeNumberFormat) },
  text: { get: cells((t, r, c) => readText(cellAt(t.sheet, r, c))) },
  valueTypes: { get: cells((t, r, c) => VALUE_TYPE(readValue(cellAt(t.sheet, r, c)))) },
  address: { get: (t) => formatAddress(t.sheet.name, t.box) },
  addressLocal: { get: (t) => formatAddress(t.sheet.name, t.box) },
  rowCount: { get: (t) => boxRows(t.box) },
  columnCount: { get: (t) => boxColumns(t.box) },
  cellCount: { get: (t) => boxRows(t.box) * boxColumns(t.box) },
  rowIndex: { get: (t) => t.box.top - 1 },
  columnIndex: { get: (t) => t.box.left - 1 },
  columnHidden: {
    get: (t) => uniform(span(t.box.left, t.box.right).map((c) => t.sheet.hiddenColumns.has(c))),
    set: (t, v) => span(t.box.left, t.box.right).forEach((c) => (v === true ? t.sheet.hiddenColumns.add(c) : t.sheet.hiddenColumns.delete(c))),
  },
});

/** Column widths and row heights are in points, as Excel's API has them (not characters). */
export class RangeFormatProxy extends ProxyObject<RangeTarget> {
  declare columnWidth: number;
  declare rowHeight: number;
  declare wrapText: boolean;
  declare horizontalAlignment: string;
  declare verticalAlignment: string;

  get protection(): ProtectionProxy {
    return this.child("protection", () => new ProtectionProxy(this.context, () => this.target(), `${this.path}/protection`));
  }
  get borders() {
    return this.child("borders", () => ({
      /** One edge of the range ("EdgeBottom", …), recorded per range and edge. */
      getItem: (side: string) => new BorderProxy(this.context, () => {
        const t = this.target();
        if (t === null) return null;
        const key = JSON.stringify(t.box);
        let b = t.sheet.borders.find((x) => x.side === side && JSON.stringify(x.box) === key);
        if (!b) t.sheet.borders.push((b = { box: t.box, side, style: "None", weight: "Thin", color: "#000000" }));
        return b;
      }, `${this.path}/borders/${side}`),
    }));
  }

  get fill(): FillProxy {
    return this.child("fill", () => new FillProxy(this.context, () => this.target(), `${this.path}/fill`));
  }
  get font(): FontProxy {
    return this.child("font", () => new FontProxy(this.context, () => this.target(), `${this.path}/font`));
  }
  autofitColumns(): void {
    this.act("autofitColumns", [], () => undefined);
  }
  autofitRows(): void {
    this.act("autofitRows", [], () => undefined);
  }
}

const span = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const formatProp = <K extends keyof CellFormat>(k: K, dflt: CellFormat[K]) => ({
  get: (t: RangeTarget) => readFormat(t.sheet, t.box, k, dflt),
  set: (t: RangeTarget, v: unknown) => writeFormat(t.sheet, t.box, k, v as CellFormat[K]),
});

defineProps(RangeFormatProxy, {
  columnWidth: {
    get: (t) => uniform(span(t.box.left, t.box.right).map((c) => t.sheet.columnWidths.get(c) ?? DEFAULTS.columnWidth)),
    set: (t, v) => span(t.box.left, t.box.right).forEach((c) => t.sheet.columnWidths.set(c, Number(v))),
  },
  rowHeight: {
    get: (t) => uniform(span(t.box.top, Math.min(t.box.bottom, t.box.top + 10000)).map((r) => t.sheet.rowHeights.get(r) ?? DEFAULTS.rowHeight)),
    set: (t, v) => span(t.box.top, t.box.bottom).forEach((r) => t.sheet.rowHeights.set(r, Number(v))),
  },
  wrapText: formatProp("wrapText", false),
  horizontalAlignment: formatProp("horizontalAlignment", "General"),
  verticalAlignment: formatProp("verticalAlignment", "Bottom"),
});

export class ProtectionProxy extends ProxyObject<RangeTarget> {
  declare locked: boolean;
}
defineProps(ProtectionProxy, { locked: formatProp("locked", true) });

export class BorderProxy extends ProxyObject<BorderState> {
  declare style: string;
  declare weight: string;
  declare color: string;
}
defineProps(BorderProxy, {
  style: { get: (b) => b.style, set: (b, v) => void (b.style = String(v)) },
  weight: { get: (b) => b.weight, set: (b, v) => void (b.weight = String(v)) },
  color: { get: (b) => b.color, set: (b, v) => void (b.color = String(v)) },
});

export class FillProxy extends ProxyObject<RangeTarget> {
  declare color: string;
  clear(): void {
    this.act("clear", [], (t) => writeFormat(t.sheet, t.box, "fill", undefined));
  }
}
defineProps(FillProxy, { color: formatProp("fill", DEFAULTS.fill) });

export class FontProxy extends ProxyObject<RangeTarget> {
  declare color: string;
  declare bold: boolean;
  declare italic: boolean;
  declare size: number;
  declare name: string;
}
defineProps(FontProxy, {
  color: formatProp("fontColor", DEFAULTS.fontColor),
  bold: formatProp("bold", false),
  italic: formatProp("italic", false),
  size: formatProp("size", DEFAULTS.size),
  name: formatProp("fontName", DEFAULTS.fontName),
});

const DATA_VALIDATION = { name: "Range.dataValidation", version: "1.8" };
const RULE_KINDS = ["list", "wholeNumber", "decimal", "date", "time", "textLength", "custom"];
const OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqualTo", "LessThanOrEqualTo"];

/** A rule has one kind; a list needs a source, the others an operator and the formulas it uses. */
function checkRule(rule: unknown): void {
  const kinds = Object.keys(rule ?? {});
  const body = (rule as Record<string, Record<string, unknown>>)[kinds[0]!];
  const ok = kinds.length === 1 && RULE_KINDS.includes(kinds[0]!) && typeof body === "object" && body !== null &&
    (kinds[0] === "list" ? body.source !== undefined && body.source !== ""
      : kinds[0] === "custom" ? typeof body.formula === "string"
        : OPERATORS.includes(String(body.operator)) && body.formula1 !== undefined && (!String(body.operator).includes("Between") || body.formula2 !== undefined));
  if (!ok) throw invalidArgument(`dataValidation.rule ${JSON.stringify(rule)}`);
}

/** Excel's dialogs cap titles at 32 and messages at 255 characters. */
function checkMessage(value: unknown, where: string): void {
  const m = value as { title?: string; message?: string };
  if ((m.title?.length ?? 0) > 32 || (m.message?.length ?? 0) > 255) throw invalidArgument(where);
}

export class DataValidationProxy extends ProxyObject<RangeTarget> {
  declare rule: unknown;
  declare errorAlert: unknown;
  declare prompt: unknown;
  declare readonly type: string;

  /** The validation covering this range exactly, else a new one: overlapping partial validations are not split. */
  static entry(t: RangeTarget) {
    let v = t.sheet.validations.find((x) => JSON.stringify(x.box) === JSON.stringify(t.box));
    if (!v) t.sheet.validations.push((v = { box: t.box, rule: null, errorAlert: null, prompt: null }));
    return v;
  }
  clear(): void {
    this.act("clear", [], (t) => void (t.sheet.validations = t.sheet.validations.filter((v) => !overlaps(v.box, t.box))), DATA_VALIDATION);
  }
}
const covering = (t: RangeTarget) => [...t.sheet.validations].reverse().find((v) => overlaps(v.box, t.box));
defineProps(DataValidationProxy, {
  rule: { get: (t) => covering(t)?.rule ?? {}, set: (t, v) => (checkRule(v), (DataValidationProxy.entry(t).rule = v)), api: DATA_VALIDATION },
  errorAlert: { get: (t) => covering(t)?.errorAlert ?? null, set: (t, v) => (checkMessage(v, "errorAlert"), (DataValidationProxy.entry(t).errorAlert = v)), api: DATA_VALIDATION },
  prompt: { get: (t) => covering(t)?.prompt ?? null, set: (t, v) => (checkMessage(v, "prompt"), (DataValidationProxy.entry(t).prompt = v)), api: DATA_VALIDATION },
  type: { get: (t) => Object.keys((covering(t)?.rule as object | null) ?? {})[0] ?? "None", api: DATA_VALIDATION },
});

const CONDITIONAL_FORMATS = { name: "Range.conditionalFormats", version: "1.6" };

export class ConditionalFormatCollectionProxy extends ProxyObject<RangeTarget> {
  /** Only "Custom" (a formula rule with fill and font colour) is modelled. */
  add(type: string): ConditionalFormatProxy {
    let made: ConditionalFormatState | null = null;
    const proxy = new ConditionalFormatProxy(this.context, () => made ?? (() => { throw invalidArgument("conditional format not added yet"); })(), `${this.path}.add(${type})`);
    this.act("add", [type], (t) => {
      if (type !== "Custom") throw invalidArgument(`conditionalFormats.add("${type}") is not modelled by the double`);
      t.sheet.conditionalFormats.push((made = { box: t.box, type, formula: null, fill: null, fontColor: null }));
    }, CONDITIONAL_FORMATS);
    return proxy;
  }
  clearAll(): void {
    this.act("clearAll", [], (t) => void (t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((f) => !overlaps(f.box, t.box))), CONDITIONAL_FORMATS);
  }
}
defineProps(ConditionalFormatCollectionProxy, {});

export class ConditionalFormatProxy extends ProxyObject<ConditionalFormatState> {
  declare readonly type: string;
  get custom() {
    return this.child("custom", () => {
      const at = <P>(cls: new (c: DoubleContext, l: Locator<ConditionalFormatState>, p: string) => P, path: string): P =>
        new cls(this.context, () => this.target(), `${this.path}/custom/${path}`);
      return { rule: at(CfRuleProxy, "rule"), format: { fill: at(CfFillProxy, "format/fill"), font: at(CfFontProxy, "format/font") } };
    });
  }
}
defineProps(ConditionalFormatProxy, { type: { get: (t) => t.type, api: CONDITIONAL_FORMATS } });

const cfField = (k: "formula" | "fill" | "fontColor") => ({
  get: (t: ConditionalFormatState) => t[k],
  set: (t: ConditionalFormatState, v: unknown) => {
    // A custom rule is a formula: Excel wants the leading "=".
    if (k === "formula" && !String(v).startsWith("=")) throw invalidArgument(`custom.rule.formula "${String(v)}"`);
    t[k] = String(v);
  },
  api: CONDITIONAL_FORMATS,
});
export class CfRuleProxy extends ProxyObject<ConditionalFormatState> {
  declare formula: string;
}
export class CfFillProxy extends ProxyObject<ConditionalFormatState> {
  declare color: string;
}
export class CfFontProxy extends ProxyObject<ConditionalFormatState> {
  declare color: string;
}
defineProps(CfRuleProxy, { formula: cfField("formula") });
defineProps(CfFillProxy, { color: cfField("fill") });
defineProps(CfFontProxy, { color: cfField("fontColor") });
