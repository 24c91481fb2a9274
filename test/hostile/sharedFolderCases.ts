/**
 * Generators for the shared-folder hostile cases (test/hostile/sharedFolder.test.ts).
 *
 * Every workbook here is written from hand-written SpreadsheetML zipped with fflate, never with the
 * product's own writer (exceljs) or reader (SheetJS), so a bug shared by the product and its
 * libraries cannot hide itself. The XML follows Excel's rules (element order, escapes, counts)
 * except where the case itself is the damage.
 */
import { strToU8, zipSync, type Zippable } from "fflate";

// ---------------------------------------------------------------------------------------------
// Cells and XML

export type CellValue = string | number | null | undefined;

/** Column letters for a 1-based column number (1 → A, 16384 → XFD). */
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

/**
 * Text as SpreadsheetML holds it: XML escapes, and the C0 controls XML 1.0 cannot carry (all but
 * tab, LF, CR) as Excel's `_xHHHH_`; a literal `_xHHHH_` in the text is protected as
 * `_x005F_xHHHH_`. DEL, the C1 range and U+202E are legal XML characters and are written as they
 * are, so they reach a reader raw whether or not it decodes `_xHHHH_`.
 */
export function xmlText(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`
    );
}

const tElement = (text: string) =>
  /^\s|\s$/.test(text) || /\n/.test(text)
    ? `<t xml:space="preserve">${xmlText(text)}</t>`
    : `<t>${xmlText(text)}</t>`;

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types";
const XML_DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

export const CT_WORKBOOK =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
export const CT_TEMPLATE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";
const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_SST = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** One cell placed by its address: for cells far from the others (XFD1048576). */
export interface PlacedCell {
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
}

export interface SheetSpec {
  readonly name: string;
  /** Rows from row `firstRow` (default 1) down, each from column A. */
  readonly rows: readonly (readonly CellValue[])[];
  readonly firstRow?: number;
  /** Extra cells at any address (kept in row and column order with `rows`). */
  readonly extraCells?: readonly PlacedCell[];
  /** Overrides the computed `<dimension ref>`. */
  readonly dimension?: string;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  /** "inline": t="inlineStr" cells; "shared": one sharedStrings part (the default). */
  readonly strings?: "inline" | "shared";
  /** Content type of /xl/workbook.xml (CT_TEMPLATE for an .xltx). */
  readonly workbookContentType?: string;
  /** Replaces the bytes of xl/sharedStrings.xml (the strings' indexes stay those of `strings`). */
  readonly sharedStringsPart?: (strings: readonly string[]) => Uint8Array;
  /**
   * Cells whose value is a shared-string index written as it is (`<c t="s"><v>n</v></c>`),
   * whether or not the index exists: key "sheetIndex!A1".
   */
  readonly rawSharedIndex?: Readonly<Record<string, number>>;
}

interface GridCell {
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
}

function sheetCells(sheet: SheetSpec): GridCell[] {
  const first = sheet.firstRow ?? 1;
  const cells: GridCell[] = [];
  sheet.rows.forEach((values, r) =>
    values.forEach((value, c) => {
      if (value !== null && value !== undefined && value !== "")
        cells.push({ row: first + r, column: c + 1, value });
    })
  );
  for (const extra of sheet.extraCells ?? []) cells.push(extra);
  cells.sort((a, b) => a.row - b.row || a.column - b.column);
  return cells;
}

class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  count = 0;
  add(text: string): number {
    this.count++;
    const known = this.index.get(text);
    if (known !== undefined) return known;
    this.list.push(text);
    this.index.set(text, this.list.length - 1);
    return this.list.length - 1;
  }
}

function sheetXml(
  sheet: SheetSpec,
  sheetIndex: number,
  mode: "inline" | "shared",
  sst: SharedStrings,
  rawSharedIndex: Readonly<Record<string, number>>
): string {
  const cells = sheetCells(sheet);
  const byRow = new Map<number, GridCell[]>();
  for (const cell of cells) {
    const list = byRow.get(cell.row) ?? [];
    list.push(cell);
    byRow.set(cell.row, list);
  }
  const rowsXml = [...byRow.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([row, rowCells]) => {
      const cellsXml = rowCells
        .map((cell) => {
          const ref = `${columnLetters(cell.column)}${cell.row}`;
          const raw = rawSharedIndex[`${sheetIndex}!${ref}`];
          if (raw !== undefined) return `<c r="${ref}" t="s"><v>${raw}</v></c>`;
          if (typeof cell.value === "number") return `<c r="${ref}"><v>${cell.value}</v></c>`;
          const text = String(cell.value);
          if (mode === "inline")
            return `<c r="${ref}" t="inlineStr"><is>${tElement(text)}</is></c>`;
          return `<c r="${ref}" t="s"><v>${sst.add(text)}</v></c>`;
        })
        .join("");
      return `<row r="${row}">${cellsXml}</row>`;
    })
    .join("");
  const dimension =
    sheet.dimension ??
    (cells.length
      ? `A1:${columnLetters(Math.max(...cells.map((c) => c.column)))}${Math.max(...cells.map((c) => c.row))}`
      : "A1");
  return (
    XML_DECL +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<dimension ref="${dimension}"/>` +
    `<sheetViews><sheetView workbookViewId="0"${sheetIndex === 0 ? ' tabSelected="1"' : ""}/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    `<sheetData>${rowsXml}</sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `</worksheet>`
  );
}

const STYLES_XML =
  XML_DECL +
  `<styleSheet xmlns="${NS_MAIN}">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;

/** The shared-strings part as Excel writes it, in UTF-8. */
export function sharedStringsXml(strings: readonly string[], count = strings.length): string {
  return (
    XML_DECL +
    `<sst xmlns="${NS_MAIN}" count="${count}" uniqueCount="${strings.length}">` +
    strings.map((s) => `<si>${tElement(s)}</si>`).join("") +
    `</sst>`
  );
}

/** A complete .xlsx (or .xltx) package. */
export function buildWorkbook(spec: WorkbookSpec): Uint8Array {
  const mode = spec.strings ?? "shared";
  const sst = new SharedStrings();
  const rawSharedIndex = spec.rawSharedIndex ?? {};
  const sheetParts = spec.sheets.map((sheet, i) =>
    strToU8(sheetXml(sheet, i, mode, sst, rawSharedIndex))
  );
  const withSst = mode === "shared";
  const n = spec.sheets.length;
  const files: Zippable = {
    "[Content_Types].xml": strToU8(
      XML_DECL +
        `<Types xmlns="${NS_CT}">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${spec.workbookContentType ?? CT_WORKBOOK}"/>` +
        spec.sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT_WORKSHEET}"/>`
          )
          .join("") +
        `<Override PartName="/xl/styles.xml" ContentType="${CT_STYLES}"/>` +
        (withSst ? `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT_SST}"/>` : "") +
        `</Types>`
    ),
    "_rels/.rels": strToU8(
      XML_DECL +
        `<Relationships xmlns="${NS_PKG_REL}">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
        `</Relationships>`
    ),
    "xl/workbook.xml": strToU8(
      XML_DECL +
        `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
        `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>` +
        `<sheets>` +
        spec.sheets
          .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join("") +
        `</sheets></workbook>`
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      XML_DECL +
        `<Relationships xmlns="${NS_PKG_REL}">` +
        spec.sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
          )
          .join("") +
        `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
        (withSst
          ? `<Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`
          : "") +
        `</Relationships>`
    ),
    "xl/styles.xml": strToU8(STYLES_XML),
  };
  sheetParts.forEach((bytes, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = bytes));
  if (withSst)
    files["xl/sharedStrings.xml"] = spec.sharedStringsPart
      ? spec.sharedStringsPart(sst.list)
      : strToU8(sharedStringsXml(sst.list, sst.count));
  return zipSync(files, { level: 6, mtime: new Date("2026-11-30T10:00:00Z") });
}

// ---------------------------------------------------------------------------------------------
// Lists

export interface ListRow {
  readonly id?: string;
  readonly name: string;
  readonly forvaltning: string;
  readonly status: string;
  readonly investment: number | string;
  readonly description?: string;
}

export const LIST_HEADER = ["Initiativ-ID", "Namn", "Förvaltning", "Status", "Investering (kr)"];
const HEADER_WITH_DESCRIPTION = [...LIST_HEADER, "Beskrivning"];

/** Header and rows of a minimal list, as grid values. */
export function listGrid(rows: readonly ListRow[]): CellValue[][] {
  const withDescription = rows.some((r) => r.description !== undefined);
  return [
    withDescription ? HEADER_WITH_DESCRIPTION : LIST_HEADER,
    ...rows.map((r) => [
      r.id ?? null,
      r.name,
      r.forvaltning,
      r.status,
      r.investment,
      ...(withDescription ? [r.description ?? null] : []),
    ]),
  ];
}

/** A minimal readable list: one sheet "Lista". */
export function listWorkbook(
  rows: readonly ListRow[],
  options: { strings?: "inline" | "shared"; sheetName?: string; workbookContentType?: string } = {}
): Uint8Array {
  return buildWorkbook({
    sheets: [{ name: options.sheetName ?? "Lista", rows: listGrid(rows) }],
    strings: options.strings ?? "shared",
    ...(options.workbookContentType ? { workbookContentType: options.workbookContentType } : {}),
  });
}

// ---------------------------------------------------------------------------------------------
// Case a: two ordinary lists in the folder the portfolio is saved in

export const LIST_A: readonly ListRow[] = [
  {
    id: "SOC-2026-01",
    name: "Digital signering",
    forvaltning: "Socialförvaltningen",
    status: "Pågår",
    investment: 120000,
  },
  {
    id: "SOC-2026-02",
    name: "Robot för ekonomiskt bistånd",
    forvaltning: "Socialförvaltningen",
    status: "Förstudie",
    investment: 350000,
  },
];
export const LIST_B: readonly ListRow[] = [
  {
    id: "MIL-2026-01",
    name: "E-tjänst för tillsyn",
    forvaltning: "Miljöförvaltningen",
    status: "Beslutad",
    investment: 90000,
  },
  {
    id: "MIL-2026-02",
    name: "Sensorer i dagvattnet",
    forvaltning: "Miljöförvaltningen",
    status: "Idé",
    investment: 40000,
  },
];

// ---------------------------------------------------------------------------------------------
// Case d: a user's own workbook at the --out path (not written by the product)

export const OWN_WORKBOOK_TEXT = "Mina egna anteckningar inför rådets möte – rör inte";

export function ownWorkbook(): Uint8Array {
  return buildWorkbook({
    strings: "shared",
    sheets: [
      {
        name: "Portfölj",
        rows: [
          ["Initiativ-ID", "Namn", "Kommentar"],
          ["EGEN-1", "Mitt eget initiativ", "Räknat för hand"],
          ["EGEN-2", "Ett till", "Att diskutera"],
        ],
      },
      { name: "Översikt", rows: [[OWN_WORKBOOK_TEXT], ["Budget 2027 ska beslutas i mars."]] },
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Case e: two sheets with the same name in workbook.xml

export const DUPLICATE_SHEET_NAME = "Lista";
/** Sheet 1: header on row 1, data on rows 2–3. */
export const DUPLICATE_SHEET_1: readonly ListRow[] = [
  {
    id: "KUL-1",
    name: "Bokningssystem för lokaler",
    forvaltning: "Kulturförvaltningen",
    status: "Pågår",
    investment: 80000,
  },
  {
    id: "KUL-2",
    name: "Digitalt bibliotekskort",
    forvaltning: "Kulturförvaltningen",
    status: "Idé",
    investment: 15000,
  },
];
/** Sheet 2: header on row 3 (rows 1–2 empty), data on rows 4–6, so every row number is its own. */
export const DUPLICATE_SHEET_2: readonly ListRow[] = [
  {
    id: "KUL-3",
    name: "Självbetjäning i simhallen",
    forvaltning: "Kulturförvaltningen",
    status: "Beslutad",
    investment: 230000,
  },
  {
    id: "KUL-4",
    name: "Skanning av arkivet",
    forvaltning: "Kulturförvaltningen",
    status: "Förstudie",
    investment: 410000,
  },
  {
    id: "KUL-5",
    name: "Chatt för lovaktiviteter",
    forvaltning: "Kulturförvaltningen",
    status: "Klar",
    investment: 25000,
  },
];

export function duplicateSheetNames(): Uint8Array {
  return buildWorkbook({
    strings: "shared",
    sheets: [
      { name: DUPLICATE_SHEET_NAME, rows: listGrid(DUPLICATE_SHEET_1) },
      { name: DUPLICATE_SHEET_NAME, rows: listGrid(DUPLICATE_SHEET_2), firstRow: 3 },
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Case f: sharedStrings.xml in Latin-1 / windows-1252

const CP1252_HIGH: Readonly<Record<string, number>> = {
  "€": 0x80,
  "‚": 0x82,
  ƒ: 0x83,
  "„": 0x84,
  "…": 0x85,
  "†": 0x86,
  "‡": 0x87,
  ˆ: 0x88,
  "‰": 0x89,
  Š: 0x8a,
  "‹": 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "•": 0x95,
  "–": 0x96,
  "—": 0x97,
  "˜": 0x98,
  "™": 0x99,
  š: 0x9a,
  "›": 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** Encodes text in a single-byte encoding; throws on a character it cannot hold. */
export function encodeSingleByte(
  text: string,
  encoding: "ISO-8859-1" | "windows-1252"
): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const high = encoding === "windows-1252" ? CP1252_HIGH[ch] : undefined;
    if (high !== undefined) bytes.push(high);
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else if (encoding === "ISO-8859-1" && code >= 0x80 && code <= 0x9f) bytes.push(code);
    else throw new Error(`${JSON.stringify(ch)} cannot be written in ${encoding}`);
  }
  return Uint8Array.from(bytes);
}

export const LATIN1_ROWS: readonly ListRow[] = [
  {
    id: "ÖVF-1",
    name: "Överföring av ärenden till e-arkiv",
    forvaltning: "Socialförvaltningen",
    status: "Förstudie",
    investment: 150000,
  },
  {
    id: "ÖVF-2",
    name: "Självservice för bygglov åäö ÅÄÖ",
    forvaltning: "Miljöförvaltningen",
    status: "Pågår",
    investment: 275000,
  },
  {
    id: "ÖVF-3",
    name: "Tolkbokning × ½ år · «pilot» é ü ß",
    forvaltning: "Kultur- och fritidsförvaltningen",
    status: "Idé",
    investment: 30000,
  },
];

export const CP1252_ROWS: readonly ListRow[] = [
  {
    id: "VÅF-1",
    name: "Läsplattor – äldreboende",
    forvaltning: "Vård- och omsorgsförvaltningen",
    status: "Pågår",
    investment: 95000,
  },
  {
    id: "VÅF-2",
    name: "Nyckelfria lås — hemtjänst ”etapp 2”",
    forvaltning: "Socialförvaltningen",
    status: "Beslutad",
    investment: 480000,
  },
  {
    id: "VÅF-3",
    name: "Ärendesystem 2.0 – ‘Öppna’ e-tjänster € …",
    forvaltning: "Miljöförvaltningen",
    status: "Förstudie",
    investment: 60000,
  },
];

/** A list whose sharedStrings.xml declares and uses a single-byte encoding. */
export function singleByteSharedStrings(
  rows: readonly ListRow[],
  encoding: "ISO-8859-1" | "windows-1252"
): Uint8Array {
  return buildWorkbook({
    strings: "shared",
    sheets: [{ name: "Lista", rows: listGrid(rows) }],
    sharedStringsPart: (strings) =>
      encodeSingleByte(
        sharedStringsXml(strings).replace(
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
          `<?xml version="1.0" encoding="${encoding}"?>`
        ),
        encoding
      ),
  });
}

// ---------------------------------------------------------------------------------------------
// Case g: a 40,000-character text

export const EXCEL_CELL_LIMIT = 32767;

/** A text of exactly `length` characters, distinctive at its start. */
export function longText(start: string, length: number): string {
  const filler = " abcdefghij klmnopqrst uvwxyzåäö 0123456789";
  let text = start;
  while (text.length < length) text += filler;
  return text.slice(0, length);
}

export const LONG_NAME = longText("Långt namn på ett initiativ:", 40000);
export const LONG_DESCRIPTION = longText("Lång beskrivning av initiativet:", 40000);

export function longTextList(): Uint8Array {
  return listWorkbook(
    [
      {
        id: "LNG-1",
        name: LONG_NAME,
        forvaltning: "Kommunledningsförvaltningen",
        status: "Pågår",
        investment: 100000,
      },
      {
        id: "LNG-2",
        name: "Kort namn",
        forvaltning: "Kommunledningsförvaltningen",
        status: "Idé",
        investment: 5000,
        description: LONG_DESCRIPTION,
      },
    ],
    { strings: "shared" }
  );
}

// ---------------------------------------------------------------------------------------------
// Case i: a cell at the last address of the grid, and one beyond it

export const FAR_ROWS: readonly ListRow[] = [
  {
    id: "FAR-1",
    name: "Mobil arbetsorder",
    forvaltning: "Tekniska förvaltningen",
    status: "Pågår",
    investment: 70000,
  },
  {
    id: "FAR-2",
    name: "Digital felanmälan",
    forvaltning: "Tekniska förvaltningen",
    status: "Klar",
    investment: 45000,
  },
];
export const BEYOND_ROWS: readonly ListRow[] = [
  {
    id: "BEY-1",
    name: "Elektronisk fakturahantering",
    forvaltning: "Ekonomiavdelningen",
    status: "Beslutad",
    investment: 55000,
  },
];

/** Sheet "Hörnet": a list and one text at XFD1048576 (Excel's last cell). */
export function lastCellWorkbook(): Uint8Array {
  return buildWorkbook({
    strings: "inline",
    sheets: [
      {
        name: "Hörnet",
        rows: listGrid(FAR_ROWS),
        extraCells: [{ row: 1048576, column: 16384, value: "sista cellen" }],
      },
    ],
  });
}

/** Sheet "Bortom": a list and one text at A99999999 (beyond Excel's 1,048,576 rows). */
export function beyondGridWorkbook(): Uint8Array {
  return buildWorkbook({
    strings: "inline",
    sheets: [
      {
        name: "Bortom",
        rows: listGrid(BEYOND_ROWS),
        extraCells: [{ row: 99999999, column: 1, value: "bortom rutnätet" }],
      },
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Case j: terminal escape sequences in cells

export const ESCAPE_ROWS: readonly { name: string; amount: string; visible: readonly string[] }[] =
  [
    { name: "Rensa\x1b[2Jskärmen", amount: "12\x1b[2J000 kr", visible: ["Rensa", "skärmen"] },
    {
      name: "Fönster\x1b]0;hackad titel\x07rubrik",
      amount: "tjugo\x1b]0;x\x07tusen",
      visible: ["Fönster", "rubrik"],
    },
    { name: "Färg\x9b31mröd", amount: "fem\x9b2Jhundra", visible: ["Färg", "röd"] },
    { name: "Vänd\u202etxet\u202cordning", amount: "sju\u202ekr", visible: ["Vänd", "ordning"] },
  ];

/** A list whose names and amounts hold escape sequences; every row has an unreadable amount. */
export function escapeSequenceList(): Uint8Array {
  return buildWorkbook({
    strings: "shared",
    sheets: [
      {
        name: "Lista",
        rows: [
          LIST_HEADER,
          ...ESCAPE_ROWS.map((r, i) => [
            `ESC-${i + 1}`,
            r.name,
            "Socialförvaltningen",
            "Pågår",
            r.amount,
          ]),
        ],
      },
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// Case k: a shared-string index past the end of sharedStrings

export const MISSING_SST_ROWS: readonly ListRow[] = [
  {
    id: "SST-1",
    name: "Visselblåsarfunktion",
    forvaltning: "Kommunledningsförvaltningen",
    status: "Pågår",
    investment: 60000,
  },
  {
    id: "SST-2",
    name: "(ersätts av ett index som saknas)",
    forvaltning: "Kommunledningsförvaltningen",
    status: "Idé",
    investment: 20000,
  },
  {
    id: "SST-3",
    name: "Automatisk diarieföring",
    forvaltning: "Kommunledningsförvaltningen",
    status: "Förstudie",
    investment: 140000,
  },
];
/** The damaged cell: Namn of the second data row. */
export const MISSING_SST_CELL = { sheet: "Lista", row: 3, column: "B" } as const;

export function missingSharedString(): Uint8Array {
  return buildWorkbook({
    strings: "shared",
    sheets: [{ name: "Lista", rows: listGrid(MISSING_SST_ROWS) }],
    rawSharedIndex: { [`0!${MISSING_SST_CELL.column}${MISSING_SST_CELL.row}`]: 9999 },
  });
}

// ---------------------------------------------------------------------------------------------
// Case l: odd but real names, a template, a lock file

export const TEMPLATE_ROWS: readonly ListRow[] = [
  {
    id: "MALL-1",
    name: "Initiativ ur en mallfil",
    forvaltning: "Utbildningsförvaltningen",
    status: "Idé",
    investment: 10000,
  },
];
export const TILDE_ROWS: readonly ListRow[] = [
  {
    id: "TIL-1",
    name: "Initiativ i en fil som börjar med tilde",
    forvaltning: "Utbildningsförvaltningen",
    status: "Pågår",
    investment: 20000,
  },
];
export const TRAILING_SPACE_ROWS: readonly ListRow[] = [
  {
    id: "MEL-1",
    name: "Initiativ i en fil med mellanslag sist",
    forvaltning: "Utbildningsförvaltningen",
    status: "Beslutad",
    investment: 30000,
  },
];

export function templateWorkbook(): Uint8Array {
  return listWorkbook(TEMPLATE_ROWS, { workbookContentType: CT_TEMPLATE });
}

/** Excel's owner file `~$name.xlsx`: 165 bytes, the user's name twice, not a zip. */
export function excelLockFile(user = "Anna Andersson"): Uint8Array {
  const bytes = new Uint8Array(165).fill(0x20);
  bytes[0] = user.length;
  bytes.set(strToU8(user), 1);
  const utf16 = new Uint8Array(user.length * 2);
  for (let i = 0; i < user.length; i++) utf16[i * 2] = user.charCodeAt(i);
  bytes[54] = user.length;
  bytes[55] = 0;
  bytes.set(utf16, 56);
  bytes.fill(0x20, 56 + utf16.length);
  return bytes;
}

/** A minimal Word document (.docx): a zip, but not a spreadsheet. */
export function wordDocument(): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      XML_DECL +
        `<Types xmlns="${NS_CT}">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
        `</Types>`
    ),
    "_rels/.rels": strToU8(
      XML_DECL +
        `<Relationships xmlns="${NS_PKG_REL}">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
        `</Relationships>`
    ),
    "word/document.xml": strToU8(
      XML_DECL +
        `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
        `<w:body><w:p><w:r><w:t>Protokoll från digitaliseringsrådet</w:t></w:r></w:p></w:body></w:document>`
    ),
  });
}

// ---------------------------------------------------------------------------------------------
// Reading a written workbook as text (for case g)

/** Decodes XML character references and Excel's `_xHHHH_` escapes. */
export function decodeXmlText(text: string): string {
  return text
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export interface WrittenString {
  readonly part: string;
  /** "si" (a shared string, all its runs), "t" (one run), "is" (an inline string), "v", "f". */
  readonly kind: string;
  readonly text: string;
}

/** Every string a workbook's parts hold: shared strings (whole and per run), inline strings, values, formulas. */
export function writtenStrings(parts: Readonly<Record<string, Uint8Array>>): WrittenString[] {
  const found: WrittenString[] = [];
  const runs = (xml: string) =>
    [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => decodeXmlText(m[1] ?? ""));
  for (const [part, bytes] of Object.entries(parts)) {
    const isSst = part === "xl/sharedStrings.xml";
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(part);
    if (!isSst && !isSheet) continue;
    const xml = new TextDecoder("utf-8").decode(bytes);
    for (const m of xml.matchAll(isSst ? /<si>([\s\S]*?)<\/si>/g : /<is>([\s\S]*?)<\/is>/g)) {
      const pieces = runs(m[1] ?? "");
      found.push({ part, kind: isSst ? "si" : "is", text: pieces.join("") });
      for (const piece of pieces) found.push({ part, kind: "t", text: piece });
    }
    if (isSheet) {
      for (const m of xml.matchAll(/<v>([\s\S]*?)<\/v>/g))
        found.push({ part, kind: "v", text: decodeXmlText(m[1] ?? "") });
      for (const m of xml.matchAll(/<f(?:\s[^>]*)?>([\s\S]*?)<\/f>/g))
        found.push({ part, kind: "f", text: decodeXmlText(m[1] ?? "") });
    }
  }
  return found;
}
