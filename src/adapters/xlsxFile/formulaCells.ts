/**
 * Finds the cells of a worksheet part that hold a formula saved without its value (<f> and no
 * <v>, as openpyxl, report generators and our own writer leave them), with each one's formula:
 * a shared formula's dependent cells get the master's text moved to their place, as Excel fills
 * them. SheetJS reads such cells as empty unless asked for every formula of the file, which costs
 * far more (README, "Formulas saved without a value"); this scan reads only the XML text.
 */
import { compileShift, parseCell } from "./formulaSyntax";
import {
  partIndex,
  readPart,
  readRelationships,
  workbookPartOf,
  type PackagePart,
} from "./packageParts";

export interface ValuelessFormula {
  /** 1-based. */
  readonly row: number;
  readonly col: number;
  /** As stored, without "=" (prefixes such as "_xlfn." kept). */
  readonly formula: string;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith("#x")
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith("#")
        ? String.fromCodePoint(Number(e.slice(1)))
        : ENTITIES[e]!
  );
}

const CELL = /<(?:\w+:)?c\b([^>]*?)(\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const FORMULA = /<(?:\w+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/;
const VALUE = /<(?:\w+:)?v\b[^>]*>[^<]/;
const ATTRIBUTES = { r: /\br="([^"]*)"/, t: /\bt="([^"]*)"/, si: /\bsi="([^"]*)"/ };
const attr = (attrs: string, name: keyof typeof ATTRIBUTES): string | undefined =>
  ATTRIBUTES[name].exec(attrs)?.[1];

/**
 * The <c> elements that hold a formula: found from each "<f", so the cells without one (most of
 * a list) cost nothing; a package whose elements carry a namespace prefix is matched by regex.
 */
function* formulaElements(xml: string): Generator<{ attrs: string; inner: string }> {
  if (/<\w+:c\b/.test(xml)) {
    for (const cell of xml.matchAll(CELL))
      if (cell[3] !== undefined && /<(?:\w+:)?f\b/.test(cell[3]))
        yield { attrs: cell[1]!, inner: cell[3] };
    return;
  }
  let at = 0;
  for (;;) {
    const f = xml.indexOf("<f", at);
    if (f < 0) return;
    const next = xml.charCodeAt(f + 2);
    const end = xml.indexOf("</c>", f);
    const start = xml.lastIndexOf("<c ", f);
    at = end < 0 ? f + 2 : end + 4;
    // "<f" of another element (<font>, <filterColumn>) or outside a cell.
    if (next !== 62 && next !== 32 && next !== 47) continue;
    if (start < 0 || end < 0) continue;
    const open = xml.indexOf(">", start);
    if (open < 0 || open > f) continue;
    yield { attrs: xml.slice(start + 2, open), inner: xml.slice(open + 1, end) };
  }
}

/** The value-less formula cells of one worksheet's XML, in the order the part lists them. */
export function valuelessFormulas(xml: string): ValuelessFormula[] {
  if (!/<(?:\w+:)?f\b/.test(xml)) return [];
  const found: ValuelessFormula[] = [];
  // Shared formulas by si: the master's text and its cell; a dependent without value may come
  // after a master that has one, so every master is kept.
  const shared = new Map<
    string,
    { formula: string; row: number; col: number; shift?: (rows: number, cols: number) => string }
  >();
  for (const { attrs, inner } of formulaElements(xml)) {
    const f = FORMULA.exec(inner);
    if (!f) continue;
    const ref = attr(attrs, "r");
    if (ref === undefined || !/^[A-Za-z]{1,3}\d{1,7}$/.test(ref)) continue;
    const { row, col } = parseCell(ref);
    const fAttrs = f[1] ?? "";
    let formula = f[2] === undefined ? "" : unescapeXml(f[2]);
    const si = attr(fAttrs, "si");
    const hasValue = VALUE.test(inner);
    if (attr(fAttrs, "t") === "shared" && si !== undefined) {
      if (formula !== "") shared.set(si, { formula, row, col });
      else if (!hasValue) {
        const master = shared.get(si);
        if (master) {
          master.shift ??= compileShift(master.formula);
          formula = master.shift(row - master.row, col - master.col);
        }
      }
    }
    if (formula === "" || hasValue) continue;
    found.push({ row, col, formula });
  }
  return found;
}

/**
 * The value-less formula cells of each sheet, in the order of `sheetRelIds` (the r:id of each
 * sheet in workbook.xml), as readTablesBySheet finds the sheets' parts. A part that is missing or
 * unreadable gives none.
 */
export function valuelessFormulasBySheet(
  files: Readonly<Record<string, PackagePart>>,
  sheetRelIds: readonly (string | undefined)[]
): ValuelessFormula[][] {
  const index = partIndex(files);
  const workbookRels = readRelationships(index, workbookPartOf(index));
  return sheetRelIds.map((relId) => {
    const part = relId === undefined ? null : workbookRels.get(relId)?.target;
    const xml = part ? readPart(index, part) : null;
    return xml === null ? [] : valuelessFormulas(xml);
  });
}
