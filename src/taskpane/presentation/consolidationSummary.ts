/** What the Sammanställ preview says about a consolidation, before it is written. */
import type { Consolidation, SheetMapping } from "../../domain/consolidation/Consolidation";
import { fieldLabel } from "../../domain/messages";
import type { Language, TaskpaneStrings } from "../i18n";

export interface FileSummary {
  readonly file: string;
  /** The reason the file could not be read, in the user's language; null when it was read. */
  readonly failed: string | null;
  readonly forvaltning: string | null;
  readonly imported: number;
  /** Rows of needs lists (vem / vad / varför), collected on the Behov sheet. */
  readonly needs: number;
  /** One text per skipped row: "Blad1, rad 14: summarad (”Summa”)". */
  readonly skipped: readonly string[];
  readonly errors: number;
  readonly warnings: number;
}

export interface ConsolidationSummary {
  /** Initiatives from the inputs (rows only kept from the previous portfolio not counted). */
  readonly initiatives: number;
  /** Workbooks read. */
  readonly workbooks: number;
  readonly keptFromEarlier: number;
  readonly errors: number;
  readonly warnings: number;
  readonly files: readonly FileSummary[];
}

export function summariseConsolidation(
  consolidation: Consolidation,
  language: Language,
  strings: TaskpaneStrings["summarise"]
): ConsolidationSummary {
  const countIn = (file: string | null) => {
    let errors = 0;
    let warnings = 0;
    for (const issue of consolidation.issues) {
      if (file !== null && issue.location.file !== file) continue;
      if (issue.severity === "error") errors++;
      else warnings++;
    }
    return { errors, warnings };
  };
  const kept = consolidation.rows.filter((r) => r.missingFromLatest).length;
  return {
    initiatives: consolidation.rows.length - kept,
    workbooks: consolidation.files.filter((f) => f.status === "ok").length,
    keptFromEarlier: kept,
    ...countIn(null),
    files: consolidation.files.map((f) => ({
      file: f.path,
      failed:
        f.status === "failed"
          ? ((language === "sv" ? f.error : f.errorEn) ?? f.error ?? f.errorEn ?? "")
          : null,
      forvaltning: f.forvaltning ?? null,
      imported: f.rowsImported,
      needs: consolidation.needs.filter(({ need }) => need.source.file === f.path).length,
      skipped: f.rowsSkipped.map((s) =>
        strings.skippedRow(s.sheet, s.row, strings.skipReasons[s.reason], s.text)
      ),
      ...countIn(f.path),
    })),
  };
}

export interface MappingLine {
  readonly column: number;
  readonly header: string;
  readonly target: string;
}

/** Each header of a source sheet and the field it was read as, in the user's language. */
export function mappingLines(
  mapping: SheetMapping,
  consolidation: Consolidation,
  language: Language,
  strings: TaskpaneStrings
): MappingLine[] {
  const criteria = consolidation.parameters.criteria;
  return mapping.columns.map((c) => ({
    column: c.column,
    header: c.header.trim() === "" ? strings.template.unnamedColumn(c.column) : c.header,
    target: c.target ? fieldLabel(c.target, language, criteria) : strings.summarise.notMapped,
  }));
}
