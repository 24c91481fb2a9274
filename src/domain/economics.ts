/**
 * The council's economics, computed one way everywhere (DOMAIN.md, "Economics, one way everywhere").
 * The template writes the same rules as live Excel formulas (template/formulas.ts); every
 * operation here is ordered as in those formulas so both engines round alike.
 *
 * A missing input counts as 0, but a result whose inputs are all missing is itself missing:
 * an empty row must not show a payback of 0 years or a benefit of 0 kr.
 */
import type { Parameters } from "./parameters/Parameters";

export interface EconomicsInputs {
  /** I: one-off cost, kr. */
  readonly investering: number | null;
  /** L: running cost per year, kr. */
  readonly lopandeKostnad: number | null;
  /** B: cost saving per year, kr. */
  readonly kostnadsbesparing: number | null;
  /** H: hours saved per year. */
  readonly tidsbesparing: number | null;
}

export interface Economics {
  readonly nyttaPerAr: number | null;
  readonly nettonyttaPerAr: number | null;
  /** Years until paid back; null when it never pays back (nettonytta ≤ 0) or has no investment. */
  readonly aterbetalningstid: number | null;
  readonly nettonuvarde: number | null;
  /** NNV/I, used to rank initiatives when money is short. */
  readonly nnvKvot: number | null;
}

export type EconomicsParameters = Pick<Parameters, "kalkylranta" | "kalkylperiod" | "timkostnad">;

/**
 * Present value of 1 kr a year for n years at rate r: (1 − (1+r)^−n) / r, and n when r = 0;
 * what Excel's and LibreOffice's PV(r, n, -1) give. Written with expm1/log1p so a tiny rate does
 * not lose every digit to 1 + r rounding to 1 (the textbook form gives 0 for r = 1e-17).
 */
export function annuityFactor(r: number, n: number): number {
  if (r === 0) return n;
  return -Math.expm1(-n * Math.log1p(r)) / r;
}

const orZero = (value: number | null): number => value ?? 0;
const bothMissing = (a: number | null, b: number | null): boolean => a === null && b === null;

export function computeEconomics(inputs: EconomicsInputs, p: EconomicsParameters): Economics {
  const { investering: I, lopandeKostnad: L, kostnadsbesparing: B, tidsbesparing: H } = inputs;

  const nyttaPerAr = bothMissing(B, H) ? null : orZero(B) + orZero(H) * p.timkostnad;
  const nettonyttaPerAr = bothMissing(nyttaPerAr, L) ? null : orZero(nyttaPerAr) - orZero(L);

  const aterbetalningstid =
    I !== null && nettonyttaPerAr !== null && nettonyttaPerAr > 0 ? I / nettonyttaPerAr : null;

  const nettonuvarde = bothMissing(I, nettonyttaPerAr)
    ? null
    : -orZero(I) + orZero(nettonyttaPerAr) * annuityFactor(p.kalkylranta, p.kalkylperiod);

  const nnvKvot = I !== null && I > 0 && nettonuvarde !== null ? nettonuvarde / I : null;

  return { nyttaPerAr, nettonyttaPerAr, aterbetalningstid, nettonuvarde, nnvKvot };
}

/**
 * The budget scenario: given investments in the council's ranked order, whether each initiative
 * "ryms", i.e. the cumulative investment of it and everything ranked above stays within budget.
 * Everything above counts, whether or not it fitted itself. Null when there is no budget.
 */
export function budgetFit(
  rankedInvestments: readonly (number | null)[],
  budget: number | null
): boolean[] | null {
  if (budget === null) return null;
  let cumulative = 0;
  return rankedInvestments.map((investment) => {
    cumulative += orZero(investment);
    return cumulative <= budget;
  });
}

/** Realised saving as a share of the planned yearly cost saving; null when either is missing or nothing was planned. */
export function realisedShare(
  realiseradBesparing: number | null,
  kostnadsbesparing: number | null
): number | null {
  if (realiseradBesparing === null || kostnadsbesparing === null || !(kostnadsbesparing > 0))
    return null;
  return realiseradBesparing / kostnadsbesparing;
}
