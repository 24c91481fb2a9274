import { stripUnitFromHeader, unitFromHeader } from "../../../src/domain/parse/units";

describe("unitFromHeader", () => {
  test.each<[string, number | null]>([
    ["Budget (tkr)", 1000],
    ["Investering, tkr", 1000],
    ["Löpande kostnad per år (TKR)", 1000],
    ["Belopp i tusental kronor", 1000],
    ["Kostnad (tusen kr)", 1000],
    ["Budget ('000 kr)", 1000],
    ["Budget KSEK", 1000],
    ["Kostnad, mkr", 1_000_000],
    ["Kostnad MSEK", 1_000_000],
    ["Investering (Mkr)", 1_000_000],
    ["Budget miljoner kr", 1_000_000],
    ["Budget (miljoner kronor)", 1_000_000],
    ["Budget (milj. kr)", 1_000_000],
    ["Investering (kr)", 1],
    ["Investering SEK", 1],
    ["Besparing i kronor", 1],
    ["Kostnad (kr/år)", 1],
    ["Budget", null],
    ["Tidsbesparing (timmar)", null],
    ["Kronoberg", null],
    ["Krav", null],
    ["", null],
  ])("%j → %p", (header, multiplier) => {
    expect(unitFromHeader(header)).toBe(multiplier);
  });

  test("the first unit from the left wins", () => {
    expect(unitFromHeader("Budget tkr (tidigare kr)")).toBe(1000);
  });
});

describe("stripUnitFromHeader", () => {
  test.each([
    ["Budget (tkr)", "Budget"],
    ["Budget (TKR)", "Budget"],
    ["Kostnad, mkr", "Kostnad"],
    ["Kostnad MSEK", "Kostnad"],
    ["Budget i tkr", "Budget"],
    ["Besparing i kronor", "Besparing"],
    ["Investering (kr)", "Investering"],
    ["Löpande kostnad per år (kr)", "Löpande kostnad per år"],
    ["Löpande kostnad (kr/år)", "Löpande kostnad"],
    ["Löpande kostnad, kr/år", "Löpande kostnad"],
    ["Budget (miljoner kronor)", "Budget"],
    ["Budget miljoner kr", "Budget"],
    ["Investering [tkr]", "Investering"],
    ["Budget tkr 2024", "Budget 2024"],
    ["Tidsbesparing (timmar)", "Tidsbesparing (timmar)"],
    ["Kronoberg", "Kronoberg"],
    ["Projektets krav", "Projektets krav"],
    ["tkr", "tkr"], // nothing else to match on
    ["  Budget  ", "Budget"],
  ])("%j → %j", (header, expected) => {
    expect(stripUnitFromHeader(header)).toBe(expected);
  });
});
