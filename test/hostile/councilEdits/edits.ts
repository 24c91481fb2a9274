/**
 * The council's edits to a portfolio, made the way Excel saves them: the package is unzipped with
 * fflate, its XML parts edited as strings in the SpreadsheetML Excel itself writes, and zipped
 * again. Sheet and part names are worked out from workbook.xml and the relationships, never guessed.
 *
 * `councilEdits` makes every edit issue 15 lists (and a few an Excel user makes alongside); each
 * fact the test needs to recognise an edit afterwards is returned in `CouncilEdits`.
 * `summaryBelowTable` adds the one edit nothing can carry over as it was: the council's cells in
 * the rows the next new initiatives need.
 */
import { strToU8 } from "fflate";
import {
  addCellXf,
  addFont,
  attributes,
  columnLetters,
  editPart,
  escapeXml,
  numberFormat,
  partText,
  putCell,
  rawCell,
  replaceOnce,
  setPartText,
  setRowAttribute,
  sharedString,
  sharedStrings,
  sheetPart,
  sheetsOf,
  splitRange,
  tablesOf,
  tags,
  unzipParts,
  workbookPart,
  zipParts,
  type Parts,
} from "./ooxml";

export const PORTFOLJ = "Portfölj";
export const COUNCIL_SHEET = "Rådets uppföljning";
export const COUNCIL_DEFINED_NAME = "Radets_ranta";
export const CUSTOM_PROPERTY = { name: "Diarienummer", value: "KS 2026/0412" };
export const WORKBOOK_PROTECTION = `<workbookProtection lockStructure="1"/>`;
export const SHEET_PASSWORD = "CC3A";
export const SHEET_PROTECTION = `<sheetProtection password="${SHEET_PASSWORD}" sheet="1" objects="1" scenarios="1"/>`;
export const HYPERLINK_LOCATION = "'Portfölj'!A5";
export const ISO_DATE_FORMAT = "yyyy-mm-dd";
/** 2026-11-30 as an Excel serial (1900 system). */
export const ISO_DATE_SERIAL = 46356;
export const FILTER_VALUES = ["Pågående", "Beslutad", "Pausad"] as const;

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const REL_CUSTOM_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_CUSTOM_PROPS = "application/vnd.openxmlformats-officedocument.custom-properties+xml";

export interface PortfolioLayout {
  readonly sheetPart: string;
  readonly tablePart: string;
  readonly tableRef: string;
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly lastColumn: number;
  /** Column letters by table column name. */
  readonly columns: Readonly<Record<string, string>>;
  /** Initiativ-ID by sheet row. */
  readonly idByRow: ReadonlyMap<number, string>;
  readonly rowById: ReadonlyMap<string, number>;
}

export interface NoteEdit {
  readonly sheet: string;
  readonly cell: string;
  readonly text: string;
}

export interface RowReference {
  /** The council sheet's cell holding the formula. */
  readonly cell: string;
  /** The formula as stored (no "="), e.g. `Portfölj!B5`. */
  readonly formula: string;
  /** The Portfölj row it points at, and the initiative that row held. */
  readonly row: number;
  readonly id: string;
}

export interface HandEdit {
  readonly id: string;
  readonly field: string;
  readonly cell: string;
  readonly source: string | number;
  readonly council: string | number;
}

export interface CouncilColumn {
  readonly letter: string;
  readonly header: string;
  /** Inside Portfölj's table (Excel's auto-expansion), or outside it with an empty column between. */
  readonly inTable: boolean;
  /** A column of values (each initiative's, by Initiativ-ID), or of formulas `=R5/divisor`. */
  readonly kind: "values" | "formulas";
  readonly byId: Readonly<Record<string, string | number>>;
  readonly divisor: number;
}

export interface CouncilEdits {
  readonly bytes: Uint8Array;
  readonly layout: PortfolioLayout;
  readonly councilSheetPart: string;
  readonly references: readonly RowReference[];
  readonly dateCell: string;
  readonly hyperlinkCell: string;
  readonly dataTableCell: string;
  readonly dataTableFormula: string;
  readonly councilTexts: Readonly<Record<string, string>>;
  readonly notes: readonly NoteEdit[];
  /** The council's columns beside Portfölj: two taken into the table, two outside it. */
  readonly columns: readonly CouncilColumn[];
  readonly investment: HandEdit;
  readonly status: HandEdit;
  readonly filterColumn: string;
}

// ---------------------------------------------------------------------------------------------

/** Where Portfölj's table is and which initiative each row holds, read from the package. */
export function portfolioLayout(parts: Parts): PortfolioLayout {
  const part = sheetPart(parts, PORTFOLJ);
  const tables = tablesOf(parts, PORTFOLJ);
  const table = tables.find((t) => t.columns.includes("Initiativ-ID"));
  if (!table)
    throw new Error(`no table with an Initiativ-ID column on ${PORTFOLJ} (tables: ${tables.map((t) => t.name).join(", ")})`);
  const { c1, r1, c2, r2 } = splitRange(table.ref);
  const columns: Record<string, string> = {};
  table.columns.forEach((name, i) => (columns[name] = columnLetters(c1 + i)));
  const totals = /totalsRowCount="([1-9]\d*)"/.test(table.xml) ? Number(/totalsRowCount="(\d+)"/.exec(table.xml)?.[1]) : 0;
  const lastRow = r2 - totals;
  const xml = partText(parts, part);
  const strings = sharedStrings(parts);
  const idByRow = new Map<number, string>();
  const rowById = new Map<string, number>();
  const idLetter = columns["Initiativ-ID"] as string;
  for (let row = r1 + 1; row <= lastRow; row++) {
    const id = cellText(xml, `${idLetter}${row}`, strings);
    if (id === undefined || id === "") continue;
    idByRow.set(row, id);
    rowById.set(id, row);
  }
  return {
    sheetPart: part,
    tablePart: table.part,
    tableRef: table.ref,
    headerRow: r1,
    firstRow: r1 + 1,
    lastRow,
    lastColumn: c2,
    columns,
    idByRow,
    rowById,
  };
}

/** A plain cell's shown text (shared, inline or formula string, or number), straight from the XML. */
export function cellText(sheetXml: string, ref: string, strings: readonly string[]): string | undefined {
  const c = rawCell(sheetXml, ref);
  if (c === undefined) return undefined;
  const t = attributes(c)["t"];
  const v = /<v>([\s\S]*?)<\/v>/.exec(c)?.[1];
  if (t === "s") return v === undefined ? undefined : strings[Number(v)];
  if (t === "inlineStr") return (c.match(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g) ?? []).map((x) => x.replace(/<[^>]+>/g, "")).join("");
  return v;
}

const stringCell = (parts: Parts, ref: string, text: string, style?: number) =>
  `<c r="${ref}"${style === undefined ? "" : ` s="${style}"`} t="s"><v>${sharedString(parts, text)}</v></c>`;

function numberCell(ref: string, value: number, style?: number): string {
  return `<c r="${ref}"${style === undefined ? "" : ` s="${style}"`}><v>${value}</v></c>`;
}

function nextPartName(parts: Parts, prefix: string, suffix: string): string {
  for (let n = 1; ; n++) if (!parts.has(`${prefix}${n}${suffix}`)) return `${prefix}${n}${suffix}`;
}

function nextRelId(relsXml: string): string {
  const ids = [...relsXml.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  return `rId${Math.max(0, ...ids) + 1}`;
}

function addRelationship(parts: Parts, relsName: string, type: string, target: string): string {
  const xml = parts.has(relsName)
    ? partText(parts, relsName)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const id = nextRelId(xml);
  setPartText(parts, relsName, replaceOnce(xml, "</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`));
  return id;
}

function addOverride(parts: Parts, partName: string, contentType: string): void {
  editPart(parts, "[Content_Types].xml", (xml) =>
    replaceOnce(xml, "</Types>", `<Override PartName="/${partName}" ContentType="${contentType}"/></Types>`)
  );
}

/** The cell column to the right of everything a sheet's dimension covers, plus `gap`. */
function columnRightOf(sheetXml: string, gap: number): string {
  const dim = /<dimension ref="([^"]+)"/.exec(sheetXml)?.[1];
  if (!dim) throw new Error("the sheet has no <dimension>");
  return columnLetters(splitRange(dim).c2 + gap);
}

const npv = (rate: number, investment: number, yearly: number, years: number) =>
  -investment + (yearly * (1 - Math.pow(1 + rate, -years))) / rate;

// ---------------------------------------------------------------------------------------------

/**
 * Every edit issue 15 lists, on a portfolio the product wrote:
 * - a council sheet of its own (new worksheet part, workbook.xml entry, relationship, content type)
 *   with `=Portfölj!A5`/`=Portfölj!B5`-style formulas, an old-style sheet password, an in-workbook
 *   hyperlink, a what-if data table and an ISO date; workbook structure protection; a defined name
 *   of the council's; a custom document property (a part the product never writes);
 * - notes typed into empty cells on Översikt, Avvikelser and Mappning;
 * - beside Portfölj's table a column of values and a column of formulas (`=R5/1000`);
 * - a filter on Portfölj's table (Status), with the rows it hides hidden, as Excel saves it;
 * - an Investering and a Status changed by hand on Portfölj.
 */
export function councilEdits(portfolio: Uint8Array): CouncilEdits {
  const parts = unzipParts(portfolio);
  const layout = portfolioLayout(parts);
  const strings0 = sharedStrings(parts);
  const portfolioXml0 = partText(parts, layout.sheetPart);
  const col = (name: string) => {
    const letter = layout.columns[name];
    if (!letter) throw new Error(`Portfölj's table has no column "${name}" (has: ${Object.keys(layout.columns).join(", ")})`);
    return letter;
  };
  const idCol = col("Initiativ-ID");
  const nameCol = col("Namn");
  const investCol = col("Investering (kr)");
  const statusCol = col("Status");
  const rowOfName = (name: string) => {
    for (let row = layout.firstRow; row <= layout.lastRow; row++)
      if (cellText(portfolioXml0, `${nameCol}${row}`, strings0) === name) return row;
    throw new Error(`no initiative named "${name}" on ${PORTFOLJ}`);
  };
  const idAt = (row: number) => layout.idByRow.get(row) as string;
  const nameAt = (row: number) => cellText(portfolioXml0, `${nameCol}${row}`, strings0) ?? "";
  const investAt = (row: number) => {
    const v = cellText(portfolioXml0, `${investCol}${row}`, strings0);
    return v === undefined || v === "" ? undefined : Number(v);
  };

  // ---- styles the council's cells use (Excel adds an xf for each new combination)
  const isoFmt = numberFormat(parts, ISO_DATE_FORMAT);
  const boldFont = addFont(parts, `<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>`);
  const isoXf = addCellXf(parts, `<xf numFmtId="${isoFmt}" fontId="${boldFont}" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>`);
  const boldXf = addCellXf(parts, `<xf numFmtId="0" fontId="${boldFont}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`);

  // ---- the council's own sheet
  const refRows = [
    layout.firstRow,
    rowOfName("Digital signering av myndighetsbeslut"),
    rowOfName("Wellbee"),
    layout.lastRow,
  ];
  const councilTexts: Record<string, string> = {
    A1: "Rådets uppföljning inför budget 2027",
    A2: "Senast granskad",
    A3: "Till portföljen",
    A5: "Initiativ-ID (från Portfölj)",
    B5: "Namn (från Portfölj)",
    C5: "Rådets anteckning",
    A12: "Kalkylränta (indata)",
    A13: "Investering",
    A14: "Nettonytta per år",
    E11: "Ränta",
  };
  const cells: string[][] = [];
  const put = (row: number, cell: string) => {
    (cells[row] ??= []).push(cell);
  };
  put(1, stringCell(parts, "A1", councilTexts["A1"] as string, boldXf));
  put(2, stringCell(parts, "A2", councilTexts["A2"] as string));
  put(2, numberCell("B2", ISO_DATE_SERIAL, isoXf));
  put(3, stringCell(parts, "A3", councilTexts["A3"] as string));
  put(5, stringCell(parts, "A5", councilTexts["A5"] as string, boldXf));
  put(5, stringCell(parts, "B5", councilTexts["B5"] as string, boldXf));
  put(5, stringCell(parts, "C5", councilTexts["C5"] as string, boldXf));
  const references: RowReference[] = [];
  refRows.forEach((row, i) => {
    const r = 6 + i;
    const idFormula = `${PORTFOLJ}!${idCol}${row}`;
    const nameFormula = `${PORTFOLJ}!${nameCol}${row}`;
    put(r, `<c r="A${r}" t="str"><f>${escapeXml(idFormula)}</f><v>${escapeXml(idAt(row))}</v></c>`);
    put(r, `<c r="B${r}" t="str"><f>${escapeXml(nameFormula)}</f><v>${escapeXml(nameAt(row))}</v></c>`);
    const note = `Följs upp ${i + 1}`;
    councilTexts[`C${r}`] = note;
    put(r, stringCell(parts, `C${r}`, note));
    references.push({ cell: `A${r}`, formula: idFormula, row, id: idAt(row) });
    references.push({ cell: `B${r}`, formula: nameFormula, row, id: idAt(row) });
  });
  // a what-if data table: NPV at three rates, input cell B12 (column input, one variable)
  const investment = 596600;
  const yearly = 150000;
  const dataTableFormula = `<f t="dataTable" ref="F12:F14" dt2D="0" dtr="0" r1="B12"/>`;
  put(11, stringCell(parts, "E11", councilTexts["E11"] as string));
  put(11, `<c r="F11"><f>-B13+B14*PV(B12,6,-1)</f><v>${npv(0.03, investment, yearly, 6)}</v></c>`);
  put(12, stringCell(parts, "A12", councilTexts["A12"] as string));
  put(12, numberCell("B12", 0.03));
  put(12, numberCell("E12", 0.02));
  put(12, `<c r="F12">${dataTableFormula}<v>${npv(0.02, investment, yearly, 6)}</v></c>`);
  put(13, stringCell(parts, "A13", councilTexts["A13"] as string));
  put(13, numberCell("B13", investment));
  put(13, numberCell("E13", 0.03));
  put(13, numberCell("F13", npv(0.03, investment, yearly, 6)));
  put(14, stringCell(parts, "A14", councilTexts["A14"] as string));
  put(14, numberCell("B14", yearly));
  put(14, numberCell("E14", 0.04));
  put(14, numberCell("F14", npv(0.04, investment, yearly, 6)));
  const sheetData = cells
    .map((row, r) => (row ? `<row r="${r}" spans="1:6" x14ac:dyDescent="0.25">${row.join("")}</row>` : ""))
    .join("");
  const councilXml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
    `<sheetPr><tabColor rgb="FF7030A0"/></sheetPr><dimension ref="A1:F14"/>` +
    `<sheetViews><sheetView workbookViewId="0"><selection activeCell="B2" sqref="B2"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>` +
    `<cols><col min="1" max="1" width="34" customWidth="1"/><col min="2" max="2" width="40" customWidth="1"/><col min="3" max="3" width="24" customWidth="1"/><col min="6" max="6" width="16" customWidth="1"/></cols>` +
    `<sheetData>${sheetData}</sheetData>` +
    SHEET_PROTECTION +
    `<hyperlinks><hyperlink ref="A3" location="${escapeXml(HYPERLINK_LOCATION)}" display="Till portföljen"/></hyperlinks>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `</worksheet>`;
  const councilPart = nextPartName(parts, "xl/worksheets/sheet", ".xml");
  parts.set(councilPart, strToU8(councilXml));
  const wb = workbookPart(parts);
  const wbRels = `${wb.slice(0, wb.lastIndexOf("/") + 1)}_rels/${wb.slice(wb.lastIndexOf("/") + 1)}.rels`;
  const target = councilPart.startsWith(wb.slice(0, wb.lastIndexOf("/") + 1))
    ? councilPart.slice(wb.lastIndexOf("/") + 1)
    : `/${councilPart}`;
  const rId = addRelationship(parts, wbRels, REL_WORKSHEET, target);
  addOverride(parts, councilPart, CT_WORKSHEET);
  const sheetId = Math.max(...sheetsOf(parts).map((s) => Number(s.sheetId))) + 1;
  editPart(parts, wb, (xml) => {
    let out = replaceOnce(xml, "</sheets>", `<sheet name="${escapeXml(COUNCIL_SHEET)}" sheetId="${sheetId}" r:id="${rId}"/></sheets>`);
    // workbook structure protection goes after workbookPr (CT_Workbook's order)
    out = /<workbookPr\b[^>]*\/>/.test(out)
      ? out.replace(/<workbookPr\b[^>]*\/>/, (m) => m + WORKBOOK_PROTECTION)
      : replaceOnce(out, /<(bookViews|sheets)\b/, `${WORKBOOK_PROTECTION}<$1`);
    const name = `<definedName name="${COUNCIL_DEFINED_NAME}">'${escapeXml(COUNCIL_SHEET)}'!$B$12</definedName>`;
    out = /<\/definedNames>/.test(out)
      ? out.replace("</definedNames>", `${name}</definedNames>`)
      : replaceOnce(out, "</sheets>", `</sheets><definedNames>${name}</definedNames>`);
    return out;
  });
  // docProps/app.xml lists the sheets (Excel keeps it in step)
  if (parts.has("docProps/app.xml")) {
    editPart(parts, "docProps/app.xml", (xml) => {
      let out = xml;
      const titles = /(<TitlesOfParts><vt:vector size=")(\d+)("[^>]*>)([\s\S]*?)(<\/vt:vector>)/.exec(out);
      if (titles) {
        const n = Number(titles[2]) + 1;
        out = out.replace(titles[0], `${titles[1]}${n}${titles[3]}${titles[4]}<vt:lpstr>${escapeXml(COUNCIL_SHEET)}</vt:lpstr>${titles[5]}`);
        out = out.replace(/(<vt:lpstr>Worksheets<\/vt:lpstr><\/vt:variant><vt:variant><vt:i4>)(\d+)(<\/vt:i4>)/, (_, a: string, _n: string, c: string) => `${a}${n}${c}`);
      }
      return out;
    });
  }
  // a custom document property: a part no product sheet needs
  parts.set(
    "docProps/custom.xml",
    strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${CUSTOM_PROPERTY.name}"><vt:lpwstr>${escapeXml(CUSTOM_PROPERTY.value)}</vt:lpwstr></property></Properties>`
    )
  );
  addRelationship(parts, "_rels/.rels", REL_CUSTOM_PROPS, "docProps/custom.xml");
  addOverride(parts, "docProps/custom.xml", CT_CUSTOM_PROPS);

  // ---- notes typed into empty cells right of what the product wrote on three of its sheets
  const notes: NoteEdit[] = [];
  const noteTexts: Record<string, string> = {
    Översikt: "Rådet: siffrorna stäms av mot bokslutet i mars.",
    Avvikelser: "Genomgånget av rådet 2026-11-30; felen i Kommunledningens lista åtgärdas till januari.",
    Mappning: "Fält kontrollerade av strategen, se diarienummer KS 2026/0412.",
  };
  for (const [sheet, text] of Object.entries(noteTexts)) {
    const part = sheetPart(parts, sheet);
    const xml = partText(parts, part);
    const cell = `${columnRightOf(xml, 2)}2`;
    if (rawCell(xml, cell) !== undefined) throw new Error(`${sheet}!${cell} is not empty`);
    setPartText(parts, part, putCell(xml, cell, stringCell(parts, cell, text)));
    notes.push({ sheet, cell, text });
  }

  // ---- Portfölj: four council columns beside the table, two hand edits, a filter
  let pxml = partText(parts, layout.sheetPart);
  // hand edits: an Investering and a Status, on rows found by name
  const investRow = rowOfName("Digital signering av myndighetsbeslut");
  const investSource = investAt(investRow);
  if (investSource === undefined) throw new Error("Digital signering has no Investering to edit");
  const investCouncil = 1_500_000;
  const investRef = `${investCol}${investRow}`;
  const investStyle = attributes(rawCell(pxml, investRef) ?? `<c r="${investRef}"/>`)["s"];
  pxml = putCell(pxml, investRef, numberCell(investRef, investCouncil, investStyle === undefined ? undefined : Number(investStyle)));
  const statusRow = rowOfName("Digital planproduktion");
  const statusRef = `${statusCol}${statusRow}`;
  const statusSource = cellText(pxml, statusRef, sharedStrings(parts)) ?? "";
  const statusCouncil = "Pausad";
  if (statusSource === statusCouncil) throw new Error("Digital planproduktion is already Pausad");
  const statusStyle = attributes(rawCell(pxml, statusRef) ?? `<c r="${statusRef}"/>`)["s"];
  pxml = putCell(pxml, statusRef, stringCell(parts, statusRef, statusCouncil, statusStyle === undefined ? undefined : Number(statusStyle)));
  // Two columns typed right beside the table, which Excel takes into it (auto-expansion: the
  // table's ref, autoFilter and tableColumns grow; a formula typed in the first cell becomes a
  // calculated column), and two more after an empty column, which Excel leaves outside.
  const specs: { offset: number; header: string; inTable: boolean; kind: "values" | "formulas"; divisor: number }[] = [
    { offset: 1, header: "Rådets prioritet 2027", inTable: true, kind: "values", divisor: 1 },
    { offset: 2, header: "Investering (tkr, rådets)", inTable: true, kind: "formulas", divisor: 1000 },
    { offset: 4, header: "Rådets anteckning", inTable: false, kind: "values", divisor: 1 },
    { offset: 5, header: "Investering (mkr, rådets)", inTable: false, kind: "formulas", divisor: 1_000_000 },
  ];
  const columns: CouncilColumn[] = [];
  for (const spec of specs) {
    const letter = columnLetters(layout.lastColumn + spec.offset);
    const head = `${letter}${layout.headerRow}`;
    pxml = putCell(pxml, head, stringCell(parts, head, spec.header, boldXf));
    const byId: Record<string, string | number> = {};
    let n = 0;
    for (const [row, id] of layout.idByRow) {
      n++;
      const ref = `${letter}${row}`;
      if (spec.kind === "formulas") {
        const invest = Number(cellText(pxml, `${investCol}${row}`, sharedStrings(parts)) || 0);
        pxml = putCell(pxml, ref, `<c r="${ref}"><f>${investCol}${row}/${spec.divisor}</f><v>${invest / spec.divisor}</v></c>`);
        continue;
      }
      const value: string | number = spec.inTable
        ? n % 3 === 0
          ? `Vänta till ${2026 + (n % 2)}`
          : n
        : n % 2 === 0
          ? `Rådet ${n}: beslut i mars`
          : 2027 + (n % 3);
      byId[id] = value;
      pxml = putCell(pxml, ref, typeof value === "number" ? numberCell(ref, value) : stringCell(parts, ref, value));
    }
    columns.push({ letter, header: spec.header, inTable: spec.inTable, kind: spec.kind, byId, divisor: spec.divisor });
  }
  // the table takes in the two adjacent columns
  const added = columns.filter((c) => c.inTable);
  const newRef = `${layout.tableRef.split(":")[0]}:${columnLetters(layout.lastColumn + added.length)}${splitRange(layout.tableRef).r2}`;
  editPart(parts, layout.tablePart, (xml) => {
    const ids = tags(xml, "tableColumn").map((t) => Number(attributes(t)["id"]));
    let next = Math.max(0, ...ids);
    const extra = added
      .map((c) => {
        next++;
        return c.kind === "formulas"
          ? `<tableColumn id="${next}" name="${escapeXml(c.header)}"><calculatedColumnFormula>${investCol}${layout.firstRow}/${c.divisor}</calculatedColumnFormula></tableColumn>`
          : `<tableColumn id="${next}" name="${escapeXml(c.header)}"/>`;
      })
      .join("");
    let out = xml.replace(/(<table\b[^>]*\sref=")[^"]+"/, `$1${newRef}"`);
    out = out.replace(/(<autoFilter\b[^>]*\sref=")[^"]+"/, `$1${newRef}"`);
    out = out.replace(/<tableColumns count="(\d+)"/, (_, n: string) => `<tableColumns count="${Number(n) + added.length}"`);
    return replaceOnce(out, "</tableColumns>", `${extra}</tableColumns>`);
  });
  // the filter: Status in FILTER_VALUES; Excel hides the other rows when it saves
  const stringsNow = sharedStrings(parts);
  for (const row of layout.idByRow.keys()) {
    const status = cellText(pxml, `${statusCol}${row}`, stringsNow) ?? "";
    if (!(FILTER_VALUES as readonly string[]).includes(status)) pxml = setRowAttribute(pxml, row, "hidden", "1");
  }
  setPartText(parts, layout.sheetPart, pxml);
  const statusIndex = Object.keys(layout.columns).indexOf("Status");
  const filter = `<filterColumn colId="${statusIndex}"><filters>${FILTER_VALUES.map((v) => `<filter val="${escapeXml(v)}"/>`).join("")}</filters></filterColumn>`;
  editPart(parts, layout.tablePart, (xml) => {
    const existing = new RegExp(`<filterColumn colId="${statusIndex}"(?:[^>]*/>|[^>]*>[\\s\\S]*?</filterColumn>)`);
    if (existing.test(xml)) return xml.replace(existing, filter);
    if (/<autoFilter\b[^>]*\/>/.test(xml)) return xml.replace(/<autoFilter\b([^>]*?)\s*\/>/, `<autoFilter$1>${filter}</autoFilter>`);
    if (/<\/autoFilter>/.test(xml)) return xml.replace("</autoFilter>", `${filter}</autoFilter>`);
    // a table without an autoFilter: Excel adds one right after <table …>
    const open = /<table\b[^>]*>/.exec(xml)?.[0];
    if (!open) throw new Error(`no <table> in ${layout.tablePart}`);
    return xml.replace(open, `${open}<autoFilter ref="${layout.tableRef}">${filter}</autoFilter>`);
  });

  return {
    bytes: zipParts(parts),
    layout,
    councilSheetPart: councilPart,
    references,
    dateCell: "B2",
    hyperlinkCell: "A3",
    dataTableCell: "F12",
    dataTableFormula,
    councilTexts,
    notes,
    columns,
    investment: {
      id: idAt(investRow),
      field: "Investering",
      cell: investRef,
      source: investSource,
      council: investCouncil,
    },
    status: { id: idAt(statusRow), field: "Status", cell: statusRef, source: statusSource, council: statusCouncil },
    filterColumn: "Status",
  };
}

export interface SummaryBelowTable {
  readonly bytes: Uint8Array;
  readonly labelCell: string;
  readonly formulaCell: string;
  readonly formula: string;
}

/**
 * A council's "Summa" under Portfölj's table, one empty row below it (so Excel did not take it
 * into the table): a label and `=SUM(R5:R18)`. New initiatives go at the end, so that row is
 * needed by them: the cells cannot stay where they are, and moving them is not "as it was".
 */
export function summaryBelowTable(portfolio: Uint8Array): SummaryBelowTable {
  const parts = unzipParts(portfolio);
  const layout = portfolioLayout(parts);
  const investCol = layout.columns["Investering (kr)"] as string;
  const labelCol = columnLetters(splitRange(`${investCol}1`).c1 - 1);
  const row = layout.lastRow + 2;
  const formula = `SUM(${investCol}${layout.firstRow}:${investCol}${layout.lastRow})`;
  const strings = sharedStrings(parts);
  const xml0 = partText(parts, layout.sheetPart);
  let total = 0;
  for (let r = layout.firstRow; r <= layout.lastRow; r++) total += Number(cellText(xml0, `${investCol}${r}`, strings) || 0);
  let xml = xml0;
  xml = putCell(xml, `${labelCol}${row}`, stringCell(parts, `${labelCol}${row}`, "Summa (rådet)"));
  xml = putCell(xml, `${investCol}${row}`, `<c r="${investCol}${row}"><f>${formula}</f><v>${total}</v></c>`);
  setPartText(parts, layout.sheetPart, xml);
  return { bytes: zipParts(parts), labelCell: `${labelCol}${row}`, formulaCell: `${investCol}${row}`, formula };
}
