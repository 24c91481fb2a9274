/**
 * The workbook the pane works in, as the operations need it: the port's read, plus writing some
 * sheets while leaving the rest (update), adding cells beside the user's own list (extend) and
 * showing a cell. OfficeJsWorkbook implements it; nothing here knows Office.js.
 */
import type { SkippableFeature } from "../../adapters/officeJs/requirementSets";
import type { WorkbookData } from "../../domain/ports/WorkbookPort";
import type {
  SheetExtension,
  WorkbookDescription,
} from "../../domain/template/WorkbookDescription";

export interface RenderOutcome {
  readonly skipped: readonly SkippableFeature[];
}

export interface OpenWorkbook {
  read(): Promise<WorkbookData>;
  /** Renders the described sheets and names; every other sheet stays as it is. */
  update(description: WorkbookDescription): Promise<RenderOutcome & { added: readonly string[] }>;
  extend(extension: SheetExtension): Promise<RenderOutcome>;
  /** 1-based row and column. */
  select(sheet: string, row: number, column: number): Promise<void>;
}
