/**
 * Renders port data (WorkbookData) back to real .xlsx bytes with exceljs, so property tests can
 * go through files on disk and the reader. Strings are always written as strings (never as
 * formulas, whatever their first character), numbers as numbers; sheet names, visibility, number
 * formats, hidden rows/columns and merged areas are kept (a hidden row needs a cell: exceljs
 * leaves out empty rows, hidden or not; merged areas must not overlap, and only a merge's top-left
 * value survives, as in Excel). Tables and defined names are not written.
 */
import ExcelJS from "exceljs";
import {
  isCellError,
  type CellValue,
  type WorkbookData,
} from "../../src/domain/ports/WorkbookPort";

function excelValue(value: CellValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (isCellError(value)) return { error: value.error as ExcelJS.CellErrorValue["error"] };
  // A plain string: exceljs stores it as shared text, also when it starts with "=", "+", "-", "@".
  return value;
}

export async function writeGridWorkbook(data: WorkbookData): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (data.date1904) workbook.properties.date1904 = true;
  for (const sheet of data.sheets) {
    const ws = workbook.addWorksheet(sheet.name, { state: sheet.visibility });
    sheet.values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = ws.getCell(sheet.top + r, sheet.left + c);
        cell.value = excelValue(value);
        const format = sheet.numberFormats[r]?.[c];
        if (format) cell.numFmt = format;
      });
    });
    for (const row of sheet.hiddenRows ?? []) ws.getRow(row).hidden = true;
    for (const col of sheet.hiddenColumns ?? []) ws.getColumn(col).hidden = true;
    for (const m of sheet.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  // A workbook needs one visible sheet to open in Excel; the random shapes always have one.
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
