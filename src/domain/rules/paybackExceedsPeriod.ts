import { computeEconomics } from "../economics";
import { numberOf } from "../initiative";
import { issueAt, type RowRule } from "./Rule";

/** An investment that does not pay for itself within the calculation period, or never. */
export const paybackExceedsPeriod: RowRule = {
  kind: "row",
  codes: ["payback_exceeds_period"],
  check: (initiative, { parameters }) => {
    const investering = numberOf(initiative, "investering");
    if (investering === null || investering <= 0) return [];
    const economics = computeEconomics(
      {
        investering,
        lopandeKostnad: numberOf(initiative, "lopandeKostnad"),
        kostnadsbesparing: numberOf(initiative, "kostnadsbesparing"),
        tidsbesparing: numberOf(initiative, "tidsbesparing"),
      },
      parameters
    );
    if (economics.nettonyttaPerAr === null) return [];
    const years = economics.aterbetalningstid;
    if (years !== null && years <= parameters.kalkylperiod) return [];
    return [
      issueAt(initiative, "investering", "payback_exceeds_period", "warning", {
        years: years === null ? "never" : Math.round(years * 10) / 10,
        period: parameters.kalkylperiod,
      }),
    ];
  },
};
