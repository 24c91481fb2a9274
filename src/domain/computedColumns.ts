/** The columns Digiportfölj computes with live formulas; read back, they are recognised and not mistaken for input. */

export const COMPUTED_KEYS = [
  "nyttaPerAr",
  "nettonyttaPerAr",
  "aterbetalningstid",
  "nettonuvarde",
  "nnvKvot",
  "viktadPoang",
  "prioritet",
  "kvadrant",
  "dokumentationsgrad",
  "realiseradAndel",
] as const;

export type ComputedKey = (typeof COMPUTED_KEYS)[number];

export interface ComputedColumnDef {
  readonly key: ComputedKey;
  readonly sv: string;
  readonly en: string;
  readonly numberFormat: string;
  readonly width: number;
}

export const COMPUTED_COLUMNS: readonly ComputedColumnDef[] = [
  {
    key: "nyttaPerAr",
    sv: "Nytta per år (kr)",
    en: "Benefit per year (SEK)",
    numberFormat: "#,##0",
    width: 16,
  },
  {
    key: "nettonyttaPerAr",
    sv: "Nettonytta per år (kr)",
    en: "Net benefit per year (SEK)",
    numberFormat: "#,##0",
    width: 16,
  },
  {
    key: "aterbetalningstid",
    sv: "Återbetalningstid (år)",
    en: "Payback (years)",
    numberFormat: "0.0",
    width: 14,
  },
  {
    key: "nettonuvarde",
    sv: "Nettonuvärde (kr)",
    en: "Net present value (SEK)",
    numberFormat: "#,##0",
    width: 16,
  },
  { key: "nnvKvot", sv: "NNV/I", en: "NPV/I", numberFormat: "0.00", width: 10 },
  { key: "viktadPoang", sv: "Viktad poäng", en: "Weighted score", numberFormat: "0", width: 12 },
  { key: "prioritet", sv: "Prioritet", en: "Priority", numberFormat: "@", width: 11 },
  { key: "kvadrant", sv: "Kvadrant", en: "Quadrant", numberFormat: "@", width: 20 },
  {
    key: "dokumentationsgrad",
    sv: "Dokumentationsgrad",
    en: "Documentation",
    numberFormat: "0%",
    width: 14,
  },
  {
    key: "realiseradAndel",
    sv: "Realiserad andel av besparing",
    en: "Realised share of saving",
    numberFormat: "0%",
    width: 12,
  },
];
