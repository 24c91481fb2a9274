import {
  toCellValue,
  toDefinedName,
  toGridRows,
  toNumberFormat,
  toVisibility,
} from "../../../src/adapters/officeJs/readCells";
import {
  cellsPerRequest,
  INITIAL_BYTES_PER_CELL,
  nextBands,
  START,
  updatedEstimate,
  type UsedArea,
} from "../../../src/adapters/officeJs/readPlan";
import { REQUEST_BUDGET_BYTES } from "../../../src/adapters/officeJs/requestBudget";

describe("cells as the file reader gives them", () => {
  it("maps empties, errors, text lookalikes and dates", () => {
    expect(toCellValue("", "Empty")).toBeNull();
    expect(toCellValue("", "String")).toBeNull();
    expect(toCellValue("#REF!", "Error")).toEqual({ error: "#REF!" });
    expect(toCellValue("#REF!", "String")).toBe("#REF!");
    expect(toCellValue(45292, "Double")).toBe(45292);
    expect(toCellValue(true, "Boolean")).toBe(true);
    expect(toCellValue("=1+1", "String")).toBe("=1+1");
  });

  it("drops General and formats of empty cells", () => {
    expect(toNumberFormat("General", 1)).toBeNull();
    expect(toNumberFormat("GENERAL", 1)).toBeNull();
    expect(toNumberFormat("yyyy-mm-dd", null)).toBeNull();
    expect(toNumberFormat("#,##0", 5)).toBe("#,##0");
  });

  it("turns loaded arrays into grid rows", () => {
    expect(
      toGridRows({
        values: [["a", "", 1]],
        valueTypes: [["String", "Empty", "Double"]],
        numberFormat: [["General", "0.0%", "0.0%"]],
      })
    ).toEqual({ values: [["a", null, 1]], numberFormats: [[null, null, "0.0%"]] });
  });

  it("maps visibility and names", () => {
    expect(["Visible", "Hidden", "VeryHidden"].map(toVisibility)).toEqual([
      "visible",
      "hidden",
      "veryHidden",
    ]);
    const none = (): boolean => false;
    expect(toDefinedName("Kalkylranta", "=Parametrar!$B$3", undefined, none)).toEqual({
      name: "Kalkylranta",
      ref: "Parametrar!$B$3",
    });
    expect(toDefinedName("Lista", undefined, "'Listor och text'!$A$2:$A$8", none)?.ref).toBe(
      "'Listor och text'!$A$2:$A$8"
    );
    expect(toDefinedName("_xlnm.Print_Area", "=A!$A$1", undefined, none)).toBeNull();
    expect(toDefinedName("Dold", "=1", undefined, (n) => n === "Dold")).toBeNull();
  });
});

describe("read plan", () => {
  const areas: UsedArea[] = [
    { sheet: 0, top: 1, left: 1, rows: 3, cols: 2 },
    { sheet: 2, top: 4, left: 2, rows: 5, cols: 3 },
  ];

  it("takes whole rows across sheets up to the cell cap", () => {
    const first = nextBands(areas, START, 10);
    expect(first.bands).toEqual([
      { sheet: 0, top: 1, left: 1, rows: 3, cols: 2 },
      { sheet: 2, top: 4, left: 2, rows: 1, cols: 3 },
    ]);
    const second = nextBands(areas, first.cursor, 10);
    expect(second.bands).toEqual([{ sheet: 2, top: 5, left: 2, rows: 3, cols: 3 }]);
    const third = nextBands(areas, second.cursor, 10);
    expect(third.bands).toEqual([{ sheet: 2, top: 8, left: 2, rows: 1, cols: 3 }]);
    expect(nextBands(areas, third.cursor, 10).bands).toEqual([]);
  });

  it("always takes at least one row, however wide", () => {
    expect(nextBands(areas, START, 1).bands).toEqual([
      { sheet: 0, top: 1, left: 1, rows: 1, cols: 2 },
    ]);
  });

  it("reads 10,000 × 40 short values in at most four requests (six syncs with the two before)", () => {
    const big: UsedArea[] = [{ sheet: 0, top: 1, left: 1, rows: 10_000, cols: 40 }];
    // values + valueTypes + numberFormat for a short text or number: about 27 bytes a cell.
    const bytesPerCell = 27;
    let cursor = START;
    let requests = 0;
    let bytes = 0;
    let cells = 0;
    for (;;) {
      const estimate = cells > 0 ? updatedEstimate(bytes, cells) : INITIAL_BYTES_PER_CELL;
      const next = nextBands(big, cursor, cellsPerRequest(REQUEST_BUDGET_BYTES, estimate));
      if (next.bands.length === 0) break;
      const asked = next.bands.reduce((n, b) => n + b.rows * b.cols, 0);
      expect(asked * bytesPerCell).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
      requests++;
      bytes += asked * bytesPerCell;
      cells += asked;
      cursor = next.cursor;
    }
    expect(cells).toBe(400_000);
    expect(requests).toBeLessThanOrEqual(4);
  });

  it("asks for less once the answers show long texts", () => {
    expect(cellsPerRequest(REQUEST_BUDGET_BYTES, updatedEstimate(2_000_000, 10_000))).toBe(20_000);
    expect(updatedEstimate(0, 0)).toBe(INITIAL_BYTES_PER_CELL);
  });
});
