/** Workbook, worksheet collection, worksheet and freeze panes. */
import { type Box, MAX_COLUMNS, MAX_ROWS } from "./a1";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";
import { ChartCollectionProxy, NamedItemCollectionProxy, resolveRange, TableCollectionProxy } from "./featureProxies";
import { CollectionProxy, defineProps, ProxyObject } from "./proxyBase";
import { RangeProxy } from "./rangeProxy";
import { type SheetState, usedBox, type WorkbookState } from "./workbookState";

const SHEET_1_7 = { name: "Worksheet.freezePanes/tabColor", version: "1.7" };
const VISIBILITIES = ["Visible", "Hidden", "VeryHidden"];

export class WorkbookProxy extends ProxyObject<WorkbookState> {
  declare readonly name: string;
  declare readonly use1904DateSystem: boolean;
  get worksheets(): WorksheetCollectionProxy {
    return this.child("worksheets", () => new WorksheetCollectionProxy(this.context, () => this.must(), "worksheets"));
  }
  get names(): NamedItemCollectionProxy {
    return this.child("names", () => new NamedItemCollectionProxy(this.context, () => ({ list: this.must().names, sheet: null }), "names"));
  }
}
defineProps(WorkbookProxy, {
  name: { get: (wb) => wb.name, api: { name: "Workbook.name", version: "1.7" } },
  use1904DateSystem: { get: () => false, api: { name: "Workbook.use1904DateSystem", version: "1.9" } },
});

export class WorksheetCollectionProxy extends CollectionProxy<WorkbookState, SheetState, WorksheetProxy> {
  protected list(t: WorkbookState): SheetState[] {
    return t.liveSheets();
  }
  protected itemProxy(item: SheetState): WorksheetProxy {
    return new WorksheetProxy(this.context, () => item, `worksheets/${item.name}`);
  }
  private find(key: string): SheetState | null {
    const wb = this.must();
    return wb.findSheet(key) ?? wb.liveSheets().find((s) => s.id === key) ?? null;
  }
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.find(key) ?? (() => { throw itemNotFound(`worksheet "${key}"`); })(), `worksheets/${key}`);
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.find(key), `worksheets/${key}?`, true);
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.must().activeSheet ?? (() => { throw itemNotFound("active worksheet"); })(), "worksheets.active");
  }
  add(name?: string): WorksheetProxy {
    let made: SheetState | null = null;
    this.act("add", [name ?? null], (wb) => void (made = wb.addSheet(name)));
    return new WorksheetProxy(this.context, () => made, `worksheets.add(${name ?? ""})`);
  }
}
defineProps(WorksheetCollectionProxy, {});

export class WorksheetProxy extends ProxyObject<SheetState> {
  declare name: string;
  declare readonly id: string;
  declare visibility: string;
  declare position: number;
  declare tabColor: string;

  private range(op: string, box: (s: SheetState) => Box | null, orNull = false): RangeProxy {
    return new RangeProxy(this.context, () => {
      const s = this.target();
      if (s === null) return null;
      const b = box(s);
      return b === null ? null : { sheet: s, box: b };
    }, `${this.path}.${op}`, orNull);
  }
  /** No address: the whole sheet. An address naming another sheet is refused. */
  getRange(address?: string): RangeProxy {
    return this.range(`getRange(${address ?? ""})`, (s) => resolveRange(address ?? "A:XFD", s, "getRange").box);
  }
  /** On a blank sheet Excel gives A1 here (and a null object from getUsedRangeOrNullObject). */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.range("getUsedRange()", (s) => usedBox(s, valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this.range("getUsedRangeOrNullObject()", (s) => usedBox(s, valuesOnly), true);
  }
  get tables(): TableCollectionProxy {
    return this.child("tables", () => new TableCollectionProxy(this.context, () => this.target(), `${this.path}/tables`));
  }
  get charts(): ChartCollectionProxy {
    return this.child("charts", () => new ChartCollectionProxy(this.context, () => this.target(), `${this.path}/charts`));
  }
  get names(): NamedItemCollectionProxy {
    return this.child("names", () => new NamedItemCollectionProxy(this.context, () => {
      const s = this.target();
      return s && { list: s.names, sheet: s };
    }, `${this.path}/names`));
  }
  get freezePanes(): FreezePanesProxy {
    return this.child("freezePanes", () => new FreezePanesProxy(this.context, () => this.target(), `${this.path}/freezePanes`));
  }
  /** Excel keeps at least one visible sheet. */
  delete(): void {
    this.act("delete", [], (s) => {
      const wb = this.context.state;
      if (wb.liveSheets().filter((x) => x !== s && x.visibility === "Visible").length === 0) throw invalidOperation("delete the last visible sheet");
      wb.updateReferences(s, null);
      s.deleted = true;
      if (wb.activeSheet === s) wb.activeSheet = wb.liveSheets().find((x) => x.visibility === "Visible") ?? null;
    });
  }
  activate(): void {
    this.act("activate", [], (s) => {
      if (s.visibility !== "Visible") throw invalidOperation("activate a hidden sheet");
      this.context.state.activeSheet = s;
    });
  }
}
defineProps(WorksheetProxy, {
  name: {
    get: (s) => s.name,
    set: (s, v, ctx) => {
      ctx.state.checkSheetName(String(v), s);
      ctx.state.updateReferences(s, String(v));
      s.name = String(v);
    },
  },
  id: { get: (s) => s.id },
  visibility: {
    get: (s) => s.visibility,
    set: (s, v, ctx) => {
      if (!VISIBILITIES.includes(String(v))) throw invalidArgument(`visibility "${String(v)}"`);
      if (v !== "Visible" && ctx.state.liveSheets().every((x) => x === s || x.visibility !== "Visible")) throw invalidOperation("hide the last visible sheet");
      s.visibility = v as SheetState["visibility"];
    },
  },
  position: {
    get: (s, ctx) => ctx.state.liveSheets().indexOf(s),
    set: (s, v, ctx) => {
      const live = ctx.state.liveSheets();
      const to = Number(v);
      if (!Number.isInteger(to) || to < 0 || to >= live.length) throw invalidArgument(`position ${String(v)}`);
      const all = ctx.state.sheets;
      all.splice(all.indexOf(s), 1);
      const after = live.filter((x) => x !== s)[to];
      all.splice(after ? all.indexOf(after) : all.length, 0, s);
    },
  },
  tabColor: { get: (s) => s.tabColor, set: (s, v) => void (s.tabColor = String(v)), api: SHEET_1_7 },
});

export class FreezePanesProxy extends ProxyObject<SheetState> {
  freezeRows(count = 1): void {
    this.act("freezeRows", [count], (s) => void (s.freeze = { rows: count, columns: 0 }), SHEET_1_7);
  }
  freezeColumns(count = 1): void {
    this.act("freezeColumns", [count], (s) => void (s.freeze = { rows: 0, columns: count }), SHEET_1_7);
  }
  /** The given range is what stays in view: rows and columns up to its bottom-right cell. */
  freezeAt(frozenRange: RangeProxy | string): void {
    this.act("freezeAt", [typeof frozenRange === "string" ? frozenRange : frozenRange.path], (s) => {
      const { box } = resolveRange(frozenRange, s, "freezeAt");
      s.freeze = { rows: box.bottom, columns: box.right === MAX_COLUMNS ? 0 : box.right };
      if (box.bottom === MAX_ROWS) s.freeze.rows = 0;
    }, SHEET_1_7);
  }
  unfreeze(): void {
    this.act("unfreeze", [], (s) => void (s.freeze = null), SHEET_1_7);
  }
}
defineProps(FreezePanesProxy, {});
