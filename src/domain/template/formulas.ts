/**
 * The Excel formulas the template writes in one data row (English A1 syntax, no leading "=").
 * Each mirrors a function in economics.ts or scoring.ts and must give the same numbers; the
 * rules are the same: a missing input counts as 0, a result whose inputs are all missing is "".
 *
 * Only what both Excel and LibreOffice 7.4 evaluate: plain A1 references, the defined names of
 * the Parametrar sheet, and IF/AND/OR/COUNT/N/PV/SUM/ISNUMBER. "Missing" means "not a number":
 * COUNT and ISNUMBER skip empty cells, text and the "" of another formula, and N() turns them into 0,
 * so a later formula can read an earlier one's "" safely. Comparisons are only made on values known
 * to be numbers, because Excel orders any text above any number ("" > 0 is TRUE).
 *
 * Computed cells build on each other as ekonomi reads them: Nettonytta reads the Nytta cell,
 * Återbetalningstid and Nettonuvärde read Nettonytta, NNV/I reads Nettonuvärde, Prioritet reads
 * Viktad poäng.
 */
import { DOCUMENT_STATE_WEIGHT } from "../lists";
import { PARAMETER_NAMES as P, RIKTNING_MOT, riktningName, viktName } from "../parameters/names";
import { swedishLower } from "../text/swedishLower";
import { ROW, type RowRef } from "./WorkbookDescription";

/**
 * Column letters, on the data row, of the cells the formulas read. An input column may also be a
 * scaled reference, "L*1000": a list's own "Budget (tkr)" column read in kronor (see `cell`).
 */
export interface FormulaColumns {
  readonly investering: string;
  readonly lopandeKostnad: string;
  readonly kostnadsbesparing: string;
  readonly tidsbesparing: string;
  readonly realiseradBesparing: string;
  /** The four document columns: Nyttokalkyl, Riskanalys, Projektplan, Projektutvärdering. */
  readonly documents: readonly string[];
  /** One score column per criterion, in parameters order (criterion i ↔ Vikt_i, Riktning_i). */
  readonly scores: readonly string[];
  // computed columns other formulas read
  readonly nytta: string;
  readonly nettonytta: string;
  readonly nettonuvarde: string;
  readonly viktadPoang: string;
  /** Axis columns for the matrix, when the template has them; kvadrant then reads them. */
  readonly nyttaAxel?: string;
  readonly komplexitetAxel?: string;
  /** The Namn column: Dokumentationsgrad stays empty while it is (unused template rows). */
  readonly namn?: string;
}

const EMPTY = '""';

/** "L" or "L*1000": column letters, optionally times a positive whole multiplier. */
const COLUMN_REFERENCE = /^([A-Z]{1,3})(?:\*([1-9][0-9]*))?$/;

/**
 * The cell of `col` on `row`. A scaled column "L*1000" gives `IF(ISNUMBER(L5),L5*1000,"")`: a
 * number stays a number (times the multiplier), and an empty cell or text stays "not a number",
 * so COUNT, N and ISNUMBER treat it exactly as they treat the plain reference.
 */
export function cell(col: string, row: RowRef): string {
  const match = COLUMN_REFERENCE.exec(col);
  if (!match || (row !== ROW && (!Number.isInteger(row) || row < 1))) {
    throw new Error(`invalid cell reference ${col}${row}`);
  }
  const ref = `${match[1]}${row}`;
  return match[2] === undefined ? ref : `IF(ISNUMBER(${ref}),${ref}*${match[2]},${EMPTY})`;
}

const str = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** Nytta per år = B + H·T; "" when B and H are both missing. */
export function nyttaFormula(
  c: Pick<FormulaColumns, "kostnadsbesparing" | "tidsbesparing">,
  row: RowRef
): string {
  const b = cell(c.kostnadsbesparing, row);
  const h = cell(c.tidsbesparing, row);
  return `IF(COUNT(${b},${h})=0,${EMPTY},N(${b})+N(${h})*${P.timkostnad})`;
}

/** Nettonytta per år = Nytta − L; "" when both are missing. */
export function nettonyttaFormula(
  c: Pick<FormulaColumns, "nytta" | "lopandeKostnad">,
  row: RowRef
): string {
  const n = cell(c.nytta, row);
  const l = cell(c.lopandeKostnad, row);
  return `IF(COUNT(${n},${l})=0,${EMPTY},N(${n})-N(${l}))`;
}

/** Återbetalningstid = I / Nettonytta when I is given and Nettonytta > 0; otherwise "" (never pays back). */
export function aterbetalningstidFormula(
  c: Pick<FormulaColumns, "investering" | "nettonytta">,
  row: RowRef
): string {
  const i = cell(c.investering, row);
  const nn = cell(c.nettonytta, row);
  return `IF(AND(ISNUMBER(${i}),N(${nn})>0),${i}/${nn},${EMPTY})`;
}

/**
 * Nettonuvärde = −I + Nettonytta · PV(r, N, −1); "" when both are missing.
 * PV(r, N, −1) is the annuity factor, and N when r = 0 in both Excel and LibreOffice.
 */
export function nettonuvardeFormula(
  c: Pick<FormulaColumns, "investering" | "nettonytta">,
  row: RowRef
): string {
  const i = cell(c.investering, row);
  const nn = cell(c.nettonytta, row);
  return `IF(COUNT(${i},${nn})=0,${EMPTY},-N(${i})+N(${nn})*PV(${P.kalkylranta},${P.kalkylperiod},-1))`;
}

/** NNV/I when I > 0 (then Nettonuvärde is always a number); otherwise "". */
export function nnvKvotFormula(
  c: Pick<FormulaColumns, "investering" | "nettonuvarde">,
  row: RowRef
): string {
  const i = cell(c.investering, row);
  const npv = cell(c.nettonuvarde, row);
  return `IF(N(${i})>0,${npv}/${i},${EMPTY})`;
}

/** The i-th criterion's points 0–4: s−1 counting for, 5−s counting against (Riktning_i = "Mot"). */
const points = (i: number, s: string): string =>
  `IF(${riktningName(i)}=${str(RIKTNING_MOT)},5-${s},${s}-1)`;

/**
 * Viktad poäng 0–100 = 100 · Σ Vikt_i·points_i / (4 · Σ Vikt_i); "" when a score is missing or
 * all weights are 0. Same order of operations as scoring.weightedScore.
 */
export function viktadPoangFormula(c: Pick<FormulaColumns, "scores">, row: RowRef): string {
  if (c.scores.length === 0) return EMPTY;
  const s = c.scores.map((col) => cell(col, row));
  const weights = `SUM(${s.map((_, k) => viktName(k + 1)).join(",")})`;
  const weighted = s.map((ref, k) => `${viktName(k + 1)}*${points(k + 1, ref)}`).join("+");
  return `IF(OR(COUNT(${s.join(",")})<${s.length},${weights}=0),${EMPTY},100*(${weighted})/(4*${weights}))`;
}

/** Prioritet from Viktad poäng: "Hög" at or above PrioritetHog, "Medel" at or above PrioritetMedel, else "Låg". */
export function prioritetFormula(c: Pick<FormulaColumns, "viktadPoang">, row: RowRef): string {
  const w = cell(c.viktadPoang, row);
  return `IF(ISNUMBER(${w}),IF(${w}>=${P.prioritetHog},"Hög",IF(${w}>=${P.prioritetMedel},"Medel","Låg")),${EMPTY})`;
}

/** The parts of one axis' mean: how many criteria are on the side, how many of them are scored, their sum. */
function axisParts(scores: readonly string[], row: RowRef, side: "for" | "against") {
  const onSide = (i: number) =>
    `(${riktningName(i)}${side === "against" ? "=" : "<>"}${str(RIKTNING_MOT)})`;
  const s = scores.map((col) => cell(col, row));
  return {
    count: s.map((_, k) => onSide(k + 1)).join("+"),
    scored: s.map((ref, k) => `${onSide(k + 1)}*ISNUMBER(${ref})`).join("+"),
    sum: s.map((ref, k) => `${onSide(k + 1)}*N(${ref})`).join("+"),
  };
}

function axisFormula(
  c: Pick<FormulaColumns, "scores">,
  row: RowRef,
  side: "for" | "against"
): string {
  if (c.scores.length === 0) return EMPTY;
  const a = axisParts(c.scores, row, side);
  return `IF(OR(${a.count}=0,${a.scored}<${a.count}),${EMPTY},(${a.sum})/(${a.count}))`;
}

/** Nytta axis 1–5: mean of the scores on criteria counting for; "" when none or one is missing. */
export const nyttaAxelFormula = (c: Pick<FormulaColumns, "scores">, row: RowRef): string =>
  axisFormula(c, row, "for");
/** Komplexitet axis 1–5: mean of the scores on criteria counting against (Riktning "Mot"). */
export const komplexitetAxelFormula = (c: Pick<FormulaColumns, "scores">, row: RowRef): string =>
  axisFormula(c, row, "against");

const quadrantChoice = (nytta: string, komplexitet: string): string => {
  const g = P.kvadrantgrans;
  return `IF(${nytta}>=${g},IF(${komplexitet}>=${g},"Strategisk satsning","Snabb vinst"),IF(${komplexitet}>=${g},"Ompröva","Komplettering"))`;
};

/**
 * Kvadrant: "Snabb vinst", "Strategisk satsning", "Komplettering" or "Ompröva"; "" when an axis is.
 * Reads the axis columns when given, otherwise computes both means in place.
 */
export function kvadrantFormula(
  c: Pick<FormulaColumns, "scores" | "nyttaAxel" | "komplexitetAxel">,
  row: RowRef
): string {
  if (c.nyttaAxel !== undefined && c.komplexitetAxel !== undefined) {
    const n = cell(c.nyttaAxel, row);
    const k = cell(c.komplexitetAxel, row);
    return `IF(COUNT(${n},${k})<2,${EMPTY},${quadrantChoice(n, k)})`;
  }
  if (c.scores.length === 0) return EMPTY;
  const n = axisParts(c.scores, row, "for");
  const k = axisParts(c.scores, row, "against");
  const missing = `OR(${n.count}=0,${n.scored}<${n.count},${k.count}=0,${k.scored}<${k.count})`;
  return `IF(${missing},${EMPTY},${quadrantChoice(`(${n.sum})/(${n.count})`, `(${k.sum})/(${k.count})`)})`;
}

/**
 * Dokumentationsgrad 0–1: the mean of the document states, Genomförd 1, Delvis 0.5, anything else 0.
 * With a Namn column it stays "" while Namn is empty, so unused template rows look empty.
 */
export function dokumentationsgradFormula(
  c: Pick<FormulaColumns, "documents" | "namn">,
  row: RowRef
): string {
  if (c.documents.length === 0) return EMPTY;
  const terms = c.documents.map((col) => {
    const d = cell(col, row);
    return `IF(${d}=${str("Genomförd")},${DOCUMENT_STATE_WEIGHT.Genomförd},IF(${d}=${str("Delvis")},${DOCUMENT_STATE_WEIGHT.Delvis},0))`;
  });
  const grade = `(${terms.join("+")})/${c.documents.length}`;
  return c.namn === undefined ? grade : `IF(${cell(c.namn, row)}="",${EMPTY},${grade})`;
}

/**
 * Realiserad andel = realised saving / planned Kostnadsbesparing (like with like: kronor saved, not
 * hours valued) when both are numbers and the plan > 0; otherwise "".
 */
export function realiseradAndelFormula(
  c: Pick<FormulaColumns, "realiseradBesparing" | "kostnadsbesparing">,
  row: RowRef
): string {
  const r = cell(c.realiseradBesparing, row);
  const n = cell(c.kostnadsbesparing, row);
  return `IF(AND(ISNUMBER(${r}),N(${n})>0),${r}/${n},${EMPTY})`;
}

/**
 * The TypeScript twin of dokumentationsgradFormula: Genomförd 1, Delvis 0.5, anything else
 * (Saknas, empty, unknown) 0, averaged; compared case-insensitively like Excel's "=". Null for no documents.
 */
export function documentationGrade(states: readonly (string | null | undefined)[]): number | null {
  if (states.length === 0) return null;
  let sum = 0;
  for (const state of states) {
    const s = swedishLower(state ?? "");
    sum +=
      s === "genomförd"
        ? DOCUMENT_STATE_WEIGHT.Genomförd
        : s === "delvis"
          ? DOCUMENT_STATE_WEIGHT.Delvis
          : 0;
  }
  return sum / states.length;
}
