/**
 * Many förvaltning workbooks in, one portfolio out. Each file is mapped on its own (its own
 * headers, units and words); every row with content becomes a portfolio row or a skipped row with
 * its reason; every row keeps its source; IDs are the source's own or derived from förvaltning
 * and name; duplicates and possible overlaps are flagged across all files.
 */
import { assessInitiative } from "../assessInitiative";
import { checkWorkbook, compareIssues } from "../checkWorkbook";
import { textOf, type Initiative } from "../initiative";
import type { Issue } from "../issues";
import type { Parameters } from "../parameters/Parameters";
import { RULES, runRules, type RuleName } from "../rules";
import type { MappingTarget } from "../sheets/mapHeaders";
import type {
  Consolidation,
  CouncilColumns,
  FileReport,
  PortfolioRow,
  SheetMapping,
  SourceInput,
} from "./Consolidation";
import { deriveId } from "./deriveId";
import { findOverlaps } from "./findOverlaps";
import { countIssuesByRow } from "./issueCounts";
import { inferForvaltning } from "./inferForvaltning";
import { overview } from "./overview";
import { pushAll } from "../pushAll";

export interface Corrections {
  /** By source file name, then sheet: normalised header → field (null: do not use). */
  readonly mapping: ReadonlyMap<
    string,
    ReadonlyMap<string, ReadonlyMap<string, MappingTarget | null>>
  >;
  /** By source file name: the förvaltning the strategist set. */
  readonly forvaltning: ReadonlyMap<string, string>;
}

export interface ConsolidateOptions {
  readonly today: string;
  /** The council's parameters (the portfolio's Parametrar sheet, or the defaults). */
  readonly parameters: Parameters;
  readonly corrections?: Corrections;
}

const NO_COUNCIL: CouncilColumns = {
  radetsBeslut: null,
  finansiering: null,
  radetsKommentar: null,
};

/** Per-file rules; duplicates are checked once over every file, on the final IDs. */
const PER_FILE_RULES = (Object.keys(RULES) as RuleName[]).filter((r) => r !== "duplicateIds");

/** The key corrections are remembered by: the file's name, so moving the folder keeps them. */
export const sourceKey = (file: string): string => file.replace(/^.*[\\/]/, "");

/** Portfolio order: by förvaltning, then source file, sheet and row. */
export function comparePortfolioRows(a: PortfolioRow, b: PortfolioRow): number {
  return (
    a.forvaltning.localeCompare(b.forvaltning, "sv") ||
    (a.initiative?.source.file ?? "").localeCompare(b.initiative?.source.file ?? "", "sv") ||
    (a.initiative?.source.sheet ?? "").localeCompare(b.initiative?.source.sheet ?? "", "sv") ||
    (a.initiative?.source.row ?? 0) - (b.initiative?.source.row ?? 0)
  );
}

export function consolidate(
  inputs: readonly SourceInput[],
  options: ConsolidateOptions
): Consolidation {
  const { parameters } = options;
  const files: FileReport[] = [];
  const mappings: SheetMapping[] = [];
  const issues: Issue[] = [];
  const found: { initiative: Initiative; forvaltning: string; id: string; idDerived: boolean }[] =
    [];

  for (const input of [...inputs].sort((a, b) => a.file.localeCompare(b.file, "sv"))) {
    if ("error" in input) {
      files.push({
        path: input.file,
        status: "failed",
        error: input.error,
        errorEn: input.errorEn,
        rowsImported: 0,
        rowsSkipped: [],
      });
      continue;
    }
    const key = sourceKey(input.file);
    const overridesBySheet = options.corrections?.mapping.get(key);
    const corrected = options.corrections?.forvaltning.get(key);
    const result = checkWorkbook(
      { ...input.workbook, name: input.file },
      {
        today: options.today,
        parameters,
        rules: PER_FILE_RULES,
        ...(overridesBySheet ? { overridesBySheet } : {}),
        ...(corrected ? { forvaltning: corrected } : {}),
      }
    );
    const inferred = inferForvaltning(
      input.file,
      corrected,
      result.parameters.forvaltning,
      parameters.lists.forvaltning
    );
    pushAll(
      issues,
      result.issues.filter(
        (i) => !(i.code === "column_missing" && i.location.field === "forvaltning")
      )
    );
    for (const table of result.tables) {
      mappings.push({
        file: input.file,
        sheet: table.sheet.name,
        headerRow: table.headerRow,
        columns: table.columns,
      });
    }
    for (const initiative of result.initiatives) {
      const forvaltning = textOf(initiative, "forvaltning") ?? inferred.name;
      const ownId = textOf(initiative, "id");
      const name =
        textOf(initiative, "name") ??
        `${key} ${initiative.source.sheet} rad ${initiative.source.row}`;
      found.push({
        initiative,
        forvaltning,
        id: ownId ?? deriveId(forvaltning, name),
        idDerived: ownId === null,
      });
    }
    files.push({
      path: input.file,
      status: "ok",
      forvaltning: inferred.name,
      rowsImported: result.initiatives.length,
      rowsSkipped: result.skipped.map(({ sheet, row, reason, text }) => ({
        sheet,
        row,
        reason,
        text,
      })),
    });
  }

  // Duplicates across all files, on the IDs the portfolio will use (derived ones included).
  const withIds = found.map((f) => ({
    ...f.initiative,
    values: { ...f.initiative.values, id: f.id },
  }));
  pushAll(issues, runRules(withIds, { parameters, today: options.today }, ["duplicateIds"]));

  const countOf = countIssuesByRow(issues);

  const overlaps = findOverlaps(
    found.map((f) => ({ id: f.id, forvaltning: f.forvaltning, name: textOf(f.initiative, "name") }))
  );
  const rows: PortfolioRow[] = found
    .map((f): PortfolioRow => {
      const count = countOf(f.initiative.source);
      return {
        id: f.id,
        idDerived: f.idDerived,
        forvaltning: f.forvaltning,
        initiative: {
          ...f.initiative,
          values: { ...f.initiative.values, forvaltning: f.forvaltning },
        },
        assessment: assessInitiative(f.initiative, parameters),
        errors: count.errors,
        warnings: count.warnings,
        overlaps: overlaps.get(f.id) ?? [],
        council: NO_COUNCIL,
        extra: {},
        missingFromLatest: false,
      };
    })
    .sort(comparePortfolioRows);

  return {
    parameters,
    rows,
    files,
    issues: issues.sort(compareIssues),
    mappings,
    overview: overview(rows),
  };
}
