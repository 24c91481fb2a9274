/**
 * The Excel formulas of the portfolio that read across rows: the rank's sort keys, Rang, Ryms i
 * budget and the Översikt figures (English A1 syntax, no leading "="). rankPortfolio.ts and
 * consolidation/overview.ts are their TypeScript twins; test/integration/portfolioRecalc.test.ts
 * proves both give the same answers through LibreOffice.
 *
 * Only what Excel and LibreOffice 7.4 both evaluate: plain A1 ranges (no structured references),
 * IF/ISNUMBER/ROUND/ABS/IFERROR/COUNTIF/SUMPRODUCT/SUMIFS and the Parametrar names. Rows are
 * compared with array comparisons inside SUMPRODUCT, not with COUNTIF criteria: a criterion built
 * with "&" turns the number into text (15 digits) and a förvaltning name into a pattern ("*", "?",
 * "<" mean something there), while "=" and ">" inside SUMPRODUCT compare the values themselves.
 * Every key the rank compares is a number (missing ones become sentinels below all real values)
 * because Excel orders any text above any number.
 *
 * Why Rang has a fast path. Ranking n rows live needs, per row, a count over all rows: neither
 * engine has anything faster for it in these versions (LibreOffice 7.4 answers COUNTIF, COUNTIFS,
 * RANK, SUMPRODUCT and an exact MATCH with a pass over the range every call, its sorted-range
 * cache being switched off in 7.4, tdf#151958; SMALL or LARGE over an array of k takes a pass per
 * k; there is no SORT), so the live rank costs n² comparisons: half a minute at 9,000 rows, well
 * over 25 minutes at 50,000. A sorting network of binary-search MATCH formulas would be n·log²n,
 * but each MATCH over an INDEX(…):INDEX(…) range costs LibreOffice 50–90 µs, and its dozens of
 * helper columns came to 80 s at 9,000 rows (measured). So the run writes beside each row what it
 * worked out (rankAsWritten, hidden columns that move with their row when the council sorts), and
 * one check over the table (rankRunCheckFormula, one pass, in one cell above the table) tells
 * whether every ranked row's keys and investment are still as written. While they are, Rang and
 * Ryms i budget read the written values (O(1) a row); once the council changes a score, an amount
 * or a parameter the ranks depend on, every row works them out live again: n², as the formulas
 * did before. The written keys are compared with a tolerance of 2.5E-10: keys are ROUND(…, 9)
 * values, so two different ones lie more than 5E-10 apart (1E-9 less an ulp, or an ulp where an
 * ulp is more), and a key that moved less than 2.5E-10 is the same key.
 *
 * The last tie-break is the row's place as the run wrote it (Radordning), not its place on the
 * sheet now: it moves with the row, so sorting the table by hand does not reorder equal
 * initiatives (nor spoil the fast path); the next run writes the rows in the council's order and
 * breaks the ties by that. At writing both are the same order, so rankPortfolio's answer is
 * unchanged.
 */
import { PARAMETER_NAMES } from "../parameters/names";
import type { RowRef } from "../template/WorkbookDescription";
import { MISSING_SCORE_KEY, RANK_KEY_DECIMALS, UNRANKED_SCORE_KEY } from "./rankPortfolio";

/** A quoted string literal for a formula; only ever our own words, never text from a source. */
export const literal = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** A sheet name as a formula needs it; always quoted, which every name allows. */
export const sheetRef = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;

/** The data rows of the Portfölj table: first and last row (last ≥ first, an empty table has one blank row). */
export interface DataRows {
  readonly first: number;
  readonly last: number;
}

const range = (col: string, rows: DataRows, sheet?: string): string =>
  `${sheet === undefined ? "" : `${sheetRef(sheet)}!`}$${col}$${rows.first}:$${col}$${rows.last}`;

/** Column letters on Portfölj the rank and budget formulas read. */
export interface RankColumns {
  /** "I senaste underlaget": only rows whose cell equals `present` are ranked. */
  readonly latest: string;
  readonly present: string;
  readonly viktadPoang: string;
  readonly nnvKvot: string;
  readonly investering: string;
  readonly scoreKey: string;
  readonly ratioKey: string;
  readonly rank: string;
  /** The run's values (rankAsWritten): rank, place, keys, investment, cumulative investment. */
  readonly runRank: string;
  readonly runOrder: string;
  readonly runScore: string;
  readonly runRatio: string;
  readonly runInvestment: string;
  readonly runCumulative: string;
  /** The cell holding rankRunCheckFormula, absolute ("$CX$3"). */
  readonly runCheck: string;
}

/** Rangvärde poäng: ROUND(score, 9); -1 when the row has no score, -2 when it is not ranked. */
export function scoreKeyFormula(c: RankColumns, row: RowRef): string {
  const v = `${c.viktadPoang}${row}`;
  return `IF(${c.latest}${row}=${literal(c.present)},IF(ISNUMBER(${v}),ROUND(${v},${RANK_KEY_DECIMALS}),${MISSING_SCORE_KEY}),${UNRANKED_SCORE_KEY})`;
}

/** Rangvärde NNV/I: ROUND(NNV/I, 9); -1E+300 when there is none. */
export function ratioKeyFormula(c: RankColumns, row: RowRef): string {
  const q = `${c.nnvKvot}${row}`;
  return `IF(ISNUMBER(${q}),ROUND(${q},${RANK_KEY_DECIMALS}),-1E+300)`;
}

/** How far a key may be from the written one and still be the same key (see the header). */
const SAME_KEY = "2.5E-10";

/**
 * 1 while the ranks the run wrote are still the ranks: as many ranked rows as the run ranked, each
 * with a written rank, its keys within SAME_KEY of the written ones and its investment as written
 * (the written places break the ties either way). 0 on anything else, an error included. One pass
 * over the table.
 */
export function rankRunCheckFormula(c: RankColumns, rows: DataRows, ranked: number): string {
  const r = (col: string) => range(col, rows);
  const isRanked = `(${r(c.latest)}=${literal(c.present)})`;
  const changed =
    `(1-ISNUMBER(${r(c.runRank)}))` +
    `+(ABS(${r(c.scoreKey)}-${r(c.runScore)})>${SAME_KEY})` +
    `+(ABS(${r(c.ratioKey)}-${r(c.runRatio)})>${SAME_KEY})` +
    `+(${r(c.investering)}<>${r(c.runInvestment)})`;
  return (
    `IFERROR((COUNTIF(${r(c.latest)},${literal(c.present)})=${ranked})*` +
    `(SUMPRODUCT(${isRanked}*(${changed}))=0),0)`
  );
}

/**
 * Rang: the written rank while rankRunCheckFormula holds; otherwise rows with a higher score key,
 * plus rows with the same score key and a higher ratio key, plus rows with both keys equal and an
 * earlier written place (Radordning), plus one. "" for a row not in the latest inputs.
 */
export function rankFormula(c: RankColumns, rows: DataRows, row: RowRef): string {
  const K = range(c.scoreKey, rows);
  const N = range(c.ratioKey, rows);
  const O = range(c.runOrder, rows);
  const k = `${c.scoreKey}${row}`;
  const n = `${c.ratioKey}${row}`;
  const o = `${c.runOrder}${row}`;
  return (
    `IF(${c.latest}${row}<>${literal(c.present)},"",IF(${c.runCheck},${c.runRank}${row},` +
    `1+SUMPRODUCT((${K}>${k})+(${K}=${k})*((${N}>${n})+(${N}=${n})*(${O}<${o})))))`
  );
}

/**
 * Ryms i budget: "Ja" when the investments of every row ranked at or above this one, summed and
 * rounded to öre, are within CentralBudget; "Nej" otherwise; "" without a budget or a rank. The sum
 * is the written one while rankRunCheckFormula holds, else SUMIFS on the rank, which is exact: a
 * rank is a whole number, and text ("") never meets "<=n".
 */
export function fitsBudgetFormula(
  c: RankColumns,
  rows: DataRows,
  row: RowRef,
  answers: { readonly yes: string; readonly no: string }
): string {
  const budget = PARAMETER_NAMES.centralBudget;
  const r = `${c.rank}${row}`;
  const live = `SUMIFS(${range(c.investering, rows)},${range(c.rank, rows)},"<="&${r})`;
  const cumulative = `ROUND(IF(${c.runCheck},${c.runCumulative}${row},${live}),2)`;
  return (
    `IF(OR(${c.latest}${row}<>${literal(c.present)},NOT(ISNUMBER(${budget}))),"",` +
    `IF(${cumulative}<=${budget},${literal(answers.yes)},${literal(answers.no)}))`
  );
}

/** Column letters on Portfölj the Översikt formulas read. */
export interface OverviewColumns {
  readonly forvaltning: string;
  readonly latest: string;
  readonly present: string;
  readonly investering: string;
  readonly nyttaPerAr: string;
  readonly nyttokalkyl: string;
  readonly riskanalys: string;
  readonly projektplan: string;
  readonly projektutvardering: string;
  readonly nyttoagare: string;
  readonly uppfoljd: string;
}

export type OverviewFigure =
  | "count"
  | "investment"
  | "yearlyBenefit"
  | "withNyttokalkyl"
  | "withRiskanalys"
  | "withProjektplan"
  | "withProjektutvardering"
  | "withBenefitOwner"
  | "followedUp";

/** Where on Översikt one overview row is: its row, the cell naming its förvaltning (none for the total) and its count cell. */
export interface OverviewCells {
  readonly row: number;
  readonly forvaltningCell: string | null;
  readonly countCell: string;
}

/**
 * One Översikt figure as a formula over Portfölj: rows in the latest inputs (of the förvaltning
 * named in `forvaltningCell`, or all), counted, summed, or as a share 0–1 of the count (0 when
 * the count is 0). Documents count when "Genomförd"; benefit owner and follow-up when not empty.
 * SUMPRODUCT's array arguments take text and empty cells as 0, so Nytta's "" adds nothing.
 */
export function overviewFormula(
  figure: OverviewFigure,
  c: OverviewColumns,
  rows: DataRows,
  sheet: string,
  at: OverviewCells,
  genomford: string
): string {
  const col = (letter: string) => range(letter, rows, sheet);
  const inScope =
    `(${col(c.latest)}=${literal(c.present)})` +
    (at.forvaltningCell === null ? "" : `*(${col(c.forvaltning)}=${at.forvaltningCell})`);
  const share = (test: string) =>
    `IF(${at.countCell}=0,0,SUMPRODUCT(${inScope}*${test})/${at.countCell})`;
  const done = (letter: string) => share(`(${col(letter)}=${literal(genomford)})`);
  switch (figure) {
    case "count":
      return `SUMPRODUCT(${inScope}*1)`;
    case "investment":
      return `SUMPRODUCT(${inScope}*1,${col(c.investering)})`;
    case "yearlyBenefit":
      return `SUMPRODUCT(${inScope}*1,${col(c.nyttaPerAr)})`;
    case "withNyttokalkyl":
      return done(c.nyttokalkyl);
    case "withRiskanalys":
      return done(c.riskanalys);
    case "withProjektplan":
      return done(c.projektplan);
    case "withProjektutvardering":
      return done(c.projektutvardering);
    case "withBenefitOwner":
      return share(`(${col(c.nyttoagare)}<>"")`);
    case "followedUp":
      return share(`(${col(c.uppfoljd)}<>"")`);
  }
}
