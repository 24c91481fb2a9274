/**
 * Refuses, with a RangeError and before Excel is touched, a description Excel would reject half
 * way through a write: the same limits the file adapter enforces (xlsxFile/write/), checked up
 * front because a write to the open workbook cannot be rolled back once a request has gone.
 */
import {
  isFormulaCell,
  isRowFormulaCell,
  type CellContent,
  type WorkbookDescription,
} from "../../domain/template/WorkbookDescription";
import { parseAddress } from "./a1";
import { toHexColor } from "./roleFormats";

/** Excel's own limits for data validation texts and a literal list. */
export const VALIDATION_LIMITS = {
  errorTitle: 32,
  errorMessage: 255,
  prompt: 255,
  listLiteral: 255,
} as const;

const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/;

function checkCells(rows: readonly (readonly CellContent[])[], where: string): void {
  for (const row of rows)
    for (const cell of row)
      if (typeof cell === "number" && !Number.isFinite(cell))
        throw new RangeError(`Cannot write the number ${cell} in ${where}`);
      else if (
        cell !== null &&
        typeof cell === "object" &&
        !isFormulaCell(cell) &&
        !isRowFormulaCell(cell)
      )
        throw new RangeError(`Unknown cell content in ${where}`);
}

function checkLength(text: string | undefined, max: number, what: string, range: string): void {
  if (text !== undefined && text.length > max)
    throw new RangeError(
      `Validation on ${range}: ${what} is ${text.length} characters; Excel allows ${max}`
    );
}

export function checkDescription(description: WorkbookDescription): void {
  if (description.sheets.length === 0)
    throw new RangeError("A workbook description needs at least one sheet");
  const sheetNames = new Set<string>();
  const tableNames = new Set<string>();
  for (const sheet of description.sheets) {
    const name = sheet.name;
    if (
      name.trim() === "" ||
      name.length > 31 ||
      SHEET_NAME_FORBIDDEN.test(name) ||
      /^'|'$/.test(name)
    )
      throw new RangeError(`Not a sheet name Excel accepts: "${name}"`);
    const key = name.toLocaleLowerCase("sv");
    if (sheetNames.has(key)) throw new RangeError(`Sheet "${name}" is described twice`);
    sheetNames.add(key);
    if (sheet.tabColor !== undefined) toHexColor(sheet.tabColor);
    for (const block of sheet.blocks ?? [])
      checkCells(block.rows, `${name} at row ${block.row}, column ${block.col}`);
    for (const table of sheet.tables ?? []) {
      const tableKey = table.name.toLocaleLowerCase("sv");
      if (tableNames.has(tableKey)) throw new RangeError(`Table ${table.name} is described twice`);
      tableNames.add(tableKey);
      const headers = new Set<string>();
      for (const column of table.columns) {
        const header = column.header.trim().toLowerCase();
        if (header === "" || headers.has(header))
          throw new RangeError(`Table ${table.name}: empty or repeated header "${column.header}"`);
        headers.add(header);
      }
      table.rows.forEach((row, i) => {
        if (row.length > table.columns.length)
          throw new RangeError(
            `Table ${table.name}: row ${i + 1} has ${row.length} cells for ${table.columns.length} columns`
          );
      });
      checkCells(table.rows, `table ${table.name}`);
    }
    for (const spec of sheet.validations ?? []) {
      checkLength(spec.errorTitle, VALIDATION_LIMITS.errorTitle, "the error title", spec.range);
      checkLength(
        spec.errorMessage,
        VALIDATION_LIMITS.errorMessage,
        "the error message",
        spec.range
      );
      checkLength(spec.prompt, VALIDATION_LIMITS.prompt, "the prompt", spec.range);
      if (spec.rule.kind === "list" && !spec.rule.source.startsWith("="))
        checkLength(
          spec.rule.source,
          VALIDATION_LIMITS.listLiteral,
          "the list of choices",
          spec.range
        );
    }
    for (const chart of sheet.charts ?? [])
      for (const series of chart.series)
        for (const ref of [series.x, series.y, series.size])
          if (ref !== undefined && parseAddress(ref) === null)
            throw new RangeError(`Chart "${chart.title}" on ${name}: not a range: "${ref}"`);
    for (const spec of sheet.conditionalFormats ?? []) {
      toHexColor(spec.fill);
      if (spec.fontColor !== undefined) toHexColor(spec.fontColor);
    }
  }
  for (const spec of description.names) {
    if (!sheetNames.has(spec.sheet.toLocaleLowerCase("sv")))
      throw new RangeError(
        `Name ${spec.name} refers to a sheet not in the description: ${spec.sheet}`
      );
    if (tableNames.has(spec.name.toLocaleLowerCase("sv")))
      throw new RangeError(`Name ${spec.name} is also a table's name`);
  }
}
