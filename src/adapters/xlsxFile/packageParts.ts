/**
 * The parts of an .xlsx package and the relationships between them, read as text: shared by the
 * table reader (parts SheetJS hands back with `bookFiles: true`) and the check before an update
 * (parts from SheetJS's CFB zip reader). Pure bytes in, data out: usable in a Web Worker.
 */
import * as XLSX from "@e965/xlsx";
import { XMLParser } from "fast-xml-parser";

/** One part of the package as SheetJS exposes it (`wb.files[path].content`). */
export interface PackagePart {
  readonly content?: ArrayLike<number> | undefined;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Resolved part path without a leading slash, or null for an external target. */
  readonly target: string | null;
}

/** Part lookup that ignores case and a leading slash, as OPC part names do. */
export type PartIndex = ReadonlyMap<string, PackagePart>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  parseAttributeValue: false,
  parseTagValue: false,
  htmlEntities: false,
  // Elements that may occur once or many times, always read as lists (rels and workbook.xml).
  isArray: (tagName) =>
    tagName === "Relationship" || tagName === "sheet" || tagName === "definedName",
});

const decoder = new TextDecoder("utf-8");

interface CfbEntry {
  readonly type: number;
  readonly content?: ArrayLike<number>;
}
interface CfbContainer {
  readonly FullPaths: string[];
  readonly FileIndex: CfbEntry[];
}
/** The part of SheetJS's CFB API used here (its typings declare CFB as any). */
interface CfbApi {
  read(data: Uint8Array, options: { type: "array" }): CfbContainer;
  write(container: CfbContainer, options: { fileType: "zip"; type: "array" }): ArrayLike<number>;
  utils: {
    cfb_new(): CfbContainer;
    cfb_add(
      container: CfbContainer,
      name: string,
      content: Uint8Array,
      options?: { unsafe: boolean }
    ): void;
    cfb_gc(container: CfbContainer): void;
  };
}
const CFB = XLSX.CFB as CfbApi;

export function partIndex(files: Readonly<Record<string, PackagePart>>): PartIndex {
  const index = new Map<string, PackagePart>();
  for (const [name, part] of Object.entries(files))
    index.set(name.replace(/^\/+/, "").toLowerCase(), part);
  return index;
}

/**
 * The parts of a zip package by path (no leading slash, folders left out), read with SheetJS's
 * CFB container reader. Throws on bytes that are not a zip.
 */
export function zipParts(bytes: Uint8Array): Record<string, PackagePart> {
  // A view of its own: SheetJS hangs its read position and helpers on the array it is given.
  const container = CFB.read(bytes.subarray(0), { type: "array" });
  const root = container.FullPaths[0] ?? "";
  const parts: Record<string, PackagePart> = {};
  container.FullPaths.forEach((fullPath, i) => {
    const entry = container.FileIndex[i];
    const path = (fullPath.startsWith(root) ? fullPath.slice(root.length) : fullPath).replace(
      /^\/+/,
      ""
    );
    // type 2 is a stream (a file); folders and the root are storages. "\u0001Sh33tJ5" is a
    // placeholder SheetJS adds to every container it reads.
    if (!entry || entry.type !== 2 || path === "\u0001Sh33tJ5") return;
    parts[path] = { content: entry.content };
  });
  return parts;
}

export function hasPart(index: PartIndex, path: string): boolean {
  return index.has(path.toLowerCase());
}

export function readPart(index: PartIndex, path: string): string | null {
  const content = index.get(path.toLowerCase())?.content;
  if (!content) return null;
  return decoder.decode(content instanceof Uint8Array ? content : Uint8Array.from(content));
}

export function directoryOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}

/** Resolves a relationship target against the part that owns the relationships. */
export function resolveTarget(sourcePart: string, target: string): string {
  const absolute = target.startsWith("/");
  const segments = absolute ? [] : directoryOf(sourcePart).split("/").filter(Boolean);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(decodeURIComponent(segment));
  }
  return segments.join("/");
}

export function relsPathOf(part: string): string {
  const dir = directoryOf(part);
  const base = part.slice(dir.length === 0 ? 0 : dir.length + 1);
  return `${dir === "" ? "" : `${dir}/`}_rels/${base}.rels`;
}

/** Parses XML, or gives null when the part is malformed. */
export function parseXml(xml: string): Record<string, unknown> | null {
  try {
    return asRecord(parser.parse(xml));
  } catch {
    return null;
  }
}

export function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : null;
}

/** The relationships of a part ("" for the package's own), by id. */
export function readRelationships(index: PartIndex, part: string): Map<string, Relationship> {
  const relationships = new Map<string, Relationship>();
  const xml = readPart(index, relsPathOf(part));
  if (xml === null) return relationships;
  const root = asRecord(parseXml(xml)?.["Relationships"]);
  const list = root?.["Relationship"];
  if (!Array.isArray(list)) return relationships;
  for (const item of list) {
    const rel = asRecord(item);
    const id = rel?.["Id"];
    const type = rel?.["Type"];
    const target = rel?.["Target"];
    if (typeof id !== "string" || typeof type !== "string" || typeof target !== "string") continue;
    const external = rel?.["TargetMode"] === "External";
    let resolved: string | null = null;
    try {
      resolved = external ? null : resolveTarget(part, target);
    } catch {
      // A malformed %-escape in the target: treat it as pointing nowhere.
    }
    relationships.set(id, { id, type, target: resolved });
  }
  return relationships;
}

/** The last segment of a relationship type: ".../relationships/table" → "table". */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

export function isRelType(type: string, kind: string): boolean {
  return type.endsWith(`/${kind}`);
}

/** The workbook part the package's officeDocument relationship names (xl/workbook.xml usually). */
export function workbookPartOf(index: PartIndex): string {
  const officeDocument = [...readRelationships(index, "").values()].find((rel) =>
    isRelType(rel.type, "officeDocument")
  );
  return officeDocument?.target ?? "xl/workbook.xml";
}

/**
 * A zip of these parts (stored, not compressed: it is only ever read straight back). Part names
 * must be ASCII, as SheetJS writes names byte by byte.
 */
export function writeZip(parts: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const [path, content] of parts) {
    CFB.utils.cfb_add(container, `/${path.replace(/^\/+/, "")}`, content, { unsafe: true });
  }
  CFB.utils.cfb_gc(container);
  const zip = CFB.write(container, { fileType: "zip", type: "array" });
  return zip instanceof Uint8Array ? zip : Uint8Array.from(zip);
}

/** The bytes of every part, for handing on to writeZip after changing some. */
export function partBytes(files: Readonly<Record<string, PackagePart>>): Map<string, Uint8Array> {
  const bytes = new Map<string, Uint8Array>();
  for (const [path, part] of Object.entries(files)) {
    if (!part.content) continue;
    bytes.set(
      path.replace(/^\/+/, ""),
      part.content instanceof Uint8Array ? part.content : Uint8Array.from(part.content)
    );
  }
  return bytes;
}
