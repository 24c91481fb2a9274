import { headerText, oneRowHeader, twoRowHeader } from "../../../src/domain/sheets/headerRows";
import type { CellBox, CellValue, SheetGrid } from "../../../src/domain/ports/WorkbookPort";
import { grid } from "../../builders/grids";

const withMerges = (sheet: SheetGrid, merges: CellBox[]): SheetGrid => ({ ...sheet, merges });
const box = (top: number, left: number, bottom: number, right: number): CellBox => ({
  top,
  left,
  bottom,
  right,
});
const texts = (sheet: SheetGrid, row: number) =>
  twoRowHeader(sheet, row, 1, sheet.values[0]!.length)?.cells.map(headerText) ?? null;

describe("twoRowHeader", () => {
  test("a group merged over its sub-headers; the others merged down over both rows", () => {
    const sheet = withMerges(
      grid("Lista", [
        ["Projekt", "Status", "Ekonomi (tkr)", null, null],
        [null, null, "Investering", "Drift per år", "Besparing"],
        ["Wellbee", "Pågår", 45, 12, 30],
      ]),
      [box(1, 1, 2, 1), box(1, 2, 2, 2), box(1, 3, 1, 5)]
    );
    expect(texts(sheet, 2)).toEqual([
      "Projekt",
      "Status",
      "Ekonomi (tkr) – Investering",
      "Ekonomi (tkr) – Drift per år",
      "Ekonomi (tkr) – Besparing",
    ]);
    expect(twoRowHeader(sheet, 2, 1, 5)?.top).toBe(1);
  });

  test("a group centred across its columns without a merge; single headers in one row only", () => {
    const sheet = grid("Lista", [
      [null, "Ansvarig", "Bedömning 1–5", null, null],
      ["Initiativ", null, "Nytta", "Komplexitet", "Risk"],
    ]);
    expect(texts(sheet, 2)).toEqual([
      "Initiativ",
      "Ansvarig",
      "Bedömning 1–5 – Nytta",
      "Bedömning 1–5 – Komplexitet",
      "Bedömning 1–5 – Risk",
    ]);
  });

  test.each<[string, CellValue[][], CellBox[]]>([
    ["a header row over a data row", [["Projekt", "Status"], ["Wellbee", "Pågår"]], []],
    ["a data row with numbers as the lower row", [["Ekonomi", null], [450, 30]], [box(1, 1, 1, 2)]],
    ["a title merged over the whole list", [["Projektlista 2025", null, null], ["Projekt", "Status", "Budget"]], [box(1, 1, 1, 3)]],
    ["a title in the first cell above the header", [["Projektlista 2025", null, null], ["Projekt", "Status", "Budget"]], []],
    ["nothing above", [[null, null], ["Projekt", "Status"]], []],
  ])("no two-row header: %s", (_, rows, merges) => {
    expect(texts(withMerges(grid("Lista", rows), merges), 2)).toBeNull();
  });

  test("a one-row header is each cell's own text", () => {
    const sheet = grid("Lista", [["Projekt", null, "Status"]]);
    expect(oneRowHeader(sheet, 1, 1, 3).cells.map(headerText)).toEqual(["Projekt", "", "Status"]);
  });
});
