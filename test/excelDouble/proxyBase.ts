/**
 * Proxy objects as Office.js has them: a proxy stands for an object path that is resolved only at
 * `sync()`. Reading a property needs `load` + `sync` first (PropertyNotLoaded otherwise); setting one
 * queues an action and keeps the set value locally, as Office.js does; `isNullObject` is known only
 * after a sync.
 */
import { itemNotFound, propertyNotLoaded } from "./errors";
import type { Api, EntryResult, RequestQueue } from "./requestQueue";
import { jsonBytes } from "./requestQueue";
import type { WorkbookState } from "./workbookState";

export interface DoubleContext {
  readonly queue: RequestQueue;
  readonly state: WorkbookState;
}

export interface PropSpec<T> {
  get: (t: T, context: DoubleContext) => unknown;
  set?: (t: T, value: unknown, context: DoubleContext) => void;
  api?: Api;
}

/** Resolves the proxy's object at sync time; throws an ExcelDoubleError when the path is invalid, null for "OrNullObject". */
export type Locator<T> = () => T | null;

const OR_NULL = { name: "*OrNullObject", version: "1.4" };
const NOTHING = (): void => undefined;

export abstract class ProxyObject<T> {
  private readonly local = new Map<string, unknown>();
  private readonly children = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private resolved: { target: T | null } | undefined;

  constructor(
    readonly context: DoubleContext,
    private readonly locator: Locator<T>,
    /** Stands for the object path Office.js sends; it only counts towards the request size. */
    readonly path: string,
    /** true, or the API of an *OrNullObject method newer than ExcelApi 1.4. */
    orNullObject: boolean | Api = false,
  ) {
    // An *OrNullObject proxy reports whether it exists at the next sync, even with nothing loaded.
    if (orNullObject !== false)
      this.queue({ path, op: "resolve" }, (t) => ({ bytes: 8, deliver: () => void (this.nullState = t === null) }), orNullObject === true ? OR_NULL : orNullObject, true);
  }

  /** Scalar properties; `defineProps` puts the real table on each class's prototype. */
  get propSpecs(): Record<string, PropSpec<T>> {
    return {};
  }

  /** Navigation properties return the same child proxy every time, so what was loaded on it stays readable. */
  protected child<P>(name: string, make: () => P): P {
    if (!this.children.has(name)) this.children.set(name, make());
    return this.children.get(name) as P;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject");
    return this.nullState;
  }

  /** The object behind the path, found once and then kept (a renamed sheet stays the same sheet). */
  target(): T | null {
    this.resolved ??= { target: this.locator() };
    return this.resolved.target;
  }

  protected must(): T {
    const t = this.target();
    if (t === null) throw itemNotFound(this.path);
    return t;
  }

  /** Queues one operation; `run` receives the resolved object (null only when `allowNull`). */
  protected queue(description: unknown, run: (t: T) => EntryResult | void, api?: Api, allowNull = false, name?: string): void {
    this.context.queue.add(description, () => {
      const t = allowNull ? this.target() : this.must();
      const result = run(t as T) ?? { bytes: 0, deliver: NOTHING };
      return { bytes: result.bytes, deliver: () => ((this.nullState ??= t === null), result.deliver()) };
    }, api, name);
  }

  /** "Range", "ChartCollection": the object kind in operation names (see faults.ts). */
  protected get opKind(): string {
    return this.constructor.name.replace(/Proxy$/, "");
  }

  /** Queues a method call that changes the workbook. */
  protected act(op: string, args: unknown[], run: (t: T) => unknown, api?: Api): void {
    this.queue({ path: this.path, op, args }, (t) => void run(t), api, false, `${this.opKind}.${op}`);
  }

  protected readProp(name: string): unknown {
    if (this.nullState === true) return null;
    if (!this.local.has(name)) throw propertyNotLoaded(name);
    return this.local.get(name);
  }

  protected writeProp(name: string, value: unknown): void {
    const spec = this.propSpecs[name]!;
    if (!spec.set) throw new TypeError(`Cannot set property ${name} of ${this.constructor.name}, which has only a getter`);
    this.local.set(name, value);
    this.act(`set:${name}`, [value], (t) => spec.set!(t, value, this.context), spec.api);
  }

  /** Sets loaded values without a round trip: used when a collection load delivers its items. */
  acceptLoaded(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.local.set(k, v);
    this.nullState = false;
  }

  /** Reads the named scalar properties of the resolved object, as a load would deliver them. */
  readScalars(t: T, names: readonly string[]): Record<string, unknown> {
    return Object.fromEntries(names.map((n) => {
      const spec = this.propSpecs[n];
      if (!spec) throw propertyNotLoaded(n);
      return [n, structuredClone(spec.get(t, this.context))];
    }));
  }

  /** load("a, b/c"), load(["a"]), load({ select: "a" }), load({ a: true }), load(): all scalars. */
  load(spec?: string | string[] | Record<string, unknown>): this {
    const paths = normalizeLoad(spec, Object.keys(this.propSpecs));
    const scalars = paths.filter((p) => !p.includes("/") && p in this.propSpecs);
    for (const p of paths.filter((p) => !scalars.includes(p))) this.loadPath(p);
    if (scalars.length > 0)
      this.queue({ path: this.path, load: scalars }, (t) => {
        const values = t === null ? Object.fromEntries(scalars.map((n) => [n, null])) : this.readScalars(t, scalars);
        return { bytes: jsonBytes(values), deliver: () => scalars.forEach((n) => this.local.set(n, values[n])) };
      }, this.loadApi(scalars), true);
    return this;
  }

  /** A path through a navigation property ("format/fill/color"); unknown names fail at sync. */
  protected loadPath(path: string): void {
    const [head, ...rest] = path.split("/");
    const child = (this as unknown as Record<string, unknown>)[head!];
    if (child instanceof ProxyObject && !(head! in this.propSpecs)) child.load(rest.length ? rest.join("/") : undefined);
    else this.queue({ path: this.path, load: [path] }, () => { throw propertyNotLoaded(path); }, undefined, true);
  }

  private loadApi(names: string[]): Api | undefined {
    return names.map((n) => this.propSpecs[n]!.api).find((a) => a !== undefined);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.local);
  }
}

export function normalizeLoad(spec: string | string[] | Record<string, unknown> | undefined, all: string[]): string[] {
  if (spec === undefined) return all;
  if (typeof spec === "string") return spec.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => normalizeLoad(s, all));
  if (typeof spec.select === "string") return normalizeLoad(spec.select, all);
  return Object.entries(spec).flatMap(([k, v]) =>
    v === true ? [k] : typeof v === "object" && v !== null ? normalizeLoad(v as Record<string, unknown>, []).map((p) => `${k}/${p}`) : [],
  );
}

/** Adds property accessors that enforce load-before-read and queue every write. */
export function defineProps<T>(cls: abstract new (...args: never[]) => ProxyObject<T>, specs: Record<string, PropSpec<T>>): void {
  Object.defineProperty(cls.prototype, "propSpecs", { value: specs });
  for (const name of Object.keys(specs))
    Object.defineProperty(cls.prototype, name, {
      get(this: { readProp(n: string): unknown }) { return this.readProp(name); },
      set(this: { writeProp(n: string, v: unknown): void }, v: unknown) { this.writeProp(name, v); },
    });
}

/**
 * A collection proxy: `items` is readable after `load("items/name")` (or `load("name")`), and each
 * item arrives with the properties asked for.
 */
export abstract class CollectionProxy<T, I, P extends ProxyObject<I>> extends ProxyObject<T> {
  private loadedItems: P[] | undefined;

  protected abstract list(t: T): I[];
  protected abstract itemProxy(item: I, index: number): P;

  get items(): P[] {
    if (this.loadedItems === undefined) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  override load(spec?: string | string[] | Record<string, unknown>): this {
    const names = normalizeLoad(spec, []).map((p) => p.replace(/^items\/?/, "")).filter(Boolean);
    this.queue({ path: this.path, load: ["items", ...names] }, (t) => {
      const proxies = this.list(t).map((item, i) => this.itemProxy(item, i));
      const values = proxies.map((p, i) => p.readScalars(this.list(t)[i]!, names.length ? names : Object.keys(p.propSpecs)));
      return { bytes: jsonBytes(values), deliver: () => (this.loadedItems = proxies.map((p, i) => (p.acceptLoaded(values[i]!), p))) };
    });
    return this;
  }
}
