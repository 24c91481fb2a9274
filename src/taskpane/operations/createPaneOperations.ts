/**
 * The pane's operations: the domain over the open workbook. Each reads the workbook once (one
 * port read, a constant number of syncs whatever its size), decides in the domain, and writes
 * with at most a few renders, so the views stay thin and the sync count stays flat.
 */
import { checkWorkbook, parametersSheetOf, type CheckResult } from "../../domain/checkWorkbook";
import { markRows } from "../../domain/check/markRows";
import { consolidateWithPrevious } from "../../domain/consolidation/consolidateWithPrevious";
import type { Consolidation } from "../../domain/consolidation/Consolidation";
import type { Issue } from "../../domain/issues";
import { adaptList } from "../../domain/mapping/adaptList";
import {
  describeRememberedMapping,
  readRememberedMapping,
  rememberedEntriesOf,
  replaceSheetEntries,
} from "../../domain/mapping/rememberedMapping";
import { fieldLabel } from "../../domain/messages/labels";
import { describeParametersSheet } from "../../domain/parameters/parametersSheet";
import { readParameters } from "../../domain/parameters/readParameters";
import type { Parameters } from "../../domain/parameters/Parameters";
import { describePortfolio } from "../../domain/portfolio/describePortfolio";
import { mappingFieldOptions } from "../../domain/portfolio/mappingFields";
import { readPreviousPortfolio } from "../../domain/portfolio/readPreviousPortfolio";
import type { WorkbookData } from "../../domain/ports/WorkbookPort";
import { describeMatrixSheet, MATRIX_SHEET } from "../../domain/priorities/matrixSheet";
import { budgetUsed, rankInitiatives } from "../../domain/priorities/rankInitiatives";
import { columnNumber } from "../../domain/sheets/columnLetters";
import { findInitiativeTable } from "../../domain/sheets/findInitiativeTable";
import { findSheet } from "../../domain/sheets/findSheet";
import type { MappingTarget } from "../../domain/sheets/mapHeaders";
import { buildTemplate } from "../../domain/template/buildTemplate";
import type { SkippableFeature } from "../../adapters/officeJs/requirementSets";
import { normalizeHeader } from "../../domain/text/normalize";
import type { OpenWorkbook } from "./OpenWorkbook";
import type {
  CheckSummary,
  IssueGroup,
  MappingProposal,
  PaneOperations,
  PriorityView,
} from "./PaneOperations";

/** Empty rows the inserted template's Initiativ table starts with, as the CLI's default. */
const TEMPLATE_ROWS = 200;

export interface PaneOperationsOptions {
  /** ISO date; today by default (tests fix it). */
  readonly today?: () => string;
  /** Shown in titles of what is written; now by default. */
  readonly now?: () => string;
}

const isoToday = (): string => new Date().toISOString().slice(0, 10);
const isoNow = (): string => new Date().toISOString().slice(0, 16).replace("T", " ");

const sheetKey = (name: string): string => name.toLocaleLowerCase("sv");

/** The parameters a check of this workbook uses. */
function parametersOf(data: WorkbookData): Parameters {
  return readParameters(parametersSheetOf(data)).parameters;
}

/** Issues by row, workbook- and sheet-level ones first, in the check's order within a row. */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const groups = new Map<string, { sheet: string | null; row: number | null; issues: Issue[] }>();
  for (const issue of issues) {
    const sheet = issue.location.sheet ?? null;
    const row = issue.location.row ?? null;
    const key = `${sheet ?? ""}\u0000${row ?? ""}`;
    const group = groups.get(key) ?? { sheet, row, issues: [] };
    group.issues.push(issue);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.row !== null) - Number(b.row !== null) ||
      (a.sheet ?? "").localeCompare(b.sheet ?? "", "sv") ||
      (a.row ?? 0) - (b.row ?? 0)
  );
}

function priorityView(result: CheckResult, parameters: Parameters): PriorityView {
  const ranked = rankInitiatives(result.initiatives, parameters);
  return { parameters, ranked, budgetUsed: budgetUsed(ranked) };
}

const unique = (features: readonly SkippableFeature[]): SkippableFeature[] => [
  ...new Set(features),
];

export function createPaneOperations(
  workbook: OpenWorkbook,
  options: PaneOperationsOptions = {}
): PaneOperations {
  const today = options.today ?? isoToday;
  const now = options.now ?? isoNow;

  async function checkOpen(): Promise<{ data: WorkbookData; result: CheckResult }> {
    const data = await workbook.read();
    return { data, result: checkWorkbook(data, { today: today() }) };
  }

  return {
    async insertTemplate() {
      const data = await workbook.read();
      const template = buildTemplate(parametersOf(data), { rows: TEMPLATE_ROWS });
      // A template sheet already there may hold the förvaltning's own rows: never rewritten.
      const existing = template.sheets.filter((s) => findSheet(data, s.name)).map((s) => s.name);
      const missing = template.sheets.filter((s) => !existing.includes(s.name));
      if (missing.length === 0) return { sheets: [], existing, skipped: [] };
      // Names into a sheet that stays (Parametrar of a portfolio) are already there.
      const written = new Set(missing.map((s) => sheetKey(s.name)));
      const names = template.names.filter((n) => written.has(sheetKey(n.sheet)));
      const outcome = await workbook.update({ sheets: missing, names });
      return { sheets: missing.map((s) => s.name), existing, skipped: outcome.skipped };
    },

    async proposeMapping() {
      const data = await workbook.read();
      const sheet = findSheet(data, data.activeSheet ?? "");
      if (!sheet) return null;
      const parameters = parametersOf(data);
      const remembered = readRememberedMapping(data, parameters.criteria);
      const overrides = remembered.overridesBySheet.get(sheet.name);
      const table = findInitiativeTable(sheet, parameters.criteria, overrides ? { overrides } : {});
      if (!table) return null;
      const choices = mappingFieldOptions(parameters.criteria).flatMap((o) =>
        o.target === null
          ? []
          : [
              {
                target: o.target,
                label: o.label,
                labelEn: fieldLabel(o.target, "en", parameters.criteria),
              },
            ]
      );
      return {
        sheet: sheet.name,
        headerRow: table.headerRow,
        columns: table.columns,
        choices,
        remembered: overrides !== undefined,
      };
    },

    async adaptSheet(proposal: MappingProposal, corrections) {
      const data = await workbook.read();
      const sheet = findSheet(data, proposal.sheet);
      if (!sheet) throw new Error(`Bladet "${proposal.sheet}" finns inte längre.`);
      const parameters = parametersOf(data);
      const remembered = readRememberedMapping(data, parameters.criteria);
      const overrides = new Map<string, MappingTarget | null>(
        remembered.overridesBySheet.get(sheet.name) ?? []
      );
      for (const column of proposal.columns) {
        const corrected = corrections.get(column.column);
        const target = corrected === undefined ? column.target : corrected;
        overrides.set(normalizeHeader(column.header), target);
      }
      const table = findInitiativeTable(sheet, parameters.criteria, { overrides });
      if (!table) throw new Error(`Bladet "${sheet.name}" har ingen lista att anpassa.`);
      const { extension, added } = adaptList(sheet, table, parameters);

      // Parametrar first (the added formulas and dropdowns use its names), with the remembered
      // mapping in the same render; then the columns beside the list.
      const entries = replaceSheetEntries(
        remembered.entries,
        sheet.name,
        rememberedEntriesOf(table)
      );
      const params = parametersSheetOf(data) ? null : describeParametersSheet(parameters);
      const written = await workbook.update({
        sheets: [
          ...(params ? [params.sheet] : []),
          describeRememberedMapping(entries, parameters.criteria),
        ],
        names: params ? [...params.names] : [],
      });
      // Nothing missing: the list (and what an earlier adaptation added) stays exactly as it is.
      const extended =
        extension.blocks.length > 0 ? await workbook.extend(extension) : { skipped: [] };
      return {
        sheet: sheet.name,
        added: added.map(({ column, header }) => ({ column, header })),
        skipped: unique([...written.skipped, ...extended.skipped]),
      };
    },

    async check(): Promise<CheckSummary> {
      const { data, result } = await checkOpen();
      const skipped: SkippableFeature[] = [];
      const marks = markRows(data, result);
      for (const extension of marks) skipped.push(...(await workbook.extend(extension)).skipped);
      const errors = result.issues.filter((i) => i.severity === "error").length;
      return {
        initiatives: result.initiatives.length,
        errors,
        warnings: result.issues.length - errors,
        groups: groupIssues(result.issues),
        marked: marks.some((m) => m.blocks.length > 0),
        skipped: unique(skipped),
        criteria: result.parameters.criteria,
      };
    },

    selectCell(sheet, row, column) {
      return workbook.select(sheet, row, column === null ? 1 : columnNumber(column));
    },

    async loadPriorities() {
      const { result } = await checkOpen();
      return priorityView(result, result.parameters);
    },

    async savePriorities(edit) {
      const data = await workbook.read();
      const parameters: Parameters = {
        ...parametersOf(data),
        criteria: edit.criteria,
        centralBudget: edit.centralBudget,
      };
      const described = describeParametersSheet(parameters);
      await workbook.update({ sheets: [described.sheet], names: [...described.names] });
      // The list as just read, scored with the saved parameters: no second read needed.
      const result = checkWorkbook(data, { today: today(), parameters });
      return priorityView(result, parameters);
    },

    async insertMatrix() {
      const { result } = await checkOpen();
      const ranked = rankInitiatives(result.initiatives, result.parameters);
      const outcome = await workbook.update({
        sheets: [describeMatrixSheet(ranked, now())],
        names: [],
      });
      return { sheet: MATRIX_SHEET, skipped: outcome.skipped };
    },

    async previewConsolidation(sources) {
      const data = await workbook.read();
      const previous = readPreviousPortfolio(data);
      return consolidateWithPrevious(sources, previous, today(), parametersOf(data));
    },

    async writeConsolidation(consolidation: Consolidation) {
      const description = describePortfolio(consolidation, { generatedAt: now() });
      const outcome = await workbook.update(description);
      const carriedOver = consolidation.rows.filter(
        (r) => Object.values(r.council).some((v) => v !== null) || Object.keys(r.extra).length > 0
      ).length;
      return {
        sheets: description.sheets.map((s) => s.name),
        carriedOver,
        skipped: outcome.skipped,
      };
    },
  };
}
