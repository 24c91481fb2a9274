/**
 * Just enough reading of a worksheet part Excel (or we) wrote to rewrite it: its rows and cells
 * as they are written, and its other top-level elements as text. Excel writes no namespace prefix
 * in worksheet parts; a part that uses one is not scanned (the caller then refuses the update).
 */
import { columnNumber } from "../../../domain/sheets/columnLetters";

export interface ScannedCell {
  readonly row: number;
  readonly col: number;
  /** The whole `<c>` element. */
  readonly xml: string;
  /** True when it holds a value or a formula (not only a style). */
  readonly hasContent: boolean;
}

export interface ScannedRow {
  readonly row: number;
  /** The `<row>` attributes as written, r and spans included. */
  readonly attributes: string;
}

export interface ScannedSheet {
  readonly rows: readonly ScannedRow[];
  readonly cells: readonly ScannedCell[];
  /** The part without its sheetData, to look for other elements in. */
  readonly rest: string;
}

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

export const attribute = (attributes: string, name: string): string | undefined =>
  new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes)?.[1];

export function usesPrefixes(xml: string): boolean {
  return /<\w+:worksheet\b/.test(xml);
}

/**
 * `keep` decides which cells are worth an object: a 50,000-row sheet of ours holds millions of
 * cells, of which only the few outside our area are wanted.
 */
export function scanWorksheet(
  xml: string,
  keep: (row: number, col: number) => boolean = () => true
): ScannedSheet {
  const open = xml.indexOf("<sheetData");
  const selfClosed = /<sheetData\s*\/>/.exec(xml);
  const close = xml.indexOf("</sheetData>");
  if (open < 0 || (selfClosed === null && close < 0)) return { rows: [], cells: [], rest: xml };
  const end =
    selfClosed !== null && selfClosed.index === open ? open + selfClosed[0].length : close + 12;
  const data = xml.slice(open, end);
  const rows: ScannedRow[] = [];
  const cells: ScannedCell[] = [];
  let lastRow = 0;
  for (const row of data.matchAll(ROW)) {
    const attributes = row[1] ?? "";
    const r = Number(attribute(attributes, "r") ?? lastRow + 1);
    lastRow = r;
    rows.push({ row: r, attributes });
    let lastCol = 0;
    for (const cell of (row[2] ?? "").matchAll(CELL)) {
      const ref = attribute(cell[1] ?? "", "r");
      const letters = ref === undefined ? null : /^([A-Z]{1,3})\d+$/.exec(ref)?.[1];
      const col = letters ? columnNumber(letters) : lastCol + 1;
      lastCol = col;
      if (!keep(r, col)) continue;
      const inner = cell[2] ?? "";
      cells.push({ row: r, col, xml: cell[0], hasContent: /<(v|f|is)\b/.test(inner) });
    }
  }
  return { rows, cells, rest: xml.slice(0, open) + xml.slice(end) };
}

/** A top-level element of the worksheet as written, or undefined. */
export function elementOf(rest: string, tag: string): string | undefined {
  return new RegExp(`<${tag}\\b(?:[^>]*?/>|[^>]*>[\\s\\S]*?</${tag}>)`).exec(rest)?.[0];
}

/** Every occurrence of a repeated top-level element (conditionalFormatting). */
export function elementsOf(rest: string, tag: string): string[] {
  return [
    ...rest.matchAll(new RegExp(`<${tag}\\b(?:[^>]*?/>|[^>]*>[\\s\\S]*?</${tag}>)`, "g")),
  ].map((m) => m[0]);
}

/** The boxes of a space-separated sqref ("A1:B2 D4"). */
export function sqrefBoxes(
  sqref: string
): { top: number; left: number; bottom: number; right: number }[] {
  return sqref
    .trim()
    .split(/\s+/)
    .flatMap((ref) => {
      const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(ref);
      if (!m) return [];
      const left = columnNumber(m[1]!);
      const top = Number(m[2]);
      return [
        {
          top,
          left,
          bottom: m[4] === undefined ? top : Number(m[4]),
          right: m[3] === undefined ? left : columnNumber(m[3]),
        },
      ];
    });
}
