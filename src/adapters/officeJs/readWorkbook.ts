/**
 * read(): the whole open workbook as WorkbookData, in a constant number of syncs.
 *
 * 1. sheets (name, visibility), names, and where supported the workbook's name and date
 *    system: one sync resolves the collections;
 * 2. each sheet's getUsedRangeOrNullObject(true) (address only), its tables (name, showHeaders) and
 *    whether it is a failed write's draft (staging.ts), which is then left out;
 * 3+. the cells (values, valueTypes, numberFormat) in row bands across sheets, as many per request
 *    as the size estimate allows under 4 MB (readPlan.ts), the tables' ranges and (ExcelApi 1.13)
 *    each used range's merged areas with the first.
 *    A small workbook takes one such request, so three syncs in all; 10,000 rows × 40 short
 *    columns take four (six syncs).
 * If Excel still answers that a response is too large, that request is retried in halves. If the
 * first request fails otherwise while it carries merged areas (Excel fails
 * getMergedAreasOrNullObject on a range with more than 512 of them, and the whole request with
 * it), it is sent again without them: one sync more, and no sheet has `merges`.
 */
import type {
  CellBox,
  CellValue,
  DefinedName,
  SheetGrid,
  TableInfo,
  WorkbookData,
} from "../../domain/ports/WorkbookPort";
import { parseAddress, rangeAddress } from "./a1";
import { OWNER_MARKER } from "./ownership";
import {
  toAreaBoxes,
  toDefinedName,
  toGridRows,
  toVisibility,
  type LoadedCells,
} from "./readCells";
import {
  cellsPerRequest,
  INITIAL_BYTES_PER_CELL,
  nextBands,
  START,
  updatedEstimate,
  type Band,
  type UsedArea,
} from "./readPlan";
import { jsonBytes, REQUEST_BUDGET_BYTES } from "./requestBudget";
import type { FeatureSupport } from "./requirementSets";
import { DRAFT_MARKER, isStagingName, SWAP_SENTINEL } from "./staging";

/** Workbook.use1904DateSystem is not in @types/office-js yet. */
interface WithDateSystem {
  readonly use1904DateSystem?: boolean;
}

export interface ReadOptions {
  readonly support: FeatureSupport;
  /** The name reported when Excel cannot tell the workbook's (before ExcelApi 1.7). */
  readonly fallbackName: string;
  readonly budgetBytes?: number;
}

type MutableGrid = Omit<SheetGrid, "values" | "numberFormats" | "tables" | "merges"> & {
  tables: readonly TableInfo[];
  merges?: readonly CellBox[];
  values: CellValue[][];
  numberFormats: (string | null)[][];
};

const isPayloadTooLarge = (error: unknown): boolean =>
  /PayloadSizeLimitExceeded/i.test(String((error as { code?: unknown })?.code ?? ""));

export async function readWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions
): Promise<WorkbookData> {
  const { support } = options;
  const budget = options.budgetBytes ?? REQUEST_BUDGET_BYTES;
  const workbook = context.workbook;
  const worksheets = workbook.worksheets.load("items/name,items/visibility");
  const nameFormula = support.hasRead("nameFormula");
  // NamedItem.formula where there is one; `value` (a range's address) before ExcelApi 1.7.
  const names = workbook.names.load(
    nameFormula ? "items/name,items/formula" : "items/name,items/value"
  );
  const wantName = support.hasRead("workbookName");
  // Only when both the host and the loaded office.js know the property: loading an unknown
  // property would fail the whole batch.
  const want1904 = support.hasRead("date1904") && "use1904DateSystem" in workbook;
  const workbookProps = [...(wantName ? ["name"] : []), ...(want1904 ? ["use1904DateSystem"] : [])];
  if (workbookProps.length > 0) workbook.load(workbookProps.join(","));
  const active = workbook.worksheets.getActiveWorksheet().load("name");
  await context.sync();

  // What a failed write left (staging.ts: a hidden staging sheet, a sheet still carrying
  // DRAFT_MARKER) is not the user's data and is not read.
  const listed = worksheets.items.filter(
    (ws) => !(isStagingName(ws.name) && ws.visibility !== "Visible")
  );
  const drafts = listed.map((ws) => ws.names.getItemOrNullObject(DRAFT_MARKER).load("name"));
  const usedAll = listed.map((ws) => ws.getUsedRangeOrNullObject(true).load("address"));
  const tablesAll = listed.map((ws) => ws.tables.load("items/name,items/showHeaders"));
  await context.sync();
  const kept = listed.flatMap((_, i) => (drafts[i]!.isNullObject ? [i] : []));
  const sheets = kept.map((i) => listed[i]!);
  const used = kept.map((i) => usedAll[i]!);
  const sheetTables = kept.map((i) => tablesAll[i]!);

  // Each table's range travels with the first request for cells (a sync of its own only when
  // there are no cells to read, which a table's header row rules out in practice).
  const queueTableRanges = (): Excel.Range[][] =>
    sheetTables.map((tables) => tables.items.map((table) => table.getRange().load("address")));
  let tableRanges = queueTableRanges();
  const tablesOf = (i: number): TableInfo[] =>
    sheetTables[i]!.items.flatMap((table, t) => {
      const parsed = parseAddress(tableRanges[i]![t]!.address);
      return parsed ? [{ name: table.name, box: parsed.box, hasHeaderRow: table.showHeaders }] : [];
    });

  const areas: UsedArea[] = [];
  const grids = sheets.map((ws, i): MutableGrid => {
    const range = used[i]!;
    const box = range.isNullObject ? null : parseAddress(range.address)?.box;
    const grid: MutableGrid = {
      name: ws.name,
      visibility: toVisibility(ws.visibility),
      top: box?.top ?? 1,
      left: box?.left ?? 1,
      values: [],
      numberFormats: [],
      tables: [],
    };
    if (box)
      areas.push({
        sheet: i,
        top: box.top,
        left: box.left,
        rows: box.bottom - box.top + 1,
        cols: box.right - box.left + 1,
      });
    return grid;
  });

  // Range.getMergedAreasOrNullObject gives the merged areas whose top-left cell is in the range
  // (OfficeDev/office-js#3611): on the used range (values only) that is every merge holding a value.
  let mergesPending = support.hasRead("mergedAreas") && areas.length > 0;
  const queueMergedAreas = (): Excel.RangeAreas[] =>
    mergesPending
      ? areas.map((a) =>
          sheets[a.sheet]!.getRange(rangeAddress(a.top, a.left, a.rows, a.cols))
            .getMergedAreasOrNullObject()
            .load("address")
        )
      : [];
  let mergedAreas = queueMergedAreas();

  let cursor = START;
  let measuredBytes = 0;
  let measuredCells = 0;
  let cap = Infinity;
  let tablesLoaded = false;
  for (;;) {
    const perRequest = Math.min(
      cap,
      cellsPerRequest(
        budget,
        measuredCells > 0 ? updatedEstimate(measuredBytes, measuredCells) : INITIAL_BYTES_PER_CELL
      )
    );
    const next = nextBands(areas, cursor, perRequest);
    if (next.bands.length === 0) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- once, on leaving
      if (tableRanges.some((list) => list.length > 0) && !tablesLoaded) await context.sync();
      break;
    }
    const loaded = next.bands.map((band) =>
      sheets[band.sheet]!.getRange(rangeAddress(band.top, band.left, band.rows, band.cols)).load(
        "values,valueTypes,numberFormat"
      )
    );
    try {
      // One sync per band request, each near 4 MB: a handful however large the workbook.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const asked = next.bands.reduce((n, b) => n + b.rows * b.cols, 0);
      if (isPayloadTooLarge(error) && asked > 1) cap = Math.max(1, Math.floor(asked / 2));
      else if (mergesPending) mergesPending = false;
      else throw error;
      // A refused request delivers nothing: ask for the tables' ranges (and merges) again.
      if (!tablesLoaded) tableRanges = queueTableRanges();
      mergedAreas = queueMergedAreas();
      continue;
    }
    if (mergesPending) {
      mergedAreas.forEach((merged, k) => {
        const boxes = merged.isNullObject ? [] : toAreaBoxes(merged.address);
        boxes.sort((a, b) => a.top - b.top || a.left - b.left);
        if (boxes.length > 0) grids[areas[k]!.sheet]!.merges = boxes;
      });
      mergesPending = false;
    }
    next.bands.forEach((band: Band, i) => {
      const cells = loaded[i]! as unknown as LoadedCells;
      measuredBytes +=
        jsonBytes(cells.values) + jsonBytes(cells.valueTypes) + jsonBytes(cells.numberFormat);
      measuredCells += band.rows * band.cols;
      const rows = toGridRows(cells);
      grids[band.sheet]!.values.push(...rows.values);
      grids[band.sheet]!.numberFormats.push(...rows.numberFormats);
    });
    cursor = next.cursor;
    tablesLoaded = true;
  }
  grids.forEach((grid, i) => (grid.tables = tablesOf(i)));

  const definedNames = names.items
    .map((item) =>
      toDefinedName(
        item.name,
        nameFormula ? item.formula : undefined,
        nameFormula ? undefined : item.value,
        (name) => name === OWNER_MARKER || name === SWAP_SENTINEL
      )
    )
    .filter((name): name is DefinedName => name !== null);

  const dateSystem = want1904 ? (workbook as unknown as WithDateSystem).use1904DateSystem : false;
  return {
    name: wantName && workbook.name ? workbook.name : options.fallbackName,
    date1904: dateSystem === true,
    sheets: grids,
    definedNames,
    activeSheet: active.name,
  };
}
