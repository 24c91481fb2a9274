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
    return this.run((context) =>
      extendSheet(context, extension, {
        support: this.support,
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
    const outcome = await this.run((context) =>
      writeWorkbook(context, description, {
        support: this.support,
        keepUndescribed,
        ...(this.budgetBytes === undefined ? {} : { budgetBytes: this.budgetBytes }),
      })
    );
    this.lastOutcome = outcome;
    return outcome;
  }
}
