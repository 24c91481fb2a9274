import ExcelJS from "exceljs";
import { renderWorkbook } from "../../../src/adapters/xlsxFile/write/writeWorkbook";
import { COMPUTED_COLUMNS } from "../../../src/domain/computedColumns";
import { FIELDS } from "../../../src/domain/fields";
import { DEFAULT_PARAMETERS, TABY_CRITERIA } from "../../../src/domain/parameters/Parameters";
import { buildTemplate, HEADER_ROW, INITIATIVE_SHEET } from "../../../src/domain/template/buildTemplate";
import { columnLetters } from "../../../src/domain/sheets/columnLetters";
import { formulaInRow, isFormula, type SheetDescription, type TableSpec } from "../../../src/domain/template/WorkbookDescription";

const description = buildTemplate({ ...DEFAULT_PARAMETERS, forvaltning: "Socialförvaltningen" }, { rows: 50 });
const sheet = description.sheets.find((s) => s.name === INITIATIVE_SHEET) as SheetDescription;
const table = sheet.tables?.[0] as TableSpec;
const headers = table.columns.map((c) => c.header);
const letter = (header: string) => columnLetters(headers.indexOf(header) + 1);

describe("the template as plain data", () => {
  test("has an instructions sheet, the Initiativ table and the Parametrar sheet", () => {
    expect(description.sheets.map((s) => s.name)).toEqual(["Instruktioner", "Initiativ", "Parametrar"]);
    expect(table).toMatchObject({ name: "Initiativ", row: HEADER_ROW, col: 1 });
    expect(table.rows).toHaveLength(50);
  });

  test("has every standard field, every criterion and every computed column, with Swedish headers", () => {
    for (const f of FIELDS) expect(headers).toContain(f.sv);
    for (const c of DEFAULT_PARAMETERS.criteria) expect(headers).toContain(`${c.label} (1–5)`);
    for (const c of COMPUTED_COLUMNS) expect(headers).toContain(c.sv);
    const taby = buildTemplate({ ...DEFAULT_PARAMETERS, criteria: TABY_CRITERIA }, { rows: 1 });
    const tabyHeaders = (taby.sheets[1]?.tables?.[0] as TableSpec).columns.map((c) => c.header);
    expect(tabyHeaders).toEqual(expect.arrayContaining(["Teknik (1–5)", "Säkerhet och integritet (1–5)", "Innovationsfaktor (1–5)"]));
  });

  test("computed columns hold a formula for their own row in every row; input columns are empty", () => {
    const nytta = headers.indexOf("Nytta per år (kr)");
    table.rows.forEach((row, i) => {
      const cell = row[nytta] ?? null;
      expect(formulaInRow(cell, HEADER_ROW + 1 + i)).toContain(`${HEADER_ROW + 1 + i}`);
      expect(row[headers.indexOf("Namn")]).toBeNull();
    });
  });

  test("formulas read only names the workbook defines", () => {
    const defined = new Set(description.names.map((n) => n.name));
    const used = new Set<string>();
    for (const row of table.rows) {
      for (const cell of row) {
        if (isFormula(cell)) for (const m of (formulaInRow(cell, HEADER_ROW + 1) ?? "").replace(/"[^"]*"/g, "").matchAll(/\b([A-Z][A-Za-z]+(?:_\d+)?)\b(?!\()/g)) used.add(m[1]!);
      }
    }
    const names = [...used].filter((n) => !/^[A-Z]{1,3}$/.test(n));
    expect(names.length).toBeGreaterThan(5);
    for (const n of names) expect(defined).toContain(n);
  });

  test("every list column has a dropdown from the Parametrar lists; scores, amounts and dates are checked", () => {
    const rule = (header: string) => sheet.validations?.find((v) => v.range.startsWith(`${letter(header)}${HEADER_ROW + 1}:`))?.rule;
    expect(rule("Status")).toEqual({ kind: "list", source: "=Lista_Status" });
    expect(rule("Förvaltning")).toEqual({ kind: "list", source: "=Lista_Forvaltning" });
    expect(rule("Nyttokalkyl")).toEqual({ kind: "list", source: "=Lista_Dokumentation" });
    expect(rule("Investering (kr)")).toEqual({ kind: "decimal", min: 0 });
    expect(rule("Startdatum")).toMatchObject({ kind: "date" });
    const defined = new Set(description.names.map((n) => n.name));
    for (const v of sheet.validations ?? []) {
      if (v.rule.kind === "list") expect(defined).toContain(v.rule.source.slice(1));
      expect(v.errorMessage.length).toBeGreaterThan(10);
    }
  });

  test("an empty required cell is marked by its row's status", () => {
    const syfte = letter("Syfte");
    const format = sheet.conditionalFormats?.find((c) => c.range.startsWith(`${syfte}${HEADER_ROW + 1}:`));
    expect(format?.formula).toContain('="Beslutad"');
    expect(format?.formula).toContain(`${syfte}${HEADER_ROW + 1}=""`);
    // the template names its förvaltning, so an empty Förvaltning cell is filled from Parametrar, not marked
    expect(sheet.conditionalFormats?.some((c) => c.range.startsWith(`${letter("Förvaltning")}${HEADER_ROW + 1}:`))).toBe(false);
  });
});

describe("the template as a file", () => {
  test("carries the validations, conditional formats, names and table into the .xlsx", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await renderWorkbook(description)) as unknown as ArrayBuffer);
    const ws = workbook.getWorksheet(INITIATIVE_SHEET)!;
    const statusCell = ws.getCell(`${letter("Status")}${HEADER_ROW + 7}`);
    expect(statusCell.dataValidation).toMatchObject({ type: "list", formulae: ["Lista_Status"], showErrorMessage: true });
    expect(ws.getCell(`${letter("Nytta (1–5)")}${HEADER_ROW + 3}`).dataValidation).toMatchObject({ type: "whole", formulae: [1, 5] });
    expect(workbook.definedNames.getRanges("Kalkylranta").ranges).toEqual(["Parametrar!$B$7"]);
    expect(ws.getCell(`${letter("Nytta per år (kr)")}${HEADER_ROW + 1}`).formula).toMatch(/Timkostnad/);
  });
});
