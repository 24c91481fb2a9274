/**
 * Test helper: consolidation runs one after another, each into the portfolio the previous one
 * wrote (through MemoryWorkbook, as the file adapter reads a written portfolio back), and the
 * council's hand work on Portfölj in between: sorting the rows, typing over a cell, inserting a
 * blank row, deleting a row.
 */
import type { Consolidation, SourceInput } from "../../../src/domain/consolidation/Consolidation";
import { consolidateWithPrevious } from "../../../src/domain/consolidation/consolidateWithPrevious";
import { describePortfolio } from "../../../src/domain/portfolio/describePortfolio";
import {
  PORTFOLIO_HEADER_ROW,
  PORTFOLIO_SHEETS,
  PORTFOLIO_TABLES,
} from "../../../src/domain/portfolio/layout";
import { readPreviousPortfolio } from "../../../src/domain/portfolio/readPreviousPortfolio";
import type { CellValue, SheetGrid, WorkbookData } from "../../../src/domain/ports/WorkbookPort";
import { grid, workbook } from "../../builders/grids";
import { MemoryWorkbook } from "../../fakes/MemoryWorkbook";

/** One initiative as its förvaltning's list holds it. */
export interface Item {
  readonly forvaltning: string;
  readonly id: string | null;
  readonly name: string;
  readonly status?: string;
  readonly investering?: number | string;
  readonly start?: string | number;
  readonly nytta?: number | string;
  readonly kommentar?: string;
}

export const LIST_HEADERS = [
  "Initiativ-ID",
  "Namn",
  "Förvaltning",
  "Status",
  "Investering (kr)",
  "Startdatum",
  "Nytta (1–5)",
  "Kommentar",
] as const;

const fileOf = (forvaltning: string): string =>
  `${forvaltning.toLowerCase().replace(/[^a-z]+/g, "-")}.xlsx`;

/** One list per förvaltning, rows in the order given. */
export function sourcesOf(items: readonly Item[]): SourceInput[] {
  const forvaltningar = [...new Set(items.map((i) => i.forvaltning))];
  return forvaltningar.map((forvaltning) => {
    const rows: CellValue[][] = [
      [...LIST_HEADERS],
      ...items
        .filter((i) => i.forvaltning === forvaltning)
        .map((i): CellValue[] => [
          i.id,
          i.name,
          i.forvaltning,
          i.status ?? "Idé",
          i.investering ?? null,
          i.start ?? null,
          i.nytta ?? null,
          i.kommentar ?? null,
        ]),
    ];
    const file = fileOf(forvaltning);
    return { file, workbook: workbook(file, [grid("Projekt", rows)]) };
  });
}

export const TODAY = "2026-03-01";

/** A run over `items` into the portfolio `previous` (null: the first run). */
export function runOver(items: readonly Item[], previous: WorkbookData | null): Consolidation {
  return consolidateWithPrevious(
    sourcesOf(items),
    previous === null ? null : readPreviousPortfolio(previous),
    TODAY
  );
}

/** The portfolio the run writes, as a reader gets it back. */
export async function writtenPortfolio(consolidation: Consolidation): Promise<WorkbookData> {
  const memory = new MemoryWorkbook();
  await memory.write(describePortfolio(consolidation, { generatedAt: "2026-03-01 10:00" }));
  return memory.read();
}

/** A first run and `then` more, each into the portfolio the one before wrote. */
export async function runs(
  ...steps: readonly (readonly Item[] | ((previous: WorkbookData) => WorkbookData))[]
): Promise<{ consolidation: Consolidation; data: WorkbookData }[]> {
  const out: { consolidation: Consolidation; data: WorkbookData }[] = [];
  let data: WorkbookData | null = null;
  for (const step of steps) {
    if (typeof step === "function") {
      if (data === null) throw new Error("an edit needs a portfolio");
      data = step(data);
      continue;
    }
    const consolidation = runOver(step as readonly Item[], data);
    data = await writtenPortfolio(consolidation);
    out.push({ consolidation, data });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Portfölj as the council sees it

export function portfolioGrid(data: WorkbookData): SheetGrid {
  const sheet = data.sheets.find((s) => s.name === PORTFOLIO_SHEETS.portfolio);
  if (!sheet) throw new Error("no Portfölj");
  return sheet;
}

/** The table's header and data rows (copies). */
export function table(data: WorkbookData): { header: string[]; rows: CellValue[][] } {
  const sheet = portfolioGrid(data);
  const headerIndex = PORTFOLIO_HEADER_ROW - sheet.top;
  const box = sheet.tables.find((t) => t.name === PORTFOLIO_TABLES.portfolio)!.box;
  return {
    header: sheet.values[headerIndex]!.map((v) => String(v ?? "")),
    rows: sheet.values.slice(headerIndex + 1, box.bottom - sheet.top + 1).map((r) => [...r]),
  };
}

/** The value under `header` in every data row, top to bottom. */
export function column(data: WorkbookData, header: string): CellValue[] {
  const { header: headers, rows } = table(data);
  const c = headers.indexOf(header);
  if (c < 0) throw new Error(`no column ${header}`);
  return rows.map((r) => r[c] ?? null);
}

/** Initiativ-ID top to bottom. */
export const idsOf = (data: WorkbookData): string[] =>
  column(data, "Initiativ-ID").map((v) => String(v ?? ""));

/** The workbook with Portfölj's data rows replaced (the table's box follows). */
export function withRows(data: WorkbookData, rows: readonly CellValue[][]): WorkbookData {
  const sheet = portfolioGrid(data);
  const headerIndex = PORTFOLIO_HEADER_ROW - sheet.top;
  const width = sheet.values[headerIndex]!.length;
  const values = [
    ...sheet.values.slice(0, headerIndex + 1).map((r) => [...r]),
    ...rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null)),
  ];
  const tables = sheet.tables.map((t) =>
    t.name === PORTFOLIO_TABLES.portfolio
      ? { ...t, box: { ...t.box, bottom: PORTFOLIO_HEADER_ROW + Math.max(1, rows.length) } }
      : t
  );
  const next: SheetGrid = {
    ...sheet,
    values,
    numberFormats: values.map((r, i) => r.map((_, c) => sheet.numberFormats[i]?.[c] ?? null)),
    tables,
  };
  return { ...data, sheets: data.sheets.map((s) => (s === sheet ? next : s)) };
}

/** The council sorts Portfölj by hand: rows in the order of `ids`, the others after in their order. */
export const sortedBy =
  (ids: readonly string[]) =>
  (data: WorkbookData): WorkbookData => {
    const { header, rows } = table(data);
    const c = header.indexOf("Initiativ-ID");
    const rank = (r: CellValue[]) => {
      const i = ids.indexOf(String(r[c] ?? ""));
      return i < 0 ? ids.length : i;
    };
    return withRows(
      data,
      rows
        .map((r, i) => ({ r, i }))
        .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
        .map(({ r }) => r)
    );
  };

/** The council types `value` over the cell of initiative `id` under `header`. */
export const typedOver =
  (id: string, header: string, value: CellValue) =>
  (data: WorkbookData): WorkbookData => {
    const { header: headers, rows } = table(data);
    const idCol = headers.indexOf("Initiativ-ID");
    const c = headers.indexOf(header);
    if (c < 0) throw new Error(`no column ${header}`);
    const r = rows.findIndex((row) => String(row[idCol] ?? "") === id);
    if (r < 0) throw new Error(`no row ${id}`);
    rows[r]![c] = value;
    return withRows(data, rows);
  };

/** A blank row inserted in the table after data row `after` (0: before the first). */
export const blankRowAfter =
  (after: number) =>
  (data: WorkbookData): WorkbookData => {
    const { rows } = table(data);
    return withRows(data, [...rows.slice(0, after), [], ...rows.slice(after)]);
  };

/** The council deletes the row of initiative `id`. */
export const deleted =
  (id: string) =>
  (data: WorkbookData): WorkbookData => {
    const { header, rows } = table(data);
    const c = header.indexOf("Initiativ-ID");
    return withRows(
      data,
      rows.filter((r) => String(r[c] ?? "") !== id)
    );
  };

/** Portfölj without one column (a portfolio an older version wrote). */
export const withoutColumn =
  (header: string) =>
  (data: WorkbookData): WorkbookData => {
    const sheet = portfolioGrid(data);
    const headerIndex = PORTFOLIO_HEADER_ROW - sheet.top;
    const c = sheet.values[headerIndex]!.indexOf(header);
    if (c < 0) throw new Error(`no column ${header}`);
    const drop = <T>(r: T[]) => r.filter((_, i) => i !== c);
    const next: SheetGrid = {
      ...sheet,
      values: sheet.values.map((r) => drop([...r])),
      numberFormats: sheet.numberFormats.map((r) => drop([...r])),
      tables: sheet.tables.map((t) =>
        t.name === PORTFOLIO_TABLES.portfolio ? { ...t, box: { ...t.box, right: t.box.right - 1 } } : t
      ),
    };
    return { ...data, sheets: data.sheets.map((s) => (s === sheet ? next : s)) };
  };
