import { mapHeaders } from "../../../src/domain/sheets/mapHeaders";
import { DEFAULT_CRITERIA } from "../../../src/domain/parameters/Parameters";

const targetOf = (header: string) => mapHeaders([header], DEFAULT_CRITERIA)[0];

describe("mapHeaders", () => {
  test.each([
    ["Projekt", "name"],
    ["Projektnamn", "name"],
    ["Initiativ", "name"],
    ["Namn på projekt", "name"],
    ["NAMN", "name"],
    ["Förvaltning", "forvaltning"],
    ["Budget (tkr)", "investering"],
    ["Engångskostnad, kr", "investering"],
    ["Status", "status"],
    ["Projekt­start", "startdatum"], // soft hyphen inside
    ["Nytto-kalkyl", "nyttokalkyl"],
    ["Risk- och konsekvensanalys", "riskanalys"],
    ["Nyttoägare", "nyttoagare"],
    ["Komplexitet (1–5)", "score:komplexitet"],
    ["Nettonuvärde (kr)", "computed:nettonuvarde"],
  ])("%s → %s", (header, target) => {
    expect(targetOf(header)?.target).toBe(target);
  });

  test("a near-miss is mapped with a lower confidence, shown to the user", () => {
    const m = targetOf("Projektnman");
    expect(m?.target).toBe("name");
    expect(m?.confidence).toBeGreaterThan(0.7);
    expect(m?.confidence).toBeLessThan(1);
  });

  test("an unknown header stays unmapped rather than guessed", () => {
    expect(targetOf("Färg på pärmen")?.target).toBeNull();
  });

  test("the unit comes from the header", () => {
    expect(targetOf("Budget (tkr)")?.multiplier).toBe(1000);
    expect(targetOf("Budget (mkr)")?.multiplier).toBe(1_000_000);
    expect(targetOf("Budget")?.multiplier).toBeNull();
  });

  test("each field is taken once, by the strongest header; columns are numbered from firstColumn", () => {
    const m = mapHeaders(["Namn", "Projekt", "Status"], DEFAULT_CRITERIA, {}, 3);
    expect(m.map((c) => [c.column, c.target])).toEqual([
      [3, "name"],
      [4, null],
      [5, "status"],
    ]);
  });

  test("a correction overrides the synonyms", () => {
    const overrides = new Map([["projekt", "behovVad" as const], ["status", null]]);
    const m = mapHeaders(["Projekt", "Status", "Namn"], DEFAULT_CRITERIA, { overrides });
    expect(m.map((c) => c.target)).toEqual(["behovVad", null, "name"]);
  });
});
