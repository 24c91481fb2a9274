/**
 * How read() cuts the used ranges into requests. The size of a response is unknown until it
 * arrives, so it is estimated per cell (values + valueTypes + numberFormat as JSON) and the
 * estimate is corrected by every response that comes back: short values make later requests
 * larger, long texts smaller.
 */

export interface UsedArea {
  /** Index of the sheet in the workbook's list. */
  readonly sheet: number;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

export interface Band {
  readonly sheet: number;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

/** Starting estimate: a short text or number, its type name and "General", with separators. */
export const INITIAL_BYTES_PER_CELL = 40;
/** Never plan with less than this, however small the first answers were. */
export const MIN_BYTES_PER_CELL = 16;

export interface ReadCursor {
  readonly area: number;
  /** Rows of that area already read. */
  readonly row: number;
}

export const START: ReadCursor = { area: 0, row: 0 };

/**
 * The bands of the next request: whole rows, taken in order across areas, until `maxCells`
 * (at least one row, however wide). Returns no bands when everything has been read.
 */
export function nextBands(
  areas: readonly UsedArea[],
  cursor: ReadCursor,
  maxCells: number
): { bands: Band[]; cursor: ReadCursor } {
  const bands: Band[] = [];
  let { area, row } = cursor;
  let room = maxCells;
  while (area < areas.length) {
    const a = areas[area]!;
    const left = a.rows - row;
    if (left <= 0) {
      area++;
      row = 0;
      continue;
    }
    const fit = Math.floor(room / a.cols);
    const take = Math.min(left, bands.length === 0 ? Math.max(fit, 1) : fit);
    if (take <= 0) break;
    bands.push({ sheet: a.sheet, top: a.top + row, left: a.left, rows: take, cols: a.cols });
    room -= take * a.cols;
    row += take;
    if (row >= a.rows) {
      area++;
      row = 0;
    }
  }
  return { bands, cursor: { area, row } };
}

/** Cells a request may ask for under `budget` bytes with `bytesPerCell` as the estimate. */
export function cellsPerRequest(budget: number, bytesPerCell: number): number {
  return Math.max(1, Math.floor(budget / Math.max(bytesPerCell, MIN_BYTES_PER_CELL)));
}

/**
 * The estimate after responses totalling `bytes` for `cells` cells: what was measured (the 4 MB
 * budget under the 5 MB limit is the margin for later rows being longer). Before any response,
 * the starting estimate.
 */
export function updatedEstimate(bytes: number, cells: number): number {
  if (cells <= 0) return INITIAL_BYTES_PER_CELL;
  return Math.max(MIN_BYTES_PER_CELL, bytes / cells);
}
