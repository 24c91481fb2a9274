/**
 * write(): renders a WorkbookDescription into the open workbook, the same meaning as the file
 * adapter's write/writeWorkbook.ts, without ever touching a sheet or name that is the user's, and
 * without half-writing (staging.ts; README.md, "Writes that cannot half-fail").
 *
 * Syncs: 1. sheets and names; 2. every sheet's ownership and draft markers and tables and, for
 * the sheets the description names, their charts; then, after planWrite() has decided (and
 * refused before any change if something is in the way), 3. the staging and the last part in one
 * request, split into more only when the queued arrays would pass 4 MB (RequestBudget). The
 * staging writes every described sheet whole on sheets the user cannot see: a new sheet hidden
 * under its own name, a sheet of ours that is rewritten on a hidden staging sheet. The last part,
 * never split, makes the change the user sees: each rewritten sheet is cleared and the staging
 * sheet's cells are copied over it (Range.copyFrom "All"), then tables, settings, names, new
 * sheets shown, old sheets deleted, staging sheets deleted, positions.
 */
import {
  isFormula,
  type CellBlock,
  type CellContent,
  type ChartSpec,
  type ConditionalFormatSpec,
  type SheetDescription,
  type TableSpec,
  type ValidationSpec,
  type WorkbookDescription,
} from "../../domain/template/WorkbookDescription";
import { cellAddress } from "../../domain/sheets/columnLetters";
import { columnAddress, parseAddress, rangeAddress, rowAddress, sheetReference } from "./a1";
import { checkDescription } from "./checkDescription";
import { hasFormula, toInputRows, type CellInput } from "./cellInput";
import { formulaRuns, onlyRunStarts, type FormulaRun } from "../../domain/template/formulaRuns";
import { isOwnedBy, OWNER_MARKER, ownerMarkerFormula } from "./ownership";
import {
  jsonBytes,
  OPERATION_OVERHEAD_BYTES,
  RequestBudget,
  sliceRowsByBytes,
} from "./requestBudget";
import type { FeatureSupport, SkippableFeature } from "./requirementSets";
import {
  blockFormat,
  formatForRole,
  isEmptyFormat,
  toHexColor,
  type RoleFormat,
} from "./roleFormats";
import { columnWidthInPoints } from "./units";
import { planWrite, type ExistingSheet, type SheetStep, type WritePlan } from "./writePlan";
import {
  addDraftSheet,
  DRAFT_MARKER,
  leftovers,
  sentinelFormula,
  StagingLog,
  stagingName,
  SWAP_SENTINEL,
} from "./staging";
import { WorkbookWriteRefused } from "./WorkbookWriteRefused";

export interface WriteOutcome {
  /** Features the description uses that this Excel cannot render; left out, in this order. */
  readonly skipped: readonly SkippableFeature[];
  readonly added: readonly string[];
  readonly replaced: readonly string[];
  /** Our sheets from an earlier write that the description no longer names. */
  readonly deleted: readonly string[];
}

export interface WriteOptions {
  readonly support: FeatureSupport;
  readonly budgetBytes?: number;
  /** Leave our sheets the description does not name (see PlanOptions). */
  readonly keepUndescribed?: boolean;
  /** Filled as the write goes: what to remove if it fails (OfficeJsWorkbook runs cleanUp). */
  readonly log?: StagingLog;
}

const TABLE_STYLE = "TableStyleMedium2";

/** What the writer needs besides the context: the budget and the features present. */
export interface Writer {
  readonly context: Excel.RequestContext;
  readonly budget: RequestBudget;
  readonly support: FeatureSupport;
  readonly skipped: Set<SkippableFeature>;
}

export const op = (writer: Writer, payload?: unknown): Promise<void> =>
  writer.budget.reserve(
    OPERATION_OVERHEAD_BYTES + (payload === undefined ? 0 : jsonBytes(payload))
  );

/** Whether the feature can be written; notes it as skipped when not. */
export function can(writer: Writer, feature: SkippableFeature): boolean {
  if (writer.support.has(feature)) return true;
  writer.skipped.add(feature);
  return false;
}

function applyFormat(range: Excel.Range, format: RoleFormat): void {
  if (format.fill !== undefined) range.format.fill.color = format.fill;
  if (format.font?.bold !== undefined) range.format.font.bold = format.font.bold;
  if (format.font?.italic !== undefined) range.format.font.italic = format.font.italic;
  if (format.font?.size !== undefined) range.format.font.size = format.font.size;
  if (format.font?.color !== undefined) range.format.font.color = format.font.color;
  if (format.bottomBorder !== undefined) {
    const edge = range.format.borders.getItem("EdgeBottom");
    edge.style = "Continuous";
    edge.weight = "Thin";
    edge.color = format.bottomBorder;
  }
  if (format.wrapText !== undefined) range.format.wrapText = format.wrapText;
  if (format.verticalAlignment !== undefined)
    range.format.verticalAlignment = format.verticalAlignment;
  if (format.locked !== undefined) range.format.protection.locked = format.locked;
}

/**
 * Writes rows of cell inputs at (row, col) in as few pieces as the budget allows, each piece with
 * its number formats. `formats(r)` gives row r's formats (null: leave the cell's format).
 */
async function writeRows(
  writer: Writer,
  ws: Excel.Worksheet,
  at: { row: number; col: number },
  rows: CellInput[][],
  width: number,
  asFormulas: boolean,
  formats: ((r: number) => (string | null)[]) | null
): Promise<void> {
  const bytesOfRow = (row: CellInput[], r: number): number =>
    jsonBytes(row) + 1 + (formats ? jsonBytes(formats(r)) + 1 : 0);
  const sliceLimit = writer.budget.limit - 2 * OPERATION_OVERHEAD_BYTES;
  for (const [start, end] of sliceRowsByBytes(rows, sliceLimit, bytesOfRow)) {
    const slice = rows.slice(start, end);
    const sliceFormats = formats ? slice.map((_, i) => formats(start + i)) : null;
    await writer.budget.reserve(
      2 * OPERATION_OVERHEAD_BYTES + jsonBytes(slice) + (sliceFormats ? jsonBytes(sliceFormats) : 0)
    );
    const range = ws.getRange(rangeAddress(at.row + start, at.col, end - start, width));
    if (asFormulas) range.formulas = slice;
    else range.values = slice;
    if (sliceFormats && sliceFormats.some((row) => row.some((f) => f !== null)))
      range.numberFormat = sliceFormats;
  }
}

/** Which cells to send and which formula runs to paste afterwards (none before ExcelApi 1.9). */
function pastePlan(
  writer: Writer,
  rows: readonly (readonly CellContent[])[]
): { readonly sent: readonly (readonly CellContent[])[]; readonly runs: readonly FormulaRun[] } {
  if (!writer.support.hasFaster("copyFormulas")) return { sent: rows, runs: [] };
  const runs = formulaRuns(rows);
  return { sent: runs.length > 0 ? onlyRunStarts(rows, runs) : rows, runs };
}

/** Pastes each run's first cell over the rest of the run; after the rows, so the cell is there. */
async function pasteRuns(
  writer: Writer,
  ws: Excel.Worksheet,
  at: { row: number; col: number },
  runs: readonly FormulaRun[]
): Promise<void> {
  for (const run of runs) {
    const source = cellAddress(at.row + run.first, at.col + run.col);
    const target = rangeAddress(at.row + run.first + 1, at.col + run.col, run.last - run.first, 1);
    await op(writer, [source, target]);
    ws.getRange(target).copyFrom(ws.getRange(source), "Formulas");
  }
}

export async function writeBlock(
  writer: Writer,
  ws: Excel.Worksheet,
  sheetName: string,
  block: CellBlock
): Promise<void> {
  if (block.rows.length === 0) return;
  const width = Math.max(1, ...block.rows.map((row) => row.length));
  const { sent, runs } = pastePlan(writer, block.rows);
  const rows = toInputRows(sent, width, block.row, (r, c) =>
    sheetReference(sheetName, cellAddress(block.row + r, block.col + c))
  );
  const numberFormat = block.numberFormat;
  // As the file adapter, a block's format reaches the cells its rows name, not the padding.
  const formats =
    numberFormat === undefined
      ? null
      : (r: number): (string | null)[] =>
          Array.from({ length: width }, (_, c) =>
            c < block.rows[r]!.length ? numberFormat : null
          );
  await writeRows(writer, ws, block, rows, width, hasFormula(block.rows), formats);
  await pasteRuns(writer, ws, block, runs);
  const look = blockFormat(block.style, block.wrap);
  if (isEmptyFormat(look)) return;
  const ragged = block.rows.some((row) => row.length !== width);
  const pieces = ragged
    ? block.rows.map((row, r) => ({ row: block.row + r, cols: row.length }))
    : [{ row: block.row, cols: width, rows: block.rows.length }];
  for (const piece of pieces) {
    if (piece.cols === 0) continue;
    await op(writer, look);
    applyFormat(
      ws.getRange(rangeAddress(piece.row, block.col, "rows" in piece ? piece.rows : 1, piece.cols)),
      look
    );
  }
}

/** A formula with a structured reference ("Tabell[[#This Row],[Kolumn]]"): it needs its table. */
function needsTable(content: CellContent): boolean {
  if (!isFormula(content)) return false;
  const text = "formula" in content ? content.formula : content.rowFormula;
  return text.replace(/"(?:[^"]|"")*"/g, "").includes("[");
}

/** Excel wants at least one data row. */
const tableRows = (table: TableSpec): readonly (readonly CellContent[])[] =>
  table.rows.length > 0 ? table.rows : [[]];

/**
 * A table's rows split in two: what is written with the sheet's cells, and, per column, the
 * formulas with structured references, written once the table exists (createTable).
 */
function splitTableRows(table: TableSpec): {
  readonly now: readonly (readonly CellContent[])[];
  readonly later: readonly { readonly col: number; readonly rows: CellContent[][] }[];
} {
  const rows = tableRows(table);
  const columns = new Set<number>();
  rows.forEach((row) => row.forEach((cell, c) => needsTable(cell) && columns.add(c)));
  if (columns.size === 0) return { now: rows, later: [] };
  return {
    now: rows.map((row) => row.map((cell) => (needsTable(cell) ? null : cell))),
    later: [...columns].map((col) => ({
      col,
      rows: rows.map((row) => [needsTable(row[col] ?? null) ? row[col]! : null]),
    })),
  };
}

/**
 * A table's header and rows, as cells. The table itself is made in the write's last request, over
 * the cells that are there by then (createTable), so a table name an old sheet still uses is free
 * by then, and a staged sheet is copied over the old one without a table in the way. A formula
 * with a structured reference waits for the table (splitTableRows).
 */
async function writeTableCells(
  writer: Writer,
  ws: Excel.Worksheet,
  sheetName: string,
  table: TableSpec
): Promise<void> {
  const width = table.columns.length;
  const headerAddress = rangeAddress(table.row, table.col, 1, width);
  const headers = toInputRows([table.columns.map((c) => c.header)], width, table.row, () => "");
  await op(writer, headers);
  const headerRange = ws.getRange(headerAddress);
  headerRange.values = headers;
  // Styled as well as the table style: as in the file, for readers that draw no table styles.
  applyFormat(headerRange, formatForRole("header"));

  const sourceRows = splitTableRows(table).now;
  const { sent, runs } = pastePlan(writer, sourceRows);
  const rows = toInputRows(sent, width, table.row + 1, (r, c) =>
    sheetReference(sheetName, cellAddress(table.row + 1 + r, table.col + c))
  );
  const columnFormats = table.columns.map((c) => c.numberFormat ?? null);
  const formats = columnFormats.some((f) => f !== null) ? () => columnFormats : null;
  await writeRows(
    writer,
    ws,
    { row: table.row + 1, col: table.col },
    rows,
    width,
    hasFormula(sourceRows),
    formats
  );
  await pasteRuns(writer, ws, { row: table.row + 1, col: table.col }, runs);
  for (const [c, column] of table.columns.entries()) {
    if (column.style === undefined) continue;
    const look = formatForRole(column.style);
    await op(writer, look);
    applyFormat(
      ws.getRange(rangeAddress(table.row + 1, table.col + c, sourceRows.length, 1)),
      look
    );
  }
}

/**
 * Makes the table over its header and rows, which are on the sheet by now, then writes the
 * formulas that refer to it by name (a computed column: its first cell, pasted down).
 */
async function createTable(
  writer: Writer,
  ws: Excel.Worksheet,
  sheetName: string,
  table: TableSpec
): Promise<void> {
  await op(writer, table.name);
  const created = ws.tables.add(
    rangeAddress(table.row, table.col, 1 + tableRows(table).length, table.columns.length),
    true
  );
  created.name = table.name;
  created.style = TABLE_STYLE;
  for (const { col, rows } of splitTableRows(table).later) {
    const at = { row: table.row + 1, col: table.col + col };
    const { sent, runs } = pastePlan(writer, rows);
    const inputs = toInputRows(sent, 1, at.row, (r) =>
      sheetReference(sheetName, cellAddress(at.row + r, at.col))
    );
    await writeRows(writer, ws, at, inputs, 1, true, null);
    await pasteRuns(writer, ws, at, runs);
  }
}

function validationRule(spec: ValidationSpec): Excel.DataValidationRule {
  const rule = spec.rule;
  switch (rule.kind) {
    case "list":
      // Same convention as the file adapter: "=Name" or "=Sheet!$A$2:$A$9" is a reference,
      // anything else a comma-separated list, which is also what Office.js takes.
      return { list: { inCellDropDown: true, source: rule.source } };
    case "wholeNumber":
      return { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "decimal":
      return rule.max === undefined
        ? { decimal: { formula1: rule.min, operator: "GreaterThanOrEqualTo" } }
        : { decimal: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "date":
      // ISO dates, which Office.js takes as date bounds.
      return { date: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
  }
}

export async function writeValidation(
  writer: Writer,
  ws: Excel.Worksheet,
  spec: ValidationSpec
): Promise<void> {
  await op(writer, spec);
  const validation = ws.getRange(spec.range).dataValidation;
  validation.ignoreBlanks = true;
  validation.rule = validationRule(spec);
  validation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: spec.errorTitle,
    message: spec.errorMessage,
  };
  if (spec.prompt !== undefined)
    validation.prompt = { showPrompt: true, title: "", message: spec.prompt };
}

export async function writeConditionalFormat(
  writer: Writer,
  ws: Excel.Worksheet,
  spec: ConditionalFormatSpec
): Promise<void> {
  await op(writer, spec);
  const format = ws.getRange(spec.range).conditionalFormats.add("Custom");
  // Relative to the range's top-left cell, as in the description and the file.
  format.custom.rule.formula = spec.formula.startsWith("=") ? spec.formula : `=${spec.formula}`;
  format.custom.format.fill.color = toHexColor(spec.fill);
  if (spec.fontColor !== undefined) format.custom.format.font.color = toHexColor(spec.fontColor);
}

function rangeOf(context: Excel.RequestContext, ref: string, here: Excel.Worksheet): Excel.Range {
  const parsed = parseAddress(ref);
  if (!parsed) throw new RangeError(`Not a chart range: "${ref}"`);
  const sheet = parsed.sheet === null ? here : context.workbook.worksheets.getItem(parsed.sheet);
  return sheet.getRange(parsed.local);
}

async function writeChart(
  writer: Writer,
  ws: Excel.Worksheet,
  spec: ChartSpec
): Promise<Excel.Chart | null> {
  const [first] = spec.series;
  if (!first) return null;
  await op(writer, spec);
  const { context } = writer;
  const chart = ws.charts.add(
    spec.kind === "bubble" ? "Bubble" : "BarClustered",
    rangeOf(context, first.y, ws),
    "Columns"
  );
  chart.title.text = spec.title;
  chart.setPosition(cellAddress(spec.anchor.row, spec.anchor.col));
  spec.series.forEach((s, i) => {
    // The chart starts with one series made from the first y range; the rest are added.
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setXAxisValues(rangeOf(context, s.x, ws));
    series.setValues(rangeOf(context, s.y, ws));
    if (spec.kind === "bubble" && s.size !== undefined)
      series.setBubbleSizes(rangeOf(context, s.size, ws));
  });
  return chart;
}

/**
 * Empties a sheet of ours for its new content: cells, formats, tables, charts, rules, panes, tab.
 * Panes only when the sheet is visible: Excel has failed unfreeze() on a hidden sheet
 * (OfficeDev/office-js#1463, since fixed), and a hidden sheet shows no panes.
 */
async function clearSheet(
  writer: Writer,
  ws: Excel.Worksheet,
  tables: readonly string[],
  charts: readonly Excel.Chart[],
  visible: boolean
): Promise<void> {
  await op(writer);
  for (const table of tables) ws.tables.getItem(table).delete();
  for (const chart of charts) chart.delete();
  const all = ws.getRange();
  all.clear();
  if (writer.support.has("conditionalFormats")) all.conditionalFormats.clearAll();
  if (writer.support.has("dataValidation")) all.dataValidation.clear();
  if (visible && writer.support.has("freezePanes")) ws.freezePanes.unfreeze();
  if (writer.support.has("tabColor")) ws.tabColor = "";
}

function addMarker(ws: Excel.Worksheet, name: string): void {
  const marker = ws.names.add(
    OWNER_MARKER,
    ownerMarkerFormula(name),
    "Digiportfölj: bladet skapades av tillägget och skrivs om av det."
  );
  marker.visible = false;
}

/** Cells: blocks, and tables as cells (the tables themselves are made last: createTable). */
async function writeSheetCells(
  writer: Writer,
  ws: Excel.Worksheet,
  sheet: SheetDescription
): Promise<void> {
  for (const block of sheet.blocks ?? []) await writeBlock(writer, ws, sheet.name, block);
  for (const table of sheet.tables ?? []) await writeTableCells(writer, ws, sheet.name, table);
}

/**
 * What a sheet has besides its cells and tables: tab colour, column widths (and hidden columns),
 * row heights, data validation, conditional formats and charts. A range copy carries none of
 * these, so a sheet copied over an old one gets them again in the last request, with the same
 * calls that already succeeded on its staging sheet. Frozen panes: writeFreeze.
 */
async function writeSheetSettings(
  writer: Writer,
  ws: Excel.Worksheet,
  sheet: SheetDescription
): Promise<Excel.Chart[]> {
  if (sheet.tabColor !== undefined && can(writer, "tabColor")) {
    await op(writer);
    ws.tabColor = toHexColor(sheet.tabColor);
  }
  for (const { col, width, hidden } of sheet.columnWidths ?? []) {
    await op(writer);
    const column = ws.getRange(columnAddress(col));
    column.format.columnWidth = columnWidthInPoints(width);
    // A sheet of ours is written whole: a column hidden before (its columns since moved) is shown.
    column.columnHidden = hidden === true;
  }
  for (const { row, height } of sheet.rowHeights ?? []) {
    await op(writer);
    ws.getRange(rowAddress(row)).format.rowHeight = height;
  }
  if ((sheet.validations?.length ?? 0) > 0 && can(writer, "dataValidation"))
    for (const spec of sheet.validations ?? []) await writeValidation(writer, ws, spec);
  if ((sheet.conditionalFormats?.length ?? 0) > 0 && can(writer, "conditionalFormats"))
    for (const spec of sheet.conditionalFormats ?? [])
      await writeConditionalFormat(writer, ws, spec);
  const charts: Excel.Chart[] = [];
  if ((sheet.charts?.length ?? 0) > 0 && can(writer, "charts"))
    for (const spec of sheet.charts ?? []) {
      const chart = await writeChart(writer, ws, spec);
      if (chart) charts.push(chart);
    }
  return charts;
}

/**
 * Frozen panes, a setting of the sheet's window: only on a visible sheet (OfficeDev/office-js#1463:
 * Excel failed unfreeze() on a hidden one), so never on a staging sheet; the last request sets
 * them at its very end, when a failure there leaves everything else written.
 */
async function writeFreeze(
  writer: Writer,
  ws: Excel.Worksheet,
  sheet: SheetDescription
): Promise<void> {
  const freeze = sheet.freeze;
  if (!freeze || (freeze.rows <= 0 && freeze.cols <= 0) || !can(writer, "freezePanes")) return;
  await op(writer);
  if (freeze.rows > 0 && freeze.cols > 0)
    ws.freezePanes.freezeAt(ws.getRange(rangeAddress(1, 1, freeze.rows, freeze.cols)));
  else if (freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
  else ws.freezePanes.freezeColumns(freeze.cols);
}

/** The cells a sheet's blocks and tables cover, as one box from its top-left content; null when none. */
export function contentBox(sheet: SheetDescription): string | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const cover = (row: number, col: number, rows: number, cols: number): void => {
    if (rows <= 0 || cols <= 0) return;
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row + rows - 1);
    right = Math.max(right, col + cols - 1);
  };
  for (const b of sheet.blocks ?? [])
    cover(b.row, b.col, b.rows.length, Math.max(0, ...b.rows.map((r) => r.length)));
  for (const t of sheet.tables ?? [])
    cover(t.row, t.col, 1 + tableRows(t).length, t.columns.length);
  return bottom === 0 ? null : rangeAddress(top, left, bottom - top + 1, right - left + 1);
}

/**
 * Bytes of the last request's own operations (not counting what the staging left in it): a
 * generous count of operations times their overhead, plus the settings' payloads. Reserved at
 * once, so the budget syncs before the last part rather than in the middle of it.
 */
function lastPartBytes(description: WorkbookDescription, plan: WritePlan): number {
  let operations = 8 + 4 * plan.sheets.length + 2 * description.names.length;
  operations += plan.sheetsToDelete.length + plan.namesToDelete.length + plan.positions.length;
  let payload = jsonBytes(description.names);
  for (const sheet of description.sheets) {
    operations += 16 + 4 * (sheet.tables?.length ?? 0) + 2 * (sheet.columnWidths?.length ?? 0);
    operations += (sheet.rowHeights?.length ?? 0) + 5 * (sheet.validations?.length ?? 0);
    operations += 4 * (sheet.conditionalFormats?.length ?? 0);
    for (const chart of sheet.charts ?? []) operations += 4 + 4 * chart.series.length;
    payload += jsonBytes([sheet.validations, sheet.conditionalFormats, sheet.charts]);
    payload += jsonBytes([
      sheet.columnWidths,
      sheet.rowHeights,
      (sheet.tables ?? []).map((t) => t.name),
    ]);
    for (const table of sheet.tables ?? [])
      for (const { rows } of splitTableRows(table).later) {
        const runs = formulaRuns(rows);
        operations += 2 + runs.length;
        payload += jsonBytes(runs.length > 0 ? onlyRunStarts(rows, runs) : rows);
      }
  }
  return operations * OPERATION_OVERHEAD_BYTES + 2 * payload;
}

/** A budget that never syncs: the last part goes in one request. */
const oneRequest = (): RequestBudget =>
  new RequestBudget(() => Promise.reject(new Error("the last request is never split")), Infinity);

const visible = (i: { readonly ws: Excel.Worksheet }): boolean => i.ws.visibility === "Visible";

export async function writeWorkbook(
  context: Excel.RequestContext,
  description: WorkbookDescription,
  options: WriteOptions
): Promise<WriteOutcome> {
  checkDescription(description);
  const { support } = options;
  const log = options.log ?? new StagingLog();
  const workbook = context.workbook;

  // Sync 1: what is there.
  const worksheets = workbook.worksheets.load("items/name,items/position,items/visibility");
  const nameFormula = support.hasRead("nameFormula");
  const nameProperty = nameFormula ? "formula" : "value";
  const names = workbook.names.load(`items/name,items/${nameProperty}`);
  await context.sync();

  // Sync 2: whose it is, what is left of an earlier write, and what the described sheets hold.
  const describedKeys = new Set(description.sheets.map((s) => key(s.name)));
  const inspected = worksheets.items.map((ws) => {
    const described = describedKeys.has(key(ws.name));
    return {
      ws,
      marker: ws.names.getItemOrNullObject(OWNER_MARKER).load(nameProperty),
      draft: ws.names.getItemOrNullObject(DRAFT_MARKER).load("name"),
      tables: ws.tables.load("items/name"),
      charts: described ? ws.charts.load("items/name") : null,
    };
  });
  await context.sync();

  const allNames = names.items.map((n) => ({
    name: n.name,
    reference: textOf(nameFormula ? n.formula : n.value),
  }));
  const left = leftovers(
    inspected.map((i) => ({
      name: i.ws.name,
      visibility: i.ws.visibility,
      draft: !i.draft.isNullObject,
    })),
    allNames
  );
  const leftSheets = new Set(left.sheets.map(key));
  const current = inspected.filter((i) => !leftSheets.has(key(i.ws.name)));
  const existing: ExistingSheet[] = current.map(({ ws, marker, tables: own }) => ({
    name: ws.name,
    position: ws.position,
    ours: !marker.isNullObject && isOwnedBy(nameFormula ? marker.formula : marker.value, ws.name),
    tables: own.items.map((t) => t.name),
  }));
  const leftNames = new Set(left.names.map(key));
  const existingNames = allNames.filter((n) => !leftNames.has(key(n.name)));
  const decided = planWrite(
    description,
    existing,
    existingNames,
    current.flatMap((i) => i.tables.items.map((t) => t.name)),
    { keepUndescribed: options.keepUndescribed === true }
  );
  if ("refusal" in decided) throw new WorkbookWriteRefused(decided.refusal);
  const plan: WritePlan = decided.plan;

  // The staging: nothing the user sees changes. Syncs only when the budget fills.
  const writer: Writer = {
    context,
    budget: new RequestBudget(() => context.sync(), options.budgetBytes),
    support,
    skipped: new Set(),
  };
  for (const name of left.names) {
    await op(writer);
    workbook.names.getItem(name).delete();
  }
  for (const name of left.sheets) {
    await op(writer);
    workbook.worksheets.getItem(name).delete();
  }

  const copyOver = support.hasSafe("copyOver");
  const canHide = current.some(visible);
  const byName = new Map(current.map((i) => [i.ws.name, i]));
  const taken = worksheets.items.map((ws) => ws.name);
  let nextStaging = 1;
  interface Target {
    readonly sheet: SheetDescription;
    readonly step: SheetStep;
    /** The sheet the user sees afterwards. */
    readonly final: Excel.Worksheet;
    /** Where the content is staged: the final sheet when it is new, else a staging sheet. */
    readonly stage: Excel.Worksheet | null;
    /** Charts made on a staging sheet, deleted before its cells are copied (a paste may take them). */
    readonly stagedCharts: Excel.Chart[];
  }
  const targets: Target[] = [];
  for (const [i, step] of plan.sheets.entries()) {
    const sheet = description.sheets[i]!;
    await op(writer);
    if (step.existing === null) {
      // Hidden until the last request; the first of them stays visible only in a workbook with
      // no visible sheet, which Excel does not allow (the double's empty workbook).
      const ws = addDraftSheet(
        workbook.worksheets,
        step.name,
        canHide || targets.some((t) => t.step.existing === null),
        log
      );
      addMarker(ws, step.name);
      targets.push({ sheet, step, final: ws, stage: ws, stagedCharts: [] });
      continue;
    }
    const old = byName.get(step.existing)!.ws;
    if (!copyOver) {
      targets.push({ sheet, step, final: old, stage: null, stagedCharts: [] });
      continue;
    }
    const staging = stagingName(taken, nextStaging);
    nextStaging = staging.next;
    const stage = addDraftSheet(workbook.worksheets, staging.name, true, log);
    targets.push({ sheet, step, final: old, stage, stagedCharts: [] });
  }
  // Names before content: list validations and formulas refer to them. A name that is new is
  // added now; one that changes keeps its old reference until the last request.
  const withNames = description.names.length > 0 && can(writer, "names");
  const there = new Set(existingNames.map((n) => key(n.name)));
  if (withNames)
    for (const spec of description.names) {
      if (there.has(key(spec.name))) continue;
      await op(writer, spec);
      workbook.names.add(spec.name, `=${sheetReference(spec.sheet, spec.ref)}`, spec.comment);
      log.names.push(spec.name);
    }
  for (const { sheet, step, stage, stagedCharts } of targets) {
    if (stage === null) continue;
    await writeSheetCells(writer, stage, sheet);
    const charts = await writeSheetSettings(writer, stage, sheet);
    if (step.existing !== null) stagedCharts.push(...charts);
  }

  // The last request: every change the user sees, after everything above has succeeded. It
  // begins by adding SWAP_SENTINEL, so that a clean-up can tell whether any of it was applied.
  await writer.budget.reserve(lastPartBytes(description, plan));
  const last: Writer = copyOver ? { ...writer, budget: oneRequest() } : writer;
  log.lastRequestQueued = true;
  workbook.names.add(SWAP_SENTINEL, sentinelFormula).visible = false;
  for (const { sheet, step, final, stage, stagedCharts } of targets) {
    if (step.existing === null) continue;
    log.touched.push(step.name);
    const found = byName.get(step.existing)!;
    if (stage !== null) {
      // Rules and charts stay behind on the staging sheet; the old sheet gets them again below.
      await op(last);
      const staged = stage.getRange();
      if (support.has("conditionalFormats")) staged.conditionalFormats.clearAll();
      if (support.has("dataValidation")) staged.dataValidation.clear();
      for (const chart of stagedCharts) chart.delete();
    }
    await clearSheet(last, final, step.tablesToDelete, found.charts?.items ?? [], visible(found));
    if (stage === null) {
      await writeSheetCells(last, final, sheet);
      continue;
    }
    const box = contentBox(sheet);
    if (box === null) continue;
    await op(last);
    final.getRange(box).copyFrom(stage.getRange(box), "All");
  }
  for (const name of plan.namesToDelete) {
    await op(last);
    workbook.names.getItem(name).delete();
  }
  if (withNames)
    for (const spec of description.names) {
      if (!plan.namesToDelete.some((n) => key(n) === key(spec.name))) continue;
      await op(last, spec);
      workbook.names.add(spec.name, `=${sheetReference(spec.sheet, spec.ref)}`, spec.comment);
    }
  // New sheets are shown before old ones go: Excel keeps at least one sheet visible.
  for (const { step, final } of targets) {
    if (step.existing !== null) continue;
    await op(last);
    final.names.getItem(DRAFT_MARKER).delete();
    final.visibility = "Visible";
  }
  for (const name of plan.sheetsToDelete) {
    await op(last);
    workbook.worksheets.getItem(name).delete();
  }
  for (const { sheet, final } of targets)
    for (const table of sheet.tables ?? []) await createTable(last, final, sheet.name, table);
  for (const { sheet, step, final, stage } of targets) {
    if (step.existing === null) continue;
    await writeSheetSettings(last, final, sheet);
    if (step.existing !== step.name) {
      await op(last);
      final.name = step.name;
      final.names.getItem(OWNER_MARKER).delete();
      addMarker(final, step.name);
    }
    if (stage !== null) {
      await op(last);
      stage.delete();
    }
  }
  for (const { name, position } of plan.positions) {
    await op(last);
    targets.find((t) => t.step.name === name)!.final.position = position;
  }
  // Last: a sheet of ours the user hid stays hidden and gets no panes (writeFreeze).
  for (const { sheet, step, final } of targets)
    if (step.existing === null || visible(byName.get(step.existing)!))
      await writeFreeze(last, final, sheet);
  workbook.names.getItem(SWAP_SENTINEL).delete();
  await context.sync();

  return {
    skipped: [...writer.skipped],
    added: plan.sheets.filter((s) => s.existing === null).map((s) => s.name),
    replaced: plan.sheets.filter((s) => s.existing !== null).map((s) => s.name),
    deleted: plan.sheetsToDelete,
  };
}

const key = (name: string): string => name.toLocaleLowerCase("sv");

const textOf = (value: unknown): string | null =>
  typeof value === "string" && value !== "" ? value : null;
