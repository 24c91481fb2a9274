/**
 * Looking at a portfolio after a run: its parts (fflate) for what must be byte-for-byte, and
 * SheetJS for cell values and formulas (shared formulas expanded), never the product's own code.
 */
import * as XLSX from "@e965/xlsx";
import { portfolioLayout, PORTFOLJ, type PortfolioLayout } from "./edits";
import {
  partHashes,
  relationshipsOf,
  relsPartOf,
  sheetsOf,
  unzipParts,
  workbookPart,
  type Parts,
} from "./ooxml";

export interface Opened {
  readonly parts: Parts;
  readonly wb: XLSX.WorkBook;
  readonly layout: PortfolioLayout;
  /** Which run wrote it, for failure messages. */
  readonly via: string;
}

export function openPortfolio(bytes: Uint8Array, via: string): Opened {
  const parts = unzipParts(bytes);
  const wb = XLSX.read(Buffer.from(bytes), { type: "buffer", cellFormula: true, cellNF: true, cellDates: false });
  return { parts, wb, layout: portfolioLayout(parts), via };
}

export function sheet(o: Opened, name: string): XLSX.WorkSheet {
  const ws = o.wb.Sheets[name];
  if (!ws) throw new Error(`${o.via}: the portfolio has no sheet "${name}" (it has: ${o.wb.SheetNames.join(", ")})`);
  return ws;
}

export function cell(o: Opened, sheetName: string, ref: string): XLSX.CellObject | undefined {
  return sheet(o, sheetName)[ref] as XLSX.CellObject | undefined;
}

export const describeCell = (c: XLSX.CellObject | undefined): string =>
  c === undefined ? "(empty)" : JSON.stringify({ value: c.v, formula: c.f, type: c.t });

/** Every row of a sheet as shown text, for searching messages. */
export function sheetRows(o: Opened, name: string): string[][] {
  return XLSX.utils
    .sheet_to_json<unknown[]>(sheet(o, name), { header: 1, defval: "", raw: false, blankrows: false })
    .map((row) => row.map((v) => String(v ?? "")));
}

export function columnOfHeader(o: Opened, header: string): string | undefined {
  const ws = sheet(o, PORTFOLJ);
  const range = XLSX.utils.decode_range(ws["!ref"] ?? "A1");
  for (let c = range.s.c; c <= range.e.c; c++) {
    const ref = XLSX.utils.encode_cell({ r: o.layout.headerRow - 1, c });
    const v = (ws[ref] as XLSX.CellObject | undefined)?.v;
    if (v === header) return XLSX.utils.encode_col(c);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Which parts the product owns

/**
 * ASSUMPTION, from README.md ("consolidate" writes Portfölj, Översikt, Behov, Avvikelser,
 * Mappning and Parametrar; Behov is named "Behov (Digiportfölj)" when the council keeps its own
 * Behov) and issue 15 part 2 ("its sheets, their tables, drawings and charts, and the entries they
 * need in the workbook, relationships, content types, shared strings and styles"):
 *
 * the product owns
 * - the worksheet parts of those six sheets, their relationship parts, and every part reachable
 *   from them through relationships (tables, drawings, charts, and their own relationships);
 * - xl/workbook.xml and its relationships, [Content_Types].xml, the shared strings, the styles,
 *   and xl/calcChain.xml (the formula bookkeeping of its sheets);
 * and nothing else. Everything else — the council's sheets and their relationships, the theme,
 * docProps/core.xml, docProps/app.xml, docProps/custom.xml, the package's _rels/.rels — must be
 * byte-identical after an update. Parametrar is counted as the product's: it writes it and keeps
 * the council's values on it (README), so its part may change.
 */
export const PRODUCT_SHEETS = ["Portfölj", "Översikt", "Behov", "Avvikelser", "Mappning", "Parametrar"];

export function productOwnedParts(parts: Parts): Set<string> {
  const owned = new Set<string>(["[Content_Types].xml", "xl/calcChain.xml"]);
  const wb = workbookPart(parts);
  owned.add(wb);
  owned.add(relsPartOf(wb));
  for (const r of relationshipsOf(parts, wb))
    if (!r.external && /\/(sharedStrings|styles|calcChain)$/.test(r.type)) owned.add(r.part);
  const queue = sheetsOf(parts)
    .filter((s) => PRODUCT_SHEETS.includes(s.name) || /^Behov \(Digiportfölj\)/.test(s.name))
    .map((s) => s.part);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const part = queue.pop() as string;
    if (seen.has(part)) continue;
    seen.add(part);
    owned.add(part);
    owned.add(relsPartOf(part));
    for (const r of relationshipsOf(parts, part)) if (!r.external) queue.push(r.part);
  }
  return owned;
}

export interface PartDifference {
  readonly part: string;
  readonly what: "changed" | "removed";
}

/** The parts of `before` the product does not own that are not byte-identical in `after`. */
export function foreignPartsChanged(before: Uint8Array, after: Uint8Array): {
  differences: PartDifference[];
  checked: string[];
} {
  const b = unzipParts(before);
  const a = unzipParts(after);
  const owned = new Set([...productOwnedParts(b), ...productOwnedParts(a)]);
  const hb = partHashes(b);
  const ha = partHashes(a);
  const differences: PartDifference[] = [];
  const checked: string[] = [];
  for (const part of Object.keys(hb)) {
    if (owned.has(part)) continue;
    checked.push(part);
    if (!(part in ha)) differences.push({ part, what: "removed" });
    else if (ha[part] !== hb[part]) differences.push({ part, what: "changed" });
  }
  return { differences, checked };
}
