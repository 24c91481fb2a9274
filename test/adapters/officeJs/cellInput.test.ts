import fc from "fast-check";
import {
  asTextInput,
  hasFormula,
  isPlainText,
  toCellInput,
  toInputRows,
} from "../../../src/adapters/officeJs/cellInput";
import { TEXT_LOOKALIKES } from "../../contract/workbookPortContract";

const here = (): string => "X!A1";

describe("quote prefix for text", () => {
  it("prefixes every text Excel would turn into something else", () => {
    for (const text of [
      ...TEXT_LOOKALIKES,
      "+",
      "-",
      "@",
      "12%",
      "2024-01-05",
      "1/2",
      "10:30",
      " leading space",
      "true",
      "Falskt",
      "SANT",
      "'quoted",
      "(5)",
      ".5",
      "I-001",
    ]) {
      expect(asTextInput(text)).toBe(`'${text}`);
    }
  });

  it("leaves plain words alone, so cells do not all carry the prefix", () => {
    for (const text of [
      "Initiativ",
      "E-arkiv för förskolan",
      "Fyll i en rad. Grå kolumner räknas ut.",
      "Ärende – status",
      "Kalkylperiod (år)",
      "Ja,Nej",
    ]) {
      expect(isPlainText(text)).toBe(true);
      expect(asTextInput(text)).toBe(text);
    }
    expect(asTextInput("")).toBe("");
  });

  it("never lets a string reach Excel starting with a formula or prefix character", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const input = asTextInput(text);
        if (/^[=+\-@'#\d]/.test(text)) expect(input.startsWith("'")).toBe(true);
        // Excel drops exactly one leading quote: what is left is the text.
        expect(input.startsWith("'") ? input.slice(1) : input).toBe(text);
      }),
      { numRuns: 300 }
    );
  });
});

describe("toCellInput", () => {
  it("turns formulas into =formula and keeps numbers, booleans and null", () => {
    expect(toCellInput({ formula: "PV(Kalkylranta,B4,-1)" }, 7, here)).toBe(
      "=PV(Kalkylranta,B4,-1)"
    );
    expect(toCellInput({ formula: "=A1*2" }, 7, here)).toBe("=A1*2");
    expect(toCellInput(45292, 7, here)).toBe(45292);
    expect(toCellInput(true, 7, here)).toBe(true);
    expect(toCellInput(null, 7, here)).toBeNull();
    expect(toCellInput("=1+1", 7, here)).toBe("'=1+1");
  });

  it("spells a row formula out for the row its cell is in", () => {
    const column = { rowFormula: 'IF(B{row}>0,$C$2/B{row},"")' };
    expect(toCellInput(column, 7, here)).toBe('=IF(B7>0,$C$2/B7,"")');
    expect(toInputRows([[column], [column]], 1, 41, here)).toEqual([
      ['=IF(B41>0,$C$2/B41,"")'],
      ['=IF(B42>0,$C$2/B42,"")'],
    ]);
    expect(hasFormula([[null, column]])).toBe(true);
  });

  it("refuses numbers Excel cannot hold, naming the cell", () => {
    expect(() => toCellInput(Number.NaN, 7, here)).toThrow(/NaN at X!A1/);
    expect(() => toCellInput(Infinity, 7, here)).toThrow(RangeError);
  });

  it("pads ragged rows to a rectangle with null", () => {
    expect(toInputRows([["a"], ["b", 1, null]], 3, 1, here)).toEqual([
      ["a", null, null],
      ["b", 1, null],
    ]);
    expect(hasFormula([["a"], [null, { formula: "1" }]])).toBe(true);
    expect(hasFormula([["=1"]])).toBe(false);
  });
});
