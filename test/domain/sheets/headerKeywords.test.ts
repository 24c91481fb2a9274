import { mapHeaders } from "../../../src/domain/sheets/mapHeaders";
import { DEFAULT_CRITERIA } from "../../../src/domain/parameters/Parameters";
import { keywordMatches } from "../../../src/domain/sheets/headerKeywords";

const targetOf = (header: string) => mapHeaders([header], DEFAULT_CRITERIA)[0]?.target ?? null;

describe("header keywords: headers no synonym lists, read by the words they hold", () => {
  test.each([
    ["Yearly licence cost (SEK)", "lopandeKostnad"],
    ["Annual run cost (SEK)", "lopandeKostnad"],
    ["Årlig förvaltningskostnad", "lopandeKostnad"],
    ["Licenser per år (kr)", "lopandeKostnad"],
    ["Planned savings (SEK/yr)", "kostnadsbesparing"],
    ["Planned time savings (h/yr)", "tidsbesparing"],
    ["Realiserad besparing 2024", "realiseradBesparing"],
    ["Finns nyttokalkyl?", "nyttokalkyl"],
    ["Är riskanalys gjord?", "riskanalys"],
    ["Aktivitetsstatus", "status"],
    ["Inv. (tkr)", "investering"],
    ["Bespar. (tkr/år)", "kostnadsbesparing"],
  ])("%s → %s", (header, target) => {
    expect(targetOf(header)).toBe(target);
  });

  test.each([
    ["Actual cost (SEK)"],
    ["Planerad driftsättning"],
    ["Statusrapport"],
    ["Färg på pärmen"],
  ])("%s is no money or status column by its words", (header) => {
    expect(["lopandeKostnad", "status"]).not.toContain(targetOf(header));
  });

  test("one group met is a keyword match; two are surer", () => {
    expect(keywordMatches("Finns nyttokalkyl?")).toEqual([{ target: "nyttokalkyl", confidence: 0.8 }]);
    expect(keywordMatches("Yearly licence cost")).toEqual([{ target: "lopandeKostnad", confidence: 0.9 }]);
  });
});
