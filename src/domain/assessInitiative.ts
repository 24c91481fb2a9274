/** Every computed column of one initiative, in TypeScript: the twin of the template's live formulas. */
import type { ComputedKey } from "./computedColumns";
import { computeEconomics, realisedShare } from "./economics";
import { numberOf, textOf, type Initiative } from "./initiative";
import type { Parameters } from "./parameters/Parameters";
import { priorityClass, quadrant, weightedScore } from "./scoring";
import { documentationGrade } from "./template/formulas";

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
  const documents = (
    ["nyttokalkyl", "riskanalys", "projektplan", "projektutvardering"] as const
  ).map((k) => textOf(initiative, k));
  return {
    ...economics,
    viktadPoang: score,
    prioritet: priorityClass(score, parameters),
    kvadrant: quadrant(initiative.scores, parameters.criteria, parameters).quadrant,
    // a row without a name is no initiative yet in the template, so its grade stays empty there too
    dokumentationsgrad: textOf(initiative, "name") ? documentationGrade(documents) : null,
    realiseradAndel: realisedShare(
      numberOf(initiative, "realiseradBesparing"),
      numberOf(initiative, "kostnadsbesparing")
    ),
  };
}
