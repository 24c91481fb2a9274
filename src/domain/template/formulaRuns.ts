/**
 * Runs of one RowFormulaCell down a column. An adapter writes a run's first cell and fills the
 * rest from it, so a computed column costs one formula's text instead of one per row: the file
 * adapter as an OOXML shared formula, the Office.js adapter by pasting (Range.copyFrom).
 */
import { isRowFormulaCell, type CellContent } from "./WorkbookDescription";

/** Indexes into the rows: `first` holds the formula, `first + 1 … last` are filled from it. */
export interface FormulaRun {
  readonly col: number;
  readonly first: number;
  readonly last: number;
}

/** Runs at least two rows long. */
export function formulaRuns(rows: readonly (readonly CellContent[])[]): FormulaRun[] {
  const runs: FormulaRun[] = [];
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  for (let col = 0; col < width; col++) {
    let first = -1;
    const close = (end: number) => {
      if (first >= 0 && end > first) runs.push({ col, first, last: end });
    };
    for (let r = 0; r < rows.length; r++) {
      const cell = rows[r]![col] ?? null;
      const above = first >= 0 ? (rows[first]![col] as CellContent) : null;
      const same =
        cell !== null &&
        isRowFormulaCell(cell) &&
        above !== null &&
        isRowFormulaCell(above) &&
        above.rowFormula === cell.rowFormula;
      if (same) continue;
      close(r - 1);
      first = cell !== null && isRowFormulaCell(cell) ? r : -1;
    }
    close(rows.length - 1);
  }
  return runs;
}

/** The rows with every cell below a run's first left empty (null), for the adapter to fill. */
export function onlyRunStarts(
  rows: readonly (readonly CellContent[])[],
  runs: readonly FormulaRun[]
): CellContent[][] {
  const starts = rows.map((row) => [...row]);
  for (const run of runs)
    for (let r = run.first + 1; r <= run.last; r++) starts[r]![run.col] = null;
  return starts;
}
