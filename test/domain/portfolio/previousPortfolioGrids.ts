/** Test helper: the sheets of a previous portfolio as the port reads them back. */
import { COUNCIL_HEADERS } from "../../../src/domain/consolidation/Consolidation";
import { DEFAULT_PARAMETERS, type Parameters } from "../../../src/domain/parameters/Parameters";
import { describeParametersSheet } from "../../../src/domain/parameters/parametersSheet";
import {
  MAPPING_HEADERS,
  PORTFOLIO_HEADER_ROW,
  PORTFOLIO_META_HEADERS,
  PORTFOLIO_RANK_KEY_HEADERS,
  PORTFOLIO_SHEETS,
  PORTFOLIO_TABLES,
  SOURCES_FIRST_COLUMN,
  SOURCES_HEADERS,
} from "../../../src/domain/portfolio/layout";
import type { CellValue, SheetGrid } from "../../../src/domain/ports/WorkbookPort";
import { templateColumns } from "../../../src/domain/template/initiativeColumns";
import { grid } from "../../builders/grids";
import { gridFromSheet } from "../parameters/gridFromSheet";

/** The writer's headers in its order, with the council's own columns between council and rank keys. */
export function portfolioHeaders(
  parameters: Parameters = DEFAULT_PARAMETERS,
  councilAdded: readonly string[] = []
): string[] {
  return [
    ...templateColumns(parameters).map((c) => c.header),
    ...Object.values(PORTFOLIO_META_HEADERS),
    ...Object.values(COUNCIL_HEADERS),
    ...councilAdded,
    ...Object.values(PORTFOLIO_RANK_KEY_HEADERS),
  ];
}

/** One data row: values by header, null elsewhere. */
export const rowOf = (headers: readonly string[], values: Record<string, CellValue>): CellValue[] =>
  headers.map((h) => values[h] ?? null);

export interface PortfolioSheetOptions {
  /** Give the table's box as a reader of a real file would (default true). */
  readonly withTable?: boolean;
  /** Rows after the table (below it, not part of it). */
  readonly below?: CellValue[][];
  readonly formats?: Record<string, string>;
}

/** Portfölj: title and note above, the table's header in row 4. */
export function portfolioSheet(
  headers: readonly string[],
  rows: CellValue[][],
  options: PortfolioSheetOptions = {}
): SheetGrid {
  const width = headers.length;
  const pad = (r: CellValue[]) => Array.from({ length: width }, (_, c) => r[c] ?? null);
  const values: CellValue[][] = [
    pad(["Digiportfölj – portfölj"]),
    pad(["Sammanställd 2025-03-01 ur 3 filer."]),
    pad([]),
    [...headers],
    ...rows.map(pad),
    ...(options.below ?? []).map(pad),
  ];
  const sheet = grid(PORTFOLIO_SHEETS.portfolio, values, {
    tables:
      options.withTable === false
        ? []
        : [
            {
              name: PORTFOLIO_TABLES.portfolio,
              hasHeaderRow: true,
              box: {
                top: PORTFOLIO_HEADER_ROW,
                left: 1,
                bottom: PORTFOLIO_HEADER_ROW + Math.max(rows.length, 1),
                right: width,
              },
            },
          ],
  });
  const formats = options.formats ?? {};
  return {
    ...sheet,
    numberFormats: values.map((r, i) =>
      r.map((v, c) =>
        i >= PORTFOLIO_HEADER_ROW && v !== null ? (formats[headers[c]!] ?? null) : null
      )
    ),
  };
}

export interface MappingRow {
  readonly file: string;
  readonly sheet: string;
  readonly header: string | null;
  readonly field: string | null;
}

export interface SourceRow {
  readonly file: string;
  readonly forvaltning: string | null;
  /** Kallor's Härledd förvaltning and Härledd från; when no row has them, the columns are left out (an older portfolio). */
  readonly inferred?: string | null;
  readonly inferredFrom?: string | null;
}

/** Mappning: the mapping table at A1 and the Kallor table from column L, both headed in row 1. */
export function mappingSheet(
  mappings: readonly MappingRow[],
  sources: readonly SourceRow[],
  withTables = true
): SheetGrid {
  const m = MAPPING_HEADERS;
  const mappingHeaders = [
    m.file,
    m.sheet,
    m.headerRow,
    m.column,
    m.header,
    m.field,
    m.confidence,
    m.unit,
  ];
  const s = SOURCES_HEADERS;
  const withInferred = sources.some((r) => r.inferred !== undefined);
  const sourceHeaders = [
    s.file,
    s.forvaltning,
    ...(withInferred ? [s.inferred, s.inferredFrom] : []),
    s.status,
    s.imported,
    s.skipped,
    s.error,
  ];
  const height = 1 + Math.max(mappings.length, sources.length, 1);
  const width = SOURCES_FIRST_COLUMN - 1 + sourceHeaders.length;
  const values: CellValue[][] = Array.from({ length: height }, () =>
    Array<CellValue>(width).fill(null)
  );
  const put = (row: number, col: number, cells: readonly CellValue[]) =>
    cells.forEach((v, i) => (values[row - 1]![col - 1 + i] = v));
  put(1, 1, mappingHeaders);
  put(1, SOURCES_FIRST_COLUMN, sourceHeaders);
  mappings.forEach((r, i) =>
    put(2 + i, 1, [r.file, r.sheet, 3, "B", r.header, r.field, 0.9, null])
  );
  sources.forEach((r, i) =>
    put(2 + i, SOURCES_FIRST_COLUMN, [
      r.file,
      r.forvaltning,
      ...(withInferred ? [r.inferred ?? null, r.inferredFrom ?? null] : []),
      "ok",
      10,
      0,
      null,
    ])
  );
  return grid(PORTFOLIO_SHEETS.mapping, values, {
    tables: withTables
      ? [
          {
            name: PORTFOLIO_TABLES.mapping,
            hasHeaderRow: true,
            box: {
              top: 1,
              left: 1,
              bottom: 1 + Math.max(mappings.length, 1),
              right: mappingHeaders.length,
            },
          },
          {
            name: PORTFOLIO_TABLES.sources,
            hasHeaderRow: true,
            box: {
              top: 1,
              left: SOURCES_FIRST_COLUMN,
              bottom: 1 + Math.max(sources.length, 1),
              right: SOURCES_FIRST_COLUMN + sourceHeaders.length - 1,
            },
          },
        ]
      : [],
  });
}

export const parametersSheet = (parameters: Parameters): SheetGrid =>
  gridFromSheet(describeParametersSheet(parameters).sheet);
