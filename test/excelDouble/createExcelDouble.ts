/**
 * An Excel double for tests of the Office.js adapter: `run` stands in for `Excel.run`, `context` for a
 * request context, `Office` answers requirement-set questions, `workbook` seeds and inspects, and
 * `stats` counts round trips and their sizes. Strict where Excel is strict (see README.md).
 */
import { DoubleWorkbook } from "./DoubleWorkbook";
import { ExcelDoubleError } from "./errors";
import { FaultPlan } from "./faults";
import type { DoubleContext } from "./proxyBase";
import { type DoubleStats, RequestQueue, versionAtLeast } from "./requestQueue";
import { WorkbookProxy } from "./workbookProxies";
import { WorkbookState } from "./workbookState";

export interface ExcelDoubleOptions {
  /** Supported requirement sets, e.g. { ExcelApi: "1.7" } for volume-licensed Office 2019. Default ExcelApi 1.17. */
  requirementSets?: Record<string, string>;
  /** Request and response size limit; Excel on the web allows 5 MB. */
  maxRequestBytes?: number;
  /** Sheets of the starting workbook; default one sheet, "Sheet1". */
  sheets?: string[];
}

export interface DoubleRequestContext extends DoubleContext {
  readonly workbook: WorkbookProxy;
  sync(): Promise<void>;
  readonly trackedObjects: { add(o: unknown): void; remove(o: unknown): void };
  readonly application: { suspendApiCalculationUntilNextSync(): void };
}

/** The few Excel enums adapter code reads at run time (they are plain strings in Office.js). */
export const ExcelEnums = {
  ConditionalFormatType: { custom: "Custom" },
  ChartType: { bubble: "Bubble", barClustered: "BarClustered", columnClustered: "ColumnClustered", xyscatter: "XYScatter" },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  DataValidationOperator: { between: "Between", greaterThanOrEqualTo: "GreaterThanOrEqualTo", lessThanOrEqualTo: "LessThanOrEqualTo" },
  DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
  /** The codes of Excel.ErrorCodes (@types/office-js) the double gives or tests inject. */
  ErrorCodes: {
    accessDenied: "AccessDenied",
    apiNotFound: "ApiNotFound",
    emptyChartSeries: "EmptyChartSeries",
    generalException: "GeneralException",
    invalidArgument: "InvalidArgument",
    invalidOperation: "InvalidOperation",
    invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
    itemAlreadyExists: "ItemAlreadyExists",
    itemNotFound: "ItemNotFound",
    mergedRangeConflict: "MergedRangeConflict",
    requestAborted: "RequestAborted",
    responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  },
};

export function createExcelDouble(options: ExcelDoubleOptions = {}) {
  const state = new WorkbookState();
  for (const name of options.sheets ?? ["Sheet1"]) state.addSheet(name);
  const stats: DoubleStats = { syncs: 0, requests: [] };
  const sets: Record<string, string> = { ExcelApi: "1.17", ...options.requirementSets };
  const maxBytes = options.maxRequestBytes ?? 5 * 1024 * 1024;
  /** Requests or operations a test makes fail (see faults.ts). */
  const faults = new FaultPlan();

  const newContext = (): DoubleRequestContext => {
    const queue = new RequestQueue(stats, maxBytes, sets.ExcelApi ?? "1.1", faults);
    const base = { queue, state };
    return Object.assign(base, {
      workbook: new WorkbookProxy(base, () => state, "workbook"),
      sync: () => queue.sync(),
      trackedObjects: { add: () => undefined, remove: () => undefined },
      application: { suspendApiCalculationUntilNextSync: () => undefined },
    });
  };

  /** Like Excel.run: a fresh context, what is still queued is sent when the batch's promise resolves, then the context is closed. */
  async function run<R>(batch: (context: Excel.RequestContext) => Promise<R>): Promise<R> {
    const ctx = newContext();
    try {
      const pending = batch(ctx as unknown as Excel.RequestContext) as unknown;
      if (typeof (pending as { then?: unknown } | null)?.then !== "function")
        throw new ExcelDoubleError("RunMustReturnPromise", 'The batch function passed to the ".run" method didn\'t return a promise.');
      const result = await (pending as Promise<R>);
      if (ctx.queue.pending > 0) await ctx.sync();
      return result;
    } finally {
      ctx.queue.closed = true;
    }
  }

  const Office = {
    context: {
      requirements: {
        /** As Office: a number version 1.10 arrives as 1.1, so callers should pass strings. */
        isSetSupported: (name: string, minVersion?: string | number): boolean => {
          const have = Object.entries(sets).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
          return have !== undefined && (minVersion === undefined || versionAtLeast(have, String(minVersion)));
        },
      },
    },
    HostType: { Excel: "Excel" },
    onReady: async () => ({ host: "Excel", platform: "PC" }),
  };

  const Excel = { ...ExcelEnums, run };

  /** Puts `Excel` and `Office` on globalThis for code that uses the globals; returns the undo. */
  function install(): () => void {
    const g = globalThis as Record<string, unknown>;
    const before = { Excel: g.Excel, Office: g.Office };
    Object.assign(g, { Excel, Office });
    return () => Object.assign(g, before);
  }

  return { run, context: newContext(), workbook: new DoubleWorkbook(state), Office, Excel, stats, faults, install };
}

export type ExcelDouble = ReturnType<typeof createExcelDouble>;
