import { COUNCIL_HEADERS } from "../../../src/domain/consolidation/Consolidation";
import { DEFAULT_PARAMETERS, type Parameters } from "../../../src/domain/parameters/Parameters";
import {
  MISSING_FROM_LATEST,
  PORTFOLIO_META_HEADERS,
  PORTFOLIO_RANK_KEY_HEADERS,
  PORTFOLIO_SHEETS,
  PRESENT_IN_LATEST,
  UNMAPPED_FIELD,
} from "../../../src/domain/portfolio/layout";
import {
  isWriterHeader,
  readPreviousPortfolio,
} from "../../../src/domain/portfolio/readPreviousPortfolio";
import { mapHeaders } from "../../../src/domain/sheets/mapHeaders";
import { grid, portfolioWorkbook, workbook } from "../../builders/grids";
import {
  mappingSheet,
  parametersSheet,
  portfolioHeaders,
  portfolioSheet,
  rowOf,
  type PortfolioSheetOptions,
} from "./previousPortfolioGrids";

const ID = "Initiativ-ID";
const NAME = "Namn";
const FORV = "Förvaltning";
const M = PORTFOLIO_META_HEADERS;
const C = COUNCIL_HEADERS;
const ADDED = ["Ansvarig i rådet", "Beslutsdatum"];
const HEADERS = portfolioHeaders(DEFAULT_PARAMETERS, ADDED);

const ROWS = [
  rowOf(HEADERS, {
    [ID]: "SOC-1",
    [NAME]: "E-arkiv",
    [FORV]: "Socialförvaltningen",
    [M.latestRun]: PRESENT_IN_LATEST,
    [C.radetsBeslut]: "Beviljad",
    [C.finansiering]: "Central",
    [C.radetsKommentar]: "  Följ upp i juni  ",
    "Ansvarig i rådet": "Eva",
    Beslutsdatum: 45717,
    "Nytta (1–5)": 4,
  }),
  rowOf(HEADERS, {
    [ID]: "UTB-7",
    [NAME]: "Lärplattform",
    [FORV]: "Utbildningsförvaltningen",
    [M.latestRun]: MISSING_FROM_LATEST,
    [C.radetsBeslut]: "Avslag",
  }),
  rowOf(HEADERS, {}),
  rowOf(HEADERS, { [NAME]: "Inlagd för hand utan ID", [C.radetsKommentar]: "?" }),
];

const portfolio = (options: PortfolioSheetOptions = {}) =>
  portfolioSheet(HEADERS, ROWS, { formats: { Beslutsdatum: "yyyy-mm-dd" }, ...options });

describe("readPreviousPortfolio: the Portfölj table", () => {
  it("is null without a Portfölj sheet, or when Portfölj has no Initiativ-ID header", () => {
    expect(readPreviousPortfolio(portfolioWorkbook("x.xlsx", [grid("Blad1", [["a"]])]))).toBeNull();
    const noTable = grid(PORTFOLIO_SHEETS.portfolio, [
      ["Digiportfölj"],
      [null],
      ["Namn", "Status"],
    ]);
    expect(readPreviousPortfolio(portfolioWorkbook("x.xlsx", [noTable]))).toBeNull();
  });

  it("is null for a council's own workbook with the same sheets but without the portfolio's marker", () => {
    const theirs = workbook("budget.xlsx", [portfolio()]);
    expect(readPreviousPortfolio(theirs)).toBeNull();
    // A portfolio written before the marker carries Mappning's field list, which only it has.
    const older = { ...theirs, definedNames: [{ name: "Lista_Falt", ref: "'Mappning'!$Z$2:$Z$40" }] };
    expect(readPreviousPortfolio(older)).not.toBeNull();
    const elsewhere = { ...theirs, definedNames: [{ name: "Lista_Falt", ref: "Blad1!$A$1:$A$9" }] };
    expect(readPreviousPortfolio(elsewhere)).toBeNull();
  });

  it("reads every row with an ID: council columns, added columns, all cells, the missing mark", () => {
    const previous = readPreviousPortfolio(portfolioWorkbook("portfölj.xlsx", [portfolio()]))!;
    expect(previous.rows.map((r) => [r.id, r.row, r.forvaltning, r.wasMissing])).toEqual([
      ["SOC-1", 5, "Socialförvaltningen", false],
      ["UTB-7", 6, "Utbildningsförvaltningen", true],
    ]);
    expect(previous.rows[0]!.council).toEqual({
      radetsBeslut: "Beviljad",
      finansiering: "Central",
      radetsKommentar: "Följ upp i juni",
    });
    expect(previous.rows[1]!.council).toEqual({
      radetsBeslut: "Avslag",
      finansiering: null,
      radetsKommentar: null,
    });
    expect(previous.rows[0]!.extra).toEqual({ "Ansvarig i rådet": "Eva", Beslutsdatum: 45717 });
    expect(previous.rows[1]!.extra).toEqual({ "Ansvarig i rådet": null, Beslutsdatum: null });
    expect(Object.keys(previous.rows[0]!.cells)).toEqual(HEADERS);
    expect(previous.rows[0]!.cells["Nytta (1–5)"]).toBe(4);
    expect(previous.headers).toEqual(HEADERS);
  });

  it("finds the council's own columns and the number format of their values", () => {
    const previous = readPreviousPortfolio(portfolioWorkbook("p.xlsx", [portfolio()]))!;
    expect(previous.extraColumns).toEqual([
      { header: "Ansvarig i rådet", numberFormat: null },
      { header: "Beslutsdatum", numberFormat: "yyyy-mm-dd" },
    ]);
  });

  it("reports rows without an ID and content outside the table instead of dropping them", () => {
    const previous = readPreviousPortfolio(
      portfolioWorkbook("p.xlsx", [portfolio({ below: [[null], ["Summa", null, null, 12]] })])
    )!;
    expect(previous.rowsWithoutId).toEqual([8]);
    expect(previous.outsideTable).toEqual(["A10", "D10"]);
  });

  it("reads a table the reader gave no box for from its header row", () => {
    const previous = readPreviousPortfolio(portfolioWorkbook("p.xlsx", [portfolio({ withTable: false })]))!;
    expect(previous.rows.map((r) => r.id)).toEqual(["SOC-1", "UTB-7"]);
    expect(previous.extraColumns.map((c) => c.header)).toEqual(ADDED);
    expect(previous.outsideTable).toEqual([]);
  });

  it("indexes rows by ID without case or stray spaces, keeping repeated IDs in order", () => {
    const rows = [
      rowOf(HEADERS, { [ID]: "soc-1", [C.radetsBeslut]: "A" }),
      rowOf(HEADERS, { [ID]: " SOC-1 ", [C.radetsBeslut]: "B" }),
    ];
    const previous = readPreviousPortfolio(portfolioWorkbook("p.xlsx", [portfolioSheet(HEADERS, rows)]))!;
    expect(previous.byId.get("SOC-1")!.map((r) => r.council.radetsBeslut)).toEqual(["A", "B"]);
  });

  it("names the sheets the council added", () => {
    const sheets = [
      portfolio(),
      grid("Rådets anteckningar", [["Möte 3 mars"]]),
      grid(PORTFOLIO_SHEETS.overview, [["x"]]),
      grid("avvikelser", [["x"]]),
      grid("Budget 2026", [["x"]]),
    ];
    expect(readPreviousPortfolio(portfolioWorkbook("p.xlsx", sheets))!.councilSheets).toEqual([
      "Rådets anteckningar",
      "Budget 2026",
    ]);
  });
});

describe("isWriterHeader", () => {
  const custom: Parameters = {
    ...DEFAULT_PARAMETERS,
    criteria: [{ key: "egen", label: "Eget kriterium", weight: 100, direction: "for" }],
  };

  it("knows the writer's columns under the portfolio's parameters", () => {
    for (const header of portfolioHeaders(custom))
      expect(isWriterHeader(header, custom)).toBe(true);
    expect(isWriterHeader(PORTFOLIO_RANK_KEY_HEADERS.score, custom)).toBe(true);
    expect(isWriterHeader("rådets  beslut", custom)).toBe(true);
  });

  it("takes a score column of a criterion since renamed as the writer's, not the council's", () => {
    expect(isWriterHeader("Risk (1–5)", custom)).toBe(true);
    expect(isWriterHeader("Risk (1-5)", custom)).toBe(true);
  });

  it("takes anything else as the council's own", () => {
    expect(isWriterHeader("Ansvarig i rådet", custom)).toBe(false);
    expect(isWriterHeader("Kolumn1", custom)).toBe(false);
  });
});

describe("readPreviousPortfolio: Parametrar", () => {
  it("reads the council's edited parameters, and null when the sheet is gone", () => {
    const edited: Parameters = {
      ...DEFAULT_PARAMETERS,
      kalkylranta: 0.04,
      centralBudget: 5_000_000,
    };
    const withSheet = readPreviousPortfolio(
      portfolioWorkbook("p.xlsx", [portfolio(), parametersSheet(edited)])
    )!;
    expect(withSheet.parameters).toMatchObject({ kalkylranta: 0.04, centralBudget: 5_000_000 });
    expect(withSheet.issues).toEqual([]);
    expect(readPreviousPortfolio(portfolioWorkbook("p.xlsx", [portfolio()]))!.parameters).toBeNull();
  });

  it("reads the score headers of the portfolio's own criteria as the writer's", () => {
    const custom: Parameters = {
      ...DEFAULT_PARAMETERS,
      criteria: [{ key: "teknik", label: "Teknik", weight: 100, direction: "for" }],
    };
    const headers = portfolioHeaders(custom, ["Notering"]);
    const sheet = portfolioSheet(headers, [rowOf(headers, { [ID]: "A-1" })]);
    const previous = readPreviousPortfolio(portfolioWorkbook("p.xlsx", [sheet, parametersSheet(custom)]))!;
    expect(previous.extraColumns.map((c) => c.header)).toEqual(["Notering"]);
  });
});

describe("readPreviousPortfolio: Mappning", () => {
  const read = (sheet = mappingSheet(MAPPINGS, SOURCES)) =>
    readPreviousPortfolio(portfolioWorkbook("portfölj.xlsx", [portfolio(), sheet]))!;
  const MAPPINGS = [
    {
      file: "in/soc.xlsx",
      sheet: "Projekt",
      header: "Budget (tkr)",
      field: "Löpande kostnad per år (kr)",
    },
    { file: "in/soc.xlsx", sheet: "Projekt", header: "Projektets namn", field: "Namn" },
    { file: "in/soc.xlsx", sheet: "Projekt", header: "Ägare", field: UNMAPPED_FIELD },
    { file: "in/soc.xlsx", sheet: "Projekt", header: "Övrigt", field: null },
    { file: "in/soc.xlsx", sheet: "Projekt", header: "Poäng nytta", field: "nytta" },
    { file: "in/soc.xlsx", sheet: "Projekt", header: "Risk", field: "Risk (1–5)" },
    {
      file: "in/soc.xlsx",
      sheet: "Projekt",
      header: "Återbetalning",
      field: "Återbetalningstid (år)",
    },
    { file: "in/soc.xlsx", sheet: "Projekt", header: "Budgetx", field: "Budgetar" },
    { file: "in/soc.xlsx", sheet: "Projekt", header: null, field: "Namn" },
    { file: "utb.xlsx", sheet: "Blad1", header: "Kommentar", field: "Kommentar" },
    { file: "utb.xlsx", sheet: "Blad1", header: "kommentar", field: "Syfte" },
  ];
  const SOURCES = [
    { file: "in/soc.xlsx", forvaltning: "Socialförvaltningen" },
    { file: "utb.xlsx", forvaltning: "utb" },
    { file: "tom.xlsx", forvaltning: null },
  ];

  it("turns each Fält label back into a target, per file name and sheet, by normalised header", () => {
    const { mapping } = read().corrections;
    expect([...mapping.keys()]).toEqual(["soc.xlsx", "utb.xlsx"]);
    const projekt = mapping.get("soc.xlsx")!.get("Projekt")!;
    expect(Object.fromEntries(projekt)).toEqual({
      "budget tkr": "lopandeKostnad",
      "projektets namn": "name",
      ägare: null,
      övrigt: null,
      "poäng nytta": "score:nytta",
      risk: "score:risk",
      återbetalning: "computed:aterbetalningstid",
    });
  });

  it("drops a header mapped two ways, since the header cannot tell the columns apart", () => {
    expect(read().corrections.mapping.get("utb.xlsx")!.get("Blad1")!.size).toBe(0);
  });

  it("makes an unknown label an issue at its cell, not a guess", () => {
    const issues = read().issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: "unknown_list_value",
      severity: "warning",
      location: { file: "portfölj.xlsx", sheet: "Mappning", row: 9, column: "F" },
      input: "Budgetar",
    });
    expect(String(issues[0]!.details?.["allowed"])).toContain("Löpande kostnad per år (kr)");
  });

  it("feeds mapHeaders: the corrected column maps to the corrected field", () => {
    const overrides = read().corrections.mapping.get("soc.xlsx")!.get("Projekt")!;
    const columns = mapHeaders(
      ["Budget (tkr)", "Ägare", "Projektets namn"],
      DEFAULT_PARAMETERS.criteria,
      {
        overrides,
      }
    );
    expect(columns.map((c) => c.target)).toEqual(["lopandeKostnad", null, "name"]);
  });

  it("keeps the förvaltning set per file, but not the file-name fallback", () => {
    expect(Object.fromEntries(read().corrections.forvaltning)).toEqual({
      "soc.xlsx": "Socialförvaltningen",
    });
  });

  it("reads what each run inferred and from where, when Kallor has those columns", () => {
    const previous = read(
      mappingSheet(
        [],
        [
          { file: "in/soc.xlsx", forvaltning: "Socialförvaltningen", inferred: "Socialförvaltningen", inferredFrom: "Rubrik" },
          { file: "lista.xlsx", forvaltning: "Miljöförvaltningen", inferred: "lista", inferredFrom: "Filnamn (ingen träff)" },
          { file: "trasig.xlsx", forvaltning: null, inferred: null, inferredFrom: null },
        ]
      )
    );
    expect(Object.fromEntries(previous.corrections.inferredForvaltning ?? [])).toEqual({
      "soc.xlsx": { name: "Socialförvaltningen", source: "title" },
      "lista.xlsx": { name: "lista", source: "fallback" },
      "trasig.xlsx": { name: "", source: "fileName" },
    });
    expect(Object.fromEntries(previous.corrections.forvaltning)).toEqual({
      "soc.xlsx": "Socialförvaltningen",
      "lista.xlsx": "Miljöförvaltningen",
    });
  });

  it("has no inferred förvaltningar from an older Kallor without those columns", () => {
    expect(read().corrections.inferredForvaltning).toBeUndefined();
  });

  it("finds both tables by their headers when the reader gave no boxes", () => {
    const previous = read(mappingSheet(MAPPINGS, SOURCES, false));
    expect(previous.corrections.mapping.get("soc.xlsx")!.get("Projekt")!.get("budget tkr")).toBe(
      "lopandeKostnad"
    );
    expect(previous.corrections.forvaltning.get("soc.xlsx")).toBe("Socialförvaltningen");
  });

  it("reads criteria labels from the portfolio's own Parametrar", () => {
    const custom: Parameters = {
      ...DEFAULT_PARAMETERS,
      criteria: [{ key: "teknik", label: "Teknik", weight: 100, direction: "for" }],
    };
    const sheet = mappingSheet(
      [{ file: "a.xlsx", sheet: "S", header: "Tekniskt", field: "Teknik" }],
      []
    );
    const previous = readPreviousPortfolio(
      portfolioWorkbook("p.xlsx", [portfolio(), sheet, parametersSheet(custom)])
    )!;
    expect(previous.corrections.mapping.get("a.xlsx")!.get("S")!.get("tekniskt")).toBe(
      "score:teknik"
    );
  });
});
