import { findInitiativeTable, findInitiativeTables } from "../../../src/domain/sheets/findInitiativeTable";
import { readInitiatives } from "../../../src/domain/sheets/readInitiatives";
import { DEFAULT_CRITERIA, DEFAULT_PARAMETERS } from "../../../src/domain/parameters/Parameters";
import { grid, workbook } from "../../builders/grids";

const lundList = grid("Projekt 2021", [
  ["Digitaliseringsprojekt, Samhällsbyggnadsnämnden", null, null, null, null],
  ["Sammanställt av förvaltningen 2021-09-01", null, null, null, null],
  [null, null, null, null, null],
  ["Projekt", "Status", "Budget (tkr)", "Projektstart", "Nyttokalkyl"],
  ["Digitalt bygglov", "Klar", 596.6, "höst 2017", "Genomförd"],
  [null, null, null, null, null],
  ["Digital planproduktion", "Pågår", "1,2 mkr", 43466, "Delvis"],
  [null, "Pågår", "45 000 kr", null, "Saknas"],
  ["Projekt", "Status", "Budget (tkr)", "Projektstart", "Nyttokalkyl"],
  ["Summa", null, 1841.6, null, null],
]);

describe("findInitiativeTable", () => {
  test("finds the header row below a title and blank rows", () => {
    const table = findInitiativeTable(lundList, DEFAULT_CRITERIA);
    expect(table?.headerRow).toBe(4);
    expect(table?.columns.map((c) => c.target)).toEqual(["name", "status", "investering", "startdatum", "nyttokalkyl"]);
  });

  test("prefers an Excel table and uses its box", () => {
    const sheet = grid(
      "Lista",
      [
        ["Namn", "Status", "Förvaltning"],
        ["A", "Idé", "X"],
        ["Anteckning", null, null],
      ],
      { top: 3, left: 2, tables: [{ name: "Tabell1", box: { top: 3, left: 2, bottom: 4, right: 4 }, hasHeaderRow: true }] },
    );
    const table = findInitiativeTable(sheet, DEFAULT_CRITERIA);
    expect(table).toMatchObject({ headerRow: 3, lastRow: 4, tableName: "Tabell1" });
    expect(table?.columns[0]?.column).toBe(2);
  });

  test("skips instruction sheets and sheets with no list", () => {
    const wb = workbook("x.xlsx", [
      grid("Instruktioner", [["Namn", "Status", "Förvaltning", "Syfte"]]),
      grid("Anteckningar", [["Möte 3 maj"], ["Inget här"]]),
      lundList,
    ]);
    expect(findInitiativeTables(wb, DEFAULT_CRITERIA).map((t) => t.sheet.name)).toEqual(["Projekt 2021"]);
  });
});

describe("readInitiatives", () => {
  const table = findInitiativeTable(lundList, DEFAULT_CRITERIA)!;
  const result = readInitiatives(table, "lund.xlsx", DEFAULT_PARAMETERS, false);

  test("every row with content is an initiative or a skipped row with its reason", () => {
    expect(result.initiatives.map((i) => i.source.row)).toEqual([5, 7, 8]);
    expect(result.skipped.map((s) => [s.row, s.reason])).toEqual([
      [9, "repeated_header"],
      [10, "total_row"],
    ]);
  });

  test("values are parsed as Swedish workbooks hold them, units from the header", () => {
    const [bygglov, plan, unnamed] = result.initiatives;
    expect(bygglov?.values).toMatchObject({ name: "Digitalt bygglov", status: "Avslutad", investering: 596600, nyttokalkyl: "Genomförd" });
    expect(bygglov?.values.startdatum).toMatchObject({ kind: "approximate", text: "höst 2017" });
    expect(plan?.values).toMatchObject({ status: "Pågående", investering: 1_200_000, nyttokalkyl: "Delvis" });
    expect(plan?.values.startdatum).toEqual({ kind: "exact", iso: "2019-01-01", precision: "day" });
    expect(unnamed?.values).toMatchObject({ status: "Pågående", investering: 45000 });
    expect(unnamed?.values.name).toBeUndefined();
  });

  test("a value that needs attention becomes an issue at its cell", () => {
    expect(result.issues.map((i) => [i.code, i.location.row, i.location.column])).toEqual([
      ["approximate_date", 5, "D"],
    ]);
  });
});
