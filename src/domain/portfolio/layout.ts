/**
 * Where things are in the consolidated portfolio workbook: the sheet, table and header names that
 * the writer (describePortfolio) and the reader of a previous run (readPreviousPortfolio) share.
 */

export const PORTFOLIO_SHEETS = {
  portfolio: "Portfölj",
  overview: "Översikt",
  issues: "Avvikelser",
  mapping: "Mappning",
  parameters: "Parametrar",
} as const;

export const PORTFOLIO_TABLES = {
  portfolio: "Portfolj",
  overview: "Oversikt",
  issues: "Avvikelser",
  mapping: "Mappning",
  sources: "Kallor",
} as const;

/** Header row of the Portfölj table (title and note above it). */
export const PORTFOLIO_HEADER_ROW = 4;

/** Columns of Portfölj after the standard fields, scores and computed columns, in this order. */
export const PORTFOLIO_META_HEADERS = {
  rank: "Rang",
  fitsBudget: "Ryms i budget",
  overlaps: "Möjliga överlapp",
  errors: "Fel",
  warnings: "Varningar",
  sourceFile: "Källfil",
  sourceSheet: "Källblad",
  sourceRow: "Källrad",
  latestRun: "I senaste underlaget",
} as const;

/** What "I senaste underlaget" says for a row the latest inputs no longer have. */
export const MISSING_FROM_LATEST = "Saknas i senaste underlaget";
export const PRESENT_IN_LATEST = "Ja";

/** Mappning sheet, table Mappning (A1): one row per source column. */
export const MAPPING_HEADERS = {
  file: "Källfil",
  sheet: "Blad",
  headerRow: "Rubrikrad",
  column: "Kolumn",
  header: "Rubrik i källan",
  field: "Fält",
  confidence: "Säkerhet",
  unit: "Enhet",
} as const;

/** What the Fält cell says for a column that is not used; the dropdown offers it with every field label. */
export const UNMAPPED_FIELD = "(används inte)";

/** Mappning sheet, table Kallor to the right of Mappning (first column L): one row per source file. */
export const SOURCES_HEADERS = {
  file: "Källfil",
  forvaltning: "Förvaltning",
  status: "Status",
  imported: "Rader importerade",
  skipped: "Rader överhoppade",
  error: "Fel vid läsning",
} as const;
export const SOURCES_FIRST_COLUMN = 12;

/** Avvikelser sheet, table Avvikelser (A1). */
export const ISSUE_HEADERS = {
  file: "Källfil",
  sheet: "Blad",
  row: "Rad",
  column: "Kolumn",
  field: "Fält",
  id: "Initiativ-ID",
  severity: "Allvarlighet",
  code: "Kod",
  message: "Beskrivning",
} as const;

/**
 * Helper columns at the right end of Portfölj, after the council's added columns: the rounded
 * sort keys the Rang formula compares (see portfolio/portfolioFormulas.ts). They are written by
 * every run, so a reader treats them like the computed columns, not as council columns.
 */
export const PORTFOLIO_RANK_KEY_HEADERS = {
  score: "Rangvärde poäng",
  ratio: "Rangvärde NNV/I",
} as const;
