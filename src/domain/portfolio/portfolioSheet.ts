/**
 * Portfölj: one row per initiative under a title and notes, the template's columns with their
 * live formulas, rank and budget scenario, source, the council's own columns, the rank keys, what
 * the run worked out for the rank (hidden; Rang and Ryms i budget show it while it still holds,
 * see portfolioFormulas.ts) and the hidden Kontrollsumma (what the run wrote in the row's standard
 * columns). Rows stand in consolidation order, which keeps the previous portfolio's rows where
 * they were. Source text is only ever written as a string, never as a FormulaCell, so a cell that
 * reads "=SUMMA(A1)" in a förvaltning's list stays that text.
 */
import { COMPUTED_COLUMNS, type ComputedKey } from "../computedColumns";
import type { Consolidation, CouncilColumns, PortfolioRow } from "../consolidation/Consolidation";
import type { Parameters } from "../parameters/Parameters";
import { LIST_RANGE_NAMES, PARAMETER_NAMES } from "../parameters/names";
import type { CellValue } from "../ports/WorkbookPort";
import { computedFormulas } from "../template/computedFormulas";
import type { TemplateColumn } from "../template/initiativeColumns";
import { ROW } from "../template/WorkbookDescription";
import type {
  CellBlock,
  CellContent,
  CellStyle,
  ConditionalFormatSpec,
  RowFormulaCell,
  RowRef,
  SheetDescription,
  TableColumnSpec,
  ValidationSpec,
} from "../template/WorkbookDescription";
import {
  MISSING_FROM_LATEST,
  NEEDS_REVIEW,
  PORTFOLIO_HEADER_ROW,
  PORTFOLIO_SHEETS,
  PORTFOLIO_TABLES,
  PRESENT_IN_LATEST,
} from "./layout";
import {
  dataRows,
  lettersOf,
  portfolioColumns,
  requiredLetter,
  type MetaKey,
  type PortfolioColumn,
} from "./portfolioColumns";
import {
  fitsBudgetFormula,
  literal,
  rankFormula,
  rankRunCheckFormula,
  ratioKeyFormula,
  scoreKeyFormula,
  type DataRows,
  type RankColumns,
} from "./portfolioFormulas";
import { rankAsWritten, type RankAsWritten } from "./rankPortfolio";
import {
  standardColumns,
  standardContent,
  writeFingerprint,
  type StandardColumn,
} from "./rowFingerprint";

export interface PortfolioOptions {
  /** When the portfolio was put together, as the strategist should read it (e.g. "2026-03-02 14:05"). */
  readonly generatedAt: string;
}

/** What Ryms i budget says. */
export const FITS_BUDGET_TEXT = { yes: "Ja", no: "Nej" } as const;

const PORTFOLIO_TITLE = "Digitaliseringsportfölj";
const BUDGET_NOTE_SET =
  "Ryms i budget: i rangordning ryms ett initiativ när dess investering och alla högre rankade initiativs tillsammans ryms i den centrala budgeten (bladet Parametrar).";
const BUDGET_NOTE_UNSET =
  "Ingen central budget är angiven på bladet Parametrar, så kolumnen Ryms i budget är tom.";
const NOT_FOUND_FILL = "FFE7E6E6";
const REVIEW_FILL = "FFFFEB9C";
const DOES_NOT_FIT_FILL = "FFF8CBCB";

/** A cell read from a workbook (the previous portfolio, a council column) as a cell to write. */
function cellContent(value: CellValue | undefined): CellContent {
  if (value === undefined || value === null) return null;
  // A formula saved without its value (a file no Excel has opened since) is kept as the formula.
  if (typeof value === "object") return value.formula ? { formula: value.formula } : value.error;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return value;
}

const META_WIDTHS: Readonly<Record<MetaKey, number>> = {
  rank: 7,
  fitsBudget: 10,
  overlaps: 24,
  errors: 6,
  warnings: 10,
  sourceFile: 28,
  sourceSheet: 14,
  sourceRow: 8,
  sourceId: 14,
  latestRun: 16,
};
const COUNCIL_WIDTHS: Readonly<Record<keyof CouncilColumns, number>> = {
  radetsBeslut: 22,
  finansiering: 14,
  radetsKommentar: 40,
};

/** Where the check that the run's ranks still hold stands: above the table, in its hidden column. */
const RANK_RUN_CHECK_ROW = PORTFOLIO_HEADER_ROW - 1;

function rankColumns(letters: ReadonlyMap<string, string>): RankColumns {
  const runRank = requiredLetter(letters, "rankRun:rank");
  return {
    latest: requiredLetter(letters, "meta:latestRun"),
    present: PRESENT_IN_LATEST,
    viktadPoang: requiredLetter(letters, "computed:viktadPoang"),
    nnvKvot: requiredLetter(letters, "computed:nnvKvot"),
    investering: requiredLetter(letters, "investering"),
    scoreKey: requiredLetter(letters, "rankKey:score"),
    ratioKey: requiredLetter(letters, "rankKey:ratio"),
    rank: requiredLetter(letters, "meta:rank"),
    runRank,
    runOrder: requiredLetter(letters, "rankRun:order"),
    runScore: requiredLetter(letters, "rankRun:score"),
    runRatio: requiredLetter(letters, "rankRun:ratio"),
    runInvestment: requiredLetter(letters, "rankRun:investment"),
    runCumulative: requiredLetter(letters, "rankRun:cumulative"),
    runCheck: `$${runRank}$${RANK_RUN_CHECK_ROW}`,
  };
}

/** Every formula of a Portfölj row, spelled once for all rows (shared down each column). */
interface RowFormulas {
  readonly computed: Readonly<Record<ComputedKey, RowFormulaCell>>;
  readonly rank: RowFormulaCell;
  readonly fitsBudget: RowFormulaCell;
  readonly scoreKey: RowFormulaCell;
  readonly ratioKey: RowFormulaCell;
}

function rowFormulas(
  computed: Record<ComputedKey, (row: RowRef) => string>,
  rank: RankColumns,
  data: DataRows
): RowFormulas {
  const each = (formula: string): RowFormulaCell => ({ rowFormula: formula });
  return {
    computed: Object.fromEntries(
      COMPUTED_COLUMNS.map(({ key }) => [key, each(computed[key](ROW))])
    ) as Record<ComputedKey, RowFormulaCell>,
    rank: each(rankFormula(rank, data, ROW)),
    fitsBudget: each(fitsBudgetFormula(rank, data, ROW, FITS_BUDGET_TEXT)),
    scoreKey: each(scoreKeyFormula(rank, ROW)),
    ratioKey: each(ratioKeyFormula(rank, ROW)),
  };
}

interface RowContext {
  readonly row: PortfolioRow;
  readonly formulas: RowFormulas;
  /** What the run worked out for this row's rank. */
  readonly run: RankAsWritten;
  readonly parameters: Parameters;
  /** The standard input columns by key ("name", "score:nytta", …). */
  readonly standard: ReadonlyMap<string, StandardColumn>;
}

/** For a row the latest inputs no longer have: what the previous portfolio showed under this header. */
const previousCell = (row: PortfolioRow, header: string): CellContent =>
  cellContent(row.previous?.[header]);

function templateCell(column: TemplateColumn, header: string, ctx: RowContext): CellContent {
  const { row } = ctx;
  const initiative = row.initiative;
  if (column.kind === "computed") return ctx.formulas.computed[column.key];
  if (column.kind === "field" && column.field.key === "id") return row.id;
  if (column.kind === "field" && column.field.key === "forvaltning") return row.forvaltning;
  if (initiative === null) return previousCell(row, header);
  return standardContent(column, initiative);
}

/**
 * The row's Kontrollsumma: for an initiative of the latest inputs, what this run writes in its
 * standard columns; for a row kept from the previous portfolio, the previous fingerprint as it
 * was, so a value the council typed over there is still told apart when the initiative returns.
 */
function fingerprintCell(header: string, ctx: RowContext): CellContent {
  const { row, standard } = ctx;
  const initiative = row.initiative;
  if (initiative === null) return previousCell(row, header);
  return writeFingerprint(ctx.parameters, (key) => {
    const column = standard.get(key);
    return column ? standardContent(column.column, initiative) : null;
  });
}

function metaCell(key: MetaKey, header: string, ctx: RowContext): CellContent {
  const { row } = ctx;
  const source = row.initiative?.source;
  switch (key) {
    case "rank":
      return ctx.formulas.rank;
    case "fitsBudget":
      return ctx.formulas.fitsBudget;
    case "overlaps":
      return row.overlaps.length > 0 ? row.overlaps.join(", ") : null;
    case "errors":
      return row.errors;
    case "warnings":
      return row.warnings;
    case "sourceFile":
      return source ? source.file : previousCell(row, header);
    case "sourceSheet":
      return source ? source.sheet : previousCell(row, header);
    case "sourceRow":
      return source ? source.row : previousCell(row, header);
    case "sourceId":
      return row.sourceId ?? previousCell(row, header);
    case "latestRun":
      if (row.initiative !== null) return PRESENT_IN_LATEST;
      return row.needsReview ? NEEDS_REVIEW : MISSING_FROM_LATEST;
  }
}

function portfolioCell(column: PortfolioColumn, ctx: RowContext): CellContent {
  switch (column.kind) {
    case "template":
      return templateCell(column.column, column.header, ctx);
    case "meta":
      return metaCell(column.key, column.header, ctx);
    case "council":
      return ctx.row.council[column.key];
    case "extra":
      return cellContent(ctx.row.extra[column.header]);
    case "rankKey":
      return column.key === "score" ? ctx.formulas.scoreKey : ctx.formulas.ratioKey;
    case "rankRun": {
      const { order, ranked } = ctx.run;
      if (column.key === "order") return order;
      if (ranked === null) return null;
      if (column.key === "rank") return ranked.rank;
      if (column.key === "score") return ranked.scoreKey;
      if (column.key === "ratio") return ranked.ratioKey;
      return column.key === "investment" ? ranked.investment : ranked.cumulative;
    }
    case "fingerprint":
      return fingerprintCell(column.header, ctx);
  }
}

const INPUT_FORMATS: Readonly<Record<string, string>> = {
  amount: "#,##0",
  hours: "#,##0",
  date: "yyyy-mm-dd",
};

function columnSpec(column: PortfolioColumn): {
  readonly spec: TableColumnSpec;
  readonly width: number;
  readonly hidden?: boolean;
} {
  const spec = (width: number, numberFormat?: string, style?: CellStyle) => ({
    width,
    spec: {
      header: column.header,
      ...(numberFormat === undefined ? {} : { numberFormat }),
      ...(style === undefined ? {} : { style }),
    },
  });
  switch (column.kind) {
    case "template": {
      const c = column.column;
      if (c.kind === "computed") {
        const def = COMPUTED_COLUMNS.find((d) => d.key === c.key);
        return spec(def?.width ?? 14, def?.numberFormat ?? "General", "computed");
      }
      if (c.kind === "score") return spec(12);
      return spec(c.field.width, INPUT_FORMATS[c.field.type]);
    }
    case "meta": {
      const formats: Partial<Record<MetaKey, string>> = {
        rank: "0",
        errors: "0",
        warnings: "0",
        sourceRow: "0",
      };
      const computed = column.key === "rank" || column.key === "fitsBudget";
      return spec(META_WIDTHS[column.key], formats[column.key], computed ? "computed" : undefined);
    }
    case "council":
      return spec(COUNCIL_WIDTHS[column.key], undefined, "input");
    case "extra":
      return spec(18, undefined, "input");
    case "rankKey":
      return spec(8, "General", "computed");
    case "rankRun":
      // Hidden: values for the formulas, not for reading.
      return { ...spec(12, "General"), hidden: true };
    case "fingerprint":
      // Hidden: it is for the next run, not for reading.
      return { ...spec(12), hidden: true };
  }
}

export function portfolioSheet(
  consolidation: Consolidation,
  options: PortfolioOptions
): SheetDescription {
  const { parameters, rows } = consolidation;
  const columns = portfolioColumns(parameters, rows);
  const letters = lettersOf(columns);
  const data = dataRows(PORTFOLIO_HEADER_ROW, rows.length);
  const rank = rankColumns(letters);
  const formulas = rowFormulas(computedFormulas(letters, parameters), rank, data);
  const standard = new Map(standardColumns(parameters).map((c) => [c.key, c]));
  const run = rankAsWritten(rows);
  const tableRows = rows.map((row, i) => {
    const ctx: RowContext = { row, formulas, run: run.rows[i]!, parameters, standard };
    return columns.map((column) => portfolioCell(column, ctx));
  });
  const specs = columns.map(columnSpec);

  const validations: ValidationSpec[] = [];
  if (parameters.lists.finansiering.length > 0) {
    const f = requiredLetter(letters, "council:finansiering");
    validations.push({
      range: `${f}${data.first}:${f}${data.last}`,
      rule: { kind: "list", source: `=${LIST_RANGE_NAMES.finansiering}` },
      errorTitle: "Välj från listan",
      errorMessage: "Finansiering: välj ett värde i listan. Listan finns på bladet Parametrar.",
      prompt: "Hur initiativet finansieras: centralt, av förvaltningen eller externt.",
    });
  }
  const fits = requiredLetter(letters, "meta:fitsBudget");
  const latest = requiredLetter(letters, "meta:latestRun");
  const conditionalFormats: ConditionalFormatSpec[] = [
    {
      range: `${fits}${data.first}:${fits}${data.last}`,
      formula: `${fits}${data.first}=${literal(FITS_BUDGET_TEXT.no)}`,
      fill: DOES_NOT_FIT_FILL,
    },
    {
      range: `${latest}${data.first}:${latest}${data.last}`,
      formula: `${latest}${data.first}=${literal(MISSING_FROM_LATEST)}`,
      fill: NOT_FOUND_FILL,
    },
    {
      range: `${latest}${data.first}:${latest}${data.last}`,
      formula: `${latest}${data.first}=${literal(NEEDS_REVIEW)}`,
      fill: REVIEW_FILL,
    },
  ];

  const files = consolidation.files.length;
  const note =
    `Sammanställd ${options.generatedAt} från ${files} ${files === 1 ? "fil" : "filer"}. ` +
    "Grå kolumner räknas med formler från bladet Parametrar. Rådets beslut, Finansiering, " +
    "Rådets kommentar och kolumner som rådet lagt till behålls när portföljen byggs om; de följer " +
    "initiativets förvaltning och Källans ID.";
  const blocks: CellBlock[] = [
    { row: 1, col: 1, rows: [[PORTFOLIO_TITLE]], style: "title" },
    { row: 2, col: 1, rows: [[note]], style: "note" },
    {
      row: 3,
      col: 1,
      rows: [
        [
          {
            formula: `IF(ISNUMBER(${PARAMETER_NAMES.centralBudget}),${literal(BUDGET_NOTE_SET)},${literal(BUDGET_NOTE_UNSET)})`,
          },
        ],
      ],
      style: "note",
    },
    {
      row: RANK_RUN_CHECK_ROW,
      col: columns.findIndex((c) => c.kind === "rankRun" && c.key === "rank") + 1,
      rows: [[{ formula: rankRunCheckFormula(rank, data, run.ranked) }]],
    },
  ];

  return {
    name: PORTFOLIO_SHEETS.portfolio,
    tabColor: "FF2B579A",
    columnWidths: specs.map((s, i) => ({
      col: i + 1,
      width: s.width,
      ...(s.hidden ? { hidden: true } : {}),
    })),
    rowHeights: [{ row: PORTFOLIO_HEADER_ROW, height: 30 }],
    blocks,
    tables: [
      {
        name: PORTFOLIO_TABLES.portfolio,
        row: PORTFOLIO_HEADER_ROW,
        col: 1,
        columns: specs.map((s) => s.spec),
        rows: tableRows,
      },
    ],
    validations,
    conditionalFormats,
    freeze: { rows: PORTFOLIO_HEADER_ROW, cols: 2 },
  };
}
