import type { SheetGrid, WorkbookData } from "../ports/WorkbookPort";
import { swedishLower } from "../text/swedishLower";

/** A sheet by name: exactly as written, else ignoring letter case (Excel's own rule for names). */
export function findSheet(workbook: WorkbookData, name: string): SheetGrid | undefined {
  const lower = swedishLower(name);
  return (
    workbook.sheets.find((s) => s.name === name) ??
    workbook.sheets.find((s) => swedishLower(s.name) === lower)
  );
}
