/** What consolidating many förvaltning workbooks produces, before it is written anywhere. */
import type { Assessment } from "../assessInitiative";
import type { Initiative } from "../initiative";
import type { Issue } from "../issues";
import type { Parameters } from "../parameters/Parameters";
import type { CellValue, WorkbookData } from "../ports/WorkbookPort";
import type { ColumnMapping } from "../sheets/mapHeaders";
import type { SkippedRow } from "../sheets/readInitiatives";

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
  readonly id: string;
  /** True when the source had no Initiativ-ID and one was derived from förvaltning and name. */
  readonly idDerived: boolean;
  readonly forvaltning: string;
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
  readonly missingFromLatest: boolean;
  /** For a missing row: what the previous portfolio showed, so nothing the council saw is lost. */
  readonly previous?: Readonly<Record<string, CellValue>>;
}

export interface FileReport {
  readonly path: string;
  readonly status: "ok" | "failed";
  readonly error?: string;
  readonly errorEn?: string;
  readonly forvaltning?: string;
  readonly rowsImported: number;
  readonly rowsSkipped: readonly Pick<SkippedRow, "sheet" | "row" | "reason" | "text">[];
}

export interface SheetMapping {
  readonly file: string;
  readonly sheet: string;
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
  /** In portfolio order: by förvaltning, then source file, sheet and row; missing rows last. */
  readonly rows: readonly PortfolioRow[];
  readonly files: readonly FileReport[];
  readonly issues: readonly Issue[];
  readonly mappings: readonly SheetMapping[];
  readonly overview: readonly OverviewRow[];
}
