/**
 * Test helpers for updating a portfolio in place: two versions of a small portfolio, a council
 * sheet added the way a council would (formats, formulas, a note, a picture, a table, a name),
 * and snapshots of a sheet that must survive an update unchanged.
 */
import * as ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { partBytes, writeZip, zipParts } from "../../../src/adapters/xlsxFile/packageParts";
import type { WorkbookDescription } from "../../../src/domain/template/WorkbookDescription";

export const COUNCIL_SHEET = "Rådets anteckningar";
export const CORPUS = path.resolve(__dirname, "../../../../shared/corpus/real-world");
const ICON = path.resolve(__dirname, "../../../assets/icon-32.png");

function portfolioVersion(
  rows: (string | number)[][],
  kalkylrantaRow: number
): WorkbookDescription {
  return {
    sheets: [
      {
        name: "Portfölj",
        blocks: [{ row: 1, col: 1, rows: [["Digiportfölj – portfölj"]], style: "title" }],
        tables: [
          {
            name: "Portfolj",
            row: 4,
            col: 1,
            columns: [
              { header: "Initiativ-ID" },
              { header: "Namn" },
              { header: "Investering (kr)", numberFormat: "#,##0" },
              { header: "Dubbel", style: "computed" },
              { header: "Rådets beslut" },
            ],
            rows: rows.map((r) => [...r, { formula: "C5*2" }, null]),
          },
        ],
        validations: [
          {
            range: "E5:E20",
            rule: { kind: "list", source: "Beviljad,Avslag" },
            errorTitle: "Beslut",
            errorMessage: "Välj ur listan.",
          },
        ],
      },
      {
        name: "Parametrar",
        blocks: [
          { row: 1, col: 1, rows: [["Parametrar"]], style: "title" },
          { row: kalkylrantaRow, col: 1, rows: [["Kalkylränta", 0.03]] },
        ],
      },
    ],
    names: [{ name: "Kalkylranta", sheet: "Parametrar", ref: `$B$${kalkylrantaRow}` }],
  };
}

export const PORTFOLIO_V1 = portfolioVersion(
  [
    ["SOC-1", "E-arkiv", 596600],
    ["UTB-7", "Lärplattform", 120000],
  ],
  3
);

/** The next run: other rows, Kalkylranta moved, and a new sheet Översikt after Portfölj. */
export const PORTFOLIO_V2: WorkbookDescription = (() => {
  const next = portfolioVersion(
    [
      ["SOC-1", "E-arkiv för förskolan", 600000],
      ["KUL-3", "Bokningssystem", 80000],
      ["MIL-2", "Tillsyn i fält", 45000],
    ],
    4
  );
  return {
    sheets: [
      next.sheets[0]!,
      { name: "Översikt", blocks: [{ row: 1, col: 1, rows: [["Översikt", 3]] }] },
      next.sheets[1]!,
    ],
    names: next.names,
  };
})();

/** Adds the council's own sheet (second in the tab order) to a workbook, as the council would. */
export async function withCouncilSheet(
  bytes: Uint8Array,
  options: { picture?: boolean } = {}
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = workbook.addWorksheet(COUNCIL_SHEET, {
    properties: { tabColor: { argb: "FF70AD47" } },
  });
  ws.getColumn(1).width = 34;
  ws.getColumn(2).width = 14;
  ws.getRow(1).height = 24;
  ws.getCell("A1").value = "Rådets anteckningar 2025";
  ws.getCell("A1").font = { bold: true, size: 14, color: { argb: "FF1F4E78" } };
  ws.mergeCells("A1:C1");
  ws.getCell("A3").value = "Möte";
  ws.getCell("B3").value = "Belopp";
  for (const ref of ["A3", "B3"]) {
    ws.getCell(ref).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    ws.getCell(ref).border = { bottom: { style: "thin", color: { argb: "FF000000" } } };
  }
  ws.getCell("A4").value = new Date(Date.UTC(2025, 2, 3));
  ws.getCell("A4").numFmt = "yyyy-mm-dd";
  ws.getCell("B4").value = 250000;
  ws.getCell("B4").numFmt = '#,##0 "kr"';
  ws.getCell("A5").value = "Reserv";
  ws.getCell("B5").value = 0.15;
  ws.getCell("B5").numFmt = "0 %";
  ws.getCell("A6").value = "Summa";
  ws.getCell("A6").font = { italic: true };
  ws.getCell("B6").value = { formula: "B4*(1+B5)", result: 287500 };
  ws.getCell("A7").value = "Antal initiativ i portföljen";
  ws.getCell("B7").value = { formula: "COUNTA('Portfölj'!A5:A100)", result: 2 };
  ws.getCell("A8").value = "Kalkylränta";
  ws.getCell("B8").value = { formula: "Kalkylranta*100", result: 3 };
  ws.getCell("A9").value = "Text som ser ut som formel";
  ws.getCell("B9").value = "=inte en formel";
  ws.getCell("C4").value = "Ja";
  ws.getCell("C4").alignment = { horizontal: "center", wrapText: true };
  ws.getCell("B4").note = "Beslutat av rådet";
  // exceljs has dataValidations but leaves it out of its typings
  (
    ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add("C4:C6", {
    type: "list",
    allowBlank: true,
    formulae: ['"Ja,Nej"'],
  });
  ws.addConditionalFormatting({
    ref: "B4:B6",
    rules: [
      {
        type: "cellIs",
        operator: "greaterThan",
        priority: 1,
        formulae: ["200000"],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
      },
    ],
  });
  ws.addTable({
    name: "Radsmoten",
    ref: "E3",
    headerRow: true,
    columns: [
      { name: "Datum", filterButton: true },
      { name: "Beslut", filterButton: true },
    ],
    rows: [
      ["2025-03-03", "SOC-1 beviljad"],
      ["2025-04-07", "UTB-7 avslag"],
    ],
  });
  workbook.definedNames.add(`'${COUNCIL_SHEET}'!$B$4`, "Radets_belopp");
  if (options.picture !== false) {
    const image = workbook.addImage({ buffer: readFileSync(ICON) as never, extension: "png" });
    ws.addImage(image, "E8:F12");
  }
  // Second in the tab order, between Portfölj and Parametrar.
  (ws as unknown as { orderNo: number }).orderNo = 0.5;
  workbook.worksheets.forEach((w, i) => ((w as unknown as { orderNo: number }).orderNo = i));
  const out = await workbook.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}

/** Every cell of a sheet as SheetJS reads it: type, value and formula. */
export function cellsOf(bytes: Uint8Array, sheet: string): Record<string, unknown> {
  // subarray: SheetJS hangs its read position on the array it reads, and the tests compare bytes
  const book = XLSX.read(bytes.subarray(0), {
    type: "array",
    cellFormula: true,
    cellNF: true,
    dense: false,
  });
  const ws = book.Sheets[sheet];
  if (!ws) throw new Error(`no sheet ${sheet} in ${book.SheetNames.join(", ")}`);
  const cells: Record<string, unknown> = {};
  for (const [ref, cell] of Object.entries(ws)) {
    if (ref.startsWith("!")) continue;
    const c = cell as XLSX.CellObject;
    // "yyyy\-mm\-dd" and "yyyy-mm-dd" are one format: a backslash only marks a literal.
    const z = typeof c.z === "string" ? c.z.replace(/\\([^A-Za-z0-9])/g, "$1") : c.z;
    cells[ref] = { t: c.t, v: c.v, f: c.f, z };
  }
  return cells;
}

export const sheetNamesOf = (bytes: Uint8Array): string[] =>
  XLSX.read(bytes.subarray(0), { type: "array", bookSheets: true }).SheetNames;

/** What exceljs models of a sheet: cells with styles, merges, sizes, notes, rules, pictures, tables. */
export async function snapshotOf(bytes: Uint8Array, sheet: string): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = workbook.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = { value: cell.value, style: cell.style, note: cell.note };
    })
  );
  const model = ws.model as unknown as Record<string, unknown>;
  return JSON.parse(
    JSON.stringify({
      cells,
      merges: model["merges"],
      cols: model["cols"],
      rowHeights: ws.getRow(1).height,
      tabColor: ws.properties.tabColor,
      validations: model["dataValidations"],
      conditionalFormats: model["conditionalFormattings"],
      images: ws.getImages().map((i) => {
        const at = (a: {
          nativeCol: number;
          nativeRow: number;
          nativeColOff: number;
          nativeRowOff: number;
        }) => a && [a.nativeCol, a.nativeColOff, a.nativeRow, a.nativeRowOff];
        const range = i.range as unknown as Record<string, never>;
        return { tl: at(range["tl"]), br: at(range["br"]), editAs: range["editAs"] ?? null };
      }),
      tables: (
        model["tables"] as {
          name: string;
          tableRef: string;
          headerRow: boolean;
          columns: unknown;
        }[]
      ).map((t) => ({ name: t.name, ref: t.tableRef, headerRow: t.headerRow, columns: t.columns })),
    })
  );
}

/** A copy of a package with some parts' text changed (simulating another program's output). */
export function withParts(
  bytes: Uint8Array,
  change: (path: string, text: string) => string | null
): Uint8Array {
  const parts = partBytes(zipParts(bytes));
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  for (const [path, content] of parts) {
    if (!/\.(xml|rels)$/.test(path)) continue;
    const text = decoder.decode(content);
    const next = change(path, text);
    if (next === null) parts.delete(path);
    else if (next !== text) parts.set(path, encoder.encode(next));
  }
  return writeZip(parts);
}
