/**
 * The whole check of one workbook: its parameters, where its initiatives are, every value read
 * and every rule run. Pure: the workbook arrives as data through the port.
 */
import type { Initiative } from "./initiative";
import type { Need } from "./need";
import type { Issue } from "./issues";
import { readRememberedMapping, withRememberedMapping } from "./mapping/rememberedMapping";
import { PARAMETERS_SHEET } from "./parameters/parametersSheet";
import { readParameters } from "./parameters/readParameters";
import type { Parameters } from "./parameters/Parameters";
import type { SheetGrid, WorkbookData } from "./ports/WorkbookPort";
import { runRules, type RuleName } from "./rules";
import { findInitiativeTables, type InitiativeTable } from "./sheets/findInitiativeTable";
import type { MapHeadersOptions, MappingTarget } from "./sheets/mapHeaders";
import { readInitiatives, type SkippedRow } from "./sheets/readInitiatives";
import { sourceNotices } from "./check/sourceNotices";
import { columnNumber } from "./sheets/columnLetters";
import { normalizeHeader } from "./text/normalize";
import { pushAll } from "./pushAll";

export interface CheckOptions extends MapHeadersOptions {
  /** ISO date, e.g. "2026-11-22". */
  readonly today: string;
  /** The council's parameters, in place of the workbook's own (consolidation scores every list alike). */
  readonly parameters?: Parameters;
  /**
   * Header corrections per sheet name, over `overrides` and over the mapping the workbook
   * remembers on its Kolumnmappning sheet (read always, header by header under these).
   */
  readonly overridesBySheet?: ReadonlyMap<string, ReadonlyMap<string, MappingTarget | null>>;
  /** Which rules run (consolidation checks duplicates across all files itself). */
  readonly rules?: readonly RuleName[];
  /** The list's förvaltning when the workbook does not name it (fills empty Förvaltning cells). */
  readonly forvaltning?: string;
}

export interface CheckResult {
  readonly file: string;
  readonly parameters: Parameters;
  readonly tables: readonly InitiativeTable[];
  readonly initiatives: readonly Initiative[];
  /** Rows of needs lists (vem / vad / varför), kept apart from the initiatives. */
  readonly needs: readonly Need[];
  readonly skipped: readonly SkippedRow[];
  /** Sorted by sheet, row and column. */
  readonly issues: readonly Issue[];
}

/** localeCompare, skipped for equal texts: a list's issues mostly share file, sheet and code. */
const compareText = (a: string, b: string): number => (a === b ? 0 : a.localeCompare(b));

export function compareIssues(a: Issue, b: Issue): number {
  const x = a.location;
  const y = b.location;
  return (
    compareText(x.file ?? "", y.file ?? "") ||
    compareText(x.sheet ?? "", y.sheet ?? "") ||
    (x.row ?? 0) - (y.row ?? 0) ||
    (x.column === y.column ? 0 : columnNumber(x.column ?? "") - columnNumber(y.column ?? "")) ||
    compareText(a.code, b.code)
  );
}

/** The Parametrar sheet a check reads its parameters from (spacing and case aside). */
export function parametersSheetOf(workbook: WorkbookData): SheetGrid | undefined {
  return workbook.sheets.find((s) => normalizeHeader(s.name) === normalizeHeader(PARAMETERS_SHEET));
}

export function checkWorkbook(workbook: WorkbookData, options: CheckOptions): CheckResult {
  const file = workbook.name;
  const read = readParameters(parametersSheetOf(workbook));
  const parameters = options.forvaltning
    ? { ...read.parameters, forvaltning: options.forvaltning }
    : read.parameters;
  const issues: Issue[] = read.issues.map((i) => ({ ...i, location: { ...i.location, file } }));

  // A mapping the förvaltning confirmed earlier (sheet Kolumnmappning), under the caller's own.
  const remembered = readRememberedMapping(workbook, parameters.criteria);
  issues.push(...remembered.issues);
  const tables = findInitiativeTables(
    workbook,
    parameters.criteria,
    options,
    withRememberedMapping(remembered.overridesBySheet, options.overrides, options.overridesBySheet)
  );
  if (tables.length === 0)
    issues.push({ code: "no_initiative_table", severity: "error", location: { file } });
  issues.push(...sourceNotices(workbook, tables, file));

  const initiatives: Initiative[] = [];
  const needs: Need[] = [];
  const skipped: SkippedRow[] = [];
  for (const table of tables) {
    const result = readInitiatives(table, file, parameters, workbook.date1904);
    pushAll(initiatives, result.initiatives);
    pushAll(needs, result.needs);
    pushAll(skipped, result.skipped);
    pushAll(issues, result.issues);
  }
  pushAll(issues, runRules(initiatives, { parameters, today: options.today }, options.rules));
  return {
    file,
    parameters,
    tables,
    initiatives,
    needs,
    skipped,
    issues: issues.sort(compareIssues),
  };
}
