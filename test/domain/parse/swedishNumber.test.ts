import fc from "fast-check";
import {
  decimalValue,
  groupThousands,
  plainDecimal,
  readDecimal,
  roundDecimal,
  shiftDecimal,
  stripApproximation,
} from "../../../src/domain/parse/swedishNumber";

describe("readDecimal", () => {
  test.each<[string, string | null]>([
    ["0", "0"],
    ["1234567", "1234567"],
    ["1 234 567", "1234567"],
    ["1 234 567,50", "1234567.50"],
    ["1.234.567", "1234567"],
    ["1,234,567", "1234567"],
    ["1.234.567,5", "1234567.5"],
    ["1,234,567.5", "1234567.5"],
    ["1 234.5", "1234.5"],
    ["1 234.567", "1234567"],
    ["1.234", "1234"],
    ["1,234", "1.234"], // a single comma is always the decimal comma
    ["1.5", "1.5"],
    ["1.25", "1.25"],
    ["1.2345", "1.2345"],
    ["0.125", "0.125"],
    ["12 34", null],
    ["1234 567", null],
    ["1.234.5", null],
    ["1,5 000", null],
    ["1.234,567.8", null],
    ["1 2", null],
    ["", null],
    ["1,", null],
    [",5", null],
  ])("%j → %p", (text, expected) => {
    const d = readDecimal(text);
    expect(d === null ? null : d.frac === "" ? d.int : `${d.int}.${d.frac}`).toBe(expected);
  });
});

describe("decimal digits", () => {
  test("shiftDecimal moves the point exactly", () => {
    expect(shiftDecimal({ int: "1", frac: "15" }, 3)).toEqual({ int: "1150", frac: "" });
    expect(shiftDecimal({ int: "1", frac: "2345" }, 3)).toEqual({ int: "1234", frac: "5" });
    expect(shiftDecimal({ int: "45", frac: "" }, -3)).toEqual({ int: "0", frac: "045" });
    expect(shiftDecimal({ int: "1234500", frac: "" }, -3)).toEqual({ int: "1234", frac: "500" });
    expect(decimalValue({ int: "1", frac: "15" }, 3)).toBe(1150);
    expect(decimalValue({ int: "0", frac: "1" }, 6)).toBe(100000);
  });

  test.each<[number, string, string]>([
    [0, "0", ""],
    [1.5, "1", "5"],
    [1e21, "1000000000000000000000", ""],
    [1.5e-7, "0", "00000015"],
    [-2.5, "2", "5"],
    [123456789.123, "123456789", "123"],
  ])("plainDecimal(%p) → %s.%s", (n, int, frac) => {
    expect(plainDecimal(n)).toEqual({ int, frac });
  });

  test("plainDecimal gives the same number back", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(decimalValue(plainDecimal(n))).toBe(Math.abs(n));
      }),
      { numRuns: 500 },
    );
  });

  test.each<[string, string, number, string]>([
    ["1", "005", 2, "1.01"],
    ["1", "004", 2, "1.00"],
    ["9", "995", 2, "10.00"],
    ["99", "999", 0, "100."],
    ["0", "5", 0, "1."],
    ["1", "5", 2, "1.5"],
  ])("roundDecimal(%s.%s, %p) → %s", (int, frac, places, expected) => {
    const r = roundDecimal({ int, frac }, places);
    expect(`${r.int}.${r.frac}`).toBe(expected);
  });

  test("groupThousands", () => {
    expect(groupThousands("1234567", " ")).toBe("1 234 567");
    expect(groupThousands("123", " ")).toBe("123");
    expect(groupThousands("1000", ".")).toBe("1.000");
  });
});

describe("stripApproximation", () => {
  test.each<[string, string, boolean]>([
    ["ca 200", "200", true],
    ["ca. 200", "200", true],
    ["ca200", "200", true],
    ["c:a 200", "200", true],
    ["cirka 200", "200", true],
    ["ungefär 200", "200", true],
    ["ungefärligen 200", "200", true],
    ["~200", "200", true],
    ["≈ 200", "200", true],
    ["cash", "cash", false],
    ["200", "200", false],
  ])("%j → %j (%p)", (text, rest, approximate) => {
    expect(stripApproximation(text)).toEqual({ rest, approximate });
  });
});
