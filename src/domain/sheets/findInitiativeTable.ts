/**
 * Where the initiatives are on a sheet, as förvaltningar really keep them: an Excel table when
 * there is one, otherwise the best header row below titles and blank rows.
 */
import { gridWidth } from "./gridWidth";
import type { SheetGrid, WorkbookData } from "../ports/WorkbookPort";
import type { Criterion } from "../parameters/Parameters";
import { normalizeHeader } from "../text/normalize";
import { isKontrollHeader } from "../check/kontrollColumn";
import { cellText } from "./cellText";
import { mapHeaders, type ColumnMapping, type MapHeadersOptions } from "./mapHeaders";

export interface InitiativeTable {
  readonly sheet: SheetGrid;
  /** Excel row numbers. */
  readonly headerRow: number;
  readonly lastRow: number;
  readonly columns: readonly ColumnMapping[];
  readonly tableName: string | null;
  /** The texts above the header row, top down, one per row with content (titles, notes such as "Belopp i tkr"). */
  readonly titles: readonly string[];
}

/** Sheets that hold instructions or settings, never initiatives. */
const NON_DATA_SHEETS = new Set([
  "parametrar",
  "parametrar och listor",
  "listor",
  "instruktioner",
  "instruktion",
  "anvisningar",
  "anvisning",
  "läs mig",
  "läsmig",
  "readme",
  "hjälp",
  "lathund",
  "information",
  "info",
  "instructions",
  "parameters",
  "lists",
  "mappning",
  "avvikelser",
  "översikt",
  "kolumnmappning",
  "prioritering",
]);

/** Header rows further down than this are not looked for. */
const HEADER_SCAN_ROWS = 40;
const STRONG = 0.8;

export function isDataSheetName(name: string): boolean {
  return !NON_DATA_SHEETS.has(normalizeHeader(name));
}

const cellAt = (sheet: SheetGrid, row: number, column: number) =>
  sheet.values[row - sheet.top]?.[column - sheet.left] ?? null;

function headerCells(sheet: SheetGrid, row: number, left: number, right: number): string[] {
  const cells: string[] = [];
  for (let c = left; c <= right; c++) cells.push(cellText(cellAt(sheet, row, c)));
  return cells;
}

/**
 * mapHeaders over one header row, without the add-in's Kontroll column: it is blanked before
 * mapping (so it takes no field from another column) and left out of the result.
 */
function mapHeaderRow(
  cells: readonly string[],
  criteria: readonly Criterion[],
  options: MapHeadersOptions,
  firstColumn: number
): ColumnMapping[] {
  const kontroll = cells.map(isKontrollHeader);
  const own = cells.map((c, i) => (kontroll[i] ? "" : c));
  return mapHeaders(own, criteria, options, firstColumn).filter((_, i) => !kontroll[i]);
}

/** Each row above `headerRow` with content, as its texts joined by spaces. */
function titlesAbove(sheet: SheetGrid, headerRow: number, right: number): string[] {
  const titles: string[] = [];
  for (let row = sheet.top; row < headerRow; row++) {
    const text = headerCells(sheet, row, sheet.left, right)
      .filter((t) => t !== "")
      .join(" ");
    if (text !== "") titles.push(text);
  }
  return titles;
}

function headerScore(columns: readonly ColumnMapping[]): number {
  const strong = columns.filter(
    (c) => c.target && !c.target.startsWith("computed:") && c.confidence >= STRONG
  );
  const hasName = strong.some((c) => c.target === "name");
  // A list of initiatives names them; without a name column it needs several other known headers.
  if (!hasName && strong.length < 4) return 0;
  return strong.length + (hasName ? 2 : 0);
}

export function findInitiativeTable(
  sheet: SheetGrid,
  criteria: readonly Criterion[],
  options: MapHeadersOptions = {}
): InitiativeTable | null {
  const right = sheet.left + gridWidth(sheet.values) - 1;
  const lastRow = sheet.top + sheet.values.length - 1;

  for (const table of sheet.tables) {
    if (!table.hasHeaderRow) continue;
    const columns = mapHeaderRow(
      headerCells(sheet, table.box.top, table.box.left, table.box.right),
      criteria,
      options,
      table.box.left
    );
    if (headerScore(columns) > 0) {
      return {
        sheet,
        headerRow: table.box.top,
        lastRow: table.box.bottom,
        columns,
        tableName: table.name,
        titles: titlesAbove(sheet, table.box.top, right),
      };
    }
  }

  let best: { row: number; score: number; columns: ColumnMapping[] } | null = null;
  const scanTo = Math.min(lastRow, sheet.top + HEADER_SCAN_ROWS - 1);
  for (let row = sheet.top; row <= scanTo; row++) {
    const cells = headerCells(sheet, row, sheet.left, right);
    if (cells.filter((c) => c !== "").length < 2) continue;
    const columns = mapHeaderRow(cells, criteria, options, sheet.left);
    const score = headerScore(columns);
    if (score > 0 && (!best || score > best.score)) best = { row, score, columns };
  }
  return best
    ? {
        sheet,
        headerRow: best.row,
        lastRow,
        columns: best.columns,
        tableName: null,
        titles: titlesAbove(sheet, best.row, right),
      }
    : null;
}

/** Every initiative table of a workbook, skipping instruction and parameter sheets. */
export function findInitiativeTables(
  workbook: WorkbookData,
  criteria: readonly Criterion[],
  options: MapHeadersOptions = {},
  overridesBySheet?: ReadonlyMap<string, MapHeadersOptions["overrides"]>
): InitiativeTable[] {
  return workbook.sheets
    .filter((s) => isDataSheetName(s.name))
    .map((s) => {
      const overrides = overridesBySheet?.get(s.name);
      return findInitiativeTable(s, criteria, overrides ? { ...options, overrides } : options);
    })
    .filter((t): t is InitiativeTable => t !== null);
}
