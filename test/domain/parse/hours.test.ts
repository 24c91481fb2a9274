import fc from "fast-check";
import { parseHours } from "../../../src/domain/parse/hours";
import type { CellValue } from "../../../src/domain/ports/WorkbookPort";
import { anyCell, expectWellFormed, isFiniteNumber } from "./wellFormed";

describe("parseHours", () => {
  test.each<[CellValue, number]>([
    [120, 120],
    [0, 0],
    [1.5, 1.5],
    ["120", 120],
    ["120 h", 120],
    ["120h", 120],
    ["120 H", 120],
    ["120 timmar", 120],
    ["120 Timmar", 120],
    ["1 200 tim", 1200],
    ["1 200 tim.", 1200],
    ["1\u00A0200 timmar", 1200],
    ["1 timme", 1],
    ["1,5 h", 1.5],
    ["2,25 timmar", 2.25],
    ["1.500 h", 1500],
    ["120 h/år", 120],
    ["120 timmar per år", 120],
    ["120 hours", 120],
  ])("%j → %p", (cell, expected) => {
    expect(parseHours(cell)).toEqual({ value: expected });
  });

  test.each<[CellValue]>([[null], [""], [" "], ["-"], ["–"]])("%j → empty", (cell) => {
    expect(parseHours(cell)).toEqual({ value: null });
  });

  test.each<[string, number]>([
    ["ca 300 h", 300],
    ["Ca 300 timmar", 300],
    ["cirka 1 200", 1200],
    ["~40 h", 40],
  ])("%j → %p with approximate_hours", (cell, expected) => {
    expect(parseHours(cell)).toEqual({
      value: expected,
      problem: { code: "approximate_hours", severity: "warning", details: { text: cell, value: expected } },
    });
  });

  test.each<[CellValue, Record<string, string>]>([
    ["många", { text: "många" }],
    ["se nyttokalkyl", { text: "se nyttokalkyl" }],
    ["3 dagar", { text: "3 dagar" }],
    ["30 min", { text: "30 min" }],
    ["120 kr", { text: "120 kr" }],
    ["100-200 h", { text: "100-200 h", reason: "range" }],
    ["100 till 200 timmar", { text: "100 till 200 timmar", reason: "range" }],
    ["-5 h", { text: "-5 h", reason: "negative" }],
    [-5, { text: "-5", reason: "negative" }],
    [true, { text: "SANT" }],
    [Number.NaN, { text: "NaN" }],
    [Number.NEGATIVE_INFINITY, { text: "-Infinity" }],
  ])("%j → invalid_hours", (cell, details) => {
    expect(parseHours(cell)).toEqual({ value: null, problem: { code: "invalid_hours", severity: "error", details } });
  });

  test("an error cell is a cell_error", () => {
    expect(parseHours({ error: "#DIV/0!" })).toEqual({
      value: null,
      problem: { code: "cell_error", severity: "error", details: { error: "#DIV/0!" } },
    });
  });

  test("never throws and answers in shape; values are never negative", () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const result = parseHours(cell);
        expectWellFormed(result, isFiniteNumber);
        if (result.value !== null) expect(result.value).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 400 },
    );
  });
});
