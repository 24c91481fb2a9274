import fc from "fast-check";
import { parseScore, parseText } from "../../../src/domain/parse/text";
import type { CellValue } from "../../../src/domain/ports/WorkbookPort";
import { anyCell, expectWellFormed, isFiniteNumber, isString } from "./wellFormed";

describe("parseText", () => {
  test.each<[CellValue, string]>([
    ["E-tjänst för bygglov", "E-tjänst för bygglov"],
    ["  Namn med mellanslag  ", "Namn med mellanslag"],
    ["Rad ett\nRad två", "Rad ett\nRad två"],
    ["\u00A0Nbsp runt\u00A0", "Nbsp runt"],
    ["Soft\u00ADhyphen", "Softhyphen"],
    ["A\u030Angström", "Ångström"],
    [123, "123"],
    [0, "0"],
    [-0, "0"],
    [-42, "-42"],
    [1.5, "1,5"],
    [1e21, "1000000000000000000000"],
    [1.5e-7, "0,00000015"],
    [123456789012345680000, "123456789012345680000"],
    [true, "Ja"],
    [false, "Nej"],
  ])("%j → %j", (cell, expected) => {
    expect(parseText(cell)).toEqual({ value: expected });
  });

  test.each<[CellValue]>([[null], [""], ["   "], ["\n\t"], ["\u200B"]])("%j → empty", (cell) => {
    expect(parseText(cell)).toEqual({ value: null });
  });

  test("an error cell is a cell_error; so is a number Excel would show as #NUM!", () => {
    expect(parseText({ error: "#N/A" })).toEqual({
      value: null,
      problem: { code: "cell_error", severity: "error", details: { error: "#N/A" } },
    });
    expect(parseText(Number.NaN).problem?.code).toBe("cell_error");
    expect(parseText(Number.POSITIVE_INFINITY).problem?.code).toBe("cell_error");
  });

  test("numbers never come out with an exponent", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(parseText(n).value).toMatch(/^-?\d+(,\d+)?$/);
      }),
      { numRuns: 300 },
    );
  });

  test("never throws; non-empty results are trimmed", () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const result = parseText(cell);
        expectWellFormed(result, isString);
        if (result.value !== null) {
          expect(result.value).not.toBe("");
          expect(result.value).toBe(result.value.trim());
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("parseScore", () => {
  test.each<[CellValue, number]>([
    [1, 1],
    [3, 3],
    [5, 5],
    ["3", 3],
    [" 3 ", 3],
    ["3 av 5", 3],
    ["3/5", 3],
    ["3 / 5", 3],
    ["4 p", 4],
    ["4 poäng", 4],
    ["2,0", 2],
    ["2.0", 2],
  ])("%j → %p", (cell, expected) => {
    expect(parseScore(cell)).toEqual({ value: expected });
  });

  test.each<[CellValue]>([[null], [""], [" "], ["-"], ["–"]])("%j → empty", (cell) => {
    expect(parseScore(cell)).toEqual({ value: null });
  });

  test.each<[CellValue, string]>([
    [0, "0"],
    [6, "6"],
    [3.5, "3.5"],
    [-1, "-1"],
    [Number.NaN, "NaN"],
    ["0", "0"],
    ["6", "6"],
    ["3,5", "3,5"],
    ["3/10", "3/10"],
    ["3 av 4", "3 av 4"],
    ["hög", "hög"],
    ["3-4", "3-4"],
    [true, "SANT"],
  ])("%j → invalid_score", (cell, text) => {
    expect(parseScore(cell)).toEqual({
      value: null,
      problem: { code: "invalid_score", severity: "error", details: { text, min: 1, max: 5 } },
    });
  });

  test("an error cell is a cell_error", () => {
    expect(parseScore({ error: "#VALUE!" }).problem).toEqual({ code: "cell_error", severity: "error", details: { error: "#VALUE!" } });
  });

  test("never throws; a score is a whole number 1–5", () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const result = parseScore(cell);
        expectWellFormed(result, isFiniteNumber);
        if (result.value !== null) expect([1, 2, 3, 4, 5]).toContain(result.value);
      }),
      { numRuns: 400 },
    );
  });
});
