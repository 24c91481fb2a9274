/**
 * A Consolidation built straight from initiatives, for tests of what is written from one: rows
 * assessed with assessInitiative and ordered as consolidate orders them, a file report and a
 * header mapping per source, the overview from consolidation/overview.ts. No workbook is read.
 */
import { countIssuesByRow } from "../../src/domain/consolidation/issueCounts";
import { comparePortfolioRows } from "../../src/domain/consolidation/consolidate";
import { assessInitiative } from "../../src/domain/assessInitiative";
import type {
  Consolidation,
  CouncilColumns,
  FileReport,
  PortfolioRow,
  SheetMapping,
} from "../../src/domain/consolidation/Consolidation";
import { overview } from "../../src/domain/consolidation/overview";
import { FIELDS } from "../../src/domain/fields";
import { textOf, type Initiative } from "../../src/domain/initiative";
import type { Issue } from "../../src/domain/issues";
import type { Parameters } from "../../src/domain/parameters/Parameters";
import { scoreField } from "../../src/domain/parameters/Parameters";
import type { CellValue } from "../../src/domain/ports/WorkbookPort";
import type { ColumnMapping, MappingTarget } from "../../src/domain/sheets/mapHeaders";

export const NO_COUNCIL: CouncilColumns = { radetsBeslut: null, finansiering: null, radetsKommentar: null };

/** A row kept from the previous portfolio that the latest inputs no longer have. */
export interface MissingRow {
  readonly id: string;
  readonly forvaltning: string;
  readonly previous: Readonly<Record<string, CellValue>>;
  readonly council?: CouncilColumns;
  readonly extra?: Readonly<Record<string, CellValue>>;
}

export interface ConsolidationInput {
  readonly parameters: Parameters;
  readonly initiatives: readonly Initiative[];
  readonly missing?: readonly MissingRow[];
  readonly issues?: readonly Issue[];
  /** By initiative ID: the council's columns and added columns carried over. */
  readonly council?: Readonly<Record<string, CouncilColumns>>;
  readonly extra?: Readonly<Record<string, Readonly<Record<string, CellValue>>>>;
  readonly overlaps?: Readonly<Record<string, readonly string[]>>;
  /** Files that could not be read, by path: the sentence why. */
  readonly failed?: Readonly<Record<string, string>>;
  readonly skipped?: FileReport["rowsSkipped"];
}


/** One mapped column per standard field and criterion, in catalogue order, as a plain template maps. */
function standardMapping(file: string, sheet: string, parameters: Parameters): SheetMapping {
  const targets: { header: string; target: MappingTarget }[] = [
    ...FIELDS.map((f) => ({ header: f.sv, target: f.key as MappingTarget })),
    ...parameters.criteria.map((c) => ({ header: `${c.label} (1–5)`, target: scoreField(c) as MappingTarget })),
  ];
  const columns: ColumnMapping[] = [
    ...targets.map((t, i) => ({ column: i + 1, header: t.header, target: t.target, confidence: 1, multiplier: null })),
    { column: targets.length + 1, header: "Färg på pärmen", target: null, confidence: 0, multiplier: null },
  ];
  return { file, sheet, headerTop: 4, headerRow: 4, columns };
}

export function buildConsolidation(input: ConsolidationInput): Consolidation {
  const { parameters } = input;
  const issues = input.issues ?? [];
  const countOf = countIssuesByRow(issues);

  const present = input.initiatives
    .map((initiative, i): PortfolioRow => {
      const forvaltning = textOf(initiative, "forvaltning") ?? "Okänd förvaltning";
      const id = textOf(initiative, "id") ?? `T-${String(i + 1).padStart(3, "0")}`;
      const count = countOf(initiative.source);
      return {
        id,
        idDerived: textOf(initiative, "id") === null,
        forvaltning,
        initiative: { ...initiative, values: { ...initiative.values, forvaltning } },
        assessment: assessInitiative(initiative, parameters),
        errors: count.errors,
        warnings: count.warnings,
        overlaps: input.overlaps?.[id] ?? [],
        council: input.council?.[id] ?? NO_COUNCIL,
        extra: input.extra?.[id] ?? {},
        missingFromLatest: false,
      };
    })
    .sort(comparePortfolioRows);
  const missing = (input.missing ?? []).map(
    (m): PortfolioRow => ({
      id: m.id,
      idDerived: false,
      forvaltning: m.forvaltning,
      initiative: null,
      assessment: null,
      errors: 0,
      warnings: 0,
      overlaps: [],
      council: m.council ?? NO_COUNCIL,
      extra: m.extra ?? {},
      missingFromLatest: true,
      previous: m.previous,
    })
  );
  const rows = [...present, ...missing];

  const sources = [...new Set(input.initiatives.map((i) => `${i.source.file}\u0000${i.source.sheet}`))].sort();
  const mappings = sources.map((s) => {
    const [file, sheet] = s.split("\u0000") as [string, string];
    return standardMapping(file, sheet, parameters);
  });
  const paths = [...new Set(input.initiatives.map((i) => i.source.file))].sort();
  const files: FileReport[] = [
    ...paths.map(
      (path): FileReport => ({
        path,
        status: "ok",
        forvaltning: present.find((r) => r.initiative?.source.file === path)?.forvaltning ?? "Okänd förvaltning",
        rowsImported: input.initiatives.filter((i) => i.source.file === path).length,
        rowsSkipped: (input.skipped ?? []).filter(() => path === paths[0]),
      })
    ),
    ...Object.entries(input.failed ?? {}).map(
      ([path, error]): FileReport => ({ path, status: "failed", error, errorEn: error, rowsImported: 0, rowsSkipped: [] })
    ),
  ];

  return { parameters, rows, files, issues, mappings, overview: overview(rows), needs: [] };
}
