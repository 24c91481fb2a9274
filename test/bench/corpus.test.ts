/**
 * The benchmark's corpus is what it says: deterministic, and every row of every shape reaches the
 * portfolio (a benchmark over lists the product half-reads would measure the wrong thing).
 */
import { makeCorpus } from "../../bench/corpus";
import { spread } from "../../bench/stats";
import { readWorkbookBytes } from "../../src/adapters/xlsxFile/readXlsx";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { DEFAULT_PARAMETERS } from "../../src/domain/parameters/Parameters";

describe("bench corpus", () => {
  const corpus = makeCorpus("test", 6, 40, true);
  const inputs = corpus.files.map((f) => ({
    file: f.name,
    workbook: readWorkbookBytes(f.bytes, f.name),
  }));

  it("is the same workbooks every time it is made", () => {
    const again = makeCorpus("test", 6, 40, true).files.map(
      (f) => readWorkbookBytes(f.bytes, f.name).sheets
    );
    expect(again).toEqual(inputs.map((i) => i.workbook.sheets));
  });

  it("mixes the three shapes, and every row of each is imported into the portfolio", () => {
    expect(new Set(corpus.files.map((f) => f.name.split("-")[1]))).toEqual(
      new Set(["template", "own", "sparse"])
    );
    const result = consolidate(inputs, { today: "2026-11-22", parameters: DEFAULT_PARAMETERS });
    for (const file of result.files)
      expect([file.path, file.rowsImported, file.rowsSkipped]).toEqual([file.path, 40, []]);
    expect(result.rows).toHaveLength(corpus.rows);
  });
});

describe("spread", () => {
  it("gives the median, min and max", () => {
    expect(spread([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5 });
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
  });
});
