/**
 * Lists in the shapes förvaltningar keep, at the level of one sheet: values that overturn a header,
 * headings inside a list, a needs list under the projects, values merged over rows, ticks.
 */
import { checkWorkbook } from "../../../src/domain/checkWorkbook";
import { DEFAULT_CRITERIA } from "../../../src/domain/parameters/Parameters";
import type { CellBox, CellValue } from "../../../src/domain/ports/WorkbookPort";
import { findTablesOnSheet } from "../../../src/domain/sheets/findInitiativeTable";
import { readsAsHeading } from "../../../src/domain/sheets/sectionHeading";
import { normalizeHeader } from "../../../src/domain/text/normalize";
import { grid, workbook } from "../../builders/grids";

const check = (rows: CellValue[][], merges: CellBox[] = []) =>
  checkWorkbook(workbook("lista.xlsx", [{ ...grid("Lista", rows), merges }]), {
    today: "2026-12-01",
  });
const targets = (rows: CellValue[][]) =>
  findTablesOnSheet(grid("Lista", rows), DEFAULT_CRITERIA)[0]?.columns.map((c) => c.target);

describe("values confirm or overturn a header", () => {
  test("a column of codes is the ID, not the name, when a column of names is there", () => {
    expect(
      targets([
        ["Projekt", "Beskrivning", "Status"],
        ["IT-25-01", "Nytt intranät", "Pågår"],
        ["IT-25-02", "Digital signering", "Klar"],
        ["2024-03", "E-arkiv", "Idé"],
      ])
    ).toEqual(["id", "name", "status"]);
  });

  test("codes stay the name when no column holds names", () => {
    expect(
      targets([
        ["Projekt", "Status"],
        ["IT-25-01", "Pågår"],
        ["IT-25-02", "Klar"],
      ])
    ).toEqual(["name", "status"]);
  });

  test("a column no header claims but holding names is the name", () => {
    expect(
      targets([
        ["ID", "Satsningsområde", "Status", "Budget"],
        ["A-1", "Digital frånvarohantering", "Pågår", 100],
        ["A-2", "Automatisk schemaläggning", "Idé", 200],
      ])
    ).toEqual(["id", "name", "status", "investering"]);
  });

  test('"Risk assessment" of Genomförd/Saknas/X/Ja is the risk analysis; "Risk" of 1–5 is the criterion', () => {
    const columns = targets([
      ["Project name", "Risk assessment", "Risk", "Status"],
      ["Wellbee", "Genomförd", 2, "Done"],
      ["E-arkiv", "Saknas", 4, "In progress"],
      ["Chatbot", "X", 3, "On hold"],
      ["RPA", "Ja", 1, "Not started"],
    ]);
    expect(columns).toEqual(["name", "riskanalys", "score:risk", "status"]);
  });

  test("a criterion's header over document states becomes that document, with a lower confidence", () => {
    const table = findTablesOnSheet(
      grid("Lista", [
        ["Projekt", "Risk", "Status"],
        ["Wellbee", "Genomförd", "Klar"],
        ["E-arkiv", "Saknas", "Pågår"],
      ]),
      DEFAULT_CRITERIA
    )[0]!;
    expect(table.columns[1]).toMatchObject({ target: "riskanalys", confidence: 0.75 });
  });

  test("a header its values do not bear out shows a lower confidence; one they do keeps its own", () => {
    const table = findTablesOnSheet(
      grid("Lista", [
        ["Projekt", "Start", "Status"],
        ["Wellbee", "snart", "Pågår"],
        ["E-arkiv", "när budget finns", "Klar"],
        ["Chatbot", "2024-03-01", "Idé"],
      ]),
      DEFAULT_CRITERIA
    )[0]!;
    expect(table.columns[1]?.target).toBe("startdatum");
    expect(table.columns[1]?.confidence).toBeLessThan(0.6);
    expect(table.columns[2]?.confidence).toBe(1);
  });

  test("a two-row header's column is corrected like any other, by the header Mappning shows", () => {
    const rows: CellValue[][] = [
      ["Projekt", "Ekonomi (tkr)", null],
      [null, "Investering", "Drift"],
      ["Wellbee", 45, 12],
    ];
    const merges = [
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 1, right: 3 },
    ];
    const sheet = { ...grid("Lista", rows), merges };
    const before = findTablesOnSheet(sheet, DEFAULT_CRITERIA)[0]!;
    expect(before.columns.map((c) => [c.header, c.target])).toEqual([
      ["Projekt", "name"],
      ["Ekonomi (tkr) – Investering", "investering"],
      ["Ekonomi (tkr) – Drift", "lopandeKostnad"],
    ]);
    const overrides = new Map([["ekonomi tkr investering", "realiseradBesparing" as const]]);
    const after = findTablesOnSheet(sheet, DEFAULT_CRITERIA, { overrides })[0]!;
    expect(after.columns[1]).toMatchObject({ target: "realiseradBesparing", multiplier: 1000 });
  });

  test("Mappning read back unchanged gives the same mapping and confidences, the values' decisions included", () => {
    const sheet = grid("Lista", [
      ["Projekt", "Beskrivning", "Start"],
      ["IT-25-01", "Nytt intranät", "snart"],
      ["IT-25-02", "Digital signering", "2024-01-01"],
      ["IT-25-03", "E-arkiv", "sen"],
    ]);
    const first = findTablesOnSheet(sheet, DEFAULT_CRITERIA)[0]!;
    const overrides = new Map(first.columns.map((c) => [normalizeHeader(c.header), c.target]));
    const again = findTablesOnSheet(sheet, DEFAULT_CRITERIA, { overrides })[0]!;
    expect(again.columns.map((c) => [c.target, c.confidence])).toEqual(
      first.columns.map((c) => [c.target, c.confidence])
    );
    expect(first.columns.map((c) => c.target)).toEqual(["id", "name", "startdatum"]);
  });

  test("a correction is never overturned", () => {
    const overrides = new Map([["projekt", "name" as const]]);
    const table = findTablesOnSheet(
      grid("Lista", [
        ["Projekt", "Beskrivning"],
        ["IT-25-01", "Nytt intranät"],
        ["IT-25-02", "Digital signering"],
      ]),
      DEFAULT_CRITERIA,
      { overrides }
    )[0]!;
    expect(table.columns[0]?.target).toBe("name");
  });
});

describe("rows in a list that are not initiatives", () => {
  test("headings alone on their row, merged across or in the first column, are skipped with their reason", () => {
    const result = check(
      [
        ["Nr", "Projekt", "Status", "Budget"],
        ["Pågående projekt", null, null, null],
        ["A-1", "Wellbee", "Pågår", 100],
        ["Bibliotek", null, null, null],
        ["A-2", "E-arkiv", "Klar", 200],
      ],
      [{ top: 2, left: 1, bottom: 2, right: 4 }]
    );
    expect(result.initiatives.map((i) => i.source.row)).toEqual([3, 5]);
    expect(result.skipped.map((s) => [s.row, s.reason])).toEqual([
      [2, "section_heading"],
      [4, "section_heading"],
    ]);
  });

  test("a lone name in the name column is an initiative unless it reads as a heading", () => {
    const result = check([
      ["Projekt", "Status", "Budget"],
      ["Wellbee", "Pågår", 100],
      ["Digital skyltning", null, null],
      ["Avslutade projekt", null, null],
      ["E-arkiv", "Klar", 200],
    ]);
    expect(result.initiatives.map((i) => i.values.name)).toEqual([
      "Wellbee",
      "Digital skyltning",
      "E-arkiv",
    ]);
    expect(result.skipped.map((s) => s.row)).toEqual([4]);
  });

  test("a lone code in the ID column stays an initiative (with its missing name reported)", () => {
    const result = check([
      ["Nr", "Projekt", "Status"],
      ["A-1", "Wellbee", "Pågår"],
      ["A-2", null, null],
    ]);
    expect(result.initiatives.map((i) => i.values.id)).toEqual(["A-1", "A-2"]);
    expect(result.issues.some((i) => i.code === "missing_name" && i.location.row === 3)).toBe(true);
  });

  test("a needs section under the projects: its own header, its rows needs, never initiatives", () => {
    const result = check([
      ["Nr", "Projekt", "Status", "Budget"],
      ["A-1", "Wellbee", "Pågår", 100],
      [null, null, null, null],
      ["Inkomna behov (användarberättelser)", null, null, null],
      ["Vem (intressent)", "Vad (mål)", "Varför (motiv)", "Inkommit"],
      ["Handläggare", "Signera beslut digitalt", "Slippa papper", 45678],
      ["Medborgare", "Boka tid på webben", "Slippa ringa", null],
    ]);
    expect(result.initiatives.map((i) => i.values.name)).toEqual(["Wellbee"]);
    expect(result.needs.map((n) => [n.source.row, n.vem, n.vad, n.varfor])).toEqual([
      [6, "Handläggare", "Signera beslut digitalt", "Slippa papper"],
      [7, "Medborgare", "Boka tid på webben", "Slippa ringa"],
    ]);
    expect(result.needs[0]?.other).toEqual([{ header: "Inkommit", text: "45678" }]);
    expect(result.skipped.map((s) => [s.row, s.reason])).toEqual([[4, "section_heading"]]);
    expect(result.tables.map((t) => [t.kind, t.headerRow, t.lastRow])).toEqual([
      ["initiatives", 1, 4],
      ["needs", 5, 7],
    ]);
  });

  test("a workbook holding only a needs list is no error: its rows are needs", () => {
    const result = check([
      ["Som …", "vill jag …", "för att …"],
      ["Rektor", "se frånvaro per vecka", "upptäcka problem tidigt"],
    ]);
    expect(result.needs).toHaveLength(1);
    expect(result.initiatives).toHaveLength(0);
    expect(result.issues.map((i) => i.code)).not.toContain("no_initiative_table");
  });

  test.each([
    ["Pågående projekt", true],
    ["Avslutade projekt 2024", true],
    ["Klart", true],
    ["Inkomna behov:", true],
    ["Digitalt bygglov", false],
    ["Wellbee", false],
  ])("readsAsHeading(%p) = %p", (text, heading) => {
    expect(readsAsHeading(text)).toBe(heading);
  });
});

describe("more header shapes", () => {
  test("a row of units under the header: each column's unit is its own", () => {
    const result = check([
      ["Projekt", "Status", "Investering", "Drift"],
      [null, null, "tkr", "tkr/år"],
      ["Wellbee", "Pågår", 45, 12],
    ]);
    expect(result.tables.map((t) => [t.headerTop, t.headerRow])).toEqual([[1, 2]]);
    expect(result.initiatives.map((i) => [i.values.investering, i.values.lopandeKostnad])).toEqual([
      [45_000, 12_000],
    ]);
  });

  test("a needs list above the projects is read first, then the projects under their own header", () => {
    const result = check([
      ["Inkomna behov"],
      ["Vem", "Vad", "Varför"],
      ["Rektor", "Se frånvaro per vecka", "Upptäcka problem tidigt"],
      ["Handläggare", "Signera digitalt", "Slippa papper"],
      [],
      ["Prioriterade projekt"],
      ["Nr", "Projekt", "Status"],
      ["A-1", "Wellbee", "Pågår"],
    ]);
    expect(result.tables.map((t) => [t.kind, t.headerRow])).toEqual([
      ["needs", 2],
      ["initiatives", 7],
    ]);
    expect(result.needs).toHaveLength(2);
    expect(result.initiatives.map((i) => i.values.name)).toEqual(["Wellbee"]);
  });

  test("group headings in the name column of a list whose every initiative has an ID are skipped", () => {
    const result = check([
      ["Nr", "Satsning", "Status"],
      [null, "Verksamhetsstöd", null],
      ["B-1", "Nytt journalsystem", "Pågår"],
      ["B-2", "Digital frånvaro", "Klar"],
      [null, "E-tjänster", null],
      ["B-3", "Skolskjuts", "Idé"],
      ["B-4", "Skolval", "Pågår"],
    ]);
    expect(result.skipped.map((s) => [s.row, s.reason])).toEqual([
      [2, "section_heading"],
      [5, "section_heading"],
    ]);
    expect(result.initiatives).toHaveLength(4);
  });
});

describe("what people write where", () => {
  test("years under a group: the group's Totalt is the amount", () => {
    const result = check(
      [
        ["Projekt", "Status", "Investering per år (tkr)", null, null],
        [null, null, 2025, 2026, "Totalt"],
        ["Wellbee", "Pågår", 100, 50, 150],
      ],
      [
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 1, left: 3, bottom: 1, right: 5 },
      ]
    );
    expect(result.initiatives.map((i) => i.values.investering)).toEqual([150_000]);
  });

  test("a Namn column of people beside a column naming the initiatives: the people are the owners", () => {
    const result = check([
      ["Aktivitet", "Namn", "Status"],
      ["Nattkameror på särskilda boenden", "Eva Nordin", "Pågår"],
      ["Läkemedelsautomater i hemmet", "Per-Erik Alm", "Klar"],
      ["Digital tillsyn via surfplatta", "Kristoffer Lind", "Idé"],
    ]);
    expect(result.initiatives.map((i) => [i.values.name, i.values.ansvarig])).toEqual([
      ["Nattkameror på särskilda boenden", "Eva Nordin"],
      ["Läkemedelsautomater i hemmet", "Per-Erik Alm"],
      ["Digital tillsyn via surfplatta", "Kristoffer Lind"],
    ]);
  });

  test("Vad and Vem holding initiatives and people, with a status: a list of initiatives, not needs", () => {
    const result = check([
      ["Nr", "Vad", "Vem", "Status"],
      ["2019-1", "E-tjänst för anmälan av värmepump", "Gunilla Håkansson", "Klar"],
      ["2020-1", "Surfplattor för inspektörerna", "Tobias Ek", "Klar"],
      ["2021-1", "Kartskikt för enskilda avlopp", "Amra Delić", "Pågår"],
    ]);
    expect(result.needs).toHaveLength(0);
    expect(result.initiatives.map((i) => i.values.ansvarig)).toEqual([
      "Gunilla Håkansson",
      "Tobias Ek",
      "Amra Delić",
    ]);
  });

  test("a Förvaltning column's short forms, paths and nämnder name the council's förvaltningar", () => {
    const result = check([
      ["Projekt", "Förvaltning", "Status"],
      ["Wellbee", "VoF", "Pågår"],
      ["E-arkiv", "Kommun/Socialförvaltningen/IFO", "Klar"],
      ["Bygglov", "Byggnadsnämnden", "Idé"],
      ["Bibliotek", "Kultur- och fritidsnämnden", "Idé"],
    ]);
    expect(result.initiatives.map((i) => i.values.forvaltning)).toEqual([
      "Vård- och omsorgsförvaltningen",
      "Socialförvaltningen",
      "Byggnadsnämnden",
      "Kultur- och fritidsförvaltningen",
    ]);
  });
});

describe("values merged over rows and ticks", () => {
  test("Ansvarig merged over a group of rows applies to each of them", () => {
    const result = check(
      [
        ["Projekt", "Ansvarig", "Status"],
        ["Wellbee", "Anna Berg", "Pågår"],
        ["E-arkiv", null, "Klar"],
        ["Chatbot", null, "Idé"],
        ["RPA", "Bo Ek", "Idé"],
      ],
      [{ top: 2, left: 2, bottom: 4, right: 2 }]
    );
    expect(result.initiatives.map((i) => i.values.ansvarig)).toEqual([
      "Anna Berg",
      "Anna Berg",
      "Anna Berg",
      "Bo Ek",
    ]);
  });

  test("in a column of ticks an empty cell is Saknas; in a column of words it stays empty", () => {
    const result = check([
      ["Projekt", "Status", "Nyttokalkyl", "Riskanalys"],
      ["Wellbee", "Pågår", "X", "Genomförd"],
      ["E-arkiv", "Klar", null, null],
    ]);
    expect(result.initiatives.map((i) => [i.values.nyttokalkyl, i.values.riskanalys])).toEqual([
      ["Genomförd", "Genomförd"],
      ["Saknas", undefined],
    ]);
  });
});
