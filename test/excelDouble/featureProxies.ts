/** Tables, defined names and charts: recorded in the workbook state for tests to assert on. */
import { type Box, boxColumns, boxRows, formatAddress, parseAddress } from "./a1";
import { invalidArgument, itemNotFound } from "./errors";
import { CollectionProxy, defineProps, type DoubleContext, ProxyObject } from "./proxyBase";
import { RangeProxy, type RangeTarget } from "./rangeProxy";
import { type ChartState, cellAt, type NameState, readValue, type SeriesState, type SheetState, type TableState, writeInput } from "./workbookState";

const NAMES = { name: "NamedItemCollection.add", version: "1.4" };
const SERIES = { name: "ChartSeries", version: "1.7" };

/** A range argument (proxy or A1 text) as the address it stands for, resolved at sync. */
export function resolveRange(ref: RangeProxy | string, sheet: SheetState, where: string): RangeTarget {
  if (typeof ref !== "string") {
    const t = ref.target();
    if (t === null) throw itemNotFound(where);
    return t;
  }
  const parsed = parseAddress(ref);
  if (!parsed || (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())) throw invalidArgument(`${where} "${ref}"`);
  return { sheet, box: parsed.box };
}

const rangeOf = (context: DoubleContext, path: string, f: () => RangeTarget | null) => new RangeProxy(context, f, path);

// ---- tables ----

export class TableCollectionProxy extends CollectionProxy<SheetState, TableState, TableProxy> {
  protected list(t: SheetState): TableState[] {
    return t.tables;
  }
  protected itemProxy(item: TableState): TableProxy {
    return new TableProxy(this.context, () => item, `${this.path}/${item.name}`);
  }
  /** Only tables whose first row holds the headers are modelled. */
  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    let made: TableState | null = null;
    this.act("add", [typeof address === "string" ? address : address.path, hasHeaders], (sheet) => {
      if (!hasHeaders) throw invalidArgument("tables.add(…, false) is not modelled by the double");
      const { box } = resolveRange(address, sheet, "tables.add");
      made = this.context.state.addTable(sheet, box);
    });
    return new TableProxy(this.context, () => made, `${this.path}.add`);
  }
  getItem(name: string): TableProxy {
    return new TableProxy(this.context, () => this.find(name) ?? (() => { throw itemNotFound(`table "${name}"`); })(), `${this.path}/${name}`);
  }
  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(this.context, () => this.find(name), `${this.path}/${name}?`, true);
  }
  private find(name: string): TableState | null {
    return this.list(this.must()).find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
}
defineProps(TableCollectionProxy, {});

export class TableProxy extends ProxyObject<TableState> {
  declare name: string;
  declare style: string;
  declare showHeaders: boolean;

  private part(op: string, f: (b: Box) => Box): RangeProxy {
    return rangeOf(this.context, `${this.path}.${op}`, () => {
      const t = this.must();
      return { sheet: t.sheet, box: f(t.box) };
    });
  }
  getRange(): RangeProxy {
    return this.part("getRange()", (b) => b);
  }
  getHeaderRowRange(): RangeProxy {
    return this.part("getHeaderRowRange()", (b) => ({ ...b, bottom: b.top }));
  }
  getDataBodyRange(): RangeProxy {
    return this.part("getDataBodyRange()", (b) => ({ ...b, top: b.top + 1 }));
  }
  get rows() {
    return this.child("rows", () => new TableRowsProxy(this.context, () => this.target(), `${this.path}/rows`));
  }
  get columns() {
    return this.child("columns", () => new TableColumnsProxy(this.context, () => this.target(), `${this.path}/columns`));
  }
  delete(): void {
    this.act("delete", [], (t) => void t.sheet.tables.splice(t.sheet.tables.indexOf(t), 1));
  }
}
defineProps(TableProxy, {
  name: {
    get: (t) => t.name,
    set: (t, v, context) => {
      const name = String(v);
      if (name.toLowerCase() !== t.name.toLowerCase()) context.state.checkNewName(name, "table");
      t.name = name;
    },
  },
  style: { get: (t) => t.style, set: (t, v) => void (t.style = String(v)) },
  showHeaders: {
    get: () => true,
    set: (_t, v) => {
      if (v !== true) throw invalidArgument("showHeaders = false is not modelled by the double");
    },
  },
});

/** rows.add appends below the table (Excel would also shift the cells below down; the double overwrites them). */
export class TableRowsProxy extends ProxyObject<TableState> {
  add(index?: number | null, values?: unknown[][]): void {
    this.act("add", [index ?? null, values ?? null], (t) => {
      if (index !== undefined && index !== null && index !== boxRows(t.box) - 1) throw invalidArgument("rows.add at an index is not modelled by the double");
      const rows = values ?? [new Array(boxColumns(t.box)).fill("")];
      if (!Array.isArray(rows) || rows.some((r) => !Array.isArray(r) || r.length !== boxColumns(t.box))) throw invalidArgument("rows.add: values do not fit the table");
      rows.forEach((row, i) => row.forEach((v, j) => writeInput(t.sheet, t.box.bottom + 1 + i, t.box.left + j, v, "rows.add")));
      t.box = { ...t.box, bottom: t.box.bottom + rows.length };
    });
  }
}
defineProps(TableRowsProxy, {});

interface ColumnTarget { table: TableState; index: number }
export class TableColumnsProxy extends CollectionProxy<TableState, ColumnTarget, TableColumnProxy> {
  protected list(t: TableState): ColumnTarget[] {
    return Array.from({ length: boxColumns(t.box) }, (_, index) => ({ table: t, index }));
  }
  protected itemProxy(item: ColumnTarget): TableColumnProxy {
    return new TableColumnProxy(this.context, () => item, `${this.path}/${item.index}`);
  }
}
defineProps(TableColumnsProxy, {});
export class TableColumnProxy extends ProxyObject<ColumnTarget> {
  declare readonly name: string;
  declare readonly index: number;
}
defineProps(TableColumnProxy, {
  name: { get: (c) => String(readValue(cellAt(c.table.sheet, c.table.box.top, c.table.box.left + c.index))) },
  index: { get: (c) => c.index },
});

// ---- defined names ----

export interface NameScope {
  list: NameState[];
  sheet: SheetState | null;
}

export class NamedItemCollectionProxy extends CollectionProxy<NameScope, NameState, NamedItemProxy> {
  protected list(t: NameScope): NameState[] {
    return t.list;
  }
  protected itemProxy(item: NameState): NamedItemProxy {
    return new NamedItemProxy(this.context, () => item, `${this.path}/${item.name}`);
  }
  /** `reference` is a range or a formula ("=Parametrar!$B$2", "=0.05"). */
  add(name: string, reference: RangeProxy | string, comment = ""): NamedItemProxy {
    let made: NameState | null = null;
    this.act("add", [name, typeof reference === "string" ? reference : reference.path, comment], (scope) => {
      this.context.state.checkNewName(name, "name");
      if (scope.sheet && scope.list.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw invalidArgument(`name "${name}"`);
      let formula: string;
      if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
      else {
        const t = reference.target();
        if (t === null) throw itemNotFound(`names.add "${name}"`);
        formula = `=${formatAddress(t.sheet.name, t.box, true)}`;
      }
      scope.list.push((made = { name, formula, comment, visible: true }));
    }, NAMES);
    return new NamedItemProxy(this.context, () => made, `${this.path}/${name}`);
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, () => this.find(name) ?? (() => { throw itemNotFound(`name "${name}"`); })(), `${this.path}/${name}`);
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, () => this.find(name), `${this.path}/${name}?`, true);
  }
  private find(name: string): NameState | null {
    return this.must().list.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
}
defineProps(NamedItemCollectionProxy, {});

export class NamedItemProxy extends ProxyObject<NameState> {
  declare readonly name: string;
  declare formula: string;
  declare comment: string;
  declare visible: boolean;
  declare readonly type: string;
  declare readonly value: unknown;

  /** The range a name refers to; a name holding a constant has none (InvalidArgument, as in Excel). */
  getRange(): RangeProxy {
    return rangeOf(this.context, `${this.path}.getRange()`, () => {
      const parsed = parseAddress(this.must().formula.slice(1));
      const sheet = parsed?.sheet ? this.context.state.findSheet(parsed.sheet) : undefined;
      if (!parsed || !sheet) throw invalidArgument(`${this.path}.getRange()`);
      return { sheet, box: parsed.box };
    });
  }
  delete(): void {
    this.act("delete", [], (n) => {
      for (const list of [this.context.state.names, ...this.context.state.liveSheets().map((s) => s.names)])
        if (list.includes(n)) list.splice(list.indexOf(n), 1);
    });
  }
}
defineProps(NamedItemProxy, {
  name: { get: (n) => n.name },
  formula: { get: (n) => n.formula, set: (n, v) => void (n.formula = String(v)) },
  comment: { get: (n) => n.comment, set: (n, v) => void (n.comment = String(v)) },
  visible: { get: (n) => n.visible, set: (n, v) => void (n.visible = Boolean(v)) },
  type: { get: (n) => nameValue(n).type },
  value: { get: (n) => nameValue(n).value },
});

/**
 * What Excel computes for a name: the address for a range, the constant for a number, boolean or
 * string; other formulas are not calculated (their text without "=").
 */
function nameValue(n: NameState): { type: string; value: unknown } {
  const body = n.formula.slice(1);
  if (parseAddress(body)?.sheet) return { type: "Range", value: body };
  if (/^[-+]?\d+$/.test(body)) return { type: "Integer", value: Number(body) };
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(body)) return { type: "Double", value: Number(body) };
  if (/^(TRUE|FALSE)$/i.test(body)) return { type: "Boolean", value: body.toUpperCase() === "TRUE" };
  if (/^"([^"]|"")*"$/.test(body)) return { type: "String", value: body.slice(1, -1).replace(/""/g, '"') };
  return { type: "String", value: body };
}

// ---- charts ----

export class ChartCollectionProxy extends CollectionProxy<SheetState, ChartState, ChartProxy> {
  protected list(t: SheetState): ChartState[] {
    return t.charts;
  }
  protected itemProxy(item: ChartState): ChartProxy {
    return new ChartProxy(this.context, () => item, `${this.path}/${item.name}`);
  }
  /**
   * Series made from the source data are approximated: one per column (per row with "Rows"),
   * one per three columns (x, y, size) for bubble charts.
   */
  add(type: string, sourceData: RangeProxy, seriesBy: string = "Auto"): ChartProxy {
    let made: ChartState | null = null;
    this.act("add", [type, sourceData.path, seriesBy], (sheet) => {
      if (!/^[A-Za-z0-9]+$/.test(type) || !["Auto", "Columns", "Rows"].includes(seriesBy)) throw invalidArgument("charts.add");
      const src = resolveRange(sourceData, sheet, "charts.add");
      const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && boxColumns(src.box) > boxRows(src.box));
      const count = type.startsWith("Bubble") ? Math.max(1, Math.floor(boxColumns(src.box) / 3)) : byRows ? boxRows(src.box) : boxColumns(src.box);
      const series = Array.from({ length: count }, (_, i): SeriesState => ({ name: `Series${i + 1}`, values: null, xValues: null, bubbleSizes: null }));
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      sheet.charts.push((made = { name: `Chart ${n}`, type, source: formatAddress(src.sheet.name, src.box), seriesBy, title: null, position: null, series }));
    });
    return new ChartProxy(this.context, () => made, `${this.path}.add`);
  }
}
defineProps(ChartCollectionProxy, {});

export class ChartProxy extends ProxyObject<ChartState> {
  declare name: string;
  declare chartType: string;
  get title() {
    return this.child("title", () => new ChartTitleProxy(this.context, () => this.target(), `${this.path}/title`));
  }
  get series() {
    return this.child("series", () => new ChartSeriesCollectionProxy(this.context, () => this.target(), `${this.path}/series`));
  }
  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    const show = (r: RangeProxy | string | undefined) => (r === undefined || typeof r === "string" ? (r ?? null) : formatAddress(null, r.target()?.box ?? { top: 1, left: 1, bottom: 1, right: 1 }));
    this.act("setPosition", [String(startCell), String(endCell)], (c) => void (c.position = { start: show(startCell)!, end: show(endCell) }));
  }
  delete(): void {
    this.act("delete", [], (c) => {
      for (const s of this.context.state.liveSheets()) if (s.charts.includes(c)) s.charts.splice(s.charts.indexOf(c), 1);
    });
  }
}
defineProps(ChartProxy, {
  name: { get: (c) => c.name, set: (c, v) => void (c.name = String(v)) },
  chartType: { get: (c) => c.type, set: (c, v) => void (c.type = String(v)) },
});

export class ChartTitleProxy extends ProxyObject<ChartState> {
  declare text: string;
}
defineProps(ChartTitleProxy, { text: { get: (c) => c.title ?? "", set: (c, v) => void (c.title = String(v)) } });

export class ChartSeriesCollectionProxy extends CollectionProxy<ChartState, SeriesState, ChartSeriesProxy> {
  protected list(t: ChartState): SeriesState[] {
    return t.series;
  }
  protected itemProxy(item: SeriesState): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, () => item, `${this.path}/${item.name}`);
  }
  add(name?: string): ChartSeriesProxy {
    let made: SeriesState | null = null;
    this.act("add", [name ?? null], (c) => void c.series.push((made = { name: name ?? `Series${c.series.length + 1}`, values: null, xValues: null, bubbleSizes: null })), SERIES);
    return new ChartSeriesProxy(this.context, () => made, `${this.path}.add`);
  }
  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, () => this.must().series[index] ?? (() => { throw itemNotFound(`series ${index}`); })(), `${this.path}/${index}`);
  }
}
defineProps(ChartSeriesCollectionProxy, {});

export class ChartSeriesProxy extends ProxyObject<SeriesState> {
  declare name: string;
  private setSource(op: string, key: "values" | "xValues" | "bubbleSizes", range: RangeProxy): void {
    this.act(op, [range.path], (s) => {
      const t = range.target();
      if (t === null) throw itemNotFound(op);
      s[key] = formatAddress(t.sheet.name, t.box);
    }, SERIES);
  }
  setValues(range: RangeProxy): void {
    this.setSource("setValues", "values", range);
  }
  setXAxisValues(range: RangeProxy): void {
    this.setSource("setXAxisValues", "xValues", range);
  }
  setBubbleSizes(range: RangeProxy): void {
    this.setSource("setBubbleSizes", "bubbleSizes", range);
  }
  delete(): void {
    this.act("delete", [], (s) => {
      for (const c of this.context.state.liveSheets().flatMap((x) => x.charts)) if (c.series.includes(s)) c.series.splice(c.series.indexOf(s), 1);
    }, SERIES);
  }
}
defineProps(ChartSeriesProxy, { name: { get: (s) => s.name, set: (s, v) => void (s.name = String(v)), api: SERIES } });
