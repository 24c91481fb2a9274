/**
 * Runs of one RowFormulaCell down a column. Office.js documents no way to send one formula for a
 * whole range, but Range.copyFrom (ExcelApi 1.9) pastes a cell over a range, moving its relative
 * references as Excel's paste does: the run's first cell is written, the rest pasted from it.
 * A computed column of 10,000 rows then costs one formula's bytes instead of 10,000.
 */
import { isRowFormulaCell, type CellContent } from "../../domain/template/WorkbookDescription";

/** Indexes into the rows: `first` holds the formula, `first + 1 … last` are pasted. */
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

/** The rows with every pasted cell left empty (null: Office.js leaves such a cell alone). */
export function withoutPasted(
  rows: readonly (readonly CellContent[])[],
  runs: readonly FormulaRun[]
): CellContent[][] {
  const sent = rows.map((row) => [...row]);
  for (const run of runs) for (let r = run.first + 1; r <= run.last; r++) sent[r]![run.col] = null;
  return sent;
}
