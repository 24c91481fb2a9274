/**
 * What the task pane's four views ask of the open workbook, as plain data in and out. The views
 * (React) call these; createPaneOperations() implements them with the domain over the workbook
 * port, so the views never see Office.js and the operations never see React.
 */
import type { SkippableFeature } from "../../adapters/officeJs/requirementSets";
import type { Consolidation, SourceInput } from "../../domain/consolidation/Consolidation";
import type { Issue } from "../../domain/issues";
import type { Criterion, Parameters } from "../../domain/parameters/Parameters";
import type { RankedInitiative } from "../../domain/priorities/rankInitiatives";
import type { ColumnMapping, MappingTarget } from "../../domain/sheets/mapHeaders";

export interface TemplateInserted {
  /** The sheets written, in workbook order. */
  readonly sheets: readonly string[];
  /** Template sheets already in the workbook: left as they are (they may hold the list). */
  readonly existing: readonly string[];
  /** What this Excel could not render (see RequirementNotice). */
  readonly skipped: readonly SkippableFeature[];
}

/** A standard field the user can map a header to, with its label in both languages. */
export interface MappingChoice {
  readonly target: MappingTarget;
  readonly label: string;
  readonly labelEn: string;
}

/** The proposed mapping of the active sheet's own list onto the standard fields. */
export interface MappingProposal {
  readonly sheet: string;
  /** Row (1-based) of the list's headers. */
  readonly headerRow: number;
  /** Every header of the list, with its proposed target (null: not mapped) and confidence. */
  readonly columns: readonly ColumnMapping[];
  /** Every target a header may be mapped to, in catalogue order. */
  readonly choices: readonly MappingChoice[];
  /** True when the mapping comes from an earlier adaptation remembered in the workbook. */
  readonly remembered: boolean;
}

/** The user's corrections: column number → target, or null for "do not map". */
export type MappingCorrections = ReadonlyMap<number, MappingTarget | null>;

export interface SheetAdapted {
  readonly sheet: string;
  /** The standard columns added to the right of the list. */
  readonly added: readonly { readonly column: string; readonly header: string }[];
  readonly skipped: readonly SkippableFeature[];
}

/** The issues of one row (row null: the workbook or sheet as a whole). */
export interface IssueGroup {
  readonly sheet: string | null;
  readonly row: number | null;
  readonly issues: readonly Issue[];
}

export interface CheckSummary {
  readonly initiatives: number;
  readonly errors: number;
  readonly warnings: number;
  /** Workbook-level first, then by sheet and row. */
  readonly groups: readonly IssueGroup[];
  /** Rows with issues were marked in the sheet (a Kontroll column beside the list). */
  readonly marked: boolean;
  readonly skipped: readonly SkippableFeature[];
  /** The workbook's criteria, so score issues can name theirs. */
  readonly criteria: readonly Criterion[];
}

export type { RankedInitiative } from "../../domain/priorities/rankInitiatives";

export interface PriorityView {
  readonly parameters: Parameters;
  readonly ranked: readonly RankedInitiative[];
  /** Sum of the investments that fit the budget; null when no budget is set. */
  readonly budgetUsed: number | null;
}

/** What Prioritera lets the council change; stored on Parametrar so the formulas follow. */
export interface PriorityEdit {
  readonly criteria: readonly Criterion[];
  readonly centralBudget: number | null;
}

export interface MatrixInserted {
  readonly sheet: string;
  readonly skipped: readonly SkippableFeature[];
}

export interface PortfolioWritten {
  readonly sheets: readonly string[];
  /** Rows whose council columns (Rådets beslut …) or added columns were carried over. */
  readonly carriedOver: number;
  readonly skipped: readonly SkippableFeature[];
}

export interface PaneOperations {
  insertTemplate(): Promise<TemplateInserted>;
  /** The active sheet's list and its proposed mapping; null when the sheet has no list. */
  proposeMapping(): Promise<MappingProposal | null>;
  /** Adds the missing standard columns to the right and remembers the mapping in the workbook. */
  adaptSheet(proposal: MappingProposal, corrections: MappingCorrections): Promise<SheetAdapted>;
  /** Validates every list in the workbook and marks the rows with issues. */
  check(): Promise<CheckSummary>;
  /** Selects a cell (column letters, or null for the row's first cell) and shows its sheet. */
  selectCell(sheet: string, row: number, column: string | null): Promise<void>;
  loadPriorities(): Promise<PriorityView>;
  savePriorities(edit: PriorityEdit): Promise<PriorityView>;
  /** The nytta/komplexitet matrix as an Excel bubble chart (bubble size = investment). */
  insertMatrix(): Promise<MatrixInserted>;
  /** Consolidates read sources with what the open workbook's portfolio already holds. */
  previewConsolidation(sources: readonly SourceInput[]): Promise<Consolidation>;
  /** Writes Portfölj, Översikt, Avvikelser, Mappning and Parametrar into the open workbook. */
  writeConsolidation(consolidation: Consolidation): Promise<PortfolioWritten>;
}

/** One file the user picked, read (in a Web Worker in the pane) into a consolidation input. */
export interface FileProgress {
  readonly file: string;
  readonly state: "waiting" | "reading" | "read" | "failed" | "cancelled";
  /** For a failed file, the one clear sentence why (Swedish and English). */
  readonly error?: string;
  readonly errorEn?: string;
}

export interface PickedFile {
  readonly name: string;
  readonly bytes: () => Promise<ArrayBuffer>;
}

export interface FileReading {
  /**
   * Reads the files one by one off the pane's thread; reports each file's state as it changes;
   * stops (the unread files "cancelled") when the signal aborts.
   */
  readFiles(
    files: readonly PickedFile[],
    onProgress: (progress: readonly FileProgress[]) => void,
    signal: AbortSignal
  ): Promise<SourceInput[]>;
}
