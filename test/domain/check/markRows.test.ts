import { checkWorkbook, type CheckResult } from "../../../src/domain/checkWorkbook";
import { KONTROLL_HEADER, markRows, markText } from "../../../src/domain/check/markRows";
import type { Issue, Severity } from "../../../src/domain/issues";
import { DEFAULT_PARAMETERS } from "../../../src/domain/parameters/Parameters";
import type { SheetGrid, WorkbookData } from "../../../src/domain/ports/WorkbookPort";
import { findInitiativeTable } from "../../../src/domain/sheets/findInitiativeTable";
import { grid, workbook } from "../../builders/grids";
import { applyToGrid, extensionCells } from "../mapping/sheetHelpers";

const LIST = grid("Projekt", [
  ["Digitaliseringsprojekt"],
  [],
  ["Projekt", "Förvaltning", "Status", "Budget (tkr)", "Nytta 1-5", "Komplexitet 1-5"],
  ["E-arkiv", "Kultur", "Pågående", 500, 4, 2],
  ["Chatbot", "Social", "Idé", 120, 3, 4],
  ["Wellbee", "Skola", "Idé", 80, 5, 1],
  ["Robot", "Skola", "Idé", 10, 2, 2],
]);

const issue = (sheet: string, row: number, severity: Severity): Issue => ({
  code: severity === "error" ? "required_missing" : "approximate_amount",
  severity,
  location: { file: "lista.xlsx", sheet, row, column: "A" },
});

function resultFor(wb: WorkbookData, issues: Issue[]): CheckResult {
  const tables = wb.sheets
    .map((s) => findInitiativeTable(s, DEFAULT_PARAMETERS.criteria))
    .filter((t) => t !== null);
  return {
    file: wb.name,
    parameters: DEFAULT_PARAMETERS,
    tables,
    initiatives: [],
    needs: [],
    skipped: [],
    issues,
  };
}

const marksOf = (sheet: SheetGrid, column: number) =>
  sheet.values.map((r) => r[column - sheet.left] ?? null);

describe("markText", () => {
  test.each([
    [2, 1, "2 fel, 1 varning"],
    [1, 0, "1 fel"],
    [0, 3, "3 varningar"],
    [0, 1, "1 varning"],
    [0, 0, null],
  ])("%i fel, %i varningar → %s", (errors, warnings, text) => {
    expect(markText(errors, warnings)).toBe(text);
  });
});

describe("markRows", () => {
  const wb = workbook("lista.xlsx", [LIST]);
  const issues = [
    issue("Projekt", 4, "error"),
    issue("Projekt", 4, "error"),
    issue("Projekt", 4, "warning"),
    issue("Projekt", 6, "warning"),
    issue("Projekt", 3, "error"), // the header row: no data row to mark
    issue("Annat blad", 5, "error"),
    { code: "no_initiative_table", severity: "error", location: { file: "lista.xlsx" } } as Issue,
  ];
  const [extension, ...more] = markRows(wb, resultFor(wb, issues));

  test("one Kontroll column per list, right of everything on the sheet, in the header row", () => {
    expect(more).toEqual([]);
    expect(extension).toMatchObject({ sheet: "Projekt", key: "kontroll" });
    expect(extension?.blocks[0]).toMatchObject({
      row: 3,
      col: 7,
      rows: [[KONTROLL_HEADER]],
      style: "header",
    });
  });

  test("a short text per data row, empty for a clean row", () => {
    expect(extension?.blocks[1]).toMatchObject({ row: 4, col: 7 });
    expect(extension?.blocks[1]?.rows).toEqual([
      ["2 fel, 1 varning"],
      [null],
      ["1 varning"],
      [null],
    ]);
  });

  test("rows shaded by conditional formats over the list's data rows, reading the Kontroll column by column", () => {
    expect(extension?.conditionalFormats).toEqual([
      { range: "A4:G7", formula: 'ISNUMBER(SEARCH(" fel",$G4))', fill: "FFFFC7CE" },
      {
        range: "A4:G7",
        formula: 'AND(ISNUMBER(SEARCH("varning",$G4)),ISERROR(SEARCH(" fel",$G4)))',
        fill: "FFFFEB9C",
      },
    ]);
  });

  test("writes nowhere on the user's cells", () => {
    for (const { row, col } of extensionCells(extension!))
      expect(col > 6 || row < 3 || row > 7).toBe(true);
  });

  test("a clean workbook with no earlier Kontroll column gets nothing", () => {
    expect(markRows(wb, resultFor(wb, [issue("Annat blad", 4, "error")]))).toEqual([]);
  });

  test("an earlier Kontroll column is rewritten in place, blank where rows are clean now, stale marks below cleared", () => {
    // the list as an Excel table ending at row 7; the earlier column (I) reached row 10
    const rows = LIST.values.map((r, i) => [
      ...r,
      null,
      null,
      i === 2 ? KONTROLL_HEADER : i >= 3 ? "1 fel" : null,
    ]);
    rows.push(
      [null, null, null, null, null, null, null, null, "1 fel"],
      [],
      [null, null, null, null, null, null, null, null, "2 fel"]
    );
    const sheet = grid("Projekt", rows, {
      tables: [
        { name: "Lista", hasHeaderRow: true, box: { top: 3, left: 1, bottom: 7, right: 6 } },
      ],
    });
    const again = workbook("lista.xlsx", [sheet]);
    const [ext] = markRows(again, resultFor(again, [issue("Projekt", 5, "error")]));
    expect(ext?.blocks[0]).toMatchObject({ row: 3, col: 9, rows: [[KONTROLL_HEADER]] });
    expect(ext?.blocks[1]).toMatchObject({ row: 4, col: 9 });
    expect(ext?.blocks[1]?.rows).toEqual([
      [null],
      ["1 fel"],
      [null],
      [null],
      [null],
      [null],
      [null],
    ]);
    // not beside the list: only the list's own columns are shaded
    expect(ext?.conditionalFormats?.[0]?.range).toBe("A4:F7");
    expect(ext?.conditionalFormats?.[0]?.formula).toBe('ISNUMBER(SEARCH(" fel",$I4))');

    const clean = markRows(again, resultFor(again, []));
    expect(clean).toHaveLength(1);
    expect(clean[0]?.blocks[1]?.rows.flat().every((c) => c === null)).toBe(true);
  });

  test("with checkWorkbook: the marks follow the real issues, and a re-check reads the list as before", () => {
    const real = grid("Projekt", [
      ["Projekt", "Status", "Budget (tkr)", "Slutdatum"],
      ["E-arkiv", "Pågående", "ca 500", "2030-01-01"],
      ["Chatbot", "Okänd status", 120, null],
      ["Wellbee", "Idé", 80, null],
    ]);
    const first = workbook("lista.xlsx", [real]);
    const result = checkWorkbook(first, { today: "2026-11-22" });
    const [ext] = markRows(first, result);
    const marked = applyToGrid(real, ext!);
    const expected = [2, 3, 4].map((row) => {
      const on = result.issues.filter((i) => i.location.row === row);
      return markText(
        on.filter((i) => i.severity === "error").length,
        on.filter((i) => i.severity === "warning").length
      );
    });
    expect(marksOf(marked, 5).slice(1)).toEqual(expected);
    expect(expected[1]).toMatch(/fel/);

    // a row emptied by the user, with only its old mark left, is no initiative
    const emptied = applyToGrid(
      grid(
        "Projekt",
        marked.values.map((r, i) => (i === 3 ? [null, null, null, null, r[4] ?? null] : r))
      ),
      { sheet: "Projekt", key: "x", blocks: [{ row: 4, col: 5, rows: [["1 fel"]] }] }
    );
    const recheck = checkWorkbook(workbook("lista.xlsx", [marked]), { today: "2026-11-22" });
    expect(recheck.issues).toEqual(result.issues);
    expect(recheck.tables[0]?.columns.map((c) => c.header)).toEqual([
      "Projekt",
      "Status",
      "Budget (tkr)",
      "Slutdatum",
    ]);
    expect(
      checkWorkbook(workbook("lista.xlsx", [emptied]), { today: "2026-11-22" }).initiatives.map(
        (i) => i.values.name
      )
    ).toEqual(["E-arkiv", "Chatbot"]);
  });
});
