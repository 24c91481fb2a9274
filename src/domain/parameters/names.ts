/**
 * The defined names the Parametrar sheet creates and the template's formulas read. Kept apart
 * from both so neither imports the other; ASCII only, so every Excel and LibreOffice accepts them.
 */
import type { ListName } from "../lists";

export const PARAMETER_NAMES = {
  kalkylranta: "Kalkylranta",
  kalkylperiod: "Kalkylperiod",
  timkostnad: "Timkostnad",
  centralBudget: "CentralBudget",
  prioritetHog: "PrioritetHog",
  prioritetMedel: "PrioritetMedel",
  kvadrantgrans: "Kvadrantgrans",
} as const;

/** Weight of the i-th criterion (1-based, in parameters order). */
export const viktName = (i: number): string => `Vikt_${i}`;
/** Direction of the i-th criterion: the cell holds RIKTNING_FOR or RIKTNING_MOT. */
export const riktningName = (i: number): string => `Riktning_${i}`;

/** What a Riktning cell holds; formulas test only for "Mot", so anything else counts for. */
export const RIKTNING_FOR = "För";
export const RIKTNING_MOT = "Mot";

/** Range name of each list's values, for dropdown validations ("=Lista_Status"). */
export const LIST_RANGE_NAMES: Readonly<Record<ListName, string>> = {
  status: "Lista_Status",
  forvaltning: "Lista_Forvaltning",
  strategiskInriktning: "Lista_Strategi",
  dokumentation: "Lista_Dokumentation",
  effektmalUppnatt: "Lista_Effekt",
  finansiering: "Lista_Finansiering",
};
