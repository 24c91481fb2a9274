import {
  formatCount,
  formatKronor,
  formatPercent,
  formatScore,
} from "../../../src/taskpane/presentation/format";

const NBSP = "\u00a0";

describe("amounts and numbers as the pane shows them", () => {
  it("writes kronor the Swedish way: groups and unit after a no-break space, no öre", () => {
    expect(formatKronor(1_250_000, "sv")).toBe(`1${NBSP}250${NBSP}000${NBSP}kr`);
    expect(formatKronor(0, "sv")).toBe(`0${NBSP}kr`);
    expect(formatKronor(999.6, "sv")).toBe(`1${NBSP}000${NBSP}kr`);
  });

  it("writes kronor the English way in the English pane", () => {
    expect(formatKronor(1_250_000, "en")).toBe(`SEK${NBSP}1,250,000`);
  });

  it("writes a confidence as a whole percent, with a space in Swedish", () => {
    expect(formatPercent(0.92, "sv")).toBe(`92${NBSP}%`);
    expect(formatPercent(0.855, "sv")).toBe(`86${NBSP}%`);
    expect(formatPercent(1, "en")).toBe("100%");
  });

  it("writes scores with at most one decimal, a comma in Swedish", () => {
    expect(formatScore(72.46, "sv")).toBe("72,5");
    expect(formatScore(72.46, "en")).toBe("72.5");
    expect(formatScore(80, "sv")).toBe("80");
  });

  it("groups large counts", () => {
    expect(formatCount(12_345, "sv")).toBe(`12${NBSP}345`);
    expect(formatCount(12_345, "en")).toBe("12,345");
    expect(formatCount(7, "sv")).toBe("7");
  });
});
