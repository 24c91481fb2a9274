/**
 * Reads back what the council kept in the portfolio of the previous run, so a new run updates it
 * instead of replacing it: the council's columns per Initiativ-ID, every cell a row showed (for a
 * row the new inputs no longer have), the columns the council added to the Portfölj table, the
 * strategist's mapping and förvaltning corrections on Mappning, the Parametrar sheet and the names
 * of the council's own sheets. Works on the 2-D grids only; never throws on what a sheet holds.
 */
import { gridWidth } from "../sheets/gridWidth";
import { findSheet } from "../sheets/findSheet";
import { COUNCIL_HEADERS, type CouncilColumns } from "../consolidation/Consolidation";
import { sourceKey, type Corrections } from "../consolidation/consolidate";
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
import { cleanCellText } from "../parse/cellText";
import type { CellValue, SheetGrid, WorkbookData } from "../ports/WorkbookPort";
import { cellText } from "../sheets/cellText";
import { cellAddress, columnLetters } from "../sheets/columnLetters";
import type { MappingTarget } from "../sheets/mapHeaders";
import { scoreHeader, templateColumns } from "../template/initiativeColumns";
import { normalizeHeader } from "../text/normalize";
import {
  MAPPING_HEADERS,
  MISSING_FROM_LATEST,
  PORTFOLIO_HEADER_ROW,
  PORTFOLIO_META_HEADERS,
  PORTFOLIO_RANK_KEY_HEADERS,
  PORTFOLIO_SHEETS,
  PORTFOLIO_TABLES,
  SOURCES_HEADERS,
} from "./layout";
import { mappingFieldOptions, targetOfMappingLabel } from "./mappingFields";

/** One row of the previous Portfölj table. */
export interface PreviousRow {
  readonly id: string;
  /** The row number on Portfölj, as Excel shows it. */
  readonly row: number;
  readonly forvaltning: string;
  readonly council: CouncilColumns;
  /** The council's added columns (PreviousPortfolio.extraColumns), by header; empty cells are null. */
  readonly extra: Readonly<Record<string, CellValue>>;
  /** Every cell of the row by header, as the sheet showed it (formula cells: their cached value). */
  readonly cells: Readonly<Record<string, CellValue>>;
  /** True when the row already said "Saknas i senaste underlaget". */
  readonly wasMissing: boolean;
}

/** A column the council added to the Portfölj table, with the number format of its first value. */
export interface ExtraColumn {
  readonly header: string;
  readonly numberFormat: string | null;
}

export interface PreviousPortfolio {
  /** In sheet order. */
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

/** How IDs are compared: spaces tidied, case ignored (Excel's own lookups ignore case too). */
export const idKey = (id: string): string => cleanCellText(id).toLocaleUpperCase("sv-SE");

const norm = (text: string): string => normalizeHeader(text);
const sameName = (a: string, b: string): boolean =>
  a.toLocaleLowerCase("sv-SE") === b.toLocaleLowerCase("sv-SE");

/** A "<label> (1–5)" score header whose criterion may since have been renamed or removed. */
const SCORE_HEADER = /\(\s*1\s*[-\u2013]\s*5\s*\)\s*$/;

/**
 * Whether a Portfölj header is one the writer produces: the template's columns under these
 * parameters (and under any others, for fields, computed and score columns), the meta and
 * council columns and the rank keys. Anything else is a column the council added.
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
    ].map(norm)
  );
}

// ---------------------------------------------------------------------------------------------
// Finding a table on a grid

interface Located {
  readonly headerRow: number;
  /** Non-empty headers with their 1-based columns, left to right. */
  readonly columns: readonly { readonly header: string; readonly col: number }[];
  readonly firstRow: number;
  readonly lastRow: number;
  readonly right: number;
}

const at = (grid: SheetGrid, row: number, col: number): CellValue =>
  grid.values[row - grid.top]?.[col - grid.left] ?? null;

const bottomOf = (grid: SheetGrid): number => grid.top + grid.values.length - 1;
const rightOf = (grid: SheetGrid): number => grid.left + gridWidth(grid.values) - 1;

function headersOf(grid: SheetGrid, row: number, left: number, right: number) {
  const columns: { header: string; col: number }[] = [];
  for (let col = left; col <= right; col++) {
    const header = cellText(at(grid, row, col));
    if (header !== "") columns.push({ header, col });
  }
  return columns;
}

/**
 * The table named `tableName` when the reader gave its box; otherwise the first run of adjacent
 * header cells (in the first rows, `preferRow` first) that holds every `required` header.
 */
function locate(
  grid: SheetGrid,
  tableName: string,
  required: readonly string[],
  preferRow?: number
): Located | null {
  const wanted = required.map(norm);
  const hasAll = (columns: readonly { header: string }[]) =>
    wanted.every((w) => columns.some((c) => norm(c.header) === w));
  const table = grid.tables.find((t) => sameName(t.name, tableName) && t.hasHeaderRow);
  if (table) {
    const { top, left, bottom, right } = table.box;
    const columns = headersOf(grid, top, left, right);
    if (hasAll(columns))
      return { headerRow: top, columns, firstRow: top + 1, lastRow: bottom, right };
  }
  const lastScan = Math.min(bottomOf(grid), grid.top + 29);
  const rows = [
    ...(preferRow === undefined ? [] : [preferRow]),
    ...Array.from({ length: Math.max(0, lastScan - grid.top + 1) }, (_, i) => grid.top + i),
  ];
  for (const row of rows) {
    let col = grid.left;
    const end = rightOf(grid);
    while (col <= end) {
      if (cellText(at(grid, row, col)) === "") {
        col++;
        continue;
      }
      const start = col;
      while (col <= end && cellText(at(grid, row, col)) !== "") col++;
      const columns = headersOf(grid, row, start, col - 1);
      if (hasAll(columns))
        return {
          headerRow: row,
          columns,
          firstRow: row + 1,
          lastRow: bottomOf(grid),
          right: col - 1,
        };
    }
  }
  return null;
}

const isBlankRow = (grid: SheetGrid, row: number, located: Located): boolean =>
  located.columns.every(({ col }) => cellText(at(grid, row, col)) === "");

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
  const colOf = (header: string) =>
    located.columns.find((c) => norm(c.header) === norm(header))?.col;
  const idCol = colOf(idHeader) as number;
  const forvaltningCol = colOf(field("forvaltning").sv);
  const latestCol = colOf(PORTFOLIO_META_HEADERS.latestRun);
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
    if (isBlankRow(grid, row, located)) continue;
    lastRow = row;
    const id = cellText(at(grid, row, idCol));
    if (id === "") {
      rowsWithoutId.push(row);
      continue;
    }
    const cells: Record<string, CellValue> = {};
    for (const { header, col } of located.columns) cells[header] = at(grid, row, col);
    const extra: Record<string, CellValue> = {};
    for (const { header, col } of extras) extra[header] = at(grid, row, col);
    const councilCell = (k: keyof CouncilColumns) => {
      const col = councilCols[k];
      return col === undefined ? null : textOrNull(at(grid, row, col));
    };
    rows.push({
      id,
      row,
      forvaltning: forvaltningCol === undefined ? "" : cellText(at(grid, row, forvaltningCol)),
      council: {
        radetsBeslut: councilCell("radetsBeslut"),
        finansiering: councilCell("finansiering"),
        radetsKommentar: councilCell("radetsKommentar"),
      },
      extra,
      cells,
      wasMissing:
        latestCol !== undefined &&
        norm(cellText(at(grid, row, latestCol))) === norm(MISSING_FROM_LATEST),
    });
  }

  const extraColumns = extras.map(({ header, col }): ExtraColumn => {
    let numberFormat: string | null = null;
    for (let row = located.firstRow; row <= located.lastRow && numberFormat === null; row++) {
      if (at(grid, row, col) !== null)
        numberFormat = grid.numberFormats[row - grid.top]?.[col - grid.left] ?? null;
    }
    return { header, numberFormat };
  });

  // Content a rewrite of the sheet would lose: right of the table from its header row down, and
  // below it. (Above it are the writer's own title and notes.)
  const tableBottom = grid.tables.some((t) => sameName(t.name, PORTFOLIO_TABLES.portfolio))
    ? located.lastRow
    : lastRow;
  const outsideTable: string[] = [];
  for (let row = located.headerRow; row <= bottomOf(grid); row++) {
    for (let col = grid.left; col <= rightOf(grid); col++) {
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

  const m = MAPPING_HEADERS;
  const located = locate(grid, PORTFOLIO_TABLES.mapping, [m.file, m.sheet, m.header, m.field], 1);
  if (located) {
    const colOf = (h: string) =>
      located.columns.find((c) => norm(c.header) === norm(h))?.col as number;
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
    const colOf = (h: string) =>
      sources.columns.find((c) => norm(c.header) === norm(h))?.col as number;
    for (let row = sources.firstRow; row <= sources.lastRow; row++) {
      const file = cellText(at(grid, row, colOf(s.file)));
      const name = cellText(at(grid, row, colOf(s.forvaltning)));
      // The file's own name is what consolidate falls back to, not a choice anyone made.
      const stem = sourceKey(file).replace(/\.[a-z0-9]+$/i, "");
      if (file === "" || name === "" || name === stem) continue;
      forvaltning.set(sourceKey(file), name);
    }
  }

  return { mapping, forvaltning };
}

// ---------------------------------------------------------------------------------------------

const PORTFOLIO_SHEET_NAMES = Object.values(PORTFOLIO_SHEETS) as readonly string[];

/** Null when the workbook has no Portfölj sheet with a table (or header row) holding Initiativ-ID. */
export function readPreviousPortfolio(workbook: WorkbookData): PreviousPortfolio | null {
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
    councilSheets: workbook.sheets
      .map((s) => s.name)
      .filter((name) => !PORTFOLIO_SHEET_NAMES.some((own) => sameName(own, name))),
    outsideTable: portfolio.outsideTable,
    rowsWithoutId: portfolio.rowsWithoutId,
    issues,
  };
}
