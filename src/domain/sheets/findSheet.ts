import type { SheetGrid, WorkbookData } from "../ports/WorkbookPort";

/** A sheet by name: exactly as written, else ignoring letter case (Excel's own rule for names). */
export function findSheet(workbook: WorkbookData, name: string): SheetGrid | undefined {
  const lower = name.toLocaleLowerCase("sv-SE");
  return (
    workbook.sheets.find((s) => s.name === name) ??
    workbook.sheets.find((s) => s.name.toLocaleLowerCase("sv-SE") === lower)
  );
}
