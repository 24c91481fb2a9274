/** Avvikelser: every issue of the consolidation, then every source row that was skipped. */
import type { Consolidation } from "../consolidation/Consolidation";
import type { Issue } from "../issues";
import { fieldLabel, issueMessage } from "../messages";
import type { CellContent, SheetDescription } from "../template/WorkbookDescription";
import { ISSUE_HEADERS, PORTFOLIO_SHEETS, PORTFOLIO_TABLES } from "./layout";

/** Avvikelser's Allvarlighet, and what a skipped source row is listed as. */
const SEVERITY_TEXT = { error: "Fel", warning: "Varning", skipped: "Information" } as const;
const SKIP_TEXT: Readonly<Record<string, (text: string) => string>> = {
  total_row: (text) => `Summeringsraden ”${text}” räknas inte som ett initiativ och hoppades över.`,
  repeated_header: (text) => `Raden ”${text}” upprepar rubrikerna och hoppades över.`,
  section_heading: (text) =>
    `Raden ”${text}” är en mellanrubrik i listan, inget initiativ, och hoppades över.`,
};

const locationKey = (file: string, sheet: string, row: number): string =>
  `${file}\u0000${sheet}\u0000${row}`;

/** The portfolio ID an issue names itself, for one located on Portfölj rather than in a source. */
export const portfolioIdOf = (issue: Issue): string | null => {
  const id = issue.details?.["portfolioId"];
  return typeof id === "string" ? id : null;
};

export function issuesSheet(consolidation: Consolidation): SheetDescription {
  const criteria = consolidation.parameters.criteria;
  const ids = new Map<string, string>();
  for (const row of consolidation.rows) {
    const s = row.initiative?.source;
    if (s) ids.set(locationKey(s.file, s.sheet, s.row), row.id);
  }
  const issueRows = consolidation.issues.map((issue): CellContent[] => {
    const { file, sheet, row, column, field } = issue.location;
    const id =
      (file !== undefined && sheet !== undefined && row !== undefined
        ? ids.get(locationKey(file, sheet, row))
        : undefined) ?? portfolioIdOf(issue);
    return [
      file ?? null,
      sheet ?? null,
      row ?? null,
      column ?? null,
      field === undefined ? null : fieldLabel(field, "sv", criteria),
      id,
      SEVERITY_TEXT[issue.severity],
      issue.code,
      issueMessage(issue, "sv", criteria),
    ];
  });
  const skippedRows = consolidation.files.flatMap((f) =>
    f.rowsSkipped.map((s): CellContent[] => [
      f.path,
      s.sheet,
      s.row,
      null,
      null,
      null,
      SEVERITY_TEXT.skipped,
      s.reason,
      (SKIP_TEXT[s.reason] ?? ((text: string) => `Raden ”${text}” hoppades över.`))(s.text),
    ])
  );
  const h = ISSUE_HEADERS;
  const widths = [28, 16, 7, 8, 24, 16, 12, 24, 90];
  return {
    name: PORTFOLIO_SHEETS.issues,
    tabColor: "FFC00000",
    columnWidths: widths.map((width, i) => ({ col: i + 1, width })),
    tables: [
      {
        name: PORTFOLIO_TABLES.issues,
        row: 1,
        col: 1,
        columns: [
          { header: h.file },
          { header: h.sheet },
          { header: h.row, numberFormat: "0" },
          { header: h.column },
          { header: h.field },
          { header: h.id },
          { header: h.severity },
          { header: h.code },
          { header: h.message },
        ],
        rows: [...issueRows, ...skippedRows],
      },
    ],
    freeze: { rows: 1, cols: 0 },
  };
}
