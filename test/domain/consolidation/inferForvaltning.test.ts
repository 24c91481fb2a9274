/**
 * A list's förvaltning when its rows do not name it: correction, the workbook's Parametrar, a
 * title row, the sheet's name, the previous run's Kallor entry, and only then the file name,
 * which is flagged once per file.
 */
import { consolidate, type Corrections } from "../../../src/domain/consolidation/consolidate";
import {
  forvaltningOfNamnd,
  inferForvaltning,
  namedForvaltning,
  type InferredForvaltning,
} from "../../../src/domain/consolidation/inferForvaltning";
import { DEFAULT_LISTS } from "../../../src/domain/lists";
import { DEFAULT_PARAMETERS } from "../../../src/domain/parameters/Parameters";
import { describeParametersSheet } from "../../../src/domain/parameters/parametersSheet";
import type { CellValue, SheetGrid } from "../../../src/domain/ports/WorkbookPort";
import { grid, workbook } from "../../builders/grids";
import { gridFromSheet } from "../parameters/gridFromSheet";

const LIST = DEFAULT_LISTS.forvaltning;

describe("namedForvaltning: what counts as a text naming a förvaltning", () => {
  test.each([
    // the name alone or with a year, or only list words after it
    ["Vård- och omsorgsförvaltningen – effekthemtagning 2025", "Vård- och omsorgsförvaltningen"],
    ["Digitaliseringsinitiativ, Miljöförvaltningen", "Miljöförvaltningen"],
    ["Socialförvaltningen 2025", "Socialförvaltningen"],
    ["Socialförvaltningen_2025", "Socialförvaltningen"],
    ["Socialförvaltningen projektlista", "Socialförvaltningen"],
    ["socialförvaltning", "Socialförvaltningen"],
    ["Vård och omsorgsförvaltningen", "Vård- och omsorgsförvaltningen"],
    ["Vård och omsorg", "Vård- och omsorgsförvaltningen"],
    ["Barn och utbildning 2025", "Barn- och utbildningsförvaltningen"],
    // the genitive at the start
    ["Miljöförvaltningens digitaliseringsprojekt 2025", "Miljöförvaltningen"],
    // at the end after a preposition
    ["Digitaliseringsinitiativ inom Socialförvaltningen", "Socialförvaltningen"],
    ["Sammanställning för Kultur- och fritidsförvaltningen, budgetår 2025", "Kultur- och fritidsförvaltningen"],
    // clearly an organisation's name, though not on the council's list
    ["Tekniska förvaltningen – projektlista", "Tekniska förvaltningen"],
    ["Förvaltning: Tekniska förvaltningen", "Tekniska förvaltningen"],
    ["Kommunstyrelsens förvaltning - projekt", "Kommunstyrelsens förvaltning"],
    ["Pågående projekt i Tekniska förvaltningen", "Tekniska förvaltningen"],
    ["Stadsbyggnadskontoret", "Stadsbyggnadskontoret"],
    ["Tekniska förvaltningens projekt 2025", "Tekniska förvaltningen"],
  ])("%s → %s", (text, expected) => {
    expect(namedForvaltning(text, LIST)).toBe(expected);
  });

  test.each([
    // mentioned in passing, in the middle of a sentence
    "Initiativ där Socialförvaltningen och Miljöförvaltningen samverkar",
    "Lista över initiativ som berör Socialförvaltningen",
    "Projektlista - se även Socialförvaltningens lista",
    "Gemensamma initiativ för Socialförvaltningen och Miljöförvaltningen",
    // two förvaltningar named: neither is the list's
    "Socialförvaltningen – Miljöförvaltningen",
    // no name at all
    "Belopp i tkr",
    "Projekt 2021",
    "Förvaltning",
    "Vi på förvaltningen",
    "Initiativ på förvaltningen",
    "",
  ])("%s → none", (text) => {
    expect(namedForvaltning(text, LIST)).toBeNull();
  });
});

describe("inferForvaltning: the order", () => {
  const base = {
    fileName: "socialforvaltningen.xlsx",
    workbookOwn: null,
    tables: [] as { titles: string[]; sheet: string }[],
  };
  const title = { titles: ["Miljöförvaltningen – projekt 2025"], sheet: "Kultur och fritid" };

  test("each source over the next", () => {
    const previous: InferredForvaltning = { name: "Tekniska förvaltningen", source: "title" };
    const all = { ...base, correction: "Rättad", workbookOwn: "Egen", tables: [title], previous };
    expect(inferForvaltning(all, LIST)).toEqual({ name: "Rättad", source: "correction" });
    expect(inferForvaltning({ ...all, correction: undefined }, LIST)).toEqual({ name: "Egen", source: "workbook" });
    const noOwn = { ...all, correction: undefined, workbookOwn: null };
    expect(inferForvaltning(noOwn, LIST)).toEqual({ name: "Miljöförvaltningen", source: "title" });
    expect(inferForvaltning({ ...noOwn, tables: [{ ...title, titles: [] }] }, LIST)).toEqual({
      name: "Kultur- och fritidsförvaltningen",
      source: "sheetName",
    });
    expect(inferForvaltning({ ...noOwn, tables: [] }, LIST)).toEqual({ name: "Tekniska förvaltningen", source: "previous" });
    expect(inferForvaltning(base, LIST)).toEqual({ name: "Socialförvaltningen", source: "fileName" });
  });

  test("the previous run's entry counts only when it came from the file's own content", () => {
    for (const source of ["fileName", "fallback", "correction"] as const)
      expect(inferForvaltning({ ...base, previous: { name: "X", source } }, LIST).source).toBe("fileName");
    for (const source of ["workbook", "title", "sheetName", "previous"] as const)
      expect(inferForvaltning({ ...base, previous: { name: "X", source } }, LIST)).toEqual({ name: "X", source: "previous" });
  });

  test("lists whose titles or sheets name different förvaltningar name none by them", () => {
    const tables = [
      { titles: ["Socialförvaltningen"], sheet: "Miljöförvaltningen" },
      { titles: ["Miljöförvaltningen"], sheet: "Miljöförvaltningen 2025" },
    ];
    expect(inferForvaltning({ ...base, fileName: "lista.xlsx", tables }, LIST)).toEqual({ name: "Miljöförvaltningen", source: "sheetName" });
  });
});

// ---------------------------------------------------------------------------------------------
// Through consolidate, with lists of each kind

const LIST_ROWS: CellValue[][] = [
  ["Namn", "Status"],
  ["E-arkiv", "Pågående"],
  ["Digital signering", "Idé"],
];

function sheetWith(name: string, above: CellValue[][], rows = LIST_ROWS): SheetGrid {
  const width = Math.max(...[...above, ...rows].map((r) => r.length));
  const pad = (r: CellValue[]) => Array.from({ length: width }, (_, i) => r[i] ?? null);
  return grid(name, [...above, [], ...rows].map(pad));
}

function run(
  file: string,
  sheets: SheetGrid[],
  corrections?: Corrections,
  lists: readonly string[] = LIST
) {
  return consolidate([{ file, workbook: workbook(file, sheets) }], {
    today: "2026-11-22",
    parameters: { ...DEFAULT_PARAMETERS, lists: { ...DEFAULT_PARAMETERS.lists, forvaltning: [...lists] } },
    ...(corrections ? { corrections } : {}),
  });
}

const flags = (result: ReturnType<typeof run>) =>
  result.issues.filter((i) => i.code === "forvaltning_from_file_name");

describe("consolidate: the förvaltning of a list that does not name it", () => {
  test("a title row above the list", () => {
    const result = run("lista-2025.xlsx", [
      sheetWith("Blad1", [["Vård- och omsorgsförvaltningen – effekthemtagning 2025"], ["Belopp i tkr"]]),
    ]);
    expect(result.rows.map((r) => r.forvaltning)).toEqual(Array(2).fill("Vård- och omsorgsförvaltningen"));
    expect(result.files[0]).toMatchObject({
      forvaltning: "Vård- och omsorgsförvaltningen",
      forvaltningSource: "title",
      inferredForvaltning: { name: "Vård- och omsorgsförvaltningen", source: "title" },
    });
    expect(flags(result)).toEqual([]);
  });

  test("a title naming a förvaltning the council's list lacks", () => {
    const result = run("projekt.xlsx", [sheetWith("Blad1", [["Tekniska förvaltningen – projektlista"]])]);
    expect(result.files[0]).toMatchObject({ forvaltning: "Tekniska förvaltningen", forvaltningSource: "title" });
  });

  test("a title that mentions förvaltningar only in passing names none: the file name is used, and flagged", () => {
    const result = run("socialforvaltningen-lista.xlsx", [
      sheetWith("Blad1", [["Initiativ där Miljöförvaltningen och Kultur- och fritidsförvaltningen samverkar"]]),
    ]);
    expect(result.files[0]).toMatchObject({ forvaltning: "Socialförvaltningen", forvaltningSource: "fileName" });
    expect(flags(result)).toHaveLength(1);
  });

  test("the sheet's name", () => {
    const result = run("lista.xlsx", [sheetWith("Socialförvaltningen 2025", [])]);
    expect(result.files[0]).toMatchObject({ forvaltning: "Socialförvaltningen", forvaltningSource: "sheetName" });
    expect(flags(result)).toEqual([]);
  });

  test("the workbook's own Parametrar before a title", () => {
    const parameters = gridFromSheet(describeParametersSheet({ ...DEFAULT_PARAMETERS, forvaltning: "Miljöförvaltningen" }).sheet);
    const result = run("lista.xlsx", [sheetWith("Lista", [["Socialförvaltningen"]]), parameters]);
    expect(result.rows.map((r) => r.forvaltning)).toEqual(Array(2).fill("Miljöförvaltningen"));
    expect(result.files[0]).toMatchObject({ forvaltningSource: "workbook" });
  });

  test("the previous run's Kallor entry, when this version lost its title", () => {
    const corrections: Corrections = {
      mapping: new Map(),
      forvaltning: new Map([["lista.xlsx", "Miljöförvaltningen"]]),
      inferredForvaltning: new Map([["lista.xlsx", { name: "Miljöförvaltningen", source: "title" as const }]]),
    };
    const result = run("lista.xlsx", [sheetWith("Blad1", [])], corrections);
    expect(result.files[0]).toMatchObject({ forvaltning: "Miljöförvaltningen", forvaltningSource: "previous" });
    expect(flags(result)).toEqual([]);
  });

  test("the file name last, flagged once per file at the file only; the file's stem when even that fails", () => {
    const byName = run("in/miljo-2025.xlsx", [sheetWith("Blad1", []), sheetWith("Blad2", [])]);
    expect(byName.rows.map((r) => r.forvaltning)).toEqual(Array(4).fill("Miljöförvaltningen"));
    expect(flags(byName)).toEqual([
      {
        code: "forvaltning_from_file_name",
        severity: "warning",
        location: { file: "in/miljo-2025.xlsx" },
        details: { forvaltning: "Miljöförvaltningen" },
      },
    ]);
    const stem = run("lista2024.xlsx", [sheetWith("Blad1", [])]);
    expect(stem.files[0]).toMatchObject({ forvaltning: "lista2024", forvaltningSource: "fallback" });
    expect(flags(stem).map((i) => i.details)).toEqual([{ forvaltning: "lista2024" }]);
  });

  test("no flag when every row names its own förvaltning", () => {
    const result = run("lista2024.xlsx", [
      sheetWith("Blad1", [], [
        ["Namn", "Status", "Förvaltning"],
        ["E-arkiv", "Idé", "Socialförvaltningen"],
      ]),
    ]);
    expect(result.rows[0]?.forvaltning).toBe("Socialförvaltningen");
    expect(flags(result)).toEqual([]);
  });

  test("a Kallor value that differs from what its run inferred is a correction, and wins over a title", () => {
    const sheets = [sheetWith("Blad1", [["Socialförvaltningen – projekt"]])];
    const corrected: Corrections = {
      mapping: new Map(),
      forvaltning: new Map([["lista.xlsx", "Kommunstyrelsens förvaltning"]]),
      inferredForvaltning: new Map([["lista.xlsx", { name: "Socialförvaltningen", source: "title" as const }]]),
    };
    const result = run("lista.xlsx", sheets, corrected);
    expect(result.rows.map((r) => r.forvaltning)).toEqual(Array(2).fill("Kommunstyrelsens förvaltning"));
    expect(result.files[0]).toMatchObject({
      forvaltning: "Kommunstyrelsens förvaltning",
      forvaltningSource: "correction",
      inferredForvaltning: { name: "Socialförvaltningen", source: "title" },
    });
    // The same value as its run inferred is no correction: the list's new title decides.
    const automatic: Corrections = {
      ...corrected,
      forvaltning: new Map([["lista.xlsx", "Miljöförvaltningen"]]),
      inferredForvaltning: new Map([["lista.xlsx", { name: "Miljöförvaltningen", source: "sheetName" as const }]]),
    };
    expect(run("lista.xlsx", sheets, automatic).files[0]).toMatchObject({ forvaltning: "Socialförvaltningen", forvaltningSource: "title" });
  });

  test("a guess from the file name confirmed by typing it in Kallor is a correction: no more warning", () => {
    const sheets = [sheetWith("Blad1", [])];
    const guessed = run("in/miljo.xlsx", sheets);
    expect(flags(guessed)).toHaveLength(1);
    // Kallor leaves the guess's Förvaltning cell empty; the strategist types the same name.
    const confirmed: Corrections = {
      mapping: new Map(),
      forvaltning: new Map([["miljo.xlsx", "Miljöförvaltningen"]]),
      inferredForvaltning: new Map([["miljo.xlsx", guessed.files[0]!.inferredForvaltning!]]),
    };
    const next = run("in/miljo.xlsx", sheets, confirmed);
    expect(next.files[0]).toMatchObject({
      forvaltning: "Miljöförvaltningen",
      forvaltningSource: "correction",
      inferredForvaltning: { name: "Miljöförvaltningen", source: "fileName" },
    });
    expect(flags(next)).toEqual([]);
    // Left empty, the guess is flagged again next run.
    const unanswered: Corrections = { ...confirmed, forvaltning: new Map() };
    expect(flags(run("in/miljo.xlsx", sheets, unanswered))).toHaveLength(1);
  });

  test("an older Kallor without Härledd columns: a value its run's rule gives is no correction; another is", () => {
    const sheets = [sheetWith("Blad1", [["Vård- och omsorgsförvaltningen"]])];
    const kallor = (value: string): Corrections => ({ mapping: new Map(), forvaltning: new Map([["miljo.xlsx", value]]) });
    // the old run took it from the file name
    expect(run("miljo.xlsx", sheets, kallor("Miljöförvaltningen")).files[0]).toMatchObject({ forvaltningSource: "title" });
    expect(run("miljo.xlsx", sheets, kallor("Tekniska förvaltningen")).files[0]).toMatchObject({
      forvaltning: "Tekniska förvaltningen",
      forvaltningSource: "correction",
    });
  });
});

describe("short forms, nämnder and one förvaltning per sheet", () => {
  test.each([
    ["BUF digitala satsningar 2025", "Barn- och utbildningsförvaltningen"],
    ["VoF 2025", "Vård- och omsorgsförvaltningen"],
    ["SBF – projektlista", "Samhällsbyggnadsförvaltningen"],
    ["Digitala initiativ KLF 2025", "Kommunledningsförvaltningen"],
    ["Socialförv", "Socialförvaltningen"],
    ["Barn o utbildning", "Barn- och utbildningsförvaltningen"],
    // SF could be Socialförvaltningen or Samhällsbyggnadsförvaltningen: neither.
    ["SF 2025", null],
    ["Projektlista 2025", null],
  ])("%s → %p", (text, expected) => {
    expect(namedForvaltning(text, LIST)).toBe(expected);
  });

  test.each([
    ["Barn- och utbildningsnämnden", "Barn- och utbildningsförvaltningen"],
    ["Kommunstyrelsen", "Kommunledningsförvaltningen"],
    ["Miljönämnden", "Miljöförvaltningen"],
    ["Valnämnden", null],
  ])("a row's nämnd %s → %p", (namnd, expected) => {
    expect(forvaltningOfNamnd(namnd, LIST)).toBe(expected);
  });

  test("a workbook with one förvaltning per sheet: each list's rows take their sheet's; nothing is flagged", () => {
    const sheet = (name: string, project: string) =>
      grid(name, [
        ["Projekt", "Status"],
        [project, "Pågår"],
      ]);
    const result = consolidate(
      [
        {
          file: "sammanstallning.xlsx",
          workbook: workbook("sammanstallning.xlsx", [
            sheet("Socialförv", "Digital signering"),
            sheet("Vård o omsorg", "Trygghetslarm"),
          ]),
        },
      ],
      { today: "2026-12-01", parameters: DEFAULT_PARAMETERS }
    );
    expect(result.rows.map((r) => [r.initiative?.values.name, r.forvaltning])).toEqual([
      ["Digital signering", "Socialförvaltningen"],
      ["Trygghetslarm", "Vård- och omsorgsförvaltningen"],
    ]);
    expect(result.issues.map((i) => i.code)).not.toContain("forvaltning_from_file_name");
  });
});
