import fc from "fast-check";
import { formatSwedishAmount, parseAmount } from "../../../src/domain/parse/amount";
import type { CellValue } from "../../../src/domain/ports/WorkbookPort";
import { anyCell, expectWellFormed, isFiniteNumber } from "./wellFormed";

const NBSP = "\u00A0";

describe("parseAmount: values without a problem", () => {
  test.each<[CellValue, number | null, number]>([
    [596600, null, 596600],
    [596600, 1, 596600],
    [45, 1000, 45000],
    [1.2, 1_000_000, 1_200_000],
    [1.15, 1000, 1150], // exact, not 1149.9999999999998
    [0.1, 1000, 100],
    [0, 1000, 0],
    [1234.5, null, 1234.5],
    ["596 600 kr", null, 596600],
    ["596 600:-", null, 596600],
    ["596 600 :-", null, 596600],
    ["596.600:-", null, 596600],
    ["500,-", null, 500],
    ["1,2 mkr", null, 1_200_000],
    ["1,2mkr", null, 1_200_000],
    ["1,2 Mkr", null, 1_200_000],
    ["2 MSEK", null, 2_000_000],
    ["2,5 miljoner", null, 2_500_000],
    ["3 miljoner kronor", null, 3_000_000],
    ["2,5 milj", null, 2_500_000],
    ["1 mdkr", null, 1e9],
    ["45 tkr", null, 45000],
    ["45 TKR", null, 45000],
    ["45 tusen", null, 45000],
    ["45 tusen kr", null, 45000],
    ["12,5 tkr", null, 12500],
    ["1 234 567,50", null, 1234567.5],
    ["1 234 567", null, 1234567],
    ["1.234.567", null, 1234567],
    ["1.234.567,50", null, 1234567.5],
    ["1,234,567", null, 1234567],
    ["1,234.5", null, 1234.5],
    ["1.234", null, 1234],
    ["1.5", null, 1.5],
    ["0.125", null, 0.125],
    ["1234567", null, 1234567],
    [`596${NBSP}600${NBSP}kr`, null, 596600],
    ["596\u2009600 kr", null, 596600],
    ["596\u202F600 kr", null, 596600],
    ["  596 600 kr  ", null, 596600],
    ["596 600 SEK", null, 596600],
    ["SEK 596 600", null, 596600],
    ["596 600 kronor", null, 596600],
    ["50 000 kr/år", null, 50000],
    ["50 tkr per år", null, 50000],
    ["50 000 kr exkl. moms", null, 50000],
    ["+500", null, 500],
    ["0", null, 0],
    ["0 kr", null, 0],
    // the header's unit applies to text without a unit…
    ["45", 1000, 45000],
    ["1,2", 1_000_000, 1_200_000],
    ["45 000", 1, 45000],
    // …and a unit in the cell wins over it
    ["596 600 kr", 1000, 596600],
    ["596 600:-", 1000, 596600],
    ["1,2 mkr", 1000, 1_200_000],
    ["45 tkr", 1_000_000, 45000],
  ])("%j with header ×%p → %p", (cell, multiplier, expected) => {
    expect(parseAmount(cell, multiplier)).toEqual({ value: expected });
  });
});

describe("parseAmount: empty cells", () => {
  test.each<[CellValue]>([[null], [""], ["   "], ["-"], ["–"], ["—"], ["\u00A0"], ["\t\n"]])("%j → null, no problem", (cell) => {
    expect(parseAmount(cell, null)).toEqual({ value: null });
    expect(parseAmount(cell, 1000)).toEqual({ value: null });
  });
});

describe("parseAmount: approximate amounts", () => {
  test.each<[string, number | null, number]>([
    ["ca 200 000", null, 200000],
    ["Ca 200 000 kr", null, 200000],
    ["ca. 2 mkr", null, 2_000_000],
    ["c:a 300 tkr", null, 300000],
    ["cirka 50 000", null, 50000],
    ["ungefär 1,5 mkr", null, 1_500_000],
    ["~200000", null, 200000],
    ["~ 200 000 kr", null, 200000],
    ["ca 45", 1000, 45000],
  ])("%j → %p with approximate_amount", (cell, multiplier, expected) => {
    const result = parseAmount(cell, multiplier);
    expect(result.value).toBe(expected);
    expect(result.problem).toEqual({
      code: "approximate_amount",
      severity: "warning",
      details: { text: cell.trim(), value: expected },
    });
  });
});

describe("parseAmount: negative amounts keep the value and carry an error", () => {
  test.each<[CellValue, number | null, number]>([
    [-500, null, -500],
    [-45, 1000, -45000],
    ["-500", null, -500],
    ["\u2212500 kr", null, -500],
    ["- 1,2 mkr", null, -1_200_000],
    ["–5 000", null, -5000],
    ["ca -200 000", null, -200000], // the error outranks the approximation warning
  ])("%j → %p", (cell, multiplier, expected) => {
    const result = parseAmount(cell, multiplier);
    expect(result.value).toBe(expected);
    expect(result.problem?.code).toBe("negative_amount");
    expect(result.problem?.severity).toBe("error");
    expect(result.problem?.details?.["value"]).toBe(expected);
  });

  test("minus zero is plain zero", () => {
    expect(parseAmount("-0", null)).toEqual({ value: 0 });
    expect(parseAmount(-0, 1000)).toEqual({ value: 0 });
  });
});

describe("parseAmount: what is not an amount", () => {
  test.each<[CellValue, Record<string, string>]>([
    ["se bilaga", { text: "se bilaga" }],
    ["ej klart", { text: "ej klart" }],
    ["200 000 - 300 000", { text: "200 000 - 300 000", reason: "range" }],
    ["200-300 tkr", { text: "200-300 tkr", reason: "range" }],
    ["200 000 till 300 000", { text: "200 000 till 300 000", reason: "range" }],
    ["12 34", { text: "12 34" }],
    ["1.234.5", { text: "1.234.5" }],
    ["1,5 000", { text: "1,5 000" }],
    ["5 000 €", { text: "5 000 €" }],
    ["5 000 kr/mån", { text: "5 000 kr/mån" }],
    ["1e6", { text: "1e6" }],
    ["ca", { text: "ca" }],
    ["kr", { text: "kr" }],
    ["(200)", { text: "(200)" }],
    ["Summa", { text: "Summa" }],
    [true, { text: "SANT" }],
    [false, { text: "FALSKT" }],
    [Number.NaN, { text: "NaN" }],
    [Number.POSITIVE_INFINITY, { text: "Infinity" }],
  ])("%j → invalid_amount", (cell, details) => {
    expect(parseAmount(cell, null)).toEqual({ value: null, problem: { code: "invalid_amount", severity: "error", details } });
  });

  test("an error cell is a cell_error", () => {
    expect(parseAmount({ error: "#REF!" }, null)).toEqual({
      value: null,
      problem: { code: "cell_error", severity: "error", details: { error: "#REF!" } },
    });
  });

  test("a huge number of digits that overflows is invalid, not Infinity", () => {
    expect(parseAmount("9".repeat(400), null).problem?.code).toBe("invalid_amount");
    expect(parseAmount(1e308, 1000).problem?.code).toBe("invalid_amount");
  });
});

describe("formatSwedishAmount", () => {
  test.each<[number, "kr" | "tkr" | "mkr" | undefined, string]>([
    [1234567.5, undefined, `1${NBSP}234${NBSP}567,5${NBSP}kr`],
    [1234567.5, "kr", `1${NBSP}234${NBSP}567,5${NBSP}kr`],
    [596600, "kr", `596${NBSP}600${NBSP}kr`],
    [0, "kr", `0${NBSP}kr`],
    [0.5, "kr", `0,5${NBSP}kr`],
    [999, "kr", `999${NBSP}kr`],
    [1000, "kr", `1${NBSP}000${NBSP}kr`],
    [1.005, "kr", `1,01${NBSP}kr`], // half away from zero on the decimal digits
    [1.004, "kr", `1${NBSP}kr`],
    [-2500, "kr", `\u22122${NBSP}500${NBSP}kr`],
    [-0.001, "kr", `0${NBSP}kr`],
    [45000, "tkr", `45${NBSP}tkr`],
    [1234500, "tkr", `1${NBSP}234,5${NBSP}tkr`],
    [1_200_000, "mkr", `1,2${NBSP}mkr`],
    [1_234_567, "mkr", `1,23${NBSP}mkr`],
    [999_999_999, "mkr", `1${NBSP}000${NBSP}mkr`],
    [1e21, "kr", `1${`${NBSP}000`.repeat(7)}${NBSP}kr`], // no exponent
    [Number.NaN, "kr", ""],
    [Number.POSITIVE_INFINITY, "kr", ""],
  ])("%p %p → %j", (n, unit, expected) => {
    expect(formatSwedishAmount(n, unit)).toBe(expected);
  });

  const cents = fc.integer({ min: -1e13, max: 1e13 }); // up to ±100 000 000 000 kr with öre

  test("parseAmount(formatSwedishAmount(n)) gives n back exactly in kr", () => {
    fc.assert(
      fc.property(cents, (c) => {
        const n = c / 100;
        const result = parseAmount(formatSwedishAmount(n, "kr"), null);
        expect(result.value).toBe(n === 0 ? 0 : n);
      }),
      { numRuns: 500 },
    );
  });

  test.each<["tkr" | "mkr", number]>([
    ["tkr", 1e3],
    ["mkr", 1e6],
  ])("parseAmount(formatSwedishAmount(n, %p)) gives n back within float tolerance", (unit, factor) => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (c) => {
        const n = (c / 100) * factor; // two decimals in the unit
        const value = parseAmount(formatSwedishAmount(n, unit), null).value;
        expect(value).not.toBeNull();
        expect(Math.abs((value ?? NaN) - n)).toBeLessThanOrEqual(Math.max(1e-6, Math.abs(n) * 1e-12));
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseAmount never throws", () => {
  test("on any cell, with any header multiplier, and answers in shape", () => {
    fc.assert(
      fc.property(anyCell, fc.constantFrom(null, 1, 1000, 1_000_000, 12), (cell, multiplier) => {
        const result = parseAmount(cell, multiplier);
        expectWellFormed(result, isFiniteNumber);
        if (result.problem?.code === "negative_amount") expect(result.value).toBeLessThan(0);
      }),
      { numRuns: 400 },
    );
  });

  test("text built from amount-like pieces parses or gives invalid_amount, never 0 by accident", () => {
    const piece = fc.constantFrom("ca ", "1", "23", " ", "456", ",", ".", "7", "-", " kr", " tkr", ":-", "mkr", "x", "–", "\u00A0");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join("");
        const result = parseAmount(text, null);
        expectWellFormed(result, isFiniteNumber);
        if (result.value === 0) expect(text).toMatch(/0|^\D*$/);
      }),
      { numRuns: 500 },
    );
  });
});
