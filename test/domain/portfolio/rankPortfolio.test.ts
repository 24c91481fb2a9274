import fc from "fast-check";
import { budgetFit } from "../../../src/domain/economics";
import { DEFAULT_PARAMETERS } from "../../../src/domain/parameters/Parameters";
import {
  excelRound,
  rankEntries,
  rankPortfolio,
  ratioKey,
  scoreKey,
  type RankInput,
} from "../../../src/domain/portfolio/rankPortfolio";
import { buildConsolidation } from "../../builders/consolidation";
import { complete } from "../../builders/initiatives";

const entry = (score: number | null, nnvKvot: number | null = null, investment: number | null = null): RankInput => ({ score, nnvKvot, investment });

describe("rankEntries", () => {
  test("orders by score, then NNV/I, then row order; missing values last", () => {
    const ranks = rankEntries(
      [entry(50, 1), entry(80, null), entry(80, 0.5), entry(null, 9), entry(50, 1), entry(50, 2), entry(null, null)],
      null
    ).map((r) => r.rank);
    expect(ranks).toEqual([4, 2, 1, 6, 5, 3, 7]);
  });

  test("scores equal but for float noise are one tie, broken by NNV/I", () => {
    // 0.1 + 0.2 is 0.30000000000000004: the same score reached along another sum
    const ranks = rankEntries([entry((0.1 + 0.2) * 100, 1), entry(30, 2)], null).map((r) => r.rank);
    expect(ranks).toEqual([2, 1]);
  });

  test("rows that are not ranked get no rank and no budget answer, and take nothing from the budget", () => {
    expect(rankEntries([null, entry(10, null, 100), null, entry(90, null, 50)], 120)).toEqual([
      { rank: null, fitsBudget: null },
      { rank: 2, fitsBudget: false },
      { rank: null, fitsBudget: null },
      { rank: 1, fitsBudget: true },
    ]);
  });

  test("a missing investment counts 0; without a budget nothing is answered", () => {
    expect(rankEntries([entry(90, null, null), entry(80, null, 100)], 100).map((r) => r.fitsBudget)).toEqual([true, true]);
    expect(rankEntries([entry(90, null, 10)], null).map((r) => r.fitsBudget)).toEqual([null]);
  });

  test("the cumulative sum is compared at whole öre, as the formula rounds it", () => {
    // 0.1 + 0.2 > 0.3 in binary, yet 0,30 kr is within a budget of 0,30 kr
    expect(rankEntries([entry(90, null, 0.1), entry(80, null, 0.2)], 0.3).map((r) => r.fitsBudget)).toEqual([true, true]);
  });

  test("excelRound rounds half away from zero, like Excel's ROUND", () => {
    expect(excelRound(2.5, 0)).toBe(3);
    expect(excelRound(-2.5, 0)).toBe(-3);
    expect(excelRound(1 / 3, 9)).toBe(0.333333333);
    expect(scoreKey(null)).toBeLessThan(0);
    expect(ratioKey(null)).toBeLessThan(-1e299);
  });
});

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 5 });
// Scores as weighted scores come: multiples of 1/8 between 0 and 100, often equal.
const anEntry: fc.Arbitrary<RankInput> = fc.record({
  score: maybe(fc.integer({ min: 0, max: 800 }).map((n) => n / 8)),
  nnvKvot: maybe(fc.oneof(fc.constantFrom(-1, 0, 0.5, 2), fc.double({ min: -50, max: 50, noNaN: true }))),
  investment: maybe(fc.integer({ min: 0, max: 2_000_000 })),
});
const entries = fc.array(fc.option(anEntry, { nil: null, freq: 6 }), { maxLength: 40 });
const budget = fc.option(fc.integer({ min: 0, max: 20_000_000 }), { nil: null, freq: 4 });

/** Ranked positions in rank order. */
const byRank = (list: readonly (RankInput | null)[], ranks: ReturnType<typeof rankEntries>) =>
  list.map((e, i) => ({ e, i, r: ranks[i]! })).filter((x) => x.e !== null).sort((a, b) => a.r.rank! - b.r.rank!);

describe("rankEntries properties", () => {
  test("the ranks of the ranked rows are a permutation of 1..n", () => {
    fc.assert(
      fc.property(entries, budget, (list, b) => {
        const ranks = rankEntries(list, b);
        const given = ranks.filter((_, i) => list[i] !== null).map((r) => r.rank);
        expect([...given].sort((x, y) => x! - y!)).toEqual(given.map((_, k) => k + 1));
        ranks.forEach((r, i) => list[i] === null && expect(r).toEqual({ rank: null, fitsBudget: null }));
      }),
      { numRuns: 200, seed: 41 }
    );
  });

  test("a higher score ranks higher; equal scores go by NNV/I, then by row order", () => {
    fc.assert(
      fc.property(entries, (list) => {
        const sorted = byRank(list, rankEntries(list, null));
        for (let k = 1; k < sorted.length; k++) {
          const above = sorted[k - 1]!;
          const below = sorted[k]!;
          const [sa, sb] = [scoreKey(above.e!.score), scoreKey(below.e!.score)];
          expect(sa).toBeGreaterThanOrEqual(sb);
          if (sa === sb) {
            const [ra, rb] = [ratioKey(above.e!.nnvKvot), ratioKey(below.e!.nnvKvot)];
            expect(ra).toBeGreaterThanOrEqual(rb);
            if (ra === rb) expect(above.i).toBeLessThan(below.i);
          }
        }
      }),
      { numRuns: 200, seed: 42 }
    );
  });

  test("float noise in a score never changes the order", () => {
    fc.assert(
      fc.property(entries, fc.array(fc.constantFrom(-1, 1), { minLength: 40, maxLength: 40 }), (list, signs) => {
        const noisy = list.map((e, i) => (e === null || e.score === null ? e : { ...e, score: e.score * (1 + signs[i]! * 4e-16) }));
        expect(rankEntries(noisy, null)).toEqual(rankEntries(list, null));
      }),
      { numRuns: 100, seed: 43 }
    );
  });

  test("budget: ryms exactly when it and everything ranked above add up within the budget (economics.budgetFit), so the fitting rows are a prefix", () => {
    fc.assert(
      fc.property(entries, budget, (list, b) => {
        const sorted = byRank(list, rankEntries(list, b));
        const fits = sorted.map((x) => x.r.fitsBudget);
        const expected = budgetFit(sorted.map((x) => x.e!.investment), b);
        expect(fits).toEqual(expected ?? sorted.map(() => null));
        // investments are never negative, so once one does not fit no later one does: a cheaper
        // row further down still carries everything ranked above it
        const firstMiss = fits.indexOf(false);
        if (firstMiss >= 0) expect(fits.slice(firstMiss).every((f) => f === false)).toBe(true);
      }),
      { numRuns: 200, seed: 44 }
    );
  });
});

describe("rankPortfolio", () => {
  test("ranks the portfolio's rows by their assessment; a row kept from the previous portfolio gets no rank", () => {
    const scores = (n: number) => ({ nytta: n, strategi: n, komplexitet: 6 - n, risk: 6 - n });
    const consolidation = buildConsolidation({
      parameters: { ...DEFAULT_PARAMETERS, centralBudget: 700_000 },
      initiatives: [
        { ...complete({ id: "A", investering: 500_000 }), scores: scores(3) },
        { ...complete({ id: "B", investering: 200_000 }), scores: scores(5) },
        { ...complete({ id: "C", investering: 100_000 }), scores: scores(2) },
      ],
      missing: [{ id: "OLD", forvaltning: "Socialförvaltningen", previous: { Namn: "Gammalt" } }],
    });
    expect(rankPortfolio(consolidation.rows, 700_000)).toEqual([
      { id: "A", rank: 2, fitsBudget: true },
      { id: "B", rank: 1, fitsBudget: true },
      { id: "C", rank: 3, fitsBudget: false },
      { id: "OLD", rank: null, fitsBudget: null },
    ]);
    expect(rankPortfolio(consolidation.rows, null).map((r) => r.fitsBudget)).toEqual([null, null, null, null]);
  });
});
