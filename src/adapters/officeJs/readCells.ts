/**
 * From what Office.js returns for a range (values, valueTypes, numberFormat) to the port's cells,
 * with the meaning the file reader gives them: empty and "" are null, an error cell is {error},
 * text that looks like an error stays text, dates stay serial numbers, "General" is no format.
 */
import { splitOutsideQuotes } from "../../domain/text/splitOutsideQuotes";
import type { CellBox, CellValue, DefinedName, SheetGrid } from "../../domain/ports/WorkbookPort";
import { parseAddress } from "./a1";

export function toCellValue(value: unknown, valueType: string | undefined): CellValue {
  if (valueType === "Error") return { error: String(value) };
  if (valueType === "Empty" || value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (typeof value === "boolean" || typeof value === "string") return value;
  // A linked data type or other rich value: its display text is what a reader can use.
  return String(value);
}

/** The cell's number format, null for "General" and for an empty cell (as the file reader). */
export function toNumberFormat(format: unknown, value: CellValue): string | null {
  if (value === null || typeof format !== "string" || format === "") return null;
  return format.toLowerCase() === "general" ? null : format;
}

export interface LoadedCells {
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
}

export function toGridRows(loaded: LoadedCells): {
  values: CellValue[][];
  numberFormats: (string | null)[][];
} {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  loaded.values.forEach((row, r) => {
    const valueRow = row.map((value, c) => toCellValue(value, loaded.valueTypes[r]?.[c]));
    values.push(valueRow);
    numberFormats.push(
      valueRow.map((value, c) => toNumberFormat(loaded.numberFormat[r]?.[c], value))
    );
  });
  return { values, numberFormats };
}

export function toVisibility(visibility: string): SheetGrid["visibility"] {
  switch (visibility) {
    case "Hidden":
      return "hidden";
    case "VeryHidden":
      return "veryHidden";
    default:
      return "visible";
  }
}

/**
 * Workbook-scoped names as the file reader gives them: the reference without its "=", Excel's
 * own names (_xlnm., _xlfn.) left out. `formula` is NamedItem.formula (ExcelApi 1.7) when it was
 * loaded, else `value`, which for a range is its address.
 */
export function toDefinedName(
  name: string,
  formula: unknown,
  value: unknown,
  ignore: (name: string) => boolean
): DefinedName | null {
  if (/^_xl(nm|fn)\./i.test(name) || ignore(name)) return null;
  const text = typeof formula === "string" && formula !== "" ? formula : value;
  if (typeof text !== "string" && typeof text !== "number" && typeof text !== "boolean")
    return null;
  return { name, ref: String(text).replace(/^=/, "") };
}

/**
 * The boxes of a RangeAreas address. The reference documents it as each area with its sheet,
 * comma-separated ("Sheet1!A1:B4, Sheet1!D1:D4"); a comma inside a quoted sheet name
 * ('Ekonomi, 2025'!A1) is part of the name. An area that is not a cell range (a whole row or
 * column) is left out.
 */
export function toAreaBoxes(address: unknown): CellBox[] {
  if (typeof address !== "string") return [];
  return splitOutsideQuotes(address).flatMap((part) => {
    const parsed = parseAddress(part.trim());
    return parsed ? [parsed.box] : [];
  });
}
