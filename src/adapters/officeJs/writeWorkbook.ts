/**
 * write(): renders a WorkbookDescription into the open workbook, the same meaning as the file
 * adapter's write/writeWorkbook.ts, without ever touching a sheet or name that is the user's.
 *
 * Syncs: 1. sheets and names; 2. every sheet's ownership marker and tables and, for the sheets
 * the description names, their charts; then, after planWrite() has decided (and refused
 * before any change if something is in the way), 3. everything written in one request, split
 * into more only when the queued arrays would pass 4 MB (RequestBudget).
 */
import type {
  CellBlock,
  CellContent,
  ChartSpec,
  ConditionalFormatSpec,
  SheetDescription,
  TableSpec,
  ValidationSpec,
  WorkbookDescription,
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
import { planWrite, type ExistingSheet, type WritePlan } from "./writePlan";
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

async function writeTable(
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

  // Excel wants at least one data row; the table exists before its rows so that their
  // structured references (Tabell[[#This Row],[Kolumn]]) resolve.
  const sourceRows = table.rows.length > 0 ? table.rows : [[]];
  await op(writer, table.name);
  const created = ws.tables.add(
    rangeAddress(table.row, table.col, 1 + sourceRows.length, width),
    true
  );
  created.name = table.name;
  created.style = TABLE_STYLE;

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

async function writeChart(writer: Writer, ws: Excel.Worksheet, spec: ChartSpec): Promise<void> {
  const [first] = spec.series;
  if (!first) return;
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
}

/** Empties a sheet of ours for rewriting: cells, formats, tables, charts, rules, panes, tab. */
async function clearSheet(
  writer: Writer,
  ws: Excel.Worksheet,
  tables: readonly string[],
  charts: readonly Excel.Chart[]
): Promise<void> {
  await op(writer);
  for (const table of tables) ws.tables.getItem(table).delete();
  for (const chart of charts) chart.delete();
  const all = ws.getRange();
  all.clear();
  if (writer.support.has("conditionalFormats")) all.conditionalFormats.clearAll();
  if (writer.support.has("dataValidation")) all.dataValidation.clear();
  if (writer.support.has("freezePanes")) ws.freezePanes.unfreeze();
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

async function writeSheetContent(
  writer: Writer,
  ws: Excel.Worksheet,
  sheet: SheetDescription
): Promise<void> {
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
  for (const block of sheet.blocks ?? []) await writeBlock(writer, ws, sheet.name, block);
  for (const table of sheet.tables ?? []) await writeTable(writer, ws, sheet.name, table);
  if ((sheet.validations?.length ?? 0) > 0 && can(writer, "dataValidation"))
    for (const spec of sheet.validations ?? []) await writeValidation(writer, ws, spec);
  if ((sheet.conditionalFormats?.length ?? 0) > 0 && can(writer, "conditionalFormats"))
    for (const spec of sheet.conditionalFormats ?? [])
      await writeConditionalFormat(writer, ws, spec);
  const freeze = sheet.freeze;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0) && can(writer, "freezePanes")) {
    await op(writer);
    if (freeze.rows > 0 && freeze.cols > 0)
      ws.freezePanes.freezeAt(ws.getRange(rangeAddress(1, 1, freeze.rows, freeze.cols)));
    else if (freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
    else ws.freezePanes.freezeColumns(freeze.cols);
  }
  if ((sheet.charts?.length ?? 0) > 0 && can(writer, "charts"))
    for (const chart of sheet.charts ?? []) await writeChart(writer, ws, chart);
}

export async function writeWorkbook(
  context: Excel.RequestContext,
  description: WorkbookDescription,
  options: WriteOptions
): Promise<WriteOutcome> {
  checkDescription(description);
  const { support } = options;
  const workbook = context.workbook;

  // Sync 1: what is there.
  const worksheets = workbook.worksheets.load("items/name,items/position,items/visibility");
  const nameFormula = support.hasRead("nameFormula");
  const nameProperty = nameFormula ? "formula" : "value";
  const names = workbook.names.load(`items/name,items/${nameProperty}`);
  await context.sync();

  // Sync 2: whose it is, and what the described sheets hold.
  const describedKeys = new Set(description.sheets.map((s) => s.name.toLocaleLowerCase("sv")));
  const inspected = worksheets.items.map((ws) => {
    const described = describedKeys.has(ws.name.toLocaleLowerCase("sv"));
    return {
      ws,
      marker: ws.names.getItemOrNullObject(OWNER_MARKER).load(nameProperty),
      tables: ws.tables.load("items/name"),
      charts: described ? ws.charts.load("items/name") : null,
    };
  });
  await context.sync();

  const existing: ExistingSheet[] = inspected.map(({ ws, marker, tables: own }) => ({
    name: ws.name,
    position: ws.position,
    ours: !marker.isNullObject && isOwnedBy(nameFormula ? marker.formula : marker.value, ws.name),
    tables: own.items.map((t) => t.name),
  }));
  const decided = planWrite(
    description,
    existing,
    names.items.map((n) => ({
      name: n.name,
      reference: textOf(nameFormula ? n.formula : n.value),
    })),
    inspected.flatMap((i) => i.tables.items.map((t) => t.name)),
    { keepUndescribed: options.keepUndescribed === true }
  );
  if ("refusal" in decided) throw new WorkbookWriteRefused(decided.refusal);
  const plan: WritePlan = decided.plan;

  // From here on, every change; syncs only when the budget fills, and once at the end.
  const writer: Writer = {
    context,
    budget: new RequestBudget(() => context.sync(), options.budgetBytes),
    support,
    skipped: new Set(),
  };
  const byName = new Map(inspected.map((i) => [i.ws.name, i]));
  const sheets = new Map<string, Excel.Worksheet>();
  for (const step of plan.sheets) {
    await op(writer);
    if (step.existing === null) {
      const ws = workbook.worksheets.add(step.name);
      addMarker(ws, step.name);
      sheets.set(step.name, ws);
      continue;
    }
    const found = byName.get(step.existing)!;
    const ws = found.ws;
    await clearSheet(writer, ws, step.tablesToDelete, found.charts?.items ?? []);
    if (step.existing !== step.name) {
      ws.name = step.name;
      ws.names.getItem(OWNER_MARKER).delete();
      addMarker(ws, step.name);
    }
    if (ws.visibility !== "Visible") ws.visibility = "Visible";
    sheets.set(step.name, ws);
  }
  for (const name of plan.namesToDelete) {
    await op(writer);
    workbook.names.getItem(name).delete();
  }
  for (const name of plan.sheetsToDelete) {
    await op(writer);
    workbook.worksheets.getItem(name).delete();
  }
  for (const { name, position } of plan.positions) {
    await op(writer);
    sheets.get(name)!.position = position;
  }
  // Names before content: list validations and formulas refer to them.
  if (description.names.length > 0 && can(writer, "names")) {
    const kept = new Set(plan.namesToKeep);
    for (const spec of description.names) {
      if (kept.has(spec.name)) continue;
      await op(writer, spec);
      workbook.names.add(spec.name, `=${sheetReference(spec.sheet, spec.ref)}`, spec.comment);
    }
  }
  for (const sheet of description.sheets)
    await writeSheetContent(writer, sheets.get(sheet.name)!, sheet);
  await context.sync();

  return {
    skipped: [...writer.skipped],
    added: plan.sheets.filter((s) => s.existing === null).map((s) => s.name),
    replaced: plan.sheets.filter((s) => s.existing !== null).map((s) => s.name),
    deleted: plan.sheetsToDelete,
  };
}

const textOf = (value: unknown): string | null =>
  typeof value === "string" && value !== "" ? value : null;
