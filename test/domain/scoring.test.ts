import fc from "fast-check";
import {
  DEFAULT_CRITERIA,
  DEFAULT_PARAMETERS,
  TABY_CRITERIA,
  type Criterion,
} from "../../src/domain/parameters/Parameters";
import { rankEntries } from "../../src/domain/portfolio/rankPortfolio";
import { priorityClass, quadrant, weightedScore } from "../../src/domain/scoring";

const P = DEFAULT_PARAMETERS; // prioritetHog 70, prioritetMedel 40, kvadrantgrans 3

describe("weightedScore", () => {
  it("computes a worked example with the default criteria", () => {
    // nytta 5 (for, w 35): n = 4/4; strategi 4 (for, 25): 3/4; komplexitet 2 (against, 20): 3/4; risk 3 (against, 20): 2/4
    // 100 · (35·4 + 25·3 + 20·3 + 20·2) / (4 · 100) = 100 · 315 / 400 = 78.75
    expect(
      weightedScore({ nytta: 5, strategi: 4, komplexitet: 2, risk: 3 }, DEFAULT_CRITERIA)
    ).toBe(78.75);
  });

  it("is 100 at best and 0 at worst", () => {
    expect(
      weightedScore({ nytta: 5, strategi: 5, komplexitet: 1, risk: 1 }, DEFAULT_CRITERIA)
    ).toBe(100);
    expect(
      weightedScore({ nytta: 1, strategi: 1, komplexitet: 5, risk: 5 }, DEFAULT_CRITERIA)
    ).toBe(0);
    // all 3s: the middle
    expect(
      weightedScore({ nytta: 3, strategi: 3, komplexitet: 3, risk: 3 }, DEFAULT_CRITERIA)
    ).toBe(50);
  });

  it("uses the weights relative to their sum", () => {
    // Täby: five criteria of 20 each, all for; scores 5,4,3,2,1 → points 4,3,2,1,0 → 100·20·10/(4·100) = 50
    expect(
      weightedScore(
        { teknik: 5, sakerhet: 4, ekonomi: 3, anvandarbehov: 2, innovation: 1 },
        TABY_CRITERIA
      )
    ).toBe(50);
    // Weight 0 on a criterion leaves it out of the score (but its score is still required)
    const criteria: Criterion[] = [
      { key: "a", label: "A", weight: 1, direction: "for" },
      { key: "b", label: "B", weight: 0, direction: "for" },
    ];
    expect(weightedScore({ a: 4, b: 1 }, criteria)).toBe(75);
    expect(weightedScore({ a: 4 }, criteria)).toBeNull();
  });

  it("is null when a score is missing or all weights are 0", () => {
    expect(weightedScore({ nytta: 5, strategi: 4, komplexitet: 2 }, DEFAULT_CRITERIA)).toBeNull();
    expect(
      weightedScore({ nytta: 5, strategi: 4, komplexitet: 2, risk: null }, DEFAULT_CRITERIA)
    ).toBeNull();
    const zero = DEFAULT_CRITERIA.map((c) => ({ ...c, weight: 0 }));
    expect(weightedScore({ nytta: 5, strategi: 4, komplexitet: 2, risk: 3 }, zero)).toBeNull();
    expect(weightedScore({}, [])).toBeNull();
  });

  const criterionArb = (key: string) =>
    fc.record({
      key: fc.constant(key),
      label: fc.constant(key.toUpperCase()),
      weight: fc.integer({ min: 0, max: 100 }),
      direction: fc.constantFrom("for" as const, "against" as const),
    });
  const criteriaArb = fc
    .integer({ min: 1, max: 6 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => criterionArb(`c${k}`))))
    .filter((cs) => cs.some((c) => c.weight > 0));
  const scoresFor = (criteria: readonly Criterion[]) =>
    fc
      .tuple(...criteria.map(() => fc.integer({ min: 1, max: 5 })))
      .map((values) => Object.fromEntries(criteria.map((c, k) => [c.key, values[k] as number])));

  it("property: the score lies within 0..100", () => {
    fc.assert(
      fc.property(
        criteriaArb.chain((cs) => fc.tuple(fc.constant(cs), scoresFor(cs))),
        ([criteria, scores]) => {
          const s = weightedScore(scores, criteria) as number;
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(100);
        }
      ),
      { numRuns: 200 }
    );
  });

  it("property: flipping a criterion's direction is the same as scoring it 6 − s", () => {
    fc.assert(
      fc.property(
        criteriaArb.chain((cs) =>
          fc.tuple(fc.constant(cs), scoresFor(cs), fc.integer({ min: 0, max: cs.length - 1 }))
        ),
        ([criteria, scores, j]) => {
          const c = criteria[j] as Criterion;
          const flipped = criteria.map((x, k) =>
            k === j
              ? { ...x, direction: x.direction === "for" ? ("against" as const) : ("for" as const) }
              : x
          );
          const mirrored = { ...scores, [c.key]: 6 - (scores[c.key] as number) };
          expect(weightedScore(scores, flipped) as number).toBeCloseTo(
            weightedScore(mirrored, criteria) as number,
            9
          );
        }
      ),
      { numRuns: 200 }
    );
  });

  it("property: scaling every weight by one factor changes no score and no ranking", () => {
    const setup = criteriaArb.chain((criteria) =>
      fc.tuple(
        fc.constant(criteria),
        fc.array(
          fc.record({
            scores: scoresFor(criteria),
            nnvKvot: fc.option(fc.constantFrom(-1, 0, 0.5, 1.25), { nil: null }),
          }),
          { minLength: 1, maxLength: 12 }
        ),
        fc.double({ min: 0.001, max: 1000, noNaN: true })
      )
    );
    fc.assert(
      fc.property(setup, ([criteria, rows, factor]) => {
        const scaled = criteria.map((c) => ({ ...c, weight: c.weight * factor }));
        const items = (cs: readonly Criterion[]) =>
          rows.map((r) => ({ score: weightedScore(r.scores, cs), nnvKvot: r.nnvKvot, investment: null }));
        const before = items(criteria);
        const after = items(scaled);
        before.forEach((b, k) => expect(after[k]?.score as number).toBeCloseTo(b.score as number, 9));
        // the portfolio's own ranking (Rang), the one the council sees
        expect(rankEntries(after, null).map((r) => r.rank)).toEqual(rankEntries(before, null).map((r) => r.rank));
      }),
      { numRuns: 200 }
    );
  });
});

describe("priorityClass", () => {
  it("classes by the council's thresholds, inclusive", () => {
    expect(priorityClass(70, P)).toBe("Hög");
    expect(priorityClass(100, P)).toBe("Hög");
    expect(priorityClass(69.99, P)).toBe("Medel");
    expect(priorityClass(40, P)).toBe("Medel");
    expect(priorityClass(39.9, P)).toBe("Låg");
    expect(priorityClass(0, P)).toBe("Låg");
    expect(priorityClass(null, P)).toBeNull();
    expect(priorityClass(50, { prioritetHog: 50, prioritetMedel: 50 })).toBe("Hög");
  });
});

describe("quadrant", () => {
  const q = (nytta: number, strategi: number, komplexitet: number, risk: number) =>
    quadrant({ nytta, strategi, komplexitet, risk }, DEFAULT_CRITERIA, P);

  it("places each corner of the matrix", () => {
    // nytta axis (5+4)/2 = 4.5 high; komplexitet axis (2+1)/2 = 1.5 low
    expect(q(5, 4, 2, 1)).toEqual({ quadrant: "Snabb vinst", nytta: 4.5, komplexitet: 1.5 });
    expect(q(5, 4, 4, 5).quadrant).toBe("Strategisk satsning");
    expect(q(1, 2, 1, 2).quadrant).toBe("Komplettering");
    expect(q(2, 2, 4, 4).quadrant).toBe("Ompröva");
  });

  it("counts an axis at the threshold as high", () => {
    // nytta (3+3)/2 = 3 ≥ 3 high; komplexitet (3+2)/2 = 2.5 low
    expect(q(3, 3, 3, 2)).toEqual({ quadrant: "Snabb vinst", nytta: 3, komplexitet: 2.5 });
    expect(
      quadrant({ nytta: 3, strategi: 3, komplexitet: 3, risk: 2 }, DEFAULT_CRITERIA, {
        kvadrantgrans: 3.5,
      }).quadrant
    ).toBe("Komplettering");
  });

  it("is null when a side has no criteria or a missing score", () => {
    const taby = quadrant(
      { teknik: 5, sakerhet: 5, ekonomi: 5, anvandarbehov: 5, innovation: 5 },
      TABY_CRITERIA,
      P
    );
    expect(taby).toEqual({ quadrant: null, nytta: 5, komplexitet: null });
    const missing = quadrant({ nytta: 5, strategi: 4, komplexitet: 2 }, DEFAULT_CRITERIA, P);
    expect(missing).toEqual({ quadrant: null, nytta: 4.5, komplexitet: null });
  });
});
