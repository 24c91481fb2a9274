import {
  jsonBytes,
  REQUEST_BUDGET_BYTES,
  RequestBudget,
  sliceRowsByBytes,
} from "../../../src/adapters/officeJs/requestBudget";

/** 10,000 rows × 40 columns of short values, as a filled list might be. */
function bigRows(rows = 10_000, cols = 40): (string | number)[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => (c % 2 === 0 ? `v${r % 97}-${c}` : r * 40 + c))
  );
}

describe("sliceRowsByBytes", () => {
  it("cuts rows into consecutive slices that each stay under the limit", () => {
    const rows = bigRows();
    const slices = sliceRowsByBytes(rows, REQUEST_BUDGET_BYTES);
    expect(slices[0]![0]).toBe(0);
    expect(slices[slices.length - 1]![1]).toBe(rows.length);
    slices.forEach(([start, end], i) => {
      if (i > 0) expect(start).toBe(slices[i - 1]![1]);
      expect(jsonBytes(rows.slice(start, end))).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    });
    // ~4 MB of values: at most two requests' worth.
    expect(slices.length).toBeLessThanOrEqual(2);
  });

  it("keeps a small array whole and gives an oversized row its own slice", () => {
    expect(sliceRowsByBytes([[1], [2]], 1000)).toEqual([[0, 2]]);
    expect(sliceRowsByBytes(["x".repeat(50), "y", "z".repeat(50)], 40)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(sliceRowsByBytes([], 10)).toEqual([]);
  });

  it("counts what the caller says a row costs (values and formats)", () => {
    const slices = sliceRowsByBytes([1, 2, 3, 4], 25, () => 10);
    expect(slices).toEqual([
      [0, 2],
      [2, 4],
    ]);
  });
});

describe("RequestBudget", () => {
  it("syncs only when the next piece would not fit, never before the first", async () => {
    let syncs = 0;
    const budget = new RequestBudget(async () => {
      syncs++;
    }, 100);
    await budget.reserve(150); // alone over the limit: nothing queued before it, no sync
    expect(syncs).toBe(0);
    await budget.reserve(10);
    expect(syncs).toBe(1);
    await budget.reserve(80);
    expect(syncs).toBe(1);
    expect(budget.pending).toBe(90);
    await budget.reserve(20);
    expect(syncs).toBe(2);
    expect(budget.syncs).toBe(2);
    budget.synced();
    expect(budget.pending).toBe(0);
  });
});
