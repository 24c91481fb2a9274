/** Every computed column of one initiative, in TypeScript: the twin of the template's live formulas. */
import type { ComputedKey } from "./computedColumns";
import { computeEconomics, realisedShare } from "./economics";
import { numberOf, textOf, type Initiative } from "./initiative";
import type { Parameters } from "./parameters/Parameters";
import { priorityClass, quadrant, weightedScore } from "./scoring";
import { documentationGrade } from "./template/formulas";

const DOCUMENT_FIELDS = ["nyttokalkyl", "riskanalys", "projektplan", "projektutvardering"] as const;

export type Assessment = Readonly<Record<ComputedKey, number | string | null>>;

export function assessInitiative(initiative: Initiative, parameters: Parameters): Assessment {
  const economics = computeEconomics(
    {
      investering: numberOf(initiative, "investering"),
      lopandeKostnad: numberOf(initiative, "lopandeKostnad"),
      kostnadsbesparing: numberOf(initiative, "kostnadsbesparing"),
      tidsbesparing: numberOf(initiative, "tidsbesparing"),
    },
    parameters
  );
  const score = weightedScore(initiative.scores, parameters.criteria);
  // Fields named one by one (no spread): this runs for every row of every list.
  return {
    nyttaPerAr: economics.nyttaPerAr,
    nettonyttaPerAr: economics.nettonyttaPerAr,
    aterbetalningstid: economics.aterbetalningstid,
    nettonuvarde: economics.nettonuvarde,
    nnvKvot: economics.nnvKvot,
    viktadPoang: score,
    prioritet: priorityClass(score, parameters),
    kvadrant: quadrant(initiative.scores, parameters.criteria, parameters).quadrant,
    // a row without a name is no initiative yet in the template, so its grade stays empty there too
    dokumentationsgrad: textOf(initiative, "name")
      ? documentationGrade(DOCUMENT_FIELDS.map((k) => textOf(initiative, k)))
      : null,
    realiseradAndel: realisedShare(
      numberOf(initiative, "realiseradBesparing"),
      numberOf(initiative, "kostnadsbesparing")
    ),
  };
}
