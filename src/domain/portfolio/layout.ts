/**
 * Where things are in the consolidated portfolio workbook: the sheet, table and header names that
 * the writer (describePortfolio) and the reader of a previous run (readPreviousPortfolio) share.
 */
import type { ForvaltningSource } from "../consolidation/inferForvaltning";

export const PORTFOLIO_SHEETS = {
  portfolio: "Portfölj",
  overview: "Översikt",
  issues: "Avvikelser",
  mapping: "Mappning",
  parameters: "Parametrar",
  needs: "Behov",
} as const;

export const PORTFOLIO_TABLES = {
  portfolio: "Portfolj",
  overview: "Oversikt",
  issues: "Avvikelser",
  mapping: "Mappning",
  sources: "Kallor",
  needs: "Behov",
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
  /** The source's own ID (or the derived one): with Förvaltning, what finds the initiative next run. */
  sourceId: "Källans ID",
  latestRun: "I senaste underlaget",
} as const;

/** What "I senaste underlaget" says for a row the latest inputs no longer have. */
export const MISSING_FROM_LATEST = "Saknas i senaste underlaget";
export const PRESENT_IN_LATEST = "Ja";
/** What it says for a kept row whose council values could belong to several new initiatives. */
export const NEEDS_REVIEW = "Granska: flera initiativ matchar";

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
  /** What the run found itself: a Förvaltning that differs from it is the strategist's correction. */
  inferred: "Härledd förvaltning",
  inferredFrom: "Härledd från",
  status: "Status",
  imported: "Rader importerade",
  skipped: "Rader överhoppade",
  error: "Fel vid läsning",
} as const;
export const SOURCES_FIRST_COLUMN = 12;

/** Kallor's Härledd från: where the run found the file's förvaltning. */
export const FORVALTNING_SOURCE_TEXT: Readonly<Record<ForvaltningSource, string>> = {
  correction: "Rättad i Kallor",
  workbook: "Parametrar",
  title: "Rubrik",
  sheetName: "Bladnamn",
  previous: "Förra körningen",
  fileName: "Filnamn",
  fallback: "Filnamn (ingen träff)",
};

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

/**
 * Hidden columns after the rank keys: what the run worked out for the rank (rankAsWritten), as
 * values: the rank, the row's place as written (the last tie-break), the keys, the investment and
 * the cumulative investment. Rang and Ryms i budget show them while every ranked row's keys and
 * investment are still as written (one check over the table, not one per row); otherwise they work
 * the rank out live (portfolio/portfolioFormulas.ts). Inside the table, so they move with their
 * row when the council sorts. Written by every run; a reader treats them like the computed columns.
 */
export const PORTFOLIO_RANK_RUN_HEADERS = {
  rank: "Rang vid sammanställning",
  order: "Radordning vid sammanställning",
  score: "Rangvärde poäng vid sammanställning",
  ratio: "Rangvärde NNV/I vid sammanställning",
  investment: "Investering vid sammanställning",
  cumulative: "Kumulativ investering vid sammanställning",
} as const;

/**
 * The last column of the Portfölj table, hidden: per row, a fingerprint of the standard values the
 * run wrote (portfolio/rowFingerprint.ts), so the next run tells a value the council typed over
 * from a source that changed. Inside the table, so it moves with its row when the council sorts.
 * Written by every run; a reader treats it like the computed columns, not as a council column.
 */
export const PORTFOLIO_FINGERPRINT_HEADER = "Kontrollsumma";

/**
 * The Behov sheet's name: "Behov", unless the council already keeps a sheet of its own by that
 * name in the portfolio (Behov came with a later version), which is never written over.
 */
export const NEEDS_SHEET_ELSEWHERE = "Behov (Digiportfölj)";
export function needsSheetName(councilSheets: readonly string[] = []): string {
  const taken = (name: string) =>
    councilSheets.some((s) => s.toLocaleLowerCase("sv-SE") === name.toLocaleLowerCase("sv-SE"));
  return taken(PORTFOLIO_SHEETS.needs) ? NEEDS_SHEET_ELSEWHERE : PORTFOLIO_SHEETS.needs;
}

/** Behov sheet, table Behov (A1): one row per need the lists hold. */
export const NEEDS_HEADERS = {
  forvaltning: "Förvaltning",
  vem: "Behov – vem",
  vad: "Behov – vad",
  varfor: "Behov – varför",
  other: "Övrigt i källan",
  sourceFile: "Källfil",
  sourceSheet: "Källblad",
  sourceRow: "Källrad",
} as const;
