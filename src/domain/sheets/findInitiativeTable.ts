/**
 * Where the initiatives are on a sheet, as förvaltningar really keep them: an Excel table when
 * there is one, otherwise the best header row (one row or two) below titles and blank rows; then
 * each further table on the sheet that a section heading or a header row of its own starts (a
 * needs list under the projects). Every column's unit and what its values say are weighed in.
 */
import type { SheetGrid, WorkbookData } from "../ports/WorkbookPort";
import type { Criterion } from "../parameters/Parameters";
import { normalizeHeader } from "../text/normalize";
import { isKontrollHeader } from "../check/kontrollColumn";
import { cellAt, lastColumnOf, lastRowOf, rowTexts, textAt } from "./grid";
import { oneRowHeader, twoRowHeader, type HeaderBlock } from "./headerRows";
import { mapHeaderCells, type ColumnMapping, type MapHeadersOptions } from "./mapHeaders";
import { titleUnit, withColumnUnits } from "./columnUnits";
import { confirmByValues } from "./confirmByValues";
import { mostly, profileColumn } from "./valueProfile";

/** What a table's rows are: initiatives, or needs (vem / vad / varför) collected apart. */
export type TableKind = "initiatives" | "needs";

export interface InitiativeTable {
  readonly sheet: SheetGrid;
  readonly kind: TableKind;
  /** Excel row numbers: the header's first row, its last row (data starts below), the last row read. */
  readonly headerTop: number;
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
]);

/**
 * Sheets the add-in writes, by name, with the table that shows the sheet is the add-in's: a
 * förvaltning's own sheet that happens to be called "Prioritering" or "Översikt" is still read.
 */
const ADDIN_SHEETS: ReadonlyMap<string, string> = new Map([
  ["mappning", "mappning"],
  ["avvikelser", "avvikelser"],
  ["översikt", "oversikt"],
  ["kolumnmappning", "kolumnmappning"],
  ["prioritering", "prioritering"],
  ["behov", "behov"],
]);

export function isDataSheet(sheet: SheetGrid): boolean {
  const name = normalizeHeader(sheet.name);
  if (NON_DATA_SHEETS.has(name)) return false;
  const table = ADDIN_SHEETS.get(name);
  return table === undefined || !sheet.tables.some((t) => normalizeHeader(t.name) === table);
}

/** Header rows further down than this are not looked for. */
const HEADER_SCAN_ROWS = 40;
const STRONG = 0.8;

/**
 * mapHeaderCells over one header, without the add-in's Kontroll column: it is blanked before
 * mapping (so it takes no field from another column) and left out of the result.
 */
function mapBlock(
  block: HeaderBlock,
  criteria: readonly Criterion[],
  options: MapHeadersOptions
): ColumnMapping[] {
  const kontroll = block.cells.map((c) => isKontrollHeader(c.sub));
  const own = block.cells.map((c, i) => (kontroll[i] ? { ...c, sub: "", group: null } : c));
  return mapHeaderCells(own, criteria, options).filter((_, i) => !kontroll[i]);
}

const strongTargets = (columns: readonly ColumnMapping[]): Set<string> =>
  new Set(
    columns
      .filter((c) => c.target && !c.target.startsWith("computed:") && c.confidence >= STRONG)
      .map((c) => c.target as string)
  );

/** A needs list names who has the need and what it is, and no initiative. */
function isNeedsHeader(strong: ReadonlySet<string>): boolean {
  return (
    !strong.has("name") &&
    strong.has("behovVem") &&
    (strong.has("behovVad") || strong.has("behovVarfor"))
  );
}

function headerScore(columns: readonly ColumnMapping[]): number {
  const strong = strongTargets(columns);
  if (isNeedsHeader(strong)) return strong.size;
  const hasName = strong.has("name");
  // A list of initiatives names them; without a name column it needs several other known headers.
  if (!hasName && strong.size < 4) return 0;
  return strong.size + (hasName ? 2 : 0);
}

/** Rows below a header looked at for a column of names. */
const NAME_SAMPLE_ROWS = 30;

/**
 * A header without a name column but with two known fields and an unknown header over names
 * ("Satsningsområde": Digital frånvarohantering, …) reads as a list; confirmByValues then makes
 * that column the name. 0 when there is no such column.
 */
function scoreWithNamesBelow(
  sheet: SheetGrid,
  headerRow: number,
  columns: readonly ColumnMapping[]
): number {
  const strong = strongTargets(columns);
  if (strong.size < 2 || strong.has("name")) return 0;
  const last = Math.min(lastRowOf(sheet), headerRow + NAME_SAMPLE_ROWS);
  const names = columns.some((c) => {
    if (c.target !== null || c.header === "") return false;
    const profile = profileColumn(sheet, c.column, headerRow + 1, last);
    return mostly(profile, profile.prose);
  });
  return names ? strong.size + 1 : 0;
}

/** A header further down the sheet must say more than a lone name does before it starts a table. */
function startsTable(columns: readonly ColumnMapping[]): boolean {
  const strong = strongTargets(columns);
  return isNeedsHeader(strong) || (strong.has("name") && strong.size >= 2) || strong.size >= 4;
}

interface Candidate {
  readonly block: HeaderBlock;
  readonly columns: ColumnMapping[];
  readonly score: number;
}

/** The best header whose last row is `row`: one row, or two when the row above groups it. */
function headerAt(
  sheet: SheetGrid,
  row: number,
  left: number,
  right: number,
  criteria: readonly Criterion[],
  options: MapHeadersOptions
): Candidate | null {
  let best: Candidate | null = null;
  const blocks = [oneRowHeader(sheet, row, left, right), twoRowHeader(sheet, row, left, right)];
  for (const block of blocks) {
    if (!block || block.cells.filter((c) => c.sub !== "" || c.group).length < 2) continue;
    const columns = mapBlock(block, criteria, options);
    const score = headerScore(columns) || scoreWithNamesBelow(sheet, block.row, columns);
    // Two rows that read as one header (a group over its sub-headers) are one, also when the
    // group adds no field: its unit and name belong to the columns under it.
    if (score > 0 && (!best || score >= best.score)) best = { block, columns, score };
  }
  return best;
}

/** Each row above `headerTop` with content, as its texts joined by spaces. */
function titlesAbove(sheet: SheetGrid, from: number, headerTop: number, right: number): string[] {
  const titles: string[] = [];
  for (let row = Math.max(from, sheet.top); row < headerTop; row++) {
    const text = rowTexts(sheet, row, sheet.left, right)
      .filter((t) => t !== "")
      .join(" ");
    if (text !== "") titles.push(text);
  }
  return titles;
}

function tableFrom(
  sheet: SheetGrid,
  found: Candidate,
  lastRow: number,
  tableName: string | null,
  titles: readonly string[],
  criteria: readonly Criterion[],
  options: MapHeadersOptions
): InitiativeTable {
  const firstRow = found.block.row + 1;
  const unit = titleUnit(titles);
  const read = (mapped: readonly ColumnMapping[], how: MapHeadersOptions) =>
    confirmByValues(
      withColumnUnits(mapped, found.block.cells, sheet, firstRow, lastRow, unit),
      sheet,
      firstRow,
      lastRow,
      criteria,
      how
    );
  let columns = read(found.columns, options);
  if (options.overrides && options.overrides.size > 0) {
    // A correction that says what the words and values say by themselves (Mappning read back
    // unchanged) keeps their confidence, so a re-run gives the same mapping.
    const automatic = read(mapBlock(found.block, criteria, {}), {});
    columns = columns.map((c, i) =>
      automatic[i]?.target === c.target ? { ...c, confidence: automatic[i]!.confidence } : c
    );
  }
  return {
    sheet,
    kind: isNeedsHeader(strongTargets(columns)) ? "needs" : "initiatives",
    headerTop: found.block.top,
    headerRow: found.block.row,
    lastRow,
    columns,
    tableName,
    titles,
  };
}

/** Whether a row holds only text (a header or a heading), in at least one cell. */
function onlyText(sheet: SheetGrid, row: number, left: number, right: number): boolean {
  let any = false;
  for (let column = left; column <= right; column++) {
    const cell = cellAt(sheet, row, column);
    if (cell === null) continue;
    if (typeof cell !== "string") return false;
    if (cell.trim() !== "") any = true;
  }
  return any;
}

/** How many cells of the row hold something, counted up to `stopAt` (cheap: no texts made). */
function filledCount(
  sheet: SheetGrid,
  row: number,
  left: number,
  right: number,
  stopAt = Infinity
): number {
  const cells = sheet.values[row - sheet.top];
  if (!cells) return 0;
  let count = 0;
  for (let column = left; column <= right && count < stopAt; column++) {
    const cell = cells[column - sheet.left];
    if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === ""))
      continue;
    count++;
  }
  return count;
}

/** The heading rows right above a header further down (texts alone on their rows), top down. */
function headingAbove(sheet: SheetGrid, headerTop: number, right: number): string[] {
  const titles: string[] = [];
  for (let row = headerTop - 1; row >= sheet.top; row--) {
    const filled = filledCount(sheet, row, sheet.left, right, 2);
    if (filled === 0) continue;
    if (filled > 1) break;
    titles.unshift(
      rowTexts(sheet, row, sheet.left, right)
        .filter((t) => t !== "")
        .join(" ")
    );
  }
  return titles;
}

/**
 * The first row below `from` that starts another table: a header row of its own (not the
 * table's header repeated) right after a blank row or a heading alone on its row. Null when none.
 */
function nextTableStart(
  sheet: SheetGrid,
  table: InitiativeTable,
  from: number,
  left: number,
  right: number,
  criteria: readonly Criterion[],
  options: MapHeadersOptions
): Candidate | null {
  // The table's own header pasted again is a repeated header (readInitiatives skips it), not a table.
  const own = table.columns.map((c) => normalizeHeader(c.sub ?? c.header)).join("\u0000");
  const isRepeat = (row: number) =>
    table.columns.map((c) => normalizeHeader(textAt(sheet, row, c.column))).join("\u0000") === own;
  let afterBreak = false;
  for (let row = from; row <= table.lastRow; row++) {
    const filled = filledCount(sheet, row, left, right, 2);
    if (filled === 0 || (filled === 1 && onlyText(sheet, row, left, right))) {
      afterBreak = true;
      continue;
    }
    if (afterBreak && filled >= 2 && onlyText(sheet, row, left, right)) {
      const found = headerAt(sheet, row + 1, left, right, criteria, options);
      const candidate =
        found && found.block.top === row
          ? found
          : headerAt(sheet, row, left, right, criteria, options);
      if (
        candidate &&
        startsTable(candidate.columns) &&
        !isRepeat(row) &&
        !isRepeat(candidate.block.row)
      )
        return candidate;
    }
    afterBreak = false;
  }
  return null;
}

/**
 * A list above the best header (a needs list first, the projects below it): the topmost header
 * that starts a table of its own, has rows of data under it, and sits apart from the best one.
 */
function firstTableAbove(
  sheet: SheetGrid,
  found: readonly Candidate[],
  best: Candidate,
  right: number
): Candidate | null {
  for (const candidate of found) {
    if (candidate.block.row >= best.block.top - 2) break;
    if (!startsTable(candidate.columns)) continue;
    const firstData = candidate.block.row + 1;
    if (filledCount(sheet, firstData, sheet.left, right, 2) < 2) continue;
    if (
      onlyText(sheet, firstData, sheet.left, right) &&
      headerAt(sheet, firstData, sheet.left, right, [], {})
    )
      continue;
    return candidate;
  }
  return null;
}

/** Every table on a sheet, top down: the first header, then each further table it holds. */
export function findTablesOnSheet(
  sheet: SheetGrid,
  criteria: readonly Criterion[],
  options: MapHeadersOptions = {}
): InitiativeTable[] {
  const right = lastColumnOf(sheet);
  const bottom = lastRowOf(sheet);

  for (const table of sheet.tables) {
    if (!table.hasHeaderRow) continue;
    const found = headerAt(
      sheet,
      table.box.top,
      table.box.left,
      table.box.right,
      criteria,
      options
    );
    if (found)
      return [
        tableFrom(
          sheet,
          found,
          table.box.bottom,
          table.name,
          titlesAbove(sheet, sheet.top, found.block.top, right),
          criteria,
          options
        ),
      ];
  }

  let best: Candidate | null = null;
  const found: Candidate[] = [];
  const scanTo = Math.min(bottom, sheet.top + HEADER_SCAN_ROWS - 1);
  for (let row = sheet.top; row <= scanTo; row++) {
    if (
      filledCount(sheet, row, sheet.left, right, 2) < 2 &&
      !twoRowHeader(sheet, row, sheet.left, right)
    )
      continue;
    const candidate = headerAt(sheet, row, sheet.left, right, criteria, options);
    if (!candidate) continue;
    found.push(candidate);
    // The best header, or the same header read with the row below it (a row of units, sub-headers).
    const extends_ = best !== null && candidate.block.top === best.block.row;
    if (!best || candidate.score > best.score || (extends_ && candidate.score >= best.score))
      best = candidate;
  }
  if (!best) return [];
  best = firstTableAbove(sheet, found, best, right) ?? best;

  const tables: InitiativeTable[] = [];
  let current = tableFrom(
    sheet,
    best,
    bottom,
    null,
    titlesAbove(sheet, sheet.top, best.block.top, right),
    criteria,
    options
  );
  for (;;) {
    const next = nextTableStart(
      sheet,
      current,
      current.headerRow + 1,
      sheet.left,
      right,
      criteria,
      options
    );
    if (!next) break;
    // The rows between (a heading among them) stay with the table above, which reports them.
    tables.push({ ...current, lastRow: next.block.top - 1 });
    current = tableFrom(
      sheet,
      next,
      bottom,
      null,
      headingAbove(sheet, next.block.top, right),
      criteria,
      options
    );
  }
  tables.push(current);
  return tables;
}

/** The first table of initiatives on a sheet (a needs list is not one): the list a förvaltning adapts. */
export function findInitiativeTable(
  sheet: SheetGrid,
  criteria: readonly Criterion[],
  options: MapHeadersOptions = {}
): InitiativeTable | null {
  return findTablesOnSheet(sheet, criteria, options).find((t) => t.kind === "initiatives") ?? null;
}

/** Every table of a workbook, skipping instruction and parameter sheets. */
export function findInitiativeTables(
  workbook: WorkbookData,
  criteria: readonly Criterion[],
  options: MapHeadersOptions = {},
  overridesBySheet?: ReadonlyMap<string, MapHeadersOptions["overrides"]>
): InitiativeTable[] {
  return workbook.sheets.filter(isDataSheet).flatMap((s) => {
    const overrides = overridesBySheet?.get(s.name);
    return findTablesOnSheet(s, criteria, overrides ? { ...options, overrides } : options);
  });
}
