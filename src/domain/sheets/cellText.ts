import { describeCell } from "../parse/cellText";
import type { CellValue } from "../ports/WorkbookPort";

/** A cell as the text a person sees, for headers, messages and row classification. */
export const cellText = (cell: CellValue | undefined): string =>
  cell === undefined ? "" : describeCell(cell);

export const hasContent = (cell: CellValue | undefined): boolean => cellText(cell) !== "";
