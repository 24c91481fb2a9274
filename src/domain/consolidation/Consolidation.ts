/** What consolidating many förvaltning workbooks produces, before it is written anywhere. */
import type { Assessment } from "../assessInitiative";
import type { Initiative } from "../initiative";
import type { Need } from "../need";
import type { Issue } from "../issues";
import type { Parameters } from "../parameters/Parameters";
import type { CellValue, WorkbookData } from "../ports/WorkbookPort";
import type { ColumnMapping } from "../sheets/mapHeaders";
import type { SkippedRow } from "../sheets/readInitiatives";
import type { ForvaltningSource, InferredForvaltning } from "./inferForvaltning";

/** One input: a workbook that was read, or the one clear sentence why it could not be. */
export type SourceInput =
  | { readonly file: string; readonly workbook: WorkbookData }
  | { readonly file: string; readonly error: string; readonly errorEn: string };

/** The council's own columns in the portfolio, never overwritten by a rebuild. */
export interface CouncilColumns {
  readonly radetsBeslut: string | null;
  readonly finansiering: string | null;
  readonly radetsKommentar: string | null;
}

export const COUNCIL_HEADERS: Readonly<Record<keyof CouncilColumns, string>> = {
  radetsBeslut: "Rådets beslut",
  finansiering: "Finansiering",
  radetsKommentar: "Rådets kommentar",
};

export interface PortfolioRow {
  /**
   * The portfolio's own Initiativ-ID, unique across förvaltningar: the source's ID, or the
   * previous run's ID for the same initiative, or the förvaltning's prefix + the source's ID
   * when several förvaltningar use it (see consolidation/assignIds.ts).
   */
  readonly id: string;
  /** True when the source had no Initiativ-ID and one was derived from förvaltning and name. */
  readonly idDerived: boolean;
  readonly forvaltning: string;
  /**
   * The source's own ID, or the derived one: with the förvaltning, the key the council's columns
   * follow from run to run (Källans ID). Absent only in rows built by hand.
   */
  readonly sourceId?: string;
  /** Null for a row kept from the previous portfolio that the latest inputs no longer have. */
  readonly initiative: Initiative | null;
  readonly assessment: Assessment | null;
  readonly errors: number;
  readonly warnings: number;
  /** IDs of initiatives in other förvaltningar that look like the same thing. */
  readonly overlaps: readonly string[];
  readonly council: CouncilColumns;
  /** Values of columns the council added to Portfölj, by header, carried over by ID. */
  readonly extra: Readonly<Record<string, CellValue>>;
  /** True for every row kept from the previous portfolio without a new initiative (initiative null). */
  readonly missingFromLatest: boolean;
  /**
   * A kept row whose council values could belong to more than one new row: they stay on it, for
   * the council to move, instead of being guessed onto one ("Granska: flera initiativ matchar").
   */
  readonly needsReview?: boolean;
  /** For a kept row: what the previous portfolio showed, so nothing the council saw is lost. */
  readonly previous?: Readonly<Record<string, CellValue>>;
}

export interface FileReport {
  readonly path: string;
  readonly status: "ok" | "failed";
  readonly error?: string;
  readonly errorEn?: string;
  readonly forvaltning?: string;
  /** Where the förvaltning came from: a correction in Kallor, the workbook, a title, … */
  readonly forvaltningSource?: ForvaltningSource;
  /** What the file's content, the previous run or its name gave, correction aside (Kallor's Härledd columns). */
  readonly inferredForvaltning?: InferredForvaltning;
  readonly rowsImported: number;
  readonly rowsSkipped: readonly Pick<SkippedRow, "sheet" | "row" | "reason" | "text">[];
}

export interface SheetMapping {
  readonly file: string;
  readonly sheet: string;
  /** The header's first and last row (the same for a one-row header). */
  readonly headerTop: number;
  readonly headerRow: number;
  readonly columns: readonly ColumnMapping[];
}

export interface OverviewRow {
  /** Null for the total. */
  readonly forvaltning: string | null;
  readonly count: number;
  readonly investment: number;
  readonly yearlyBenefit: number;
  /** Shares 0–1 of initiatives with each document Genomförd (or Delvis counted as not done). */
  readonly withNyttokalkyl: number;
  readonly withRiskanalys: number;
  readonly withProjektplan: number;
  readonly withProjektutvardering: number;
  readonly withBenefitOwner: number;
  readonly followedUp: number;
}

export interface Consolidation {
  readonly parameters: Parameters;
  /**
   * In portfolio order: the previous portfolio's rows where they stood, in its order (those gone
   * from the inputs kept there), then the new ones by förvaltning, source file, sheet and row.
   */
  readonly rows: readonly PortfolioRow[];
  readonly files: readonly FileReport[];
  readonly issues: readonly Issue[];
  readonly mappings: readonly SheetMapping[];
  readonly overview: readonly OverviewRow[];
  /** The needs the lists hold (vem / vad / varför), each with its förvaltning, in source order. */
  readonly needs: readonly PortfolioNeed[];
}

export interface PortfolioNeed {
  readonly need: Need;
  /** The need's own förvaltning, else its list's. */
  readonly forvaltning: string;
}
