/**
 * Fault injection for the Excel double: a test makes a chosen request, or a chosen operation
 * inside a request, fail with the error code Excel uses (Excel.ErrorCodes in @types/office-js;
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 *
 * Two kinds, as Excel has them:
 * - a whole request refused (`failSync`): nothing of it is applied and no load is delivered. This is
 *   what Excel does in cell-edit mode ("We forbid API call explicitly when user enters cell edit
 *   mode", OfficeDev/office-js#761), over the payload limit (RequestPayloadSizeLimitExceeded,
 *   Excel on the web), or when the connection drops (RequestAborted);
 * - one operation failing (`failOperation`): the operations before it in the request stay applied,
 *   the rest are not run, as the double already does for any failing operation. Excel batches are
 *   not transactions.
 *
 * Operations are named `<Object>.<method>` after the proxy class without "Proxy", a property set
 * being `<Object>.set:<property>`: "ChartCollection.add", "DataValidation.set:rule",
 * "FreezePanes.freezeRows", "Range.copyFrom", "TableCollection.add", "Worksheet.delete".
 * FAULT_POINTS has the ones tests name most.
 */
import { ExcelDoubleError } from "./errors";

/** The messages Excel gives for the codes tests inject (the error-handling page above). */
const MESSAGES: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode:
    "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RequestAborted: "The request was aborted during run time.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  AccessDenied: "You cannot perform the requested operation.",
  MergedRangeConflict:
    "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
  EmptyChartSeries: "The attempted operation failed because the chart series is empty.",
  ItemAlreadyExists: "The resource being created already exists.",
};

export const injectedError = (code: string, where: string): ExcelDoubleError =>
  new ExcelDoubleError(code, MESSAGES[code] ?? `Injected failure (${code}).`, where);

/** Operation names of the double for the faults the brief of issue 16 lists, and a few more. */
export const FAULT_POINTS = {
  chart: /^ChartCollection\.add$/,
  dataValidation: /^DataValidation\.set:/,
  conditionalFormat: /^ConditionalFormatCollection\.add$/,
  freezePanes: /^FreezePanes\.freeze/,
  table: /^TableCollection\.add$/,
  copy: /^Range\.copyFrom$/,
  values: /^Range\.set:(values|formulas)$/,
  addName: /^NamedItemCollection\.add$/,
  addSheet: /^WorksheetCollection\.add$/,
  deleteSheet: /^Worksheet\.delete$/,
} as const;

interface SyncFault {
  readonly at: number;
  readonly until: number;
  readonly code: string;
}

interface OperationFault {
  readonly name: string | RegExp;
  readonly code: string;
  /** Matching operations still to pass before the first failure. */
  skip: number;
  /** Failures still to give. */
  times: number;
}

export class FaultPlan {
  private syncs = 0;
  private readonly syncFaults: SyncFault[] = [];
  private readonly operationFaults: OperationFault[] = [];
  private editing = false;

  /**
   * The k-th request from now (1-based) fails as a whole with `code`, and so do the `times - 1`
   * after it (Infinity: every later one).
   */
  failSync(k: number, options: { code?: string; times?: number } = {}): this {
    if (!Number.isInteger(k) || k < 1) throw new RangeError(`failSync(${k}): k counts from 1`);
    const times = options.times ?? 1;
    this.syncFaults.push({ at: this.syncs + k, until: this.syncs + k + times - 1, code: options.code ?? "GeneralException" });
    return this;
  }

  /**
   * The `occurrence`-th matching operation from now (1-based; default the first) fails with
   * `code`, and so do the `times - 1` matching ones after it (Infinity: every one).
   */
  failOperation(name: string | RegExp, options: { code?: string; occurrence?: number; times?: number } = {}): this {
    this.operationFaults.push({
      name,
      code: options.code ?? "GeneralException",
      skip: (options.occurrence ?? 1) - 1,
      times: options.times ?? 1,
    });
    return this;
  }

  /** The user starts typing in a cell: every request fails with InvalidOperationInCellEditMode. */
  editCell(): this {
    this.editing = true;
    return this;
  }

  stopEditing(): this {
    this.editing = false;
    return this;
  }

  clear(): this {
    this.syncFaults.length = 0;
    this.operationFaults.length = 0;
    this.editing = false;
    return this;
  }

  /** Called by the request queue as a request is sent: throws when the request is to fail whole. */
  onSync(): void {
    this.syncs++;
    if (this.editing) throw injectedError("InvalidOperationInCellEditMode", "sync");
    const fault = this.syncFaults.find((f) => this.syncs >= f.at && this.syncs <= f.until);
    if (fault) throw injectedError(fault.code, `sync ${this.syncs}`);
  }

  /** Called before each operation of a request runs: throws when this one is to fail. */
  onOperation(name: string | undefined): void {
    if (name === undefined) return;
    for (const fault of this.operationFaults) {
      if (fault.times <= 0) continue;
      const matches = typeof fault.name === "string" ? fault.name === name : fault.name.test(name);
      if (!matches) continue;
      if (fault.skip > 0) {
        fault.skip--;
        continue;
      }
      fault.times--;
      throw injectedError(fault.code, name);
    }
  }
}
