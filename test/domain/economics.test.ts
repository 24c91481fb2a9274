import fc from "fast-check";
import {
  annuityFactor,
  budgetFit,
  computeEconomics,
  realisedShare,
  type EconomicsInputs,
} from "../../src/domain/economics";
import { DEFAULT_PARAMETERS } from "../../src/domain/parameters/Parameters";

const P = { kalkylranta: 0.03, kalkylperiod: 6, timkostnad: 450 };
const inputs = (partial: Partial<EconomicsInputs>): EconomicsInputs => ({
  investering: null,
  lopandeKostnad: null,
  kostnadsbesparing: null,
  tidsbesparing: null,
  ...partial,
});

describe("annuityFactor", () => {
  it("is the period itself when the rate is 0", () => {
    expect(annuityFactor(0, 6)).toBe(6);
  });

  it("is the present value of 1 kr a year", () => {
    // 1.03^6 = 1.194052296529; (1.194052296529 − 1) / 0.03 / 1.194052296529 = 5.4171914439
    expect(annuityFactor(0.03, 6)).toBeCloseTo(5.4171914439, 9);
    // 1.05^10 = 1.628894627; (0.628894627 / 0.05) / 1.628894627 = 7.7217349292
    expect(annuityFactor(0.05, 10)).toBeCloseTo(7.7217349292, 9);
    // one year: 1 / 1.03
    expect(annuityFactor(0.03, 1)).toBeCloseTo(1 / 1.03, 12);
  });
});

describe("computeEconomics", () => {
  it("computes a full worked example by hand", () => {
    // I = 500 000, L = 20 000, B = 60 000, H = 200 h at 450 kr, r = 3 %, N = 6
    // nytta = 60 000 + 200·450 = 150 000; nettonytta = 150 000 − 20 000 = 130 000
    // payback = 500 000 / 130 000 = 3.846 år
    // NPV = −500 000 + 130 000 · 5.4171914439 = 204 234.89; NNV/I = 204 234.89 / 500 000 = 0.40847
    const e = computeEconomics(
      {
        investering: 500_000,
        lopandeKostnad: 20_000,
        kostnadsbesparing: 60_000,
        tidsbesparing: 200,
      },
      P
    );
    expect(e.nyttaPerAr).toBe(150_000);
    expect(e.nettonyttaPerAr).toBe(130_000);
    expect(e.aterbetalningstid).toBeCloseTo(3.8461538462, 9);
    expect(e.nettonuvarde).toBeCloseTo(204_234.8877, 3);
    expect(e.nnvKvot).toBeCloseTo(0.4084697754, 9);
  });

  it("gives nothing for an empty row", () => {
    expect(computeEconomics(inputs({}), P)).toEqual({
      nyttaPerAr: null,
      nettonyttaPerAr: null,
      aterbetalningstid: null,
      nettonuvarde: null,
      nnvKvot: null,
    });
  });

  it("counts a missing input as 0 when another input of the same result is given", () => {
    // only hours: nytta = 100·450 = 45 000; nettonytta = 45 000 (L missing = 0)
    const hoursOnly = computeEconomics(inputs({ tidsbesparing: 100 }), P);
    expect(hoursOnly.nyttaPerAr).toBe(45_000);
    expect(hoursOnly.nettonyttaPerAr).toBe(45_000);
    // no investment: no payback and no NNV/I, but the NPV is the benefit's present value
    expect(hoursOnly.aterbetalningstid).toBeNull();
    expect(hoursOnly.nnvKvot).toBeNull();
    expect(hoursOnly.nettonuvarde).toBeCloseTo(45_000 * 5.4171914439, 3);
  });

  it("with only an investment: no benefit, no payback, NPV −I and NNV/I −1", () => {
    const e = computeEconomics(inputs({ investering: 200_000 }), P);
    expect(e.nyttaPerAr).toBeNull();
    expect(e.nettonyttaPerAr).toBeNull();
    expect(e.aterbetalningstid).toBeNull();
    expect(e.nettonuvarde).toBe(-200_000);
    expect(e.nnvKvot).toBe(-1);
  });

  it("with only a running cost: nettonytta −L, and an NPV of the cost", () => {
    // nettonytta = 0 − 10 000; NPV = −0 + (−10 000)·5.4171914439 = −54 171.91
    const e = computeEconomics(inputs({ lopandeKostnad: 10_000 }), P);
    expect(e.nyttaPerAr).toBeNull();
    expect(e.nettonyttaPerAr).toBe(-10_000);
    expect(e.nettonuvarde).toBeCloseTo(-54_171.914439, 4);
  });

  it("never pays back when the running cost eats the benefit", () => {
    const e = computeEconomics(
      inputs({ investering: 100_000, lopandeKostnad: 50_000, kostnadsbesparing: 50_000 }),
      P
    );
    expect(e.nettonyttaPerAr).toBe(0);
    expect(e.aterbetalningstid).toBeNull();
    expect(e.nettonuvarde).toBe(-100_000);
  });

  it("pays back at once with no investment cost", () => {
    const e = computeEconomics(inputs({ investering: 0, kostnadsbesparing: 10_000 }), P);
    expect(e.aterbetalningstid).toBe(0);
    expect(e.nnvKvot).toBeNull(); // NNV/I needs I > 0
  });

  it("uses the discount rate 0 as N years of nettonytta", () => {
    // −300 000 + 6·80 000 = 180 000
    const e = computeEconomics(inputs({ investering: 300_000, kostnadsbesparing: 80_000 }), {
      ...P,
      kalkylranta: 0,
    });
    expect(e.nettonuvarde).toBe(180_000);
    expect(e.nnvKvot).toBeCloseTo(0.6, 12);
  });

  it("uses the parameters' timkostnad", () => {
    expect(
      computeEconomics(inputs({ tidsbesparing: 10 }), { ...P, timkostnad: 600 }).nyttaPerAr
    ).toBe(6_000);
    expect(computeEconomics(inputs({ tidsbesparing: 10 }), DEFAULT_PARAMETERS).nyttaPerAr).toBe(
      4_500
    );
  });

  const amount = fc.option(fc.integer({ min: 0, max: 50_000_000 }), { nil: null });
  const anyInputs = fc.record({
    investering: amount,
    lopandeKostnad: amount,
    kostnadsbesparing: amount,
    tidsbesparing: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: null }),
  });
  const anyParams = fc.record({
    kalkylranta: fc.double({ min: 0, max: 0.5, noNaN: true }),
    kalkylperiod: fc.integer({ min: 1, max: 50 }),
    timkostnad: fc.integer({ min: 0, max: 2_000 }),
  });

  it("property: payback × nettonytta = investment", () => {
    fc.assert(
      fc.property(anyInputs, anyParams, (i, p) => {
        const e = computeEconomics(i, p);
        if (e.aterbetalningstid === null) return;
        expect(e.aterbetalningstid * (e.nettonyttaPerAr as number)).toBeCloseTo(
          i.investering as number,
          4
        );
      }),
      { numRuns: 200 }
    );
  });

  it("property: with r = 0 the NPV is N · nettonytta − I", () => {
    fc.assert(
      fc.property(anyInputs, anyParams, (i, p) => {
        const e = computeEconomics(i, { ...p, kalkylranta: 0 });
        if (e.nettonuvarde === null) return;
        const expected = p.kalkylperiod * (e.nettonyttaPerAr ?? 0) - (i.investering ?? 0);
        expect(e.nettonuvarde).toBeCloseTo(expected, 6);
      }),
      { numRuns: 200 }
    );
  });

  it("property: the NPV falls as the discount rate rises when nettonytta > 0", () => {
    fc.assert(
      fc.property(
        anyInputs,
        anyParams,
        fc.double({ min: 0, max: 0.49, noNaN: true }),
        fc.double({ min: 0.0001, max: 0.01, noNaN: true }),
        (i, p, r1, gap) => {
          const low = computeEconomics(i, { ...p, kalkylranta: r1 });
          const high = computeEconomics(i, { ...p, kalkylranta: r1 + gap });
          fc.pre(low.nettonyttaPerAr !== null && low.nettonyttaPerAr >= 1);
          expect(high.nettonuvarde as number).toBeLessThan(low.nettonuvarde as number);
        }
      ),
      { numRuns: 200 }
    );
  });

  it("property: a result is null exactly when all its inputs are", () => {
    fc.assert(
      fc.property(anyInputs, anyParams, (i, p) => {
        const e = computeEconomics(i, p);
        expect(e.nyttaPerAr === null).toBe(
          i.kostnadsbesparing === null && i.tidsbesparing === null
        );
        expect(e.nettonyttaPerAr === null).toBe(e.nyttaPerAr === null && i.lopandeKostnad === null);
        expect(e.nettonuvarde === null).toBe(i.investering === null && e.nettonyttaPerAr === null);
      }),
      { numRuns: 100 }
    );
  });
});

describe("budgetFit", () => {
  it("fits while the cumulative investment stays within budget", () => {
    // cumulative: 100, 100 (null = 0), 400 (= budget, fits), 450
    expect(budgetFit([100, null, 300, 50], 400)).toEqual([true, true, true, false]);
  });

  it("counts everything ranked above, even what did not fit itself", () => {
    // cumulative: 500 (over), 510 (still over): a small one below a big one does not fit
    expect(budgetFit([500, 10], 400)).toEqual([false, false]);
  });

  it("is null without a budget and empty for no initiatives", () => {
    expect(budgetFit([100], null)).toBeNull();
    expect(budgetFit([], 100)).toEqual([]);
  });

  it("fits initiatives without investment in a zero budget", () => {
    expect(budgetFit([null, 0, 1], 0)).toEqual([true, true, false]);
  });
});

describe("realisedShare", () => {
  it("is realised saving over planned benefit", () => {
    expect(realisedShare(75_000, 150_000)).toBe(0.5);
    expect(realisedShare(0, 150_000)).toBe(0);
  });

  it("is null when either is missing or nothing was planned", () => {
    expect(realisedShare(null, 150_000)).toBeNull();
    expect(realisedShare(10_000, null)).toBeNull();
    expect(realisedShare(10_000, 0)).toBeNull();
    expect(realisedShare(10_000, -5)).toBeNull();
  });
});
