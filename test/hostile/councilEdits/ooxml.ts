/**
 * Just enough Open Packaging and SpreadsheetML, as strings, to edit a portfolio the way Excel saves
 * a council's edits, and to look at the parts again after a run. Unzipped and zipped with fflate;
 * never the product's own reader or writer, and never exceljs.
 *
 * The XML is handled as text on purpose: an edit must change exactly the bytes Excel would change
 * and leave every other byte of a part alone, so the part-hash test means something.
 */
import { createHash } from "node:crypto";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

export type Parts = Map<string, Uint8Array>;

/** The parts of a zip package by name, in the zip's order. */
export function unzipParts(bytes: Uint8Array): Parts {
  const entries = unzipSync(bytes);
  return new Map(Object.entries(entries));
}

/** A zip of the parts (deflated, a fixed time stamp: the same parts give the same bytes). */
export function zipParts(parts: Parts): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, bytes] of parts) zippable[name] = bytes;
  return zipSync(zippable, { level: 6, mtime: new Date(2026, 10, 30, 14, 5, 0) });
}

export const sha256 = (bytes: Uint8Array): string =>
  createHash("sha256").update(bytes).digest("hex");

/** sha256 of every part of a package, by part name. */
export function partHashes(parts: Parts): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const [name, bytes] of parts) hashes[name] = sha256(bytes);
  return hashes;
}

export function partText(parts: Parts, name: string): string {
  const bytes = parts.get(name);
  if (!bytes) throw new Error(`the package has no part ${name}; it has [${[...parts.keys()].join(", ")}]`);
  return strFromU8(bytes);
}

export function setPartText(parts: Parts, name: string, xml: string): void {
  parts.set(name, strToU8(xml));
}

export function editPart(parts: Parts, name: string, edit: (xml: string) => string): void {
  setPartText(parts, name, edit(partText(parts, name)));
}

/** `xml.replace(search, replacement)` that throws when `search` is absent (a silent no-op would make a harmless file). */
export function replaceOnce(xml: string, search: string | RegExp, replacement: string): string {
  const found = typeof search === "string" ? xml.includes(search) : search.test(xml);
  if (!found) throw new Error(`${String(search)} not found in ${xml.slice(0, 300)}…`);
  return xml.replace(search, () => replacement);
}

// ---------------------------------------------------------------------------------------------
// XML text

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#([0-9]+);/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&amp;/g, "&");
}

/** The attributes of one start tag (`<sheet name="x" r:id="rId1"/>`), unescaped. */
export function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const head = tag.replace(/^<[^\s/>]+/, "");
  for (const m of head.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    attrs[m[1] as string] = unescapeXml(m[3] ?? m[4] ?? "");
  }
  return attrs;
}

/** Every start (or empty) tag of an element, e.g. tags(xml, "sheet") matches `<sheet …/>` but not `<sheets>`. */
export function tags(xml: string, element: string): string[] {
  const re = new RegExp(`<${element.replace(/:/g, "\\:")}(?=[\\s/>])[^>]*>`, "g");
  return xml.match(re) ?? [];
}

// ---------------------------------------------------------------------------------------------
// Packages: relationships, the workbook, its sheets

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
  /** The target as a part name (no leading slash), when internal. */
  readonly part: string;
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`; `""` (the package) → `_rels/.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = source.slice(0, source.lastIndexOf("/") + 1).split("/").filter(Boolean);
  for (const segment of target.split("/")) {
    if (segment === "..") base.pop();
    else if (segment !== "." && segment !== "") base.push(segment);
  }
  return base.join("/");
}

/** The relationships of a part (`""` for the package's own), targets resolved to part names. */
export function relationshipsOf(parts: Parts, part: string): Relationship[] {
  const relsName = part === "" ? "_rels/.rels" : relsPartOf(part);
  if (!parts.has(relsName)) return [];
  return tags(partText(parts, relsName), "Relationship").map((tag) => {
    const a = attributes(tag);
    const external = a["TargetMode"] === "External";
    const target = a["Target"] ?? "";
    return {
      id: a["Id"] ?? "",
      type: a["Type"] ?? "",
      target,
      external,
      part: external ? "" : resolveTarget(part, target),
    };
  });
}

export function workbookPart(parts: Parts): string {
  const rel = relationshipsOf(parts, "").find((r) => r.type.endsWith("/officeDocument"));
  if (!rel) throw new Error("the package has no officeDocument relationship in _rels/.rels");
  return rel.part;
}

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: string;
  readonly rId: string;
  readonly part: string;
  readonly tag: string;
}

/** The sheets workbook.xml lists, in order, with the part each one's r:id leads to. */
export function sheetsOf(parts: Parts): SheetEntry[] {
  const wb = workbookPart(parts);
  const rels = relationshipsOf(parts, wb);
  return tags(partText(parts, wb), "sheet").map((tag) => {
    const a = attributes(tag);
    const rId = a["r:id"] ?? "";
    const rel = rels.find((r) => r.id === rId);
    return { name: a["name"] ?? "", sheetId: a["sheetId"] ?? "", rId, part: rel?.part ?? "", tag };
  });
}

export function sheetPart(parts: Parts, name: string): string {
  const sheet = sheetsOf(parts).find((s) => s.name === name);
  if (!sheet)
    throw new Error(
      `workbook.xml lists no sheet "${name}"; it lists [${sheetsOf(parts)
        .map((s) => s.name)
        .join(", ")}]`
    );
  return sheet.part;
}

export interface TableInfo {
  readonly part: string;
  readonly name: string;
  readonly ref: string;
  readonly columns: readonly string[];
  readonly xml: string;
}

/** The Excel tables (ListObjects) on a sheet, through the sheet's relationships. */
export function tablesOf(parts: Parts, sheet: string): TableInfo[] {
  return relationshipsOf(parts, sheetPart(parts, sheet))
    .filter((r) => r.type.endsWith("/table"))
    .map((r) => {
      const xml = partText(parts, r.part);
      const a = attributes(tags(xml, "table")[0] ?? "");
      const columns = tags(xml, "tableColumn").map((t) => attributes(t)["name"] ?? "");
      return { part: r.part, name: a["name"] ?? "", ref: a["ref"] ?? "", columns, xml };
    });
}

// ---------------------------------------------------------------------------------------------
// Cells

export function columnLetters(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function splitRef(ref: string): { col: number; row: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a cell reference: ${ref}`);
  return { col: columnNumber(m[1] as string), row: Number(m[2]) };
}

/** "A4:BK18" → its corners. */
export function splitRange(range: string): { c1: number; r1: number; c2: number; r2: number } {
  const [a, b] = range.split(":");
  const from = splitRef(a as string);
  const to = splitRef((b ?? a) as string);
  return { c1: from.col, r1: from.row, c2: to.col, r2: to.row };
}

const ROW_RE = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const CELL_RE = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

/** The raw `<c …>…</c>` of a cell in a worksheet's XML, or undefined. */
export function rawCell(sheetXml: string, ref: string): string | undefined {
  const { row } = splitRef(ref);
  for (const rowXml of sheetXml.match(ROW_RE) ?? []) {
    if (attributes(rowXml.slice(0, rowXml.indexOf(">") + 1))["r"] !== String(row)) continue;
    return (rowXml.match(CELL_RE) ?? []).find((c) => attributes(c)["r"] === ref);
  }
  return undefined;
}

/**
 * Puts `cellXml` (a whole `<c r="ref" …>…</c>`) into a worksheet's XML as Excel keeps it: rows in
 * order, cells in column order within a row, an existing cell at `ref` replaced; the row's spans
 * and the sheet's dimension widened to cover it.
 */
export function putCell(sheetXml: string, ref: string, cellXml: string): string {
  const { col, row } = splitRef(ref);
  const open = sheetXml.search(/<sheetData\s*\/>|<sheetData\b[^>]*>/);
  if (open < 0) throw new Error("no <sheetData> in the worksheet");
  let xml = sheetXml;
  if (/<sheetData\s*\/>/.test(xml)) xml = xml.replace(/<sheetData\s*\/>/, "<sheetData></sheetData>");
  const start = xml.indexOf(">", xml.indexOf("<sheetData")) + 1;
  const end = xml.indexOf("</sheetData>");
  const data = xml.slice(start, end);

  const rows = data.match(ROW_RE) ?? [];
  const rowNumber = (r: string) => Number(attributes(r.slice(0, r.indexOf(">") + 1))["r"]);
  const existing = rows.find((r) => rowNumber(r) === row);
  let newRow: string;
  if (!existing) {
    newRow = `<row r="${row}">${cellXml}</row>`;
  } else {
    const headEnd = existing.indexOf(">") + 1;
    let head = existing.slice(0, headEnd);
    const selfClosing = head.endsWith("/>");
    if (selfClosing) head = head.replace(/\s*\/>$/, ">");
    const cells = selfClosing ? [] : existing.slice(headEnd, existing.lastIndexOf("</row>")).match(CELL_RE) ?? [];
    const kept = cells.filter((c) => attributes(c)["r"] !== ref);
    kept.push(cellXml);
    kept.sort((a, b) => splitRef(attributes(a)["r"] ?? "A1").col - splitRef(attributes(b)["r"] ?? "A1").col);
    const spans = attributes(head)["spans"];
    if (spans !== undefined) {
      const [lo, hi] = spans.split(":").map(Number) as [number, number];
      head = head.replace(/spans="[^"]*"/, `spans="${Math.min(lo, col)}:${Math.max(hi, col)}"`);
    }
    newRow = `${head}${kept.join("")}</row>`;
  }
  const others = rows.filter((r) => rowNumber(r) !== row);
  others.push(newRow);
  others.sort((a, b) => rowNumber(a) - rowNumber(b));
  xml = xml.slice(0, start) + others.join("") + xml.slice(end);

  // the dimension covers the new cell
  const dim = /<dimension ref="([^"]+)"\s*\/>/.exec(xml);
  if (dim) {
    const r = splitRange(dim[1] as string);
    const c1 = Math.min(r.c1, col);
    const r1 = Math.min(r.r1, row);
    const c2 = Math.max(r.c2, col);
    const r2 = Math.max(r.r2, row);
    xml = xml.replace(dim[0], `<dimension ref="${columnLetters(c1)}${r1}:${columnLetters(c2)}${r2}"/>`);
  }
  return xml;
}

/** Sets or replaces an attribute on a row's start tag (e.g. hidden="1" after a filter). */
export function setRowAttribute(sheetXml: string, row: number, name: string, value: string): string {
  const re = new RegExp(`<row\\b(?=[^>]*\\br="${row}")[^>]*>`);
  const m = re.exec(sheetXml);
  if (!m) throw new Error(`no row ${row} in the worksheet`);
  const tag = m[0];
  const attr = new RegExp(`\\s${name}="[^"]*"`);
  const updated = attr.test(tag)
    ? tag.replace(attr, ` ${name}="${value}"`)
    : tag.replace(/^<row\b/, `<row ${name}="${value}"`);
  return sheetXml.replace(tag, updated);
}

// ---------------------------------------------------------------------------------------------
// Shared strings and styles, as Excel extends them

/** The text of every shared string, by index. */
export function sharedStrings(parts: Parts): string[] {
  const rel = relationshipsOf(parts, workbookPart(parts)).find((r) => r.type.endsWith("/sharedStrings"));
  if (!rel || !parts.has(rel.part)) return [];
  const xml = partText(parts, rel.part);
  return (xml.match(/<si>[\s\S]*?<\/si>|<si\/>/g) ?? []).map((si) =>
    (si.match(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g) ?? [])
      .map((t) => unescapeXml(t.replace(/^<t(?:\s[^>]*)?>/, "").replace(/<\/t>$/, "")))
      .join("")
  );
}

const REL_SHARED_STRINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
const CT_SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

/**
 * The shared strings part; made (part, workbook relationship, content type) when the workbook has
 * none, as Excel does: Excel keeps every text of a sheet it saves in shared strings.
 */
function sharedStringsPart(parts: Parts): string {
  const wb = workbookPart(parts);
  const rel = relationshipsOf(parts, wb).find((r) => r.type.endsWith("/sharedStrings"));
  if (rel) return rel.part;
  const dir = wb.slice(0, wb.lastIndexOf("/") + 1);
  const part = `${dir}sharedStrings.xml`;
  if (parts.has(part)) throw new Error(`${part} exists but the workbook does not relate it`);
  setPartText(
    parts,
    part,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>`
  );
  const relsName = relsPartOf(wb);
  const relsXml = partText(parts, relsName);
  const ids = [...relsXml.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  setPartText(
    parts,
    relsName,
    replaceOnce(relsXml, "</Relationships>", `<Relationship Id="rId${Math.max(0, ...ids) + 1}" Type="${REL_SHARED_STRINGS}" Target="sharedStrings.xml"/></Relationships>`)
  );
  editPart(parts, "[Content_Types].xml", (xml) =>
    replaceOnce(xml, "</Types>", `<Override PartName="/${part}" ContentType="${CT_SHARED_STRINGS}"/></Types>`)
  );
  return part;
}

/**
 * The index of `text` in the shared strings, added at the end when it is not there yet (as Excel
 * does); count and uniqueCount follow.
 */
export function sharedString(parts: Parts, text: string): number {
  const existing = sharedStrings(parts).indexOf(text);
  const part = sharedStringsPart(parts);
  let xml = partText(parts, part);
  const bump = (name: string, by: number) => {
    xml = xml.replace(new RegExp(`(<sst\\b[^>]*\\s${name}=")(\\d+)"`), (_, pre: string, n: string) => `${pre}${Number(n) + by}"`);
  };
  bump("count", 1);
  if (existing >= 0) {
    setPartText(parts, part, xml);
    return existing;
  }
  bump("uniqueCount", 1);
  const t = /^\s|\s$/.test(text) ? `<t xml:space="preserve">${escapeXml(text)}</t>` : `<t>${escapeXml(text)}</t>`;
  xml = replaceOnce(xml, "</sst>", `<si>${t}</si></sst>`);
  setPartText(parts, part, xml);
  return sharedStrings(parts).length - 1;
}

function stylesPart(parts: Parts): string {
  const rel = relationshipsOf(parts, workbookPart(parts)).find((r) => r.type.endsWith("/styles"));
  if (!rel) throw new Error("the workbook has no styles part");
  return rel.part;
}

/** The numFmtId of the custom format `code`, added to <numFmts> when missing. */
export function numberFormat(parts: Parts, code: string): number {
  const part = stylesPart(parts);
  let xml = partText(parts, part);
  for (const tag of tags(xml, "numFmt")) {
    const a = attributes(tag);
    if (a["formatCode"] === code) return Number(a["numFmtId"]);
  }
  const ids = tags(xml, "numFmt").map((t) => Number(attributes(t)["numFmtId"]));
  const id = Math.max(163, ...ids) + 1;
  const fmt = `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`;
  if (/<numFmts\b/.test(xml)) {
    xml = xml.replace(/<numFmts\b[^>]*>/, (open) => open.replace(/count="\d+"/, `count="${ids.length + 1}"`));
    xml = replaceOnce(xml, "</numFmts>", `${fmt}</numFmts>`);
  } else {
    xml = xml.replace(/(<styleSheet\b[^>]*>)/, `$1<numFmts count="1">${fmt}</numFmts>`);
  }
  setPartText(parts, part, xml);
  return id;
}

/** Appends a `<font>` to the styles' fonts; returns its index. */
export function addFont(parts: Parts, font: string): number {
  const part = stylesPart(parts);
  let xml = partText(parts, part);
  const m = /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(xml);
  if (!m) throw new Error("no <fonts> in styles");
  const count = (m[1]?.match(/<font\b/g) ?? []).length;
  const open = (m[0].match(/^<fonts\b[^>]*>/) as RegExpMatchArray)[0];
  const replaced = m[0]
    .replace(open, open.replace(/count="\d+"/, `count="${count + 1}"`))
    .replace(/<\/fonts>$/, `${font}</fonts>`);
  xml = xml.replace(m[0], replaced);
  setPartText(parts, part, xml);
  return count;
}

/** Appends an `<xf>` to cellXfs (as Excel does for a new combination of formats); returns its index. */
export function addCellXf(parts: Parts, xf: string): number {
  const part = stylesPart(parts);
  let xml = partText(parts, part);
  const m = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
  if (!m) throw new Error("no <cellXfs> in styles");
  const count = (m[1]?.match(/<xf\b/g) ?? []).length;
  const open = (m[0].match(/^<cellXfs\b[^>]*>/) as RegExpMatchArray)[0];
  const replaced = m[0]
    .replace(open, open.replace(/count="\d+"/, `count="${count + 1}"`))
    .replace(/<\/cellXfs>$/, `${xf}</cellXfs>`);
  xml = xml.replace(m[0], replaced);
  setPartText(parts, part, xml);
  return count;
}

/** The format code a cell style index (`s=`) stands for in a package's styles. */
export function formatCodeOfStyle(parts: Parts, styleIndex: number): string | undefined {
  const xml = partText(parts, stylesPart(parts));
  const m = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
  const xfs = (m?.[1] ?? "").match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g) ?? [];
  const xf = xfs[styleIndex];
  if (xf === undefined) return undefined;
  const id = Number(attributes(xf)["numFmtId"] ?? "0");
  for (const tag of tags(xml, "numFmt")) {
    const a = attributes(tag);
    if (Number(a["numFmtId"]) === id) return a["formatCode"];
  }
  return BUILTIN_FORMATS[id] ?? `(built-in ${id})`;
}

const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  14: "m/d/yyyy",
  49: "@",
};
