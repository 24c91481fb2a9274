/**
 * Excel tables (ListObjects) of an .xlsx, read from the package parts SheetJS hands back with
 * `bookFiles: true`: SheetJS CE parses cells but not tables. Follows the relationships
 * workbook → sheet → table, so odd part names (a "wtf/" folder, Strict OOXML) work too.
 * Pure bytes in, data out: usable in a Web Worker.
 */
import { XMLParser } from "fast-xml-parser";
import type { CellBox, TableInfo } from "../../domain/ports/WorkbookPort";

/** One part of the package as SheetJS exposes it (`wb.files[path].content`). */
export interface PackagePart {
  readonly content?: ArrayLike<number> | undefined;
}

interface Relationship {
  readonly type: string;
  /** Resolved part path without a leading slash, or null for an external target. */
  readonly target: string | null;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  parseAttributeValue: false,
  parseTagValue: false,
  htmlEntities: false,
  isArray: (tagName) => tagName === "Relationship",
});

const decoder = new TextDecoder("utf-8");

/** Part lookup that ignores case and a leading slash, as OPC part names do. */
function partIndex(files: Readonly<Record<string, PackagePart>>): Map<string, PackagePart> {
  const index = new Map<string, PackagePart>();
  for (const [name, part] of Object.entries(files))
    index.set(name.replace(/^\/+/, "").toLowerCase(), part);
  return index;
}

function readPart(index: Map<string, PackagePart>, path: string): string | null {
  const content = index.get(path.toLowerCase())?.content;
  if (!content) return null;
  return decoder.decode(content instanceof Uint8Array ? content : Uint8Array.from(content));
}

function directoryOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}

/** Resolves a relationship target against the part that owns the relationships. */
function resolveTarget(sourcePart: string, target: string): string {
  const absolute = target.startsWith("/");
  const segments = absolute ? [] : directoryOf(sourcePart).split("/").filter(Boolean);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(decodeURIComponent(segment));
  }
  return segments.join("/");
}

function relsPathOf(part: string): string {
  const dir = directoryOf(part);
  const base = part.slice(dir.length === 0 ? 0 : dir.length + 1);
  return `${dir === "" ? "" : `${dir}/`}_rels/${base}.rels`;
}

/** Parses XML, or gives null when the part is malformed (tables are an extra; the cells still count). */
function parseXml(xml: string): Record<string, unknown> | null {
  try {
    return asRecord(parser.parse(xml));
  } catch {
    return null;
  }
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : null;
}

function readRelationships(
  index: Map<string, PackagePart>,
  part: string
): Map<string, Relationship> {
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
    relationships.set(id, { type, target: resolved });
  }
  return relationships;
}

/** "C3:E5" (or a single cell) as a 1-based box; null when it is not a plain A1 range. */
export function parseA1Box(ref: string): CellBox | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (!match) return null;
  const col = (letters: string): number =>
    [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const top = Number(match[2]);
  const left = col(match[1]!);
  const bottom = match[4] === undefined ? top : Number(match[4]);
  const right = match[3] === undefined ? left : col(match[3]);
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

function readTable(index: Map<string, PackagePart>, path: string): TableInfo | null {
  const xml = readPart(index, path);
  if (xml === null) return null;
  const table = asRecord(parseXml(xml)?.["table"]);
  if (!table) return null;
  // displayName is what formulas and Excel's UI use; name is an internal twin.
  const name = table["displayName"] ?? table["name"];
  const ref = table["ref"];
  if (typeof name !== "string" || typeof ref !== "string") return null;
  const box = parseA1Box(ref);
  if (!box) return null;
  return { name, box, hasHeaderRow: table["headerRowCount"] !== "0" };
}

function isRelType(type: string, kind: string): boolean {
  return type.endsWith(`/${kind}`);
}

/**
 * Tables per sheet, in the order of `sheetRelIds` (the r:id of each sheet in workbook.xml).
 * A part that is missing or malformed gives no table for it; the cells are still read.
 */
export function readTablesBySheet(
  files: Readonly<Record<string, PackagePart>>,
  sheetRelIds: readonly (string | undefined)[]
): TableInfo[][] {
  const index = partIndex(files);
  const tables: TableInfo[][] = sheetRelIds.map(() => []);
  const packageRels = readRelationships(index, "");
  const officeDocument = [...packageRels.values()].find((rel) =>
    isRelType(rel.type, "officeDocument")
  );
  const workbookPart = officeDocument?.target ?? "xl/workbook.xml";
  const workbookRels = readRelationships(index, workbookPart);
  sheetRelIds.forEach((relId, i) => {
    const sheetPart = relId === undefined ? null : workbookRels.get(relId)?.target;
    if (!sheetPart) return;
    for (const rel of readRelationships(index, sheetPart).values()) {
      if (!isRelType(rel.type, "table") || rel.target === null) continue;
      const table = readTable(index, rel.target);
      if (table) tables[i]!.push(table);
    }
    tables[i]!.sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left);
  });
  return tables;
}
