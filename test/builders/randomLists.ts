/**
 * Random förvaltning lists of random shapes, for property tests: titles above the header, header
 * words of their own, units, text amounts, blank, total and repeated header rows, an instructions
 * sheet. Each list knows how many of its rows have content, independently of the reader.
 */
import fc from "fast-check";
import type { CellValue, SheetGrid, WorkbookData } from "../../src/domain/ports/WorkbookPort";

const HEADER_CHOICES: readonly (readonly string[])[] = [
  ["Namn", "Projekt", "Projektnamn", "Initiativ", "Namn på projekt"],
  ["Status", "Läge", "Projektstatus"],
  ["Investering (kr)", "Budget (tkr)", "Kostnad", "Engångskostnad (mkr)"],
  ["Startdatum", "Start", "Projektstart"],
  ["Nyttokalkyl", "Nytto-kalkyl"],
  ["Kommentar", "Övrigt", "Anmärkning"],
  ["Färg på pärmen", "Intern notering 2"],
];

const cellFor = (column: number): fc.Arbitrary<CellValue> => {
  switch (column) {
    case 0:
      return fc.oneof(fc.constantFrom("Digitalt bygglov", "Wellbee", "E-arkiv", "=HYPERLINK(\"x\")", "@risk", "+46 70"), fc.string({ maxLength: 12 }));
    case 1:
      return fc.constantFrom("Pågår", "Klar", "Idé", "Beslutad", "Genomförs", "Parkerad", "Inväntar beslut", "-");
    case 2:
      return fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.constantFrom("596 600 kr", "1,2 mkr", "45 tkr", "ca 200 000", "se bilaga", "-"));
    case 3:
      return fc.oneof(fc.integer({ min: 40000, max: 47000 }), fc.constantFrom("2018-11-06", "höst 2017", "Q3 2021", "snart"));
    case 4:
      return fc.constantFrom("Ja", "Nej", "Saknas", "Delvis", "Genomförd", "kanske");
    default:
      return fc.string({ maxLength: 20 });
  }
};

export interface RandomList {
  readonly workbook: WorkbookData;
  /** Rows below the header with content in any cell: each must be imported or skipped. */
  readonly rowsWithContent: number;
}

type RowKind = "data" | "blank" | "total" | "repeatHeader";

export const randomList = (file: string): fc.Arbitrary<RandomList> =>
  fc
    .record({
      titleRows: fc.integer({ min: 0, max: 3 }),
      left: fc.integer({ min: 1, max: 3 }),
      headers: fc.tuple(...HEADER_CHOICES.map((choices) => fc.constantFrom(...choices))),
      columns: fc.shuffledSubarray([1, 2, 3, 4, 5, 6], { minLength: 2 }),
      rows: fc.array(
        fc.record({
          kind: fc.constantFrom<RowKind>("data", "data", "data", "data", "blank", "total", "repeatHeader"),
          cells: fc.tuple(...HEADER_CHOICES.map((_, i) => fc.option(cellFor(i), { freq: 3 }))),
        }),
        { maxLength: 25 }
      ),
      instructionsFirst: fc.boolean(),
    })
    .map(({ titleRows, left, headers, columns, rows, instructionsFirst }) => {
      const used = [0, ...columns]; // the name column is always there, the others vary
      const values: CellValue[][] = [];
      for (let i = 0; i < titleRows; i++) values.push(i === 0 ? ["Digitaliseringsinitiativ 2026"] : []);
      values.push(used.map((c) => headers[c] ?? null));
      let rowsWithContent = 0;
      for (const row of rows) {
        let cells: CellValue[];
        if (row.kind === "blank") cells = [];
        else if (row.kind === "total") cells = used.map((c, i) => (i === 0 ? "Summa" : c === 2 ? 1000 : null));
        else if (row.kind === "repeatHeader") cells = used.map((c) => headers[c] ?? null);
        else cells = used.map((c) => row.cells[c] ?? null);
        const content = cells.some((c) => c !== null && String(c).trim() !== "");
        if (content) rowsWithContent++;
        values.push(cells);
      }
      const width = used.length;
      const grid = (name: string, rowsOf: CellValue[][], at = left): SheetGrid => ({
        name,
        visibility: "visible",
        top: 1,
        left: at,
        values: rowsOf.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)),
        numberFormats: rowsOf.map(() => Array.from({ length: width }, () => null)),
        tables: [],
      });
      const sheets = [grid("Initiativ", values)];
      if (instructionsFirst) sheets.unshift(grid("Instruktioner", [["Så fyller du i listan"], ["Namn", "Status", "Budget"]], 1));
      return { workbook: { name: file, date1904: false, sheets, definedNames: [] }, rowsWithContent };
    });
