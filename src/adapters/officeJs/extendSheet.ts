/**
 * extend(): renders a SheetExtension beside a list on a sheet that is the user's. Each extension
 * key owns one box on the sheet, kept in a hidden sheet-scoped name (EXTENSION_PREFIX + key) that
 * Excel moves along when the user inserts rows or columns. A cell is written only when it is
 * empty, or inside that box when the extension rewrites it (clearPrevious); anything else refuses
 * the whole extension before a change.
 *
 * Syncs: 1. the sheet, its two markers and the cells the blocks would cover; 2. everything
 * written (more only when the queued arrays pass 4 MB).
 */
import type { CellBox } from "../../domain/ports/WorkbookPort";
import type { SheetExtension } from "../../domain/template/WorkbookDescription";
import { cellAddress, columnLetters } from "../../domain/sheets/columnLetters";
import { columnAddress, parseAddress, rangeAddress, sheetReference } from "./a1";
import { RequestBudget } from "./requestBudget";
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

export async function extendSheet(
  context: Excel.RequestContext,
  extension: SheetExtension,
  options: ExtendOptions
): Promise<ExtendOutcome> {
  const { support } = options;
  const formulaNames = support.hasRead("nameFormula");
  const property = formulaNames ? "formula" : "value";
  const ws = context.workbook.worksheets.getItemOrNullObject(extension.sheet);
  const markerName = EXTENSION_PREFIX + extension.key;
  const marker = ws.names.getItemOrNullObject(markerName).load(property);
  const rules = ws.names.getItemOrNullObject(markerName + RULES_SUFFIX).load(property);
  const newBox = boxOf(extension);
  const target = newBox ? ws.getRange(boxAddress(newBox)).load("formulas") : null;
  ws.load("name");
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
  if (oldBox && rewrite) {
    await op(writer);
    ws.getRange(boxAddress(oldBox)).clear("All");
  }
  for (const block of extension.blocks) await writeBlock(writer, ws, ws.name, block);
  for (const { col, width } of extension.columnWidths ?? []) {
    await op(writer);
    ws.getRange(columnAddress(col)).format.columnWidth = columnWidthInPoints(width);
  }
  if ((extension.validations?.length ?? 0) > 0 && can(writer, "dataValidation"))
    for (const spec of extension.validations ?? []) await writeValidation(writer, ws, spec);

  const formats = extension.conditionalFormats ?? [];
  const ruleRanges = formats.map((f) => f.range).join(";");
  const rulesThere = rules.isNullObject
    ? null
    : constantText(formulaNames ? rules.formula : rules.value);
  if (formats.length > 0 && rulesThere !== ruleRanges && can(writer, "conditionalFormats")) {
    for (const spec of formats) await writeConditionalFormat(writer, ws, spec);
    await op(writer);
    if (!rules.isNullObject) ws.names.getItem(markerName + RULES_SUFFIX).delete();
    ws.names.add(markerName + RULES_SUFFIX, stringConstant(ruleRanges)).visible = false;
  }

  const box = rewrite || !oldBox ? newBox : newBox ? union(oldBox, newBox) : oldBox;
  await op(writer);
  if (!marker.isNullObject) ws.names.getItem(markerName).delete();
  if (box) {
    const comment = "Digiportfölj: celler som tillägget har lagt till och skriver om.";
    ws.names.add(markerName, `=${sheetReference(ws.name, absolute(box))}`, comment).visible = false;
  }
  await context.sync();
  return { box: box ? boxAddress(box) : null, skipped: [...writer.skipped] };
}
