/** The JSON report of a consolidation run, with the keys the issue names (more may be added). */
import type { Consolidation, FileReport } from "../domain/consolidation/Consolidation";
import type { ForvaltningSource } from "../domain/consolidation/inferForvaltning";
import type { IssueCode, Severity } from "../domain/issues";
import type { SkipReason } from "../domain/sheets/readInitiatives";
import { issueMessage, type Lang } from "../domain/messages";
import { portfolioIdOf } from "../domain/portfolio/issuesSheet";
import { numberOf, textOf } from "../domain/initiative";
import type { NotRead, NotReadReason } from "./expandInputs";
import { texts } from "./texts";

/** The report file (`--report`), as JSON: the same shape for scripts and tests that read it. */
export interface ConsolidationReport {
  readonly files: readonly {
    readonly path: string;
    readonly status: FileReport["status"];
    readonly error?: string;
    readonly forvaltning?: string;
    readonly forvaltningSource?: ForvaltningSource;
    readonly rowsImported: number;
    readonly rowsSkipped: readonly { sheet: string; row: number; reason: SkipReason }[];
  }[];
  readonly initiatives: readonly {
    readonly id: string;
    readonly name: string | null;
    readonly forvaltning: string;
    readonly source: { readonly file: string; readonly sheet: string; readonly row: number } | null;
    readonly investment: number | null;
    readonly paybackYears: number | null;
    readonly npv: number | null;
    readonly score: number | null;
    readonly rank: number | null;
    readonly overlaps: readonly string[];
    readonly errors: number;
    readonly warnings: number;
    readonly missingFromLatest: boolean;
    /** A kept row whose council values could belong to several initiatives (never guessed). */
    readonly needsReview: boolean;
  }[];
  readonly issues: readonly {
    readonly file: string | null;
    readonly sheet: string | null;
    readonly row: number | null;
    readonly column: string | null;
    readonly field: string | null;
    readonly severity: Severity;
    readonly code: IssueCode;
    readonly id: string | null;
    readonly message: string;
  }[];
  readonly overview: Consolidation["overview"];
  /** Every file a given folder holds that was not read as a source, with why. */
  readonly notRead: readonly { path: string; reason: NotReadReason; message: string }[];
  /** The needs the lists hold (vem / vad / varför), never initiatives. */
  readonly needs: readonly {
    readonly forvaltning: string;
    readonly vem: string | null;
    readonly vad: string | null;
    readonly varfor: string | null;
    readonly source: { readonly file: string; readonly sheet: string; readonly row: number };
  }[];
}

/** `ranks` are in row order (rankPortfolio's), so a repeated ID still gets each row's own rank. */
export function consolidationReport(
  consolidation: Consolidation,
  ranks: readonly (number | null)[],
  lang: Lang,
  notRead: readonly NotRead[] = []
): ConsolidationReport {
  const criteria = consolidation.parameters.criteria;
  const idByRow = new Map<string, string>();
  for (const row of consolidation.rows) {
    const s = row.initiative?.source;
    if (s) idByRow.set(`${s.file}\u0000${s.sheet}\u0000${s.row}`, row.id);
  }
  return {
    files: consolidation.files.map((f) => ({
      path: f.path,
      status: f.status,
      ...(f.status === "failed" ? { error: lang === "sv" ? f.error : f.errorEn } : {}),
      ...(f.forvaltning ? { forvaltning: f.forvaltning } : {}),
      ...(f.forvaltningSource ? { forvaltningSource: f.forvaltningSource } : {}),
      rowsImported: f.rowsImported,
      rowsSkipped: f.rowsSkipped.map(({ sheet, row, reason }) => ({ sheet, row, reason })),
    })),
    initiatives: consolidation.rows.map((r, index) => {
      const a = r.assessment;
      const num = (v: unknown) => (typeof v === "number" ? v : null);
      return {
        id: r.id,
        name: r.initiative ? textOf(r.initiative, "name") : null,
        forvaltning: r.forvaltning,
        source: r.initiative ? { ...r.initiative.source } : null,
        investment: r.initiative ? numberOf(r.initiative, "investering") : null,
        paybackYears: num(a?.aterbetalningstid),
        npv: num(a?.nettonuvarde),
        score: num(a?.viktadPoang),
        rank: ranks[index] ?? null,
        overlaps: [...r.overlaps],
        errors: r.errors,
        warnings: r.warnings,
        missingFromLatest: r.missingFromLatest,
        needsReview: r.needsReview === true,
      };
    }),
    issues: consolidation.issues.map((i) => ({
      file: i.location.file ?? null,
      sheet: i.location.sheet ?? null,
      row: i.location.row ?? null,
      column: i.location.column ?? null,
      field: i.location.field ?? null,
      severity: i.severity,
      code: i.code,
      id:
        (i.location.file && i.location.sheet && i.location.row
          ? idByRow.get(`${i.location.file}\u0000${i.location.sheet}\u0000${i.location.row}`)
          : undefined) ?? portfolioIdOf(i),
      message: issueMessage(i, lang, criteria),
    })),
    overview: consolidation.overview,
    notRead: notRead.map((n) => ({ ...n, message: texts(lang).consolidate.notRead[n.reason] })),
    needs: consolidation.needs.map(({ need, forvaltning }) => ({
      forvaltning,
      vem: need.vem,
      vad: need.vad,
      varfor: need.varfor,
      source: { ...need.source },
    })),
  };
}
