/**
 * Many förvaltning workbooks in, one portfolio out. Each file is mapped on its own (its own
 * headers, units and words); every row with content becomes a portfolio row or a skipped row with
 * its reason; every row keeps its source; IDs are the source's own or derived from förvaltning
 * and name, made unique across förvaltningar (assignIds.ts); the council's columns of a previous
 * portfolio follow förvaltning + source ID (portfolio/mergePrevious.ts); duplicates within a
 * förvaltning, IDs shared between förvaltningar and possible overlaps are flagged across all files.
 * Rows keep their place from run to run (portfolioOrder): a formula the council wrote against a
 * row of Portfölj goes on pointing at the same initiative; a value the council typed over in a
 * standard column is reported when the source's value replaces it (portfolio/councilEdits.ts).
 */
import { assessInitiative } from "../assessInitiative";
import { checkWorkbook, compareIssues } from "../checkWorkbook";
import { textOf, type Initiative } from "../initiative";
import type { Issue } from "../issues";
import { councilEdits } from "../portfolio/councilEdits";
import { PORTFOLIO_HEADER_ROW } from "../portfolio/layout";
import { mergePrevious, type Merged } from "../portfolio/mergePrevious";
import type { PreviousPortfolio } from "../portfolio/readPreviousPortfolio";
import { issueAt } from "../rules/Rule";
import type { Parameters } from "../parameters/Parameters";
import { RULES, runRules, type RuleName } from "../rules";
import type { MappingTarget } from "../sheets/mapHeaders";
import { assignIds } from "./assignIds";
import type {
  Consolidation,
  FileReport,
  PortfolioNeed,
  PortfolioRow,
  SheetMapping,
  SourceInput,
} from "./Consolidation";
import { deriveId } from "./deriveId";
import { findOverlaps } from "./findOverlaps";
import { forvaltningKey } from "./councilKey";
import {
  correctedForvaltning,
  previousInferred,
  workbookForvaltning,
} from "./forvaltningCorrection";
import { countIssuesByRow } from "./issueCounts";
import {
  forvaltningOfNamnd,
  forvaltningOfTable,
  inferForvaltning,
  isFileNameGuess,
  namedForvaltning,
  type InferredForvaltning,
} from "./inferForvaltning";
import { overview } from "./overview";
import { pushAll } from "../pushAll";

export interface Corrections {
  /** By source file name, then sheet: normalised header → field (null: do not use). */
  readonly mapping: ReadonlyMap<
    string,
    ReadonlyMap<string, ReadonlyMap<string, MappingTarget | null>>
  >;
  /** By source file name: the förvaltning Kallor shows (a correction when it differs from the inferred one). */
  readonly forvaltning: ReadonlyMap<string, string>;
  /**
   * By source file name: what the run that wrote Kallor inferred itself and from where (its
   * Härledd columns). Absent for a portfolio older than those columns.
   */
  readonly inferredForvaltning?: ReadonlyMap<string, InferredForvaltning>;
}

export interface ConsolidateOptions {
  readonly today: string;
  /** The council's parameters (the portfolio's Parametrar sheet, or the defaults). */
  readonly parameters: Parameters;
  readonly corrections?: Corrections;
  /** The previous run's portfolio: its council columns, IDs and kept rows are carried over. */
  readonly previous?: PreviousPortfolio | null;
}

/** Per-file rules; duplicates are checked once over every file, within each förvaltning. */
const PER_FILE_RULES = (Object.keys(RULES) as RuleName[]).filter((r) => r !== "duplicateIds");

/** The key corrections are remembered by: the file's name, so moving the folder keeps them. */
export const sourceKey = (file: string): string => file.replace(/^.*[\\/]/, "");

/** Portfolio order of a first run: by förvaltning, then source file, sheet and row. */
export function comparePortfolioRows(a: PortfolioRow, b: PortfolioRow): number {
  return (
    a.forvaltning.localeCompare(b.forvaltning, "sv") ||
    (a.initiative?.source.file ?? "").localeCompare(b.initiative?.source.file ?? "", "sv") ||
    (a.initiative?.source.sheet ?? "").localeCompare(b.initiative?.source.sheet ?? "", "sv") ||
    (a.initiative?.source.row ?? 0) - (b.initiative?.source.row ?? 0)
  );
}

/**
 * The order of Portfölj's rows: every row of the previous portfolio where it stood, in the order
 * the previous file has them (the council may have sorted them by hand): a matched one as the new
 * row, one gone from the inputs kept as it was. A previous row dropped as ambiguous (it held
 * nothing of the council's) gives its place to the first of its candidates that has none yet.
 * Rows close up where the previous table had a blank row, a row without an ID, or a row deleted
 * by the council (Excel moved the council's references up with them already). The new
 * initiatives follow, in `present`'s order (by förvaltning, file, sheet, row).
 */
function portfolioOrder(present: readonly PortfolioRow[], merged: Merged): PortfolioRow[] {
  const rows: PortfolioRow[] = [];
  const placed = new Set<number>();
  for (const slot of merged.slots) {
    if (slot.kind === "kept") rows.push(slot.row);
    else if (slot.kind === "matched") {
      rows.push(present[slot.index]!);
      placed.add(slot.index);
    } else {
      const stand = slot.candidates.find((i) => !placed.has(i) && !merged.matched.has(i));
      if (stand !== undefined) {
        rows.push(present[stand]!);
        placed.add(stand);
      }
    }
  }
  present.forEach((row, i) => {
    if (!placed.has(i)) rows.push(row);
  });
  return rows;
}

export function consolidate(
  inputs: readonly SourceInput[],
  options: ConsolidateOptions
): Consolidation {
  const { parameters } = options;
  const files: FileReport[] = [];
  const mappings: SheetMapping[] = [];
  const needs: PortfolioNeed[] = [];
  const issues: Issue[] = [];
  /** id: the source's own ID, or the derived one (Källans ID); the portfolio's ID comes later. */
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
    const corrected = correctedForvaltning(
      options.corrections,
      key,
      input.file,
      input.workbook,
      parameters.lists.forvaltning
    );
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
    // What the file itself (or the previous run, or its name) says, correction aside: Kallor
    // records it, so that next run a Förvaltning that differs from it is known as a correction.
    const automatic = inferForvaltning(
      {
        fileName: input.file,
        workbookOwn: corrected
          ? workbookForvaltning(input.workbook)
          : result.parameters.forvaltning,
        tables: result.tables.map((t) => ({ titles: t.titles, sheet: t.sheet.name })),
        previous: previousInferred(options.corrections, key),
      },
      parameters.lists.forvaltning
    );
    const inferred: InferredForvaltning = corrected
      ? { name: corrected, source: "correction" }
      : automatic;
    let takingFileForvaltning = 0;
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
        headerTop: table.headerTop,
        headerRow: table.headerRow,
        columns: table.columns,
      });
    }
    for (const need of result.needs)
      needs.push({ need, forvaltning: need.forvaltning ?? inferred.name });
    // A list that names its own förvaltning (a workbook with one förvaltning per sheet).
    const tableForvaltning = result.tables.map((t) => ({
      sheet: t.sheet.name,
      from: t.headerRow,
      to: t.lastRow,
      name: forvaltningOfTable(
        { titles: t.titles, sheet: t.sheet.name },
        parameters.lists.forvaltning
      ),
    }));
    const ofTable = (source: { sheet: string; row: number }) =>
      tableForvaltning.find(
        (t) => t.sheet === source.sheet && source.row > t.from && source.row <= t.to
      )?.name ?? null;
    // What the file says of its förvaltning (its content, or its name), before a row's nämnd is
    // asked: a list one förvaltning keeps may name the nämnder it serves.
    const fromFile = inferred.source === "fallback" ? null : inferred.name;
    for (const initiative of result.initiatives) {
      // The row's own (or the Kallor correction's), else its list's title or sheet, else what the
      // file says, else its nämnd's förvaltning ("per nämnd" compilations), else the file's stem.
      const namnd = textOf(initiative, "namnd");
      const written = textOf(initiative, "forvaltning");
      // "BUF", "Kommun/Socialförvaltningen/Ekonomiskt bistånd", "Miljönämnden": the förvaltning meant.
      const own =
        (written === null || written === corrected
          ? written
          : (namedForvaltning(written, parameters.lists.forvaltning) ??
            forvaltningOfNamnd(written, parameters.lists.forvaltning) ??
            written)) ?? ofTable(initiative.source);
      const ofNamnd =
        own ??
        fromFile ??
        (namnd === null ? null : forvaltningOfNamnd(namnd, parameters.lists.forvaltning));
      // Rows that take the file's förvaltning make a guess from its name worth a flag.
      if (own === null && ofNamnd === fromFile) takingFileForvaltning++;
      const forvaltning = ofNamnd ?? inferred.name;
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
    // Only a guess from the file's name: once per file, so the strategist sets it in Kallor.
    if (takingFileForvaltning > 0 && isFileNameGuess(inferred.source))
      issues.push({
        code: "forvaltning_from_file_name",
        severity: "warning",
        location: { file: input.file },
        details: { forvaltning: inferred.name },
      });
    files.push({
      path: input.file,
      status: "ok",
      forvaltning: inferred.name,
      forvaltningSource: inferred.source,
      inferredForvaltning: automatic,
      rowsImported: result.initiatives.length,
      rowsSkipped: result.skipped.map(({ sheet, row, reason, text }) => ({
        sheet,
        row,
        reason,
        text,
      })),
    });
  }

  // Portfolio order: IDs are given out in it, so the same inputs give the same IDs.
  found.sort(
    (a, b) =>
      a.forvaltning.localeCompare(b.forvaltning, "sv") ||
      a.initiative.source.file.localeCompare(b.initiative.source.file, "sv") ||
      a.initiative.source.sheet.localeCompare(b.initiative.source.sheet, "sv") ||
      a.initiative.source.row - b.initiative.source.row
  );

  // Duplicates within each förvaltning, on the IDs its lists use (derived ones included). The
  // same ID in two förvaltningar is no duplicate: the two are told apart, and the ID reported as shared.
  const byForvaltning = new Map<string, Initiative[]>();
  for (const f of found) {
    const group = byForvaltning.get(forvaltningKey(f.forvaltning)) ?? [];
    group.push({ ...f.initiative, values: { ...f.initiative.values, id: f.id } });
    byForvaltning.set(forvaltningKey(f.forvaltning), group);
  }
  for (const group of byForvaltning.values())
    pushAll(issues, runRules(group, { parameters, today: options.today }, ["duplicateIds"]));

  const newRows = found.map((f) => ({
    forvaltning: f.forvaltning,
    sourceId: f.id,
    idDerived: f.idDerived,
    initiative: f.initiative,
  }));
  const merged = mergePrevious(newRows, options.previous ?? null);
  pushAll(issues, merged.issues);
  const assigned = assignIds(
    newRows.map((r, i) => ({ ...r, previousId: merged.carried[i]!.previousId })),
    merged.kept.map((k) => ({ id: k.id, forvaltning: k.forvaltning, sourceId: k.sourceId ?? k.id }))
  );
  found.forEach((f, i) => {
    const others = assigned.sharedWith[i]!;
    if (others.length > 0)
      issues.push(
        issueAt(f.initiative, "id", "id_shared_between_forvaltningar", "warning", {
          id: f.id,
          others: others.join(", "),
          portfolioId: assigned.ids[i]!,
        })
      );
  });

  const countOf = countIssuesByRow(issues);
  const overlaps = findOverlaps(
    found.map((f, i) => ({
      id: assigned.ids[i]!,
      forvaltning: f.forvaltning,
      name: textOf(f.initiative, "name"),
    }))
  );
  const present = found.map((f, i): PortfolioRow => {
    const count = countOf(f.initiative.source);
    const id = assigned.ids[i]!;
    const carried = merged.carried[i]!;
    return {
      id,
      idDerived: f.idDerived,
      forvaltning: f.forvaltning,
      sourceId: f.id,
      initiative: {
        ...f.initiative,
        values: { ...f.initiative.values, forvaltning: f.forvaltning },
      },
      assessment: assessInitiative(f.initiative, parameters),
      errors: count.errors,
      warnings: count.warnings,
      overlaps: overlaps.get(id) ?? [],
      council: carried.council,
      extra: carried.extra,
      missingFromLatest: false,
    };
  });
  const rows = portfolioOrder(present, merged);
  if (merged.matched.size > 0) {
    const sheetRow = new Map(rows.map((row, i) => [row, PORTFOLIO_HEADER_ROW + 1 + i]));
    pushAll(
      issues,
      councilEdits(
        [...merged.matched].map(([i, before]) => ({
          row: present[i]!,
          sheetRow: sheetRow.get(present[i]!)!,
          before,
        })),
        parameters
      )
    );
  }

  return {
    parameters,
    rows,
    files,
    issues: issues.sort(compareIssues),
    mappings,
    overview: overview(present),
    needs,
  };
}
