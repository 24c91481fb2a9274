/**
 * Mends, before SheetJS reads a package a second time, the three kinds of damage SheetJS reads
 * wrong without a word:
 * - an XML part in another encoding than UTF-8 (ISO-8859-1, windows-1252, UTF-16 …): SheetJS
 *   decodes every part as UTF-8, so å ä ö become "�". The part is re-encoded as UTF-8;
 * - two sheets of the same name in workbook.xml: SheetJS keeps one sheet per name, so the first
 *   sheet's rows are lost and the second is read twice. The second becomes "Blad1 (2)";
 * - a cell whose shared-string index the file does not have (`<c t="s"><v>999</v>`): SheetJS fails
 *   on it and drops the whole sheet. The cell becomes an inline text carrying MISSING_STRING and
 *   the index, which readXlsx turns into `sharedStringMissing(index)` for the domain.
 * readXlsx calls this only when the first read shows one of them (`needsMending`), so an ordinary
 * file pays a glance at the first bytes of each part and nothing more. Bytes in, bytes out: no fs,
 * usable in a Web Worker.
 */
import {
  partIndex,
  workbookPartOf,
  writeZip,
  type PackagePart,
  type PartIndex,
} from "./packageParts";
import { toUtf8, xmlPartEncoding } from "./xmlEncoding";

/** Starts the inline text put where a shared string is missing; the index follows. */
export const MISSING_STRING = "\uFFFFdigiportfolj:missing-shared-string:";

export type MendOutcome =
  /** Nothing found to mend: the first read stands. */
  | { readonly kind: "none" }
  /** The package with its parts mended, to be read again (a stored zip). */
  | { readonly kind: "mended"; readonly bytes: Uint8Array; readonly missingStrings: boolean }
  /** A part that matters declares an encoding TextDecoder does not know. */
  | { readonly kind: "unknown_encoding"; readonly encoding: string };

/** The part of a SheetJS workbook this module looks at. */
export interface FirstRead {
  readonly SheetNames: readonly string[];
  readonly Sheets: Readonly<Record<string, unknown>>;
  readonly files?: Readonly<Record<string, PackagePart & { readonly type?: number }>>;
}

const isXmlPart = (path: string): boolean => /\.(xml|rels|vml)$/i.test(path);

/** Parts nothing is read from (document properties, custom XML): their encoding cannot matter. */
const isIgnoredPart = (path: string): boolean => /^\/?(docProps|customXml)\//i.test(path);

/** The package's parts as bytes (SheetJS's `files`: streams only, not folders or its marker). */
function streams(files: FirstRead["files"]): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  for (const [path, part] of Object.entries(files ?? {})) {
    if (part.type !== undefined && part.type !== 2) continue;
    if (!part.content || path.includes("\u0001") || path === "" || path.endsWith("/")) continue;
    const content = part.content;
    parts.set(
      path.replace(/^\/+/, ""),
      content instanceof Uint8Array ? content : Uint8Array.from(content)
    );
  }
  return parts;
}

function hasDuplicateNames(names: readonly string[]): boolean {
  return new Set(names.map((n) => n.toLowerCase())).size !== names.length;
}

/**
 * Whether the first read shows something mendPackage mends: a sheet SheetJS dropped, two sheets
 * of one name, or an XML part that is not UTF-8. Cheap: names, and the first bytes of each part.
 */
export function needsMending(first: FirstRead): boolean {
  if (first.SheetNames.some((name) => first.Sheets[name] === undefined)) return true;
  if (hasDuplicateNames(first.SheetNames)) return true;
  for (const [path, part] of Object.entries(first.files ?? {})) {
    const content = part.content;
    if (!isXmlPart(path) || !(content instanceof Uint8Array)) continue;
    if (xmlPartEncoding(content).kind !== "utf-8") return true;
  }
  return false;
}

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/** The five XML entities and character references, as SheetJS unescapes a sheet's name. */
function unescapeXml(text: string): string {
  return text.replace(
    /&(?:(quot|apos|gt|lt|amp)|#x([\da-fA-F]+)|#(\d+));/g,
    (m, name, hex, dec) => {
      if (name) return { quot: '"', apos: "'", gt: ">", lt: "<", amp: "&" }[name as string] ?? m;
      const code = hex ? parseInt(hex as string, 16) : parseInt(dec as string, 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
  );
}

/**
 * workbook.xml with each sheet whose name an earlier sheet already has (as Excel compares them,
 * ignoring case) renamed "Blad1 (2)", "Blad1 (3)" …, never to a name another sheet has.
 */
export function renameDuplicateSheets(xml: string): string {
  const tag = /<((?:\w+:)?sheet)\b([^>]*?\bname\s*=\s*)(["'])([^"']*)\3/g;
  const names = [...xml.matchAll(tag)].map((m) => unescapeXml(m[4]!).toLowerCase());
  if (new Set(names).size === names.length) return xml;
  const taken = new Set(names);
  const seen = new Set<string>();
  return xml.replace(tag, (whole, _el: string, _before: string, quote: string, raw: string) => {
    const name = unescapeXml(raw).toLowerCase();
    if (!seen.has(name)) {
      seen.add(name);
      return whole;
    }
    let n = 2;
    while (taken.has(`${name} (${n})`)) n++;
    const renamed = `${name} (${n})`;
    taken.add(renamed);
    seen.add(renamed);
    return `${whole.slice(0, whole.length - raw.length - 1)}${raw} (${n})${quote}`;
  });
}

/** The part names [Content_Types].xml gives this content type (its last word, e.g. "worksheet"). */
function partsOfType(index: PartIndex, kind: string): string[] {
  const types = index.get("[content_types].xml")?.content;
  if (!types) return [];
  const xml = decoder.decode(types instanceof Uint8Array ? types : Uint8Array.from(types));
  const found: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)) {
    const name = /\bPartName\s*=\s*["']([^"']*)["']/.exec(m[0])?.[1];
    const type = /\bContentType\s*=\s*["']([^"']*)["']/.exec(m[0])?.[1];
    if (name && type && new RegExp(`\\.${kind}\\+xml$`).test(type))
      found.push(name.replace(/^\/+/, "").toLowerCase());
  }
  return found;
}

/**
 * How many entries SheetJS finds in the shared-strings part: it splits the <sst> at each </si>,
 * so it holds one more than there are strings, an empty text. An index of that last one reads as
 * "" (an empty cell) in SheetJS, mended or not; every index past it is missing.
 */
function sharedStringCount(xml: string | null): number {
  if (xml === null || !/<(?:\w+:)?sst\b/.test(xml)) return 0;
  return (xml.match(/<\/(?:\w+:)?(?:si|sstItem)>/g)?.length ?? 0) + 1;
}

/**
 * Each cell of type "s" whose <v> is not an index below `count` becomes an inline text:
 * MISSING_STRING and the index (-1 when it is not a number at all).
 */
export function markMissingStrings(xml: string, count: number): string {
  if (!/\bt\s*=\s*["']s["']/.test(xml)) return xml;
  const open = /<((?:\w+:)?c)(\s[^>]*)?>/g;
  const out: string[] = [];
  let pos = 0;
  for (let m = open.exec(xml); m !== null; m = open.exec(xml)) {
    const attrs = m[2] ?? "";
    if (attrs.endsWith("/") || !/\st\s*=\s*["']s["']/.test(attrs)) continue;
    const closing = `</${m[1]}>`;
    const close = xml.indexOf(closing, open.lastIndex);
    if (close < 0) break;
    const v = /<((?:\w+:)?v)(?:\s[^>]*)?>([^<]*)<\/\1>/.exec(xml.slice(open.lastIndex, close));
    const text = v?.[2] ?? "";
    if (text === "") continue; // SheetJS reads it as an empty (stub) cell
    const index = parseInt(text, 10);
    if (index >= 0 && index < count) continue;
    const shown = Number.isFinite(index) ? index : -1;
    out.push(
      xml.slice(pos, m.index),
      `<${m[1]}${attrs.replace(/(\st\s*=\s*)(["'])s\2/, "$1$2inlineStr$2")}><is><t>&#xFFFF;${MISSING_STRING.slice(1)}${shown}</t></is>${closing}`
    );
    pos = close + closing.length;
    open.lastIndex = pos;
  }
  if (pos === 0) return xml;
  out.push(xml.slice(pos));
  return out.join("");
}

function text(parts: Map<string, Uint8Array>, path: string): string | null {
  const bytes = parts.get(path);
  return bytes ? decoder.decode(bytes) : null;
}

/** The key of `parts` for a part name, ignoring case as OPC does. */
function keyOf(parts: Map<string, Uint8Array>, path: string): string | undefined {
  const wanted = path.replace(/^\/+/, "").toLowerCase();
  for (const key of parts.keys()) if (key.toLowerCase() === wanted) return key;
  return undefined;
}

/**
 * The package mended (see the module's comment), or why it cannot be read right. Works on the
 * parts the first read unpacked (SheetJS's `files`), so nothing is unpacked twice and the
 * inflation limits the first read kept still hold.
 */
export function mendPackage(first: FirstRead): MendOutcome {
  const parts = streams(first.files);
  let changed = false;
  for (const [path, bytes] of parts) {
    if (!isXmlPart(path)) continue;
    const encoding = xmlPartEncoding(bytes);
    if (encoding.kind === "unknown") {
      if (isIgnoredPart(path)) continue;
      return { kind: "unknown_encoding", encoding: encoding.declared };
    }
    if (encoding.kind === "decode") {
      parts.set(path, toUtf8(bytes, encoding.encoding));
      changed = true;
    }
  }

  const index = partIndex(
    Object.fromEntries([...parts].map(([path, content]) => [path, { content }]))
  );
  const workbookKey = keyOf(parts, workbookPartOf(index));
  const workbookXml = workbookKey === undefined ? null : text(parts, workbookKey);
  if (workbookKey !== undefined && workbookXml !== null) {
    const renamed = renameDuplicateSheets(workbookXml);
    if (renamed !== workbookXml) {
      parts.set(workbookKey, encoder.encode(renamed));
      changed = true;
    }
  }

  let missingStrings = false;
  if (first.SheetNames.some((name) => first.Sheets[name] === undefined)) {
    const sstKey = partsOfType(index, "sharedStrings").map((p) => keyOf(parts, p))[0];
    const count = sharedStringCount(sstKey === undefined ? null : text(parts, sstKey));
    for (const sheet of partsOfType(index, "worksheet")) {
      const key = keyOf(parts, sheet);
      const xml = key === undefined ? null : text(parts, key);
      if (key === undefined || xml === null) continue;
      const marked = markMissingStrings(xml, count);
      if (marked === xml) continue;
      parts.set(key, encoder.encode(marked));
      changed = missingStrings = true;
    }
  }
  return changed ? { kind: "mended", bytes: writeZip(parts), missingStrings } : { kind: "none" };
}
