/**
 * Behov: the needs the förvaltningar's lists hold (vem / vad / varför, Burlöv's behovsprocess),
 * one row each with its förvaltning and source, so the council sees incoming needs beside the
 * portfolio without any of them turned into an initiative. Rewritten by every run.
 */
import type { Consolidation } from "../consolidation/Consolidation";
import type { CellContent, SheetDescription } from "../template/WorkbookDescription";
import { NEEDS_HEADERS, PORTFOLIO_TABLES } from "./layout";

export function needsSheet(consolidation: Consolidation, name: string): SheetDescription {
  const h = NEEDS_HEADERS;
  const rows = consolidation.needs.map(({ need, forvaltning }): CellContent[] => [
    forvaltning,
    need.vem,
    need.vad,
    need.varfor,
    need.other.map((o) => `${o.header}: ${o.text}`).join("; ") || null,
    need.source.file,
    need.source.sheet,
    need.source.row,
  ]);
  const widths = [26, 24, 40, 40, 30, 28, 16, 8];
  return {
    name,
    tabColor: "FF2E75B6",
    columnWidths: widths.map((width, i) => ({ col: i + 1, width })),
    tables: [
      {
        name: PORTFOLIO_TABLES.needs,
        row: 1,
        col: 1,
        columns: [
          { header: h.forvaltning },
          { header: h.vem },
          { header: h.vad },
          { header: h.varfor },
          { header: h.other },
          { header: h.sourceFile },
          { header: h.sourceSheet },
          { header: h.sourceRow, numberFormat: "0" },
        ],
        rows,
      },
    ],
    freeze: { rows: 1, cols: 0 },
  };
}
