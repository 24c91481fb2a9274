/**
 * extend(): renders a SheetExtension beside a list on a sheet that is the user's. Each extension
 * key owns one box on the sheet, kept in a hidden sheet-scoped name (EXTENSION_PREFIX + key) that
 * Excel moves along when the user inserts rows or columns. A cell is written only when it is
 * empty, or inside that box when the extension rewrites it (clearPrevious); anything else refuses
 * the whole extension before a change.
 *
 * Syncs: 1. the sheet, its two markers, the cells the blocks would cover and the workbook's sheet
 * names; 2. everything written (more only when the queued arrays pass 4 MB).
 *
 * Cannot half-fail (staging.ts): the request first writes the same blocks, widths, validations and
 * conditional formats on a hidden staging sheet, at the same addresses, then, only if all of that
 * succeeded, on the user's sheet, and deletes the staging sheet. A refused request changes
 * nothing; an operation that fails on the staging sheet stops the request before the user's sheet
 * is touched. What can still fail half way is an operation that succeeded on the staging sheet
 * and fails on the user's (their own validations or merged cells there): the clean-up sees it
 * (SWAP_SENTINEL) and the pane is told the columns may be incomplete. The box marker is written
 * first in that part, so a later run may rewrite whatever was written.
 */
import type { CellBox } from "../../domain/ports/WorkbookPort";
import type { SheetExtension } from "../../domain/template/WorkbookDescription";
import { cellAddress, columnLetters } from "../../domain/sheets/columnLetters";
import { columnAddress, parseAddress, rangeAddress, sheetReference } from "./a1";
import { OPERATION_OVERHEAD_BYTES, RequestBudget } from "./requestBudget";
import {
  addDraftSheet,
  isStagingName,
  sentinelFormula,
  StagingLog,
  stagingName,
  SWAP_SENTINEL,
} from "./staging";
import type { FeatureSupport, SkippableFeature } from "./requirementSets";
import { columnWidthInPoints } from "./units";
import {
  can,
  op,
  writeBlock,
  writeConditionalFormat,
  writeValidation,
  type Writer,
} from "./writeWorkbook";
import { WorkbookWriteRefused } from "./WorkbookWriteRefused";

export const EXTENSION_PREFIX = "Digiportfolj_";
/** Holds the ranges of the conditional formats an extension added, so a re-run adds none twice. */
const RULES_SUFFIX = "_regler";

export interface ExtendOptions {
  readonly support: FeatureSupport;
  readonly budgetBytes?: number;
  /** Filled as the extension goes: what to remove if it fails (OfficeJsWorkbook runs cleanUp). */
  readonly log?: StagingLog;
}

export interface ExtendOutcome {
  readonly box: string | null;
  readonly skipped: readonly SkippableFeature[];
}

const union = (a: CellBox, b: CellBox): CellBox => ({
  top: Math.min(a.top, b.top),
  left: Math.min(a.left, b.left),
  bottom: Math.max(a.bottom, b.bottom),
  right: Math.max(a.right, b.right),
});

function boxOf(extension: SheetExtension): CellBox | null {
  let box: CellBox | null = null;
  for (const block of extension.blocks) {
    const width = Math.max(0, ...block.rows.map((r) => r.length));
    if (block.rows.length === 0 || width === 0) continue;
    const b = {
      top: block.row,
      left: block.col,
      bottom: block.row + block.rows.length - 1,
      right: block.col + width - 1,
    };
    box = box ? union(box, b) : b;
  }
  return box;
}

const inside = (box: CellBox | null, row: number, col: number): boolean =>
  box !== null && row >= box.top && row <= box.bottom && col >= box.left && col <= box.right;

const boxAddress = (box: CellBox): string =>
  rangeAddress(box.top, box.left, box.bottom - box.top + 1, box.right - box.left + 1);

const absolute = (box: CellBox): string =>
  `$${columnLetters(box.left)}$${box.top}:$${columnLetters(box.right)}$${box.bottom}`;

const stringConstant = (text: string): string => `="${text.replace(/"/g, '""')}"`;

const constantText = (value: unknown): string | null => {
  if (typeof value !== "string") return null;
  const quoted = /^="((?:[^"]|"")*)"$/.exec(value);
  return quoted ? quoted[1]!.replace(/""/g, '"') : value;
};

/** The user's cells a block would overwrite, as A1 addresses (at most a few, for the message). */
function cellsInTheWay(
  extension: SheetExtension,
  newBox: CellBox,
  oldBox: CellBox | null,
  existing: readonly (readonly unknown[])[]
): string[] {
  const found: string[] = [];
  for (const block of extension.blocks) {
    block.rows.forEach((row, r) =>
      row.forEach((_, c) => {
        const at = { row: block.row + r, col: block.col + c };
        if (inside(oldBox, at.row, at.col)) return;
        const held = existing[at.row - newBox.top]?.[at.col - newBox.left];
        if (held !== "" && held !== null && held !== undefined && found.length < 5)
          found.push(cellAddress(at.row, at.col));
      })
    );
  }
  return found;
}

/** Blocks, widths, validations and (when `withRules`) conditional formats: staged, then for real. */
async function writeExtension(
  writer: Writer,
  ws: Excel.Worksheet,
  sheetName: string,
  extension: SheetExtension,
  withRules: boolean
): Promise<void> {
  for (const block of extension.blocks) await writeBlock(writer, ws, sheetName, block);
  for (const { col, width } of extension.columnWidths ?? []) {
    await op(writer);
    ws.getRange(columnAddress(col)).format.columnWidth = columnWidthInPoints(width);
  }
  if ((extension.validations?.length ?? 0) > 0 && can(writer, "dataValidation"))
    for (const spec of extension.validations ?? []) await writeValidation(writer, ws, spec);
  if (withRules)
    for (const spec of extension.conditionalFormats ?? [])
      await writeConditionalFormat(writer, ws, spec);
}

/** A budget that never syncs: the last part goes in one request. */
const oneRequest = (): RequestBudget =>
  new RequestBudget(() => Promise.reject(new Error("the last request is never split")), Infinity);

export async function extendSheet(
  context: Excel.RequestContext,
  extension: SheetExtension,
  options: ExtendOptions
): Promise<ExtendOutcome> {
  const { support } = options;
  const log = options.log ?? new StagingLog();
  const formulaNames = support.hasRead("nameFormula");
  const property = formulaNames ? "formula" : "value";
  const workbook = context.workbook;
  const ws = workbook.worksheets.getItemOrNullObject(extension.sheet);
  const markerName = EXTENSION_PREFIX + extension.key;
  const marker = ws.names.getItemOrNullObject(markerName).load(property);
  const rules = ws.names.getItemOrNullObject(markerName + RULES_SUFFIX).load(property);
  const newBox = boxOf(extension);
  const target = newBox ? ws.getRange(boxAddress(newBox)).load("formulas") : null;
  ws.load("name");
  const worksheets = workbook.worksheets.load("items/name,items/visibility");
  await context.sync();

  if (ws.isNullObject)
    throw new WorkbookWriteRefused({ reason: "no_such_sheet", items: [extension.sheet] });
  const oldBox = marker.isNullObject
    ? null
    : (parseAddress(String(formulaNames ? marker.formula : marker.value))?.box ?? null);
  const rewrite = extension.clearPrevious === true;
  if (newBox && target) {
    const blocked = cellsInTheWay(
      extension,
      newBox,
      rewrite ? oldBox : null,
      target.formulas as unknown[][]
    );
    if (blocked.length > 0)
      throw new WorkbookWriteRefused({
        reason: "cells_not_empty",
        items: blocked.map((cell) => sheetReference(ws.name, cell)),
      });
  }

  const writer: Writer = {
    context,
    budget: new RequestBudget(() => context.sync(), options.budgetBytes),
    support,
    skipped: new Set(),
  };
  const formats = extension.conditionalFormats ?? [];
  const ruleRanges = formats.map((f) => f.range).join(";");
  const rulesThere = rules.isNullObject
    ? null
    : constantText(formulaNames ? rules.formula : rules.value);
  const withRules =
    formats.length > 0 && rulesThere !== ruleRanges && can(writer, "conditionalFormats");

  // Staged: an earlier write's leftovers go, then the extension on a hidden sheet of its own.
  const sheets = worksheets.items;
  for (const leftover of sheets.filter(
    (s) => isStagingName(s.name) && s.visibility !== "Visible"
  )) {
    await op(writer);
    leftover.delete();
  }
  await op(writer);
  const staging = stagingName(sheets.map((s) => s.name));
  const stage = addDraftSheet(workbook.worksheets, staging.name, true, log);
  const before = writer.budget.total;
  await writeExtension(writer, stage, ws.name, extension, withRules);
  const staged = writer.budget.total - before;

  // The last part: the same on the user's sheet, in one request when it fits.
  const lastBytes = staged + 8 * OPERATION_OVERHEAD_BYTES;
  await writer.budget.reserve(lastBytes);
  const last: Writer =
    lastBytes <= writer.budget.limit ? { ...writer, budget: oneRequest() } : writer;
  log.lastRequestQueued = true;
  log.touched.push(ws.name);
  workbook.names.add(SWAP_SENTINEL, sentinelFormula).visible = false;
  const box = rewrite || !oldBox ? newBox : newBox ? union(oldBox, newBox) : oldBox;
  await op(last);
  if (!marker.isNullObject) ws.names.getItem(markerName).delete();
  if (box) {
    const comment = "Digiportfölj: celler som tillägget har lagt till och skriver om.";
    ws.names.add(markerName, `=${sheetReference(ws.name, absolute(box))}`, comment).visible = false;
  }
  if (oldBox && rewrite) {
    await op(last);
    ws.getRange(boxAddress(oldBox)).clear("All");
  }
  await writeExtension(last, ws, ws.name, extension, withRules);
  if (withRules) {
    await op(last);
    if (!rules.isNullObject) ws.names.getItem(markerName + RULES_SUFFIX).delete();
    ws.names.add(markerName + RULES_SUFFIX, stringConstant(ruleRanges)).visible = false;
  }
  await op(last);
  stage.delete();
  workbook.names.getItem(SWAP_SENTINEL).delete();
  await context.sync();
  return { box: box ? boxAddress(box) : null, skipped: [...writer.skipped] };
}
