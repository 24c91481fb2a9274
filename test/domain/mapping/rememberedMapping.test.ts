import { checkWorkbook } from "../../../src/domain/checkWorkbook";
import { DEFAULT_CRITERIA, TABY_CRITERIA } from "../../../src/domain/parameters/Parameters";
import { findInitiativeTable } from "../../../src/domain/sheets/findInitiativeTable";
import type { MappingTarget } from "../../../src/domain/sheets/mapHeaders";
import {
  describeRememberedMapping,
  readRememberedMapping,
  rememberedEntriesOf,
  replaceSheetEntries,
  withRememberedMapping,
  REMEMBERED_MAPPING_SHEET,
  type RememberedEntry,
} from "../../../src/domain/mapping/rememberedMapping";
import { grid, workbook } from "../../builders/grids";
import { gridOfSheet } from "./sheetHelpers";

const entry = (
  sheet: string,
  header: string,
  target: MappingTarget | null,
  headerRow = 3
): RememberedEntry => ({
  sheet,
  headerRow,
  header,
  target,
});

const ENTRIES: RememberedEntry[] = [
  entry("Projekt 2025", "Namn", "kontaktperson"),
  entry("Projekt 2025", "Projekt", "name"),
  entry("Projekt 2025", "Budget (tkr)", "investering"),
  entry("Projekt 2025", "Avgift (tkr/år)", "lopandeKostnad"),
  entry("Projekt 2025", "Nytta 1-5", "score:nytta"),
  entry("Projekt 2025", "Färg på pärmen", null),
  entry("Projekt 2025", "NNV", "computed:nettonuvarde"),
  entry("Äldre", "Initiativ", "name", 1),
];

/** The list whose headers read one way by the words and another by the förvaltning's choice. */
const LIST = grid("Projekt 2025", [
  ["Digitaliseringsprojekt 2025"],
  [],
  ["Namn", "Projekt", "Budget (tkr)", "Avgift (tkr/år)", "Status"],
  ["Anna Andersson", "E-arkiv", 500, 40, "Pågår"],
  ["Bo Berg", "Chatbot", 120, 10, "Idé"],
]);

describe("describeRememberedMapping / readRememberedMapping", () => {
  test("round trip: what is described is read back, targets, unmapped and all", () => {
    const sheet = describeRememberedMapping(ENTRIES, DEFAULT_CRITERIA);
    expect(sheet.name).toBe(REMEMBERED_MAPPING_SHEET);
    const read = readRememberedMapping(
      workbook("lista.xlsx", [gridOfSheet(sheet)]),
      DEFAULT_CRITERIA
    );
    expect(read.issues).toEqual([]);
    expect(read.entries).toEqual(ENTRIES);
    expect([...read.overridesBySheet.keys()]).toEqual(["Projekt 2025", "Äldre"]);
    expect(read.overridesBySheet.get("Projekt 2025")).toEqual(
      new Map<string, MappingTarget | null>([
        ["namn", "kontaktperson"],
        ["projekt", "name"],
        ["budget tkr", "investering"],
        ["avgift tkr år", "lopandeKostnad"],
        ["nytta 1 5", "score:nytta"],
        ["färg på pärmen", null],
        ["nnv", "computed:nettonuvarde"],
      ])
    );
  });

  test("the sheet: a title, a note, the table Blad | Rubrikrad | Rubrik | Fält and a Fält dropdown", () => {
    const sheet = describeRememberedMapping(ENTRIES, DEFAULT_CRITERIA);
    const table = sheet.tables?.[0];
    expect(table?.name).toBe("Kolumnmappning");
    expect(table?.columns.map((c) => c.header)).toEqual(["Blad", "Rubrikrad", "Rubrik", "Fält"]);
    expect(table?.rows[0]).toEqual(["Projekt 2025", 3, "Namn", "Kontaktperson"]);
    expect(table?.rows[5]).toEqual(["Projekt 2025", 3, "Färg på pärmen", "(används inte)"]);
    expect(sheet.blocks?.[0]?.rows).toEqual([["Kolumnmappning"]]);
    const validation = sheet.validations?.[0];
    expect(validation?.range).toBe(`D5:D${4 + ENTRIES.length}`);
    // the dropdown's source is the list of choices on the same sheet, which holds every label used
    const source = validation?.rule.kind === "list" ? validation.rule.source : "";
    const match = /^=\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(source);
    expect(match).not.toBeNull();
    const choices = sheet.blocks?.find((b) => b.row === Number(match?.[2]) && b.style === "note");
    expect(choices?.rows.length).toBe(Number(match?.[4]) - Number(match?.[2]) + 1);
    const labels = choices?.rows.map((r) => r[0]);
    for (const row of table?.rows ?? []) expect(labels).toContain(row[3]);
  });

  test("no entries: an empty table that still offers the dropdown", () => {
    const sheet = describeRememberedMapping([], DEFAULT_CRITERIA);
    expect(sheet.tables?.[0]?.rows).toEqual([]);
    expect(sheet.validations?.[0]?.range).toBe("D5:D5");
    expect(
      readRememberedMapping(workbook("x.xlsx", [gridOfSheet(sheet)]), DEFAULT_CRITERIA).entries
    ).toEqual([]);
  });

  test("a workbook without the sheet remembers nothing", () => {
    const read = readRememberedMapping(workbook("x.xlsx", [LIST]), DEFAULT_CRITERIA);
    expect(read).toEqual({ entries: [], overridesBySheet: new Map(), issues: [] });
  });

  test("found by its headers when the reader gives no table, with a moved header row", () => {
    const g = grid("kolumnmappning", [
      ["Kolumnmappning"],
      [],
      ["Blad", "Rubrikrad", "Rubrik", "Fält"],
      ["projekt 2025", 3, "Projekt", "Namn"],
      ["projekt 2025", "3", "Namn", "kontaktperson"],
      [],
      ["Projekt 2025", 3, "Poäng komplexitet", "Komplexitet (1–5)"],
      ["Projekt 2025", 3, "Rensad", ""],
    ]);
    const read = readRememberedMapping(workbook("x.xlsx", [LIST, g]), DEFAULT_CRITERIA);
    // the sheet name as the workbook spells it; a score written as its column header; a cleared Fält is "not read"
    expect(read.entries).toEqual([
      entry("Projekt 2025", "Projekt", "name"),
      entry("Projekt 2025", "Namn", "kontaktperson"),
      entry("Projekt 2025", "Poäng komplexitet", "score:komplexitet"),
      entry("Projekt 2025", "Rensad", null),
    ]);
  });

  test("a Fält that names no field is a warning on its cell, and the header is left to the words", () => {
    const g = grid("Kolumnmappning", [
      ["Blad", "Rubrikrad", "Rubrik", "Fält"],
      ["Projekt 2025", 3, "Projekt", "Projektnamnet"],
      ["Projekt 2025", 3, "Namn", "Kontaktperson"],
    ]);
    const read = readRememberedMapping(workbook("x.xlsx", [g]), DEFAULT_CRITERIA);
    expect(read.entries).toEqual([entry("Projekt 2025", "Namn", "kontaktperson")]);
    expect(read.issues).toEqual([
      expect.objectContaining({
        code: "unknown_list_value",
        severity: "warning",
        location: { file: "x.xlsx", sheet: "Kolumnmappning", row: 2, column: "D", field: "Fält" },
        input: "Projektnamnet",
      }),
    ]);
  });

  test("one header given two fields on one sheet says neither", () => {
    const g = grid("Kolumnmappning", [
      ["Blad", "Rubrikrad", "Rubrik", "Fält"],
      ["Projekt 2025", 3, "Kostnad", "Investering (kr)"],
      ["Projekt 2025", 3, "Kostnad", "Löpande kostnad per år (kr)"],
      ["Projekt 2025", 3, "KOSTNAD", "Investering (kr)"],
      ["Projekt 2025", 3, "Status", "Status"],
      ["Annat", 3, "Kostnad", "Investering (kr)"],
    ]);
    const read = readRememberedMapping(workbook("x.xlsx", [g]), DEFAULT_CRITERIA);
    expect(read.overridesBySheet.get("Projekt 2025")).toEqual(new Map([["status", "status"]]));
    expect(read.overridesBySheet.get("Annat")).toEqual(new Map([["kostnad", "investering"]]));
  });

  test("scores are labelled and read with the workbook's own criteria", () => {
    const entries = [entry("Lista", "Säkerhet", "score:sakerhet")];
    const sheet = describeRememberedMapping(entries, TABY_CRITERIA);
    expect(sheet.tables?.[0]?.rows[0]?.[3]).toBe("Säkerhet och integritet");
    expect(
      readRememberedMapping(workbook("x.xlsx", [gridOfSheet(sheet)]), TABY_CRITERIA).entries
    ).toEqual(entries);
  });
});

describe("entries of a list", () => {
  test("every headed column of the list, with the target it is read as", () => {
    const overrides = new Map<string, MappingTarget | null>([
      ["projekt", "name"],
      ["namn", "kontaktperson"],
    ]);
    const table = findInitiativeTable(LIST, DEFAULT_CRITERIA, { overrides });
    expect(table && rememberedEntriesOf(table)).toEqual([
      entry("Projekt 2025", "Namn", "kontaktperson"),
      entry("Projekt 2025", "Projekt", "name"),
      entry("Projekt 2025", "Budget (tkr)", "investering"),
      entry("Projekt 2025", "Avgift (tkr/år)", null),
      entry("Projekt 2025", "Status", "status"),
    ]);
  });

  test("replaceSheetEntries swaps one sheet's entries and keeps the others'", () => {
    const fresh = [entry("PROJEKT 2025", "Projekt", "name")];
    expect(replaceSheetEntries(ENTRIES, "Projekt 2025", fresh)).toEqual([
      entry("Äldre", "Initiativ", "name", 1),
      ...fresh,
    ]);
  });
});

describe("checkWorkbook reuses a remembered mapping", () => {
  const remembered = gridOfSheet(
    describeRememberedMapping(
      [
        entry("Projekt 2025", "Namn", "kontaktperson"),
        entry("Projekt 2025", "Projekt", "name"),
        entry("Projekt 2025", "Budget (tkr)", "investering"),
        entry("Projekt 2025", "Avgift (tkr/år)", "lopandeKostnad"),
        entry("Projekt 2025", "Status", "status"),
      ],
      DEFAULT_CRITERIA
    )
  );

  test("without it the words and values decide: Namn holds people, so Projekt names the initiatives; Avgift is not read", () => {
    const result = checkWorkbook(workbook("lista.xlsx", [LIST]), { today: "2026-11-22" });
    expect(result.initiatives.map((i) => [i.values.name, i.values.ansvarig])).toEqual([
      ["E-arkiv", "Anna Andersson"],
      ["Chatbot", "Bo Berg"],
    ]);
    expect(result.initiatives[0]?.values.lopandeKostnad).toBeUndefined();
  });

  test("with it the list reads as the förvaltning said, units included; the sheet itself is no list", () => {
    const result = checkWorkbook(workbook("lista.xlsx", [LIST, remembered]), {
      today: "2026-11-22",
    });
    expect(result.tables.map((t) => t.sheet.name)).toEqual(["Projekt 2025"]);
    expect(result.initiatives.map((i) => [i.values.name, i.values.kontaktperson])).toEqual([
      ["E-arkiv", "Anna Andersson"],
      ["Chatbot", "Bo Berg"],
    ]);
    expect(result.initiatives.map((i) => [i.values.investering, i.values.lopandeKostnad])).toEqual([
      [500_000, 40_000],
      [120_000, 10_000],
    ]);
  });

  test("the caller's corrections for the sheet still win, header by header", () => {
    const overridesBySheet = new Map([
      ["Projekt 2025", new Map<string, MappingTarget | null>([["avgift tkr år", null]])],
    ]);
    const result = checkWorkbook(workbook("lista.xlsx", [LIST, remembered]), {
      today: "2026-11-22",
      overridesBySheet,
    });
    expect(result.initiatives[0]?.values.name).toBe("E-arkiv");
    expect(result.initiatives[0]?.values.lopandeKostnad).toBeUndefined();
  });

  test("a wrong Fält on Kolumnmappning is reported with the check", () => {
    const g = grid("Kolumnmappning", [
      ["Blad", "Rubrikrad", "Rubrik", "Fält"],
      ["Projekt 2025", 3, "Projekt", "Projektnamnet"],
    ]);
    const result = checkWorkbook(workbook("lista.xlsx", [LIST, g]), { today: "2026-11-22" });
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: "unknown_list_value",
        location: expect.objectContaining({ sheet: "Kolumnmappning", row: 2 }),
      })
    );
  });
});

describe("withRememberedMapping", () => {
  const remembered = new Map([
    [
      "A",
      new Map<string, MappingTarget | null>([
        ["x", "name"],
        ["y", "status"],
      ]),
    ],
  ]);
  const global = new Map<string, MappingTarget | null>([
    ["y", null],
    ["z", "kommentar"],
  ]);

  test("nothing remembered: the caller's corrections as they were", () => {
    const bySheet = new Map([["B", new Map()]]);
    expect(withRememberedMapping(new Map(), global, bySheet)).toBe(bySheet);
    expect(withRememberedMapping(new Map(), global, undefined)).toBeUndefined();
  });

  test("remembered over the workbook-wide overrides; the sheet's own corrections over both", () => {
    expect(withRememberedMapping(remembered, global, undefined)?.get("A")).toEqual(
      new Map([
        ["y", "status"],
        ["z", "kommentar"],
        ["x", "name"],
      ])
    );
    const bySheet = new Map([
      ["A", new Map<string, MappingTarget | null>([["x", "behovVad"]])],
      ["B", new Map()],
    ]);
    const merged = withRememberedMapping(remembered, global, bySheet);
    expect(merged?.get("A")).toEqual(
      new Map([
        ["x", "behovVad"],
        ["y", "status"],
      ])
    );
    expect(merged?.get("B")).toEqual(new Map());
  });
});
