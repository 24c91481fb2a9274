/**
 * The council's own settings. They live on the workbook's Parametrar sheet; these are the
 * defaults when a workbook has none (DOMAIN.md: Inera's 3 %, 6 years, 450 kr per hour).
 */
import { DEFAULT_LISTS, type ListName } from "../lists";

/** "for": a higher score is better (nytta). "against": a higher score is worse (komplexitet, risk). */
export type Direction = "for" | "against";

export interface Criterion {
  /** Stable ASCII key, used in field keys ("score:<key>") and named cells. */
  readonly key: string;
  readonly label: string;
  readonly weight: number;
  readonly direction: Direction;
}

export interface Parameters {
  /** Discount rate as a fraction: 0.03 is 3 %. */
  readonly kalkylranta: number;
  /** Calculation period in whole years. */
  readonly kalkylperiod: number;
  /** Value of one saved hour, kr. */
  readonly timkostnad: number;
  /** The council's central budget for the budget scenario, kr; null when not set. */
  readonly centralBudget: number | null;
  /** Weighted score at or above which an initiative is "Hög" priority, and "Medel". */
  readonly prioritetHog: number;
  readonly prioritetMedel: number;
  /** Axis value (1–5) at or above which nytta or komplexitet counts as high in the matrix. */
  readonly kvadrantgrans: number;
  readonly criteria: readonly Criterion[];
  readonly lists: Readonly<Record<ListName, readonly string[]>>;
  /** The förvaltning a template was made for; fills an empty Förvaltning cell. */
  readonly forvaltning: string | null;
}

export const DEFAULT_CRITERIA: readonly Criterion[] = [
  { key: "nytta", label: "Nytta", weight: 35, direction: "for" },
  { key: "strategi", label: "Strategisk betydelse", weight: 25, direction: "for" },
  { key: "komplexitet", label: "Komplexitet", weight: 20, direction: "against" },
  { key: "risk", label: "Risk", weight: 20, direction: "against" },
];

/** Täby's preparatory group assesses suitability on five grounds (KPMG 2021); higher is better on each. */
export const TABY_CRITERIA: readonly Criterion[] = [
  { key: "teknik", label: "Teknik", weight: 20, direction: "for" },
  { key: "sakerhet", label: "Säkerhet och integritet", weight: 20, direction: "for" },
  { key: "ekonomi", label: "Ekonomi", weight: 20, direction: "for" },
  { key: "anvandarbehov", label: "Användarbehov", weight: 20, direction: "for" },
  { key: "innovation", label: "Innovationsfaktor", weight: 20, direction: "for" },
];

export const CRITERIA_PRESETS = { standard: DEFAULT_CRITERIA, taby: TABY_CRITERIA } as const;

/**
 * Other header words for the preset criteria, by key, in Swedish and English, so an English list's
 * "Benefit (1–5)" or a short "Strat." is read as the council's criterion.
 */
export const CRITERION_WORDS: Readonly<Record<string, readonly string[]>> = {
  nytta: ["nyttovärde", "benefit", "value", "business value"],
  strategi: ["strategisk", "strategi", "strategic fit", "strategic importance", "strategic value"],
  komplexitet: ["svårighetsgrad", "complexity"],
  risk: ["risknivå", "risk level"],
  teknik: ["teknisk mognad", "technology", "technical"],
  sakerhet: ["säkerhet", "informationssäkerhet", "security", "security and privacy"],
  ekonomi: ["economy", "finance", "financial"],
  anvandarbehov: ["user needs", "user need"],
  innovation: ["innovation", "innovativ"],
};
export type CriteriaPreset = keyof typeof CRITERIA_PRESETS;

export const DEFAULT_PARAMETERS: Parameters = {
  kalkylranta: 0.03,
  kalkylperiod: 6,
  timkostnad: 450,
  centralBudget: null,
  prioritetHog: 70,
  prioritetMedel: 40,
  kvadrantgrans: 3,
  criteria: DEFAULT_CRITERIA,
  lists: DEFAULT_LISTS,
  forvaltning: null,
};

/** The field key under which an initiative's score on a criterion is kept. */
export const scoreField = (criterion: Pick<Criterion, "key">): string => `score:${criterion.key}`;
