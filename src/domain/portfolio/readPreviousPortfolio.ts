/**
 * Reads back what the council kept in the portfolio of the previous run, so a new run updates it
 * instead of replacing it: the council's columns per row with the key they follow (Förvaltning and
 * Källans ID, or Initiativ-ID in a portfolio older than that column), every cell a row showed (for a
 * row the new inputs no longer have), the columns the council added to the Portfölj table, the
 * strategist's mapping and förvaltning corrections on Mappning, the Parametrar sheet and the names
 * of the council's own sheets. Works on the 2-D grids only; never throws on what a sheet holds.
 */
import {
  cellAt as at,
  columnOf,
  formatAt,
  isBlankRow,
  lastColumnOf,
  lastRowOf,
  locateTable,
  type LocatedTable,
} from "../sheets/grid";
import { findSheet } from "../sheets/findSheet";
import { COUNCIL_HEADERS, type CouncilColumns } from "../consolidation/Consolidation";
import { sourceKey, type Corrections } from "../consolidation/consolidate";
import { idKey } from "../consolidation/councilKey";
import type { ForvaltningSource, InferredForvaltning } from "../consolidation/inferForvaltning";
import { COMPUTED_COLUMNS } from "../computedColumns";
import { FIELDS, field } from "../fields";
import type { Issue } from "../issues";
import {
  DEFAULT_PARAMETERS,
  scoreField,
  type Criterion,
  type Parameters,
} from "../parameters/Parameters";
import { readParameters } from "../parameters/readParameters";
import type { CellValue, SheetGrid, WorkbookData } from "../ports/WorkbookPort";
import { cellText } from "../sheets/cellText";
import { cellAddress, columnLetters } from "../sheets/columnLetters";
import type { MappingTarget } from "../sheets/mapHeaders";
import { scoreHeader, templateColumns } from "../template/initiativeColumns";
import { normalizeHeader } from "../text/normalize";
import {
  FORVALTNING_SOURCE_TEXT,
  MAPPING_HEADERS,
  NEEDS_HEADERS,
  NEEDS_SHEET_ELSEWHERE,
  MISSING_FROM_LATEST,
  NEEDS_REVIEW,
  PORTFOLIO_FINGERPRINT_HEADER,
  PORTFOLIO_HEADER_ROW,
  PORTFOLIO_META_HEADERS,
  PORTFOLIO_RANK_KEY_HEADERS,
  PORTFOLIO_RANK_RUN_HEADERS,
  PORTFOLIO_SHEETS,
  PORTFOLIO_TABLES,
  SOURCES_HEADERS,
} from "./layout";
import { isDigiportfoljPortfolio } from "./portfolioMarker";
import { mappingFieldOptions, targetOfMappingLabel } from "./mappingFields";

/** One row of the previous Portfölj table. */
export interface PreviousRow {
  readonly id: string;
  /**
   * The row number on Portfölj, as Excel shows it. The next run keeps the rows in this order
   * (PreviousPortfolio.rows), closed up over blank rows and rows without an ID.
   */
  readonly row: number;
  readonly forvaltning: string;
  /** Källans ID; null when the cell is empty or the portfolio predates the column (then the key is Initiativ-ID). */
  readonly sourceId: string | null;
  readonly council: CouncilColumns;
  /** The council's added columns (PreviousPortfolio.extraColumns), by header; empty cells are null. */
  readonly extra: Readonly<Record<string, CellValue>>;
  /**
   * Every cell of the row by header, as the sheet showed it (formula cells: their cached value),
   * Kontrollsumma included (what the run that wrote the row put in its standard columns).
   */
  readonly cells: Readonly<Record<string, CellValue>>;
  /** True when the row already said "Saknas i senaste underlaget". */
  readonly wasMissing: boolean;
  /** True when the row was kept for review ("Granska: flera initiativ matchar"). */
  readonly wasReview: boolean;
}

/** A column the council added to the Portfölj table, with the number format of its first value. */
export interface ExtraColumn {
  readonly header: string;
  readonly numberFormat: string | null;
}

export interface PreviousPortfolio {
  /**
   * In sheet order: the order the council left Portfölj in (sorted by hand or not), which the
   * next run keeps (consolidation/consolidate.ts).
   */
  readonly rows: readonly PreviousRow[];
  /** By idKey(id); more than one row only when the table repeated an ID. */
  readonly byId: ReadonlyMap<string, readonly PreviousRow[]>;
  /** Every header of the Portfölj table, in table order. */
  readonly headers: readonly string[];
  /** Headers that are none of the writer's, in table order: the council's own columns. */
  readonly extraColumns: readonly ExtraColumn[];
  /** Mapping and förvaltning per source, as consolidate takes them (keys: sourceKey(file)). */
  readonly corrections: Corrections;
  /** Read from the portfolio's Parametrar sheet; null when it has none. */
  readonly parameters: Parameters | null;
  /** Sheets that are not one of PORTFOLIO_SHEETS, in tab order. */
  readonly councilSheets: readonly string[];
  /** Cells with content on Portfölj right of or below the table (A1), which a rewrite would lose. */
  readonly outsideTable: readonly string[];
  /** Rows of the table with content but no Initiativ-ID: they cannot be carried by ID. */
  readonly rowsWithoutId: readonly number[];
  /** Unreadable Fält labels on Mappning and wrong parameters on Parametrar. */
  readonly issues: readonly Issue[];
}

export { idKey };

const norm = (text: string): string => normalizeHeader(text);
const sameName = (a: string, b: string): boolean =>
  a.toLocaleLowerCase("sv-SE") === b.toLocaleLowerCase("sv-SE");

/** A "<label> (1–5)" score header whose criterion may since have been renamed or removed. */
const SCORE_HEADER = /\(\s*1\s*[-\u2013]\s*5\s*\)\s*$/;

/**
 * Whether a Portfölj header is one the writer produces: the template's columns under these
 * parameters (and under any others, for fields, computed and score columns), the meta and
 * council columns, the rank keys, the run's rank values and Kontrollsumma. Anything else is a
 * column the council added.
 */
export function isWriterHeader(header: string, parameters: Parameters): boolean {
  if (SCORE_HEADER.test(header)) return true;
  return writerHeaders(parameters).has(norm(header));
}

function writerHeaders(parameters: Parameters): Set<string> {
  return new Set(
    [
      ...templateColumns(parameters).map((c) => c.header),
      ...FIELDS.map((f) => f.sv),
      ...COMPUTED_COLUMNS.map((c) => c.sv),
      ...Object.values(PORTFOLIO_META_HEADERS),
      ...Object.values(COUNCIL_HEADERS),
      ...Object.values(PORTFOLIO_RANK_KEY_HEADERS),
      ...Object.values(PORTFOLIO_RANK_RUN_HEADERS),
      PORTFOLIO_FINGERPRINT_HEADER,
    ].map(norm)
  );
}

// ---------------------------------------------------------------------------------------------
// Finding a table on a grid

/** A writer's table on a grid: the named table, else the first row holding every required header. */
const locate = (
  grid: SheetGrid,
  tableName: string,
  required: readonly string[],
  preferRow?: number
): LocatedTable | null =>
  locateTable(grid, { tableName, required, ...(preferRow === undefined ? {} : { preferRow }) });

const isBlank = (grid: SheetGrid, row: number, located: LocatedTable): boolean =>
  isBlankRow(
    grid,
    row,
    located.columns.map((c) => c.column)
  );

const textOrNull = (cell: CellValue): string | null => {
  const text = cellText(cell);
  return text === "" ? null : text;
};

// ---------------------------------------------------------------------------------------------
// Portfölj

interface PortfolioPart {
  readonly rows: PreviousRow[];
  readonly headers: string[];
  readonly extraColumns: ExtraColumn[];
  readonly outsideTable: string[];
  readonly rowsWithoutId: number[];
}

function readPortfolioSheet(grid: SheetGrid, parameters: Parameters): PortfolioPart | null {
  const idHeader = field("id").sv;
  const located = locate(grid, PORTFOLIO_TABLES.portfolio, [idHeader], PORTFOLIO_HEADER_ROW);
  if (!located) return null;
  const colOf = (header: string) => columnOf(located, header);
  const idCol = colOf(idHeader) as number;
  const forvaltningCol = colOf(field("forvaltning").sv);
  const latestCol = colOf(PORTFOLIO_META_HEADERS.latestRun);
  const sourceIdCol = colOf(PORTFOLIO_META_HEADERS.sourceId);
  const councilCols = Object.fromEntries(
    (Object.keys(COUNCIL_HEADERS) as (keyof CouncilColumns)[]).map((k) => [
      k,
      colOf(COUNCIL_HEADERS[k]),
    ])
  ) as Record<keyof CouncilColumns, number | undefined>;
  const extras = located.columns.filter((c) => !isWriterHeader(c.header, parameters));

  const rows: PreviousRow[] = [];
  const rowsWithoutId: number[] = [];
  let lastRow = located.firstRow - 1;
  for (let row = located.firstRow; row <= located.lastRow; row++) {
    if (isBlank(grid, row, located)) continue;
    lastRow = row;
    const id = cellText(at(grid, row, idCol));
    if (id === "") {
      rowsWithoutId.push(row);
      continue;
    }
    const cells: Record<string, CellValue> = {};
    for (const { header, column } of located.columns) cells[header] = at(grid, row, column);
    const extra: Record<string, CellValue> = {};
    for (const { header, column } of extras) extra[header] = at(grid, row, column);
    const councilCell = (k: keyof CouncilColumns) => {
      const col = councilCols[k];
      return col === undefined ? null : textOrNull(at(grid, row, col));
    };
    const latest = latestCol === undefined ? "" : norm(cellText(at(grid, row, latestCol)));
    rows.push({
      id,
      row,
      forvaltning: forvaltningCol === undefined ? "" : cellText(at(grid, row, forvaltningCol)),
      sourceId: sourceIdCol === undefined ? null : textOrNull(at(grid, row, sourceIdCol)),
      council: {
        radetsBeslut: councilCell("radetsBeslut"),
        finansiering: councilCell("finansiering"),
        radetsKommentar: councilCell("radetsKommentar"),
      },
      extra,
      cells,
      wasMissing: latest === norm(MISSING_FROM_LATEST),
      wasReview: latest === norm(NEEDS_REVIEW),
    });
  }

  const extraColumns = extras.map(({ header, column }): ExtraColumn => {
    let numberFormat: string | null = null;
    for (let row = located.firstRow; row <= located.lastRow && numberFormat === null; row++) {
      if (at(grid, row, column) !== null) numberFormat = formatAt(grid, row, column);
    }
    return { header, numberFormat };
  });

  // Content a rewrite of the sheet would lose: right of the table from its header row down, and
  // below it. (Above it are the writer's own title and notes.)
  const tableBottom = grid.tables.some((t) => sameName(t.name, PORTFOLIO_TABLES.portfolio))
    ? located.lastRow
    : lastRow;
  const outsideTable: string[] = [];
  for (let row = located.headerRow; row <= lastRowOf(grid); row++) {
    for (let col = grid.left; col <= lastColumnOf(grid); col++) {
      const outside = row > tableBottom || col > located.right;
      if (outside && cellText(at(grid, row, col)) !== "") outsideTable.push(cellAddress(row, col));
    }
  }

  return {
    rows,
    headers: located.columns.map((c) => c.header),
    extraColumns,
    outsideTable,
    rowsWithoutId,
  };
}

// ---------------------------------------------------------------------------------------------
// Mappning and Kallor

/** The target a Fält label names: a dropdown choice, or a score written as "<label> (1–5)". */
function targetOfLabel(
  label: string,
  criteria: readonly Criterion[]
): MappingTarget | null | undefined {
  const target = targetOfMappingLabel(label, criteria);
  if (target !== undefined) return target;
  const criterion = criteria.find((c) => norm(scoreHeader(c)) === norm(label));
  return criterion ? (scoreField(criterion) as MappingTarget) : undefined;
}

function readMappingSheet(
  grid: SheetGrid,
  fileName: string,
  criteria: readonly Criterion[],
  issues: Issue[]
): Corrections {
  const mapping = new Map<string, Map<string, Map<string, MappingTarget | null>>>();
  const forvaltning = new Map<string, string>();
  let inferredForvaltning: Map<string, InferredForvaltning> | undefined;

  const m = MAPPING_HEADERS;
  const located = locate(grid, PORTFOLIO_TABLES.mapping, [m.file, m.sheet, m.header, m.field], 1);
  if (located) {
    const colOf = (h: string) => columnOf(located, h) as number;
    const conflicts = new Set<string>();
    for (let row = located.firstRow; row <= located.lastRow; row++) {
      const file = cellText(at(grid, row, colOf(m.file)));
      const sheet = cellText(at(grid, row, colOf(m.sheet)));
      const headerCell = at(grid, row, colOf(m.header));
      const header = norm(headerCell === null ? "" : cellText(headerCell));
      // A column without a header cannot be told apart from the others without one.
      if (file === "" || sheet === "" || header === "") continue;
      const label = cellText(at(grid, row, colOf(m.field)));
      // A cleared Fält cell: the strategist took the field away.
      const target = label === "" ? null : targetOfLabel(label, criteria);
      if (target === undefined) {
        issues.push({
          code: "unknown_list_value",
          severity: "warning",
          location: {
            file: fileName,
            sheet: grid.name,
            row,
            column: columnLetters(colOf(m.field)),
            field: m.field,
          },
          input: label,
          details: {
            allowed: mappingFieldOptions(criteria)
              .map((o) => o.label)
              .join(", "),
          },
        });
        continue;
      }
      const bySheet =
        mapping.get(sourceKey(file)) ?? new Map<string, Map<string, MappingTarget | null>>();
      mapping.set(sourceKey(file), bySheet);
      const byHeader = bySheet.get(sheet) ?? new Map<string, MappingTarget | null>();
      bySheet.set(sheet, byHeader);
      const conflictKey = `${sourceKey(file)}\u0000${sheet}\u0000${header}`;
      if (conflicts.has(conflictKey)) continue;
      const earlier = byHeader.get(header);
      // Two columns with the same header mapped two ways: the header cannot say which, so the
      // automatic mapping decides for both.
      if (earlier !== undefined && earlier !== target) {
        byHeader.delete(header);
        conflicts.add(conflictKey);
        continue;
      }
      byHeader.set(header, target);
    }
  }

  const s = SOURCES_HEADERS;
  const sources = locate(grid, PORTFOLIO_TABLES.sources, [s.file, s.forvaltning], 1);
  if (sources) {
    const colOf = (h: string) => columnOf(sources, h) as number;
    // What each run inferred itself, so a Förvaltning that differs from it is told to be a correction.
    const inferredCol = columnOf(sources, s.inferred);
    const fromCol = columnOf(sources, s.inferredFrom);
    if (inferredCol !== undefined) inferredForvaltning = new Map();
    for (let row = sources.firstRow; row <= sources.lastRow; row++) {
      const file = cellText(at(grid, row, colOf(s.file)));
      const name = cellText(at(grid, row, colOf(s.forvaltning)));
      if (file !== "" && inferredForvaltning && inferredCol !== undefined)
        inferredForvaltning.set(sourceKey(file), {
          name: cellText(at(grid, row, inferredCol)),
          source: sourceOfText(fromCol === undefined ? "" : cellText(at(grid, row, fromCol))),
        });
      // The file's own name is what consolidate falls back to, not a choice anyone made.
      const stem = sourceKey(file).replace(/\.[a-z0-9]+$/i, "");
      if (file === "" || name === "" || name === stem) continue;
      forvaltning.set(sourceKey(file), name);
    }
  }

  return inferredForvaltning
    ? { mapping, forvaltning, inferredForvaltning }
    : { mapping, forvaltning };
}

/** Härledd från's text back to its source; a text nobody wrote counts as a guess from the file name. */
function sourceOfText(text: string): ForvaltningSource {
  const found = (Object.keys(FORVALTNING_SOURCE_TEXT) as ForvaltningSource[]).find(
    (k) => norm(FORVALTNING_SOURCE_TEXT[k]) === norm(text)
  );
  return found ?? "fileName";
}

// ---------------------------------------------------------------------------------------------

const PORTFOLIO_SHEET_NAMES = (Object.values(PORTFOLIO_SHEETS) as readonly string[]).filter(
  (name) => name !== PORTFOLIO_SHEETS.needs
);

/**
 * Whether a sheet of the previous portfolio is one the writer makes. Behov came later, so a
 * sheet by that name is the writer's only when it holds the writer's Behov table.
 */
function isWritersSheet(sheet: SheetGrid): boolean {
  if (PORTFOLIO_SHEET_NAMES.some((own) => sameName(own, sheet.name))) return true;
  const needs = [PORTFOLIO_SHEETS.needs, NEEDS_SHEET_ELSEWHERE].some((n) =>
    sameName(n, sheet.name)
  );
  const h = NEEDS_HEADERS;
  return needs && locate(sheet, PORTFOLIO_TABLES.needs, [h.forvaltning, h.vem, h.vad], 1) !== null;
}

/** Null when the workbook has no Portfölj sheet with a table (or header row) holding Initiativ-ID. */
export function readPreviousPortfolio(workbook: WorkbookData): PreviousPortfolio | null {
  // Only a workbook Digiportfölj wrote is an earlier portfolio, whatever its sheets are called.
  if (!isDigiportfoljPortfolio(workbook)) return null;
  const portfolioSheet = findSheet(workbook, PORTFOLIO_SHEETS.portfolio);
  if (!portfolioSheet) return null;

  const issues: Issue[] = [];
  const parametersSheet = findSheet(workbook, PORTFOLIO_SHEETS.parameters);
  let parameters: Parameters | null = null;
  if (parametersSheet) {
    const read = readParameters(parametersSheet);
    parameters = read.parameters;
    issues.push(
      ...read.issues.map((i) => ({ ...i, location: { ...i.location, file: workbook.name } }))
    );
  }
  const effective = parameters ?? DEFAULT_PARAMETERS;

  const portfolio = readPortfolioSheet(portfolioSheet, effective);
  if (!portfolio) return null;

  const mappingSheet = findSheet(workbook, PORTFOLIO_SHEETS.mapping);
  const corrections: Corrections = mappingSheet
    ? readMappingSheet(mappingSheet, workbook.name, effective.criteria, issues)
    : { mapping: new Map(), forvaltning: new Map() };

  const byId = new Map<string, PreviousRow[]>();
  for (const row of portfolio.rows) {
    const list = byId.get(idKey(row.id)) ?? [];
    list.push(row);
    byId.set(idKey(row.id), list);
  }

  return {
    rows: portfolio.rows,
    byId,
    headers: portfolio.headers,
    extraColumns: portfolio.extraColumns,
    corrections,
    parameters,
    councilSheets: workbook.sheets.filter((s) => !isWritersSheet(s)).map((s) => s.name),
    outsideTable: portfolio.outsideTable,
    rowsWithoutId: portfolio.rowsWithoutId,
    issues,
  };
}
