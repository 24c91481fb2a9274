/**
 * The workbook port over the workbook open in Excel, through Office.js. The only code in the
 * project that touches `Excel`; it takes `Excel.run` (or a test double of it) and the host's
 * requirement-set check, so nothing here reads a global. See README.md for the syncs each
 * operation makes and what an older Excel leaves out.
 */
import type { WorkbookData, WorkbookPort } from "../../domain/ports/WorkbookPort";
import type {
  SheetExtension,
  WorkbookDescription,
} from "../../domain/template/WorkbookDescription";
import { readWorkbook } from "./readWorkbook";
import {
  featureSupport,
  type FeatureSupport,
  type IsSetSupported,
  type SkippableFeature,
} from "./requirementSets";
import { writeWorkbook, type WriteOutcome } from "./writeWorkbook";
import { extendSheet, type ExtendOutcome } from "./extendSheet";
import { rangeAddress } from "./a1";
import { cleanUp, StagingLog, type CleanUpResult } from "./staging";
import { excelErrorCode, WorkbookWriteFailed, type WriteOperation } from "./WorkbookWriteFailed";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeJsWorkbookOptions {
  /** Reported as the workbook's name where Excel cannot tell it (before ExcelApi 1.7). */
  readonly fallbackName?: string;
  /** Request budget in bytes (tests); 4 MB by default, under Excel on the web's 5 MB. */
  readonly budgetBytes?: number;
}

export class OfficeJsWorkbook implements WorkbookPort {
  private readonly support: FeatureSupport;
  private readonly fallbackName: string;
  private readonly budgetBytes: number | undefined;
  /** What the last write left out (see render()). */
  lastOutcome: WriteOutcome | null = null;

  /**
   * In the pane: `new OfficeJsWorkbook((batch) => Excel.run(batch),
   * (set, version) => Office.context.requirements.isSetSupported(set, version))`.
   */
  constructor(
    private readonly run: ExcelRun,
    isSetSupported: IsSetSupported,
    options: OfficeJsWorkbookOptions = {}
  ) {
    this.support = featureSupport(isSetSupported);
    this.fallbackName = options.fallbackName ?? "Arbetsbok";
    this.budgetBytes = options.budgetBytes;
  }

  read(): Promise<WorkbookData> {
    return this.run((context) =>
      readWorkbook(context, {
        support: this.support,
        fallbackName: this.fallbackName,
        ...(this.budgetBytes === undefined ? {} : { budgetBytes: this.budgetBytes }),
      })
    );
  }

  async write(description: WorkbookDescription): Promise<void> {
    await this.render(description);
  }

  /**
   * write() with its outcome: which sheets were added, replaced and deleted, and which features
   * this Excel could not render (for the pane to explain). Throws WorkbookWriteRefused, before
   * changing anything, when a described sheet or name is the user's; RangeError for a
   * description Excel would reject.
   */
  async render(description: WorkbookDescription): Promise<WriteOutcome> {
    return this.renderWith(description, false);
  }

  /**
   * The pane's write: renders the described sheets and names and leaves every other sheet,
   * ours included, as it is (the template and the portfolio live side by side).
   */
  async update(description: WorkbookDescription): Promise<WriteOutcome> {
    return this.renderWith(description, true);
  }

  /** Adds cells beside a list on a sheet of the user's; see extendSheet.ts. */
  extend(extension: SheetExtension): Promise<ExtendOutcome> {
    return this.guarded("extend", (context, log) =>
      extendSheet(context, extension, {
        support: this.support,
        log,
        ...(this.budgetBytes === undefined ? {} : { budgetBytes: this.budgetBytes }),
      })
    );
  }

  /** Shows a sheet and selects one cell of it (1-based row and column), in one sync. */
  select(sheet: string, row: number, column: number): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(rangeAddress(row, column)).select();
      await context.sync();
    });
  }

  /** Whether this Excel can render the feature (for the pane to explain what it lacks). */
  supports(feature: SkippableFeature): boolean {
    return this.support.has(feature);
  }

  private async renderWith(
    description: WorkbookDescription,
    keepUndescribed: boolean
  ): Promise<WriteOutcome> {
    const outcome = await this.guarded("write", (context, log) =>
      writeWorkbook(context, description, {
        support: this.support,
        keepUndescribed,
        log,
        ...(this.budgetBytes === undefined ? {} : { budgetBytes: this.budgetBytes }),
      })
    );
    this.lastOutcome = outcome;
    return outcome;
  }

  /**
   * Runs a write and, when Excel refuses one of its requests, removes what it added (cleanUp, in
   * an Excel.run of its own: three syncs) and throws WorkbookWriteFailed, which says in Swedish
   * and English why and what became of the workbook. A refusal (WorkbookWriteRefused) or a
   * description Excel would reject (RangeError) comes before any change and is thrown as it is;
   * should one come later, the write's sheets are still removed.
   */
  private async guarded<T>(
    operation: WriteOperation,
    batch: (context: Excel.RequestContext, log: StagingLog) => Promise<T>
  ): Promise<T> {
    const log = new StagingLog();
    try {
      return await this.run((context) => batch(context, log));
    } catch (error) {
      let cleaned: CleanUpResult | null = { partial: false, left: [] };
      if (!log.isEmpty)
        cleaned = await this.run((context) => cleanUp(context, log)).catch(() => null);
      const code = excelErrorCode(error);
      if (code === null) throw error;
      throw new WorkbookWriteFailed(
        {
          code,
          operation,
          partial: cleaned?.partial ?? log.lastRequestQueued,
          touched: log.touched,
          left: cleaned === null ? log.sheets : cleaned.left,
        },
        error
      );
    }
  }
}
