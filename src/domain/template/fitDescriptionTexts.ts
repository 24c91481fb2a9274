/**
 * Every text a description would write, cut to what an Excel cell holds (cellTextLimit.ts): a
 * source text is already cut where it is read, with its issue; this catches the rest, such as a
 * message on Avvikelser quoting a long cell, or a council's note carried over from the portfolio.
 */
import { CELL_TEXT_LIMIT, fitCellText } from "../text/cellTextLimit";
import type { CellContent, SheetDescription, WorkbookDescription } from "./WorkbookDescription";

type Rows = readonly (readonly CellContent[])[];

const tooLong = (cell: CellContent): boolean =>
  typeof cell === "string" && cell.length > CELL_TEXT_LIMIT;

/** The rows as they are when nothing is too long (the usual case: no copy made). */
function fitRows(rows: Rows): Rows {
  if (!rows.some((row) => row.some(tooLong))) return rows;
  return rows.map((row) =>
    row.some(tooLong)
      ? row.map((cell) => (tooLong(cell) ? fitCellText(cell as string) : cell))
      : row
  );
}

function fitSheet(sheet: SheetDescription): SheetDescription {
  return {
    ...sheet,
    ...(sheet.blocks ? { blocks: sheet.blocks.map((b) => ({ ...b, rows: fitRows(b.rows) })) } : {}),
    ...(sheet.tables ? { tables: sheet.tables.map((t) => ({ ...t, rows: fitRows(t.rows) })) } : {}),
  };
}

export function fitDescriptionTexts(description: WorkbookDescription): WorkbookDescription {
  return { ...description, sheets: description.sheets.map(fitSheet) };
}
