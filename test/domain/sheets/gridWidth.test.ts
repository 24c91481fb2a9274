import { gridWidth } from "../../../src/domain/sheets/gridWidth";

describe("gridWidth", () => {
  it("is the widest row, 0 for no rows", () => {
    expect(gridWidth([])).toBe(0);
    expect(gridWidth([[1], [1, 2, 3], []])).toBe(3);
  });

  it("takes a sheet of 300,000 rows, which spreading into Math.max cannot", () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => (i === 123_456 ? [1, 2, 3, 4] : [1]));
    expect(() => Math.max(...rows.map((r) => r.length))).toThrow(RangeError);
    expect(gridWidth(rows)).toBe(4);
  });
});
