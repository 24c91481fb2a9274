import fc from "fast-check";
import { consolidate } from "../../../src/domain/consolidation/consolidate";
import { DEFAULT_PARAMETERS } from "../../../src/domain/parameters/Parameters";
import { randomList } from "../../builders/randomLists";

const RUNS = 150;
const options = { today: "2026-11-22", parameters: DEFAULT_PARAMETERS };

describe("consolidation invariants over random lists of random shapes", () => {
  test(`every row with content is imported or skipped (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.array(randomList("x"), { minLength: 1, maxLength: 4 }), (lists) => {
        const inputs = lists.map((l, i) => ({ file: `forv-${i}.xlsx`, workbook: { ...l.workbook, name: `forv-${i}.xlsx` } }));
        const result = consolidate(inputs, options);
        lists.forEach((list, i) => {
          const file = result.files.find((f) => f.path === `forv-${i}.xlsx`)!;
          expect(file.rowsImported + file.rowsSkipped.length).toBe(list.rowsWithContent);
        });
        expect(result.rows).toHaveLength(result.files.reduce((n, f) => n + f.rowsImported, 0));
      }),
      { numRuns: RUNS, seed: 4 }
    );
  });

  test(`running twice gives the same portfolio (${RUNS / 3} cases)`, () => {
    fc.assert(
      fc.property(fc.array(randomList("x"), { minLength: 1, maxLength: 3 }), (lists) => {
        const inputs = lists.map((l, i) => ({ file: `f${i}.xlsx`, workbook: l.workbook }));
        expect(consolidate(inputs, options)).toEqual(consolidate([...inputs].reverse(), options));
      }),
      { numRuns: RUNS / 3, seed: 5 }
    );
  });

  test("a failure in one file never loses the other files' rows", () => {
    fc.assert(
      fc.property(randomList("a"), (list) => {
        const alone = consolidate([{ file: "a.xlsx", workbook: list.workbook }], options);
        const withFailure = consolidate(
          [{ file: "a.xlsx", workbook: list.workbook }, { file: "b.xlsx", error: "b.xlsx är trasig.", errorEn: "b.xlsx is broken." }],
          options
        );
        expect(withFailure.rows).toEqual(alone.rows);
        expect(withFailure.files.find((f) => f.path === "b.xlsx")).toMatchObject({ status: "failed", rowsImported: 0 });
      }),
      { numRuns: 40, seed: 6 }
    );
  });

  test("every portfolio row keeps its source and an ID; derived IDs are stable", () => {
    fc.assert(
      fc.property(randomList("a"), (list) => {
        const first = consolidate([{ file: "a.xlsx", workbook: list.workbook }], options);
        const second = consolidate([{ file: "a.xlsx", workbook: list.workbook }], options);
        for (const row of first.rows) {
          expect(row.initiative?.source).toMatchObject({ file: "a.xlsx", sheet: "Initiativ" });
          expect(row.id).toMatch(/\S/);
        }
        expect(second.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
      }),
      { numRuns: 40, seed: 7 }
    );
  });
});
