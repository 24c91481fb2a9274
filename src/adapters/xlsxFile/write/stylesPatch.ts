/**
 * The styles part of a workbook that exists, read into lists (so our looks get indices after
 * theirs) and written back with only our entries appended and the counts raised: every index a
 * cell of theirs uses keeps its meaning (ECMA-376 Part 1, §18.8.39 CT_Stylesheet).
 */
import type { StyleLists, StyleSheet } from "./styleSheet";

/** The order of CT_Stylesheet's children, to put a list the part lacks in its place. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

const section = (xml: string, tag: string): RegExpExecArray | null =>
  new RegExp(`<${tag}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${tag}>)`).exec(xml);

const entries = (content: string, tag: string): string[] =>
  [...content.matchAll(new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, "g"))].map(
    (m) => m[0]
  );

const unescape = (text: string): string =>
  text.replace(
    /&(quot|amp|lt|gt|apos|#(\d+)|#x([0-9a-fA-F]+));/g,
    (all, name: string, dec?: string, hex?: string) => {
      if (dec !== undefined) return String.fromCodePoint(Number(dec));
      if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
      return (
        ({ quot: '"', amp: "&", lt: "<", gt: ">", apos: "'" } as Record<string, string>)[name] ??
        all
      );
    }
  );

/** The lists of a styles part; null when it is not one we can patch (prefixed, or no cellXfs). */
export function readStyleLists(xml: string): StyleLists | null {
  if (/<\w+:styleSheet\b/.test(xml) || !/<styleSheet\b/.test(xml)) return null;
  const list = (tag: string, entry: string) => entries(section(xml, tag)?.[1] ?? "", entry);
  const cellXfs = list("cellXfs", "xf");
  if (cellXfs.length === 0) return null;
  const numFmts = new Map<string, number>();
  for (const numFmt of entries(section(xml, "numFmts")?.[1] ?? "", "numFmt")) {
    const id = /\bnumFmtId="(\d+)"/.exec(numFmt)?.[1];
    const code = /\bformatCode="([^"]*)"/.exec(numFmt)?.[1];
    if (id !== undefined && code !== undefined) numFmts.set(unescape(code), Number(id));
  }
  return {
    numFmts,
    fonts: list("fonts", "font"),
    fills: list("fills", "fill"),
    borders: list("borders", "border"),
    cellXfs,
    dxfs: list("dxfs", "dxf"),
  };
}

function appendTo(xml: string, tag: string, added: string, addedCount: number): string {
  if (addedCount === 0) return xml;
  const found = section(xml, tag);
  if (found) {
    const oldCount = Number(
      /\bcount="(\d+)"/.exec(found[0])?.[1] ?? entries(found[1] ?? "", tag.slice(0, -1)).length
    );
    const open = /^<[^>]*?\/?>/.exec(found[0])![0].replace(/\/>$/, ">");
    const withCount = /\bcount="\d+"/.test(open)
      ? open.replace(/\bcount="\d+"/, `count="${oldCount + addedCount}"`)
      : open.replace(/^<(\w+)/, `<$1 count="${oldCount + addedCount}"`);
    const replaced = `${withCount}${found[1] ?? ""}${added}</${tag}>`;
    return xml.slice(0, found.index) + replaced + xml.slice(found.index + found[0].length);
  }
  const created = `<${tag} count="${addedCount}">${added}</${tag}>`;
  for (const later of ORDER.slice(ORDER.indexOf(tag) + 1)) {
    const at = new RegExp(`<${later}\\b`).exec(xml);
    if (at) return xml.slice(0, at.index) + created + xml.slice(at.index);
  }
  const end = xml.lastIndexOf("</styleSheet>");
  return xml.slice(0, end) + created + xml.slice(end);
}

/** The styles part with what `styles` added to its lists. */
export function patchStyles(xml: string, styles: StyleSheet): string {
  const added = styles.additions();
  let out = xml;
  out = appendTo(out, "numFmts", added.numFmts, styles.addedFormatCount);
  out = appendTo(out, "fonts", added.fonts.join(""), added.fonts.length);
  out = appendTo(out, "fills", added.fills.join(""), added.fills.length);
  out = appendTo(out, "borders", added.borders.join(""), added.borders.length);
  out = appendTo(out, "cellXfs", added.cellXfs.join(""), added.cellXfs.length);
  out = appendTo(out, "dxfs", added.dxfs.join(""), added.dxfs.length);
  return out;
}
