import fc from "fast-check";
import { unitFromNumberFormat, unitFromTitle } from "../../../src/domain/parse/units";
import { parseAmountCell } from "../../../src/domain/parse/amount";
import { statement } from "../../../src/domain/parse/units";

describe("unitFromNumberFormat", () => {
  test.each<[string, number | null, number, boolean]>([
    ['#,##0 "tkr"', 1e3, 0, false],
    ['# ##0 "tkr"', 1e3, 0, false],
    ['0.0 "mkr"', 1e6, 0, false],
    ['#,##0 "kr";[Red]-#,##0 "kr"', 1, 0, false],
    ["#,##0\\ \\k\\r", 1, 0, false],
    ["[$kr-41D] #,##0", 1, 0, false],
    ["#,##0, \"tkr\"", 1e3, -3, false],
    ["#,##0,", null, -3, false],
    ["0.0,,", null, -6, false],
    ["#,##0", null, 0, false],
    ["0%", null, 0, true],
    ["0.0 %", null, 0, true],
    ["yyyy-mm-dd", null, 0, false],
    ['"Belopp: "0', null, 0, false],
  ])("%s → ×%p, scale %p, percent %p", (format, multiplier, scale, percent) => {
    expect(unitFromNumberFormat(format)).toMatchObject({ multiplier, scale, percent });
  });
});

describe("unitFromTitle", () => {
  test.each<[string, number | null]>([
    ["Belopp i tkr", 1e3],
    ["Alla belopp i tusental kronor", 1e3],
    ["Belopp anges i mkr", 1e6],
    ["(tkr)", 1e3],
    ["Amounts in SEK thousands", 1e3],
    ["Projekt över 100 tkr", null],
    ["Kommunledningsförvaltningen – projektlista 2025", null],
    ["Sammanställt av strategen, se kr-listan", null],
  ])("%s → %p", (title, multiplier) => {
    expect(unitFromTitle(title)).toBe(multiplier);
  });
});

describe("parseAmountCell", () => {
  const tkrHeader = { multiplier: 1e3, unit: statement(1e3, "header") };
  const krHeader = { multiplier: 1, unit: statement(1, "header") };
  const none = { multiplier: null };

  test("a number shown as tkr by its format is thousands, whatever the column says nothing of", () => {
    expect(parseAmountCell(450, '#,##0 "tkr"', none)).toEqual({ value: 450_000 });
  });

  test("header and format agree: counted once", () => {
    expect(parseAmountCell(450, '#,##0 "tkr"', tkrHeader)).toEqual({ value: 450_000 });
  });

  test("header and format disagree: unit_conflict, no amount", () => {
    const result = parseAmountCell(450, '#,##0 "tkr"', krHeader);
    expect(result.value).toBeNull();
    expect(result.problem?.code).toBe("unit_conflict");
  });

  test("a column whose own sources conflict gives every number and unitless text unit_conflict", () => {
    const column = { multiplier: null, unitConflict: [statement(1e3, "title"), statement(1e6, "header")] as const };
    expect(parseAmountCell(5, null, column).problem?.code).toBe("unit_conflict");
    expect(parseAmountCell("5", null, column).problem?.code).toBe("unit_conflict");
    // A text naming its own unit is read by it.
    expect(parseAmountCell("1,2 mkr", null, column)).toEqual({ value: 1_200_000 });
  });

  test("a display scale under a tkr header: the stored kronor are the amount", () => {
    expect(parseAmountCell(450_000, "#,##0,", tkrHeader)).toEqual({ value: 450_000 });
  });

  test("an apostrophe after the number is thousands, as Swedish budgets write it", () => {
    expect(parseAmountCell("450' kr", null, none)).toEqual({ value: 450_000 });
    expect(parseAmountCell("85’", null, none)).toEqual({ value: 85_000 });
  });

  test("percentages are not amounts", () => {
    expect(parseAmountCell(0.15, "0%", none).problem?.code).toBe("percent_in_amount");
    expect(parseAmountCell("15%", null, none).problem?.code).toBe("percent_in_amount");
    expect(parseAmountCell("20 %", null, tkrHeader).problem?.code).toBe("percent_in_amount");
  });

  test("property: a whole number of tkr in the header, the group, the title or the format is the same kronor", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        const byFormat = parseAmountCell(n, '#,##0 "tkr"', none).value;
        const byHeader = parseAmountCell(n, null, tkrHeader).value;
        const byTitle = parseAmountCell(n, null, { multiplier: 1e3, unit: statement(1e3, "title") }).value;
        return byFormat === n * 1000 && byHeader === n * 1000 && byTitle === n * 1000;
      }),
      { numRuns: 200 }
    );
  });
});
