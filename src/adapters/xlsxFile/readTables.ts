/**
 * Excel tables (ListObjects) of an .xlsx, read from the package parts SheetJS hands back with
 * `bookFiles: true`: SheetJS CE parses cells but not tables. Follows the relationships
 * workbook → sheet → table, so odd part names (a "wtf/" folder, Strict OOXML) work too.
 * Pure bytes in, data out: usable in a Web Worker.
 */
import type { CellBox, TableInfo } from "../../domain/ports/WorkbookPort";
import {
  asRecord,
  isRelType,
  parseXml,
  partIndex,
  readPart,
  readRelationships,
  workbookPartOf,
  type PackagePart,
  type PartIndex,
} from "./packageParts";

export type { PackagePart } from "./packageParts";

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

function readTable(index: PartIndex, path: string): TableInfo | null {
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
  const workbookPart = workbookPartOf(index);
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
