/**
 * The formula of every computed column for one row, given where a table's columns are (keys as in
 * columnLettersByKey: field keys, "score:<key>", "computed:<key>"). The template and the portfolio
 * both write their computed columns through this.
 */
import type { ComputedKey } from "../computedColumns";
import type { Parameters } from "../parameters/Parameters";
import { scoreField } from "../parameters/Parameters";
import * as F from "./formulas";
import type { RowRef } from "./WorkbookDescription";

export function computedFormulas(
  letters: ReadonlyMap<string, string>,
  parameters: Parameters
): Record<ComputedKey, (row: RowRef) => string> {
  const at = (key: string): string => {
    const letter = letters.get(key);
    if (!letter) throw new Error(`table has no column ${key}`);
    return letter;
  };
  const cols: F.FormulaColumns = {
    investering: at("investering"),
    lopandeKostnad: at("lopandeKostnad"),
    kostnadsbesparing: at("kostnadsbesparing"),
    tidsbesparing: at("tidsbesparing"),
    realiseradBesparing: at("realiseradBesparing"),
    documents: (["nyttokalkyl", "riskanalys", "projektplan", "projektutvardering"] as const).map(
      at
    ),
    scores: parameters.criteria.map((c) => at(scoreField(c))),
    nytta: at("computed:nyttaPerAr"),
    nettonytta: at("computed:nettonyttaPerAr"),
    nettonuvarde: at("computed:nettonuvarde"),
    viktadPoang: at("computed:viktadPoang"),
    namn: at("name"),
  };
  return {
    nyttaPerAr: (r) => F.nyttaFormula(cols, r),
    nettonyttaPerAr: (r) => F.nettonyttaFormula(cols, r),
    aterbetalningstid: (r) => F.aterbetalningstidFormula(cols, r),
    nettonuvarde: (r) => F.nettonuvardeFormula(cols, r),
    nnvKvot: (r) => F.nnvKvotFormula(cols, r),
    viktadPoang: (r) => F.viktadPoangFormula(cols, r),
    prioritet: (r) => F.prioritetFormula(cols, r),
    kvadrant: (r) => F.kvadrantFormula(cols, r),
    dokumentationsgrad: (r) => F.dokumentationsgradFormula(cols, r),
    realiseradAndel: (r) => F.realiseradAndelFormula(cols, r),
  };
}
