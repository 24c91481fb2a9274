/**
 * renderWorkbook → readWorkbookBytes, plus a look at what exceljs wrote: the raw XML (text stays
 * text, formulas carry no cached result) and, read back with exceljs, the parts SheetJS does not
 * read (validations, conditional formats, panes, styles).
 */
import * as XLSX from "@e965/xlsx";
import * as ExcelJS from "exceljs";
import { readWorkbookBytes } from "../../../src/adapters/xlsxFile/readXlsx";
import { renderWorkbook } from "../../../src/adapters/xlsxFile/write/writeWorkbook";
import type { WorkbookDescription } from "../../../src/domain/template/WorkbookDescription";
import {
  CONTRACT_DESCRIPTION,
  TEXT_LOOKALIKES,
  cellAt,
  sheetNamed,
} from "../../contract/workbookPortContract";

/** The XML of one part, and of a sheet's part found through the workbook's relationships. */
function packageOf(bytes: Uint8Array) {
  const wb = XLSX.read(bytes, { type: "array", bookFiles: true });
  const files = (wb as unknown as { files: Record<string, { content: Uint8Array }> }).files;
  const part = (name: string): string => new TextDecoder().decode(files[name]!.content);
  const sheetXml = (sheetName: string): string => {
    const relId = (wb.Workbook!.Sheets! as { name?: string; id?: string }[]).find(
      (s) => s.name === sheetName
    )!.id!;
    const rels = part("xl/_rels/workbook.xml.rels");
    const target =
      new RegExp(`<Relationship[^>]*Id="${relId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`<Relationship[^>]*Target="([^"]+)"[^>]*Id="${relId}"`).exec(rels)![1]!;
    return part(target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  };
  return { part, sheetXml, names: Object.keys(files) };
}

function cellXml(sheetXml: string, address: string): string {
  const match = new RegExp(`<c r="${address}"[^>]*?(/>|>.*?</c>)`).exec(sheetXml);
  if (!match) throw new Error(`No cell ${address}`);
  return match[0];
}

async function loadWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("renderWorkbook round trip", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderWorkbook(CONTRACT_DESCRIPTION);
  });

  it("reads back values, names and the table with its box", () => {
    const data = readWorkbookBytes(bytes, "mall.xlsx");
    const lists = sheetNamed(data, "Listor och text");
    expect(TEXT_LOOKALIKES.map((_, k) => cellAt(lists, 1 + k, 3))).toEqual([...TEXT_LOOKALIKES]);
    expect(cellAt(sheetNamed(data, "Parametrar"), 3, 2)).toBe(0.03);
    expect(data.definedNames).toEqual([
      { name: "Kalkylranta", ref: "Parametrar!$B$3" },
      { name: "Kalkylperiod", ref: "Parametrar!$B$4" },
      { name: "Lista_Status", ref: "'Listor och text'!$A$2:$A$8" },
    ]);
    expect(sheetNamed(data, "Initiativ").tables).toEqual([
      { name: "Initiativ", hasHeaderRow: true, box: { top: 4, left: 1, bottom: 6, right: 6 } },
    ]);
  });

  it("stores formula-looking strings as inline text, never as <f>", () => {
    const xml = packageOf(bytes).sheetXml("Listor och text");
    TEXT_LOOKALIKES.forEach((_, k) => {
      const cell = cellXml(xml, `C${k + 1}`);
      expect(cell).toMatch(/ t="inlineStr"/);
      expect(cell).not.toMatch(/<f[ >]/);
    });
    expect(cellXml(packageOf(bytes).sheetXml("Initiativ"), "B6")).toMatch(/ t="inlineStr"/);
  });

  it("writes formulas without a cached result and asks Excel to recalculate on open", () => {
    const pkg = packageOf(bytes);
    const formula = cellXml(pkg.sheetXml("Initiativ"), "F5");
    expect(formula).toContain("<f>Initiativ[[#This Row],[Investering]]*2</f>");
    expect(formula).not.toMatch(/<v>/);
    expect(cellXml(pkg.sheetXml("Parametrar"), "B8")).toContain("<f>PV(Kalkylranta,B4,-1)</f>");
    expect(pkg.part("xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("writes the table with a header row, an autofilter and a table style", () => {
    const pkg = packageOf(bytes);
    const table = pkg.part(pkg.names.find((n) => /^xl\/tables\/table\d+\.xml$/.test(n))!);
    expect(table).toMatch(/displayName="Initiativ"/);
    expect(table).toMatch(/ ref="A4:F6"/);
    expect(table).toMatch(/<autoFilter ref="A4:F6"/);
    expect(table).toMatch(/<tableStyleInfo name="TableStyleMedium2"/);
  });

  it("writes data validations that exceljs reads back", async () => {
    const workbook = await loadWithExcelJs(bytes);
    const initiativ = workbook.getWorksheet("Initiativ")!;
    expect(initiativ.getCell("C6").dataValidation).toMatchObject({
      type: "list",
      formulae: ["Lista_Status"],
      showErrorMessage: true,
      errorTitle: "Okänd status",
      error: "Välj en status ur listan.",
    });
    expect(initiativ.getCell("D5").dataValidation).toMatchObject({
      type: "date",
      operator: "between",
      formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2099, 11, 31))],
      showInputMessage: true,
      prompt: "ÅÅÅÅ-MM-DD",
    });
    expect(initiativ.getCell("E5").dataValidation).toMatchObject({
      type: "decimal",
      operator: "greaterThanOrEqual",
      formulae: [0],
    });
    const parametrar = workbook.getWorksheet("Parametrar")!;
    expect(parametrar.getCell("B4").dataValidation).toMatchObject({
      type: "whole",
      operator: "between",
      formulae: [1, 30],
    });
    expect(parametrar.getCell("B7").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Ja,Nej"'],
    });
    // Date bounds are serial numbers in the file (2000-01-01 is 36526).
    expect(packageOf(bytes).sheetXml("Initiativ")).toContain(
      "<formula1>36526</formula1><formula2>73050</formula2>"
    );
  });

  it("writes conditional formats, panes, tab colour, widths and role styles that exceljs reads back", async () => {
    const workbook = await loadWithExcelJs(bytes);
    const ws = workbook.getWorksheet("Initiativ")!;
    // exceljs reads conditional formats back but leaves the property out of its typings.
    const [format] = (
      ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }
    ).conditionalFormattings;
    expect(format!.ref).toBe("A5:F6");
    expect(format!.rules[0]).toMatchObject({
      type: "expression",
      formulae: ['$C5="Pausad"'],
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } },
        font: { color: { argb: "FF9C0006" } },
      },
    });
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 4 });
    expect(ws.properties.tabColor).toEqual({ argb: "FF1F4E78" });
    expect(ws.getColumn(2).width).toBe(30);
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
    expect(ws.getCell("A2").font).toMatchObject({ italic: true });
    expect(ws.getCell("F5").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFEDEDED" },
    });
    expect(ws.getCell("D5").numFmt).toBe("yyyy-mm-dd");
    expect(workbook.getWorksheet("Parametrar")!.getCell("B3").protection).toMatchObject({
      locked: false,
    });
  });
});

describe("renderWorkbook refuses what Excel would have to repair", () => {
  const sheet = (extra: object): WorkbookDescription => ({
    sheets: [{ name: "Blad", ...extra }],
    names: [],
  });

  it.each([
    [
      "a non-finite number",
      sheet({ blocks: [{ row: 1, col: 1, rows: [[Number.NaN]] }] }),
      /NaN at Blad!A1/,
    ],
    [
      "a name on an unknown sheet",
      { sheets: [{ name: "Blad" }], names: [{ name: "X", sheet: "Saknas", ref: "$A$1" }] },
      /not in the description: Saknas/,
    ],
    [
      "an error title over 32 characters",
      sheet({
        validations: [
          {
            range: "A1",
            rule: { kind: "wholeNumber", min: 1, max: 2 },
            errorTitle: "x".repeat(33),
            errorMessage: "m",
          },
        ],
      }),
      /error title is 33 characters/,
    ],
    ["a colour that is not hex", sheet({ tabColor: "blå" }), /Not a hex colour/],
    [
      "a date bound that is not yyyy-mm-dd",
      sheet({
        validations: [
          {
            range: "A1",
            rule: { kind: "date", min: "TODAY()", max: "2099-12-31" },
            errorTitle: "t",
            errorMessage: "m",
          },
        ],
      }),
      /date bounds must be yyyy-mm-dd/,
    ],
    [
      "a table row wider than its columns",
      sheet({
        tables: [{ name: "T", row: 1, col: 1, columns: [{ header: "A" }], rows: [[1, 2]] }],
      }),
      /row 1 has 2 cells for 1 columns/,
    ],
    [
      "repeated table headers",
      sheet({
        tables: [
          { name: "T", row: 1, col: 1, columns: [{ header: "A" }, { header: "a" }], rows: [] },
        ],
      }),
      /repeated header/,
    ],
  ] as [string, WorkbookDescription, RegExp][])("%s", async (_, description, message) => {
    await expect(renderWorkbook(description)).rejects.toThrow(message);
  });

  it("gives an empty table one blank data row, as Excel requires", async () => {
    const bytes = await renderWorkbook(
      sheet({
        tables: [
          { name: "Tom", row: 2, col: 2, columns: [{ header: "A" }, { header: "B" }], rows: [] },
        ],
      })
    );
    expect(readWorkbookBytes(bytes, "t.xlsx").sheets[0]!.tables).toEqual([
      { name: "Tom", hasHeaderRow: true, box: { top: 2, left: 2, bottom: 3, right: 3 } },
    ]);
  });
});
