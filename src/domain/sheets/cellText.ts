import { isCellError, type CellValue } from "../ports/WorkbookPort";

/** A cell as the text a person sees, for headers, messages and row classification. */
export function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (isCellError(cell)) return cell.error;
  if (typeof cell === "boolean") return cell ? "SANT" : "FALSKT";
  return String(cell).trim();
}

export const hasContent = (cell: CellValue | undefined): boolean => cellText(cell) !== "";
