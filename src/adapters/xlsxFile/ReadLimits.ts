/**
 * Bounds on reading one workbook. A förvaltning's list is a few hundred kilobytes; these leave
 * room for the largest real lists (100,000 rows read) and stop what is not a list at all: a zip
 * bomb, a file of a million rows, a reader stuck on a damaged file.
 */
export interface ReadLimits {
  /** The file itself. */
  readonly maxFileBytes: number;
  /** Every part of the package unpacked, together. */
  readonly maxInflatedBytes: number;
  /** Unpacked ÷ packed for one part; trusted readers refuse beyond about 100 (Apache POI: 1:100). */
  readonly maxInflateRatio: number;
  /** Parts that unpack to less than this are not held to the ratio (tiny parts pack very well). */
  readonly ratioGraceBytes: number;
  /** The last row with content on any sheet. */
  readonly maxRows: number;
  /**
   * Cells in the used ranges of all sheets together (rows × columns, empty ones counted): what
   * the grids handed to the domain hold. A list of 100,000 rows × 10 columns is a million; one
   * stray cell far out (XFD5000 beside a list at A1) would make 80 million nulls.
   */
  readonly maxCells: number;
  /** Wall time for one file, enforced by whoever runs the read in a worker (CLI, task pane). */
  readonly timeoutMs: number;
  /**
   * Merged areas reported per sheet (SheetGrid.merges), the topmost first: a list has a few, a
   * hostile file may carry a million; past this the rest are left out.
   */
  readonly maxMergesPerSheet: number;
  /**
   * Formulas saved without a value that are worked out per workbook (evaluateFormulas.ts); the
   * rest read as noSavedValue. A list has a few hundred; the product's own 50,000-row portfolio
   * has about 750,000 and is not worth working out.
   */
  readonly maxFormulasEvaluated: number;
  /** Cells all those formulas may read together (a range counts each of its cells). */
  readonly maxFormulaCellReads: number;
}

const MIB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 50 * MIB,
  maxInflatedBytes: 500 * MIB,
  maxInflateRatio: 100,
  ratioGraceBytes: 1 * MIB,
  maxRows: 200_000,
  maxCells: 10_000_000,
  timeoutMs: 60_000,
  maxMergesPerSheet: 10_000,
  maxFormulasEvaluated: 20_000,
  maxFormulaCellReads: 5_000_000,
};

export function readLimits(overrides: Partial<ReadLimits> = {}): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...overrides };
}
