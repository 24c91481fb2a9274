/**
 * .xlsx packages from hand-written XML, zipped with fflate: what a damaged or generated file
 * holds, byte for byte, without the product's writer (exceljs) or SheetJS tidying it up.
 */
import { zipSync } from "fflate";

export interface HandWrittenSheet {
  readonly name: string;
  /** The worksheet part whole, or the inside of <sheetData> (then wrapped in a worksheet). */
  readonly xml: string | Uint8Array;
  /** A <dimension ref> written before <sheetData>, when xml is only the sheet data. */
  readonly dimension?: string;
}

export interface HandWrittenBook {
  readonly sheets: readonly HandWrittenSheet[];
  /** The sharedStrings part whole (string: UTF-8; bytes: as given), or its strings. */
  readonly sharedStrings?: string | Uint8Array | readonly string[];
  /** workbook.xml as bytes, replacing the one written from `sheets` (e.g. in another encoding). */
  readonly workbookXml?: Uint8Array;
  /** Deflate the parts (default) or store them. */
  readonly level?: 0 | 6;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A <sst> of these strings, UTF-8. */
export function sharedStringsXml(strings: readonly string[], declaration = ""): string {
  const items = strings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`);
  return `${declaration}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${items.join("")}</sst>`;
}

/** The workbook part naming these sheets (rId1…), UTF-8 unless the caller re-encodes it. */
export function workbookXml(names: readonly string[], declaration = ""): string {
  const sheets = names
    .map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  return `${declaration}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets}</sheets></workbook>`;
}

export function worksheetXml(sheetData: string, dimension?: string): string {
  const dim = dimension === undefined ? "" : `<dimension ref="${dimension}"/>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}">${dim}<sheetData>${sheetData}</sheetData></worksheet>`;
}

/** One row of inline cells: numbers as numbers, strings as t="str". */
export function rowXml(row: number, cells: readonly (string | number)[]): string {
  const xml = cells.map((value, i) => {
    const ref = `${String.fromCharCode(65 + i)}${row}`;
    return typeof value === "number"
      ? `<c r="${ref}"><v>${value}</v></c>`
      : `<c r="${ref}" t="str"><v>${escapeXml(value)}</v></c>`;
  });
  return `<row r="${row}">${xml.join("")}</row>`;
}

export function handWrittenXlsx(book: HandWrittenBook): Uint8Array {
  const withStrings = book.sharedStrings !== undefined;
  const overrides = book.sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
    )
    .join("");
  const sst = withStrings
    ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`
    : "";
  const parts: Record<string, Uint8Array> = {
    "[Content_Types].xml": utf8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}${sst}</Types>`
    ),
    "_rels/.rels": utf8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ),
    "xl/workbook.xml":
      book.workbookXml ??
      utf8(
        workbookXml(
          book.sheets.map((s) => s.name),
          '<?xml version="1.0" encoding="UTF-8"?>'
        )
      ),
    "xl/_rels/workbook.xml.rels": utf8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">${book.sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
        )
        .join("")}${
        withStrings
          ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
          : ""
      }</Relationships>`
    ),
  };
  book.sheets.forEach((sheet, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] =
      typeof sheet.xml !== "string"
        ? sheet.xml
        : utf8(
            sheet.xml.includes("<worksheet") ? sheet.xml : worksheetXml(sheet.xml, sheet.dimension)
          );
  });
  if (withStrings) {
    const sst = book.sharedStrings!;
    parts["xl/sharedStrings.xml"] =
      typeof sst === "string"
        ? utf8(sst)
        : sst instanceof Uint8Array
          ? sst
          : utf8(
              sharedStringsXml(sst as readonly string[], '<?xml version="1.0" encoding="UTF-8"?>')
            );
  }
  return zipSync(parts, { level: book.level ?? 6, mtime: new Date(Date.UTC(2026, 0, 1)) });
}

/** Bytes of `text` in a single-byte encoding: Latin-1 (each code point < 256 as its byte). */
export function latin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) throw new Error(`not Latin-1: U+${code.toString(16)}`);
    bytes[i] = code;
  }
  return bytes;
}

/** UTF-16 little-endian bytes with a byte-order mark. */
export function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = code & 0xff;
    bytes[3 + i * 2] = code >> 8;
  }
  return bytes;
}
