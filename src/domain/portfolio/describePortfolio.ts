/**
 * The consolidated portfolio workbook as plain data: Portfölj (one row per initiative, the
 * template's columns with their live formulas, rank, budget scenario, source and the council's
 * own columns), Översikt (live figures per förvaltning), Avvikelser (every issue), Mappning (how
 * each source was read, correctable) and Parametrar.
 *
 * Source text is only ever written as a string, never as a FormulaCell, so a cell that reads
 * "=SUMMA(A1)" in a förvaltning's list stays that text. Identical inputs give an identical
 * description except the generation time.
 */
import { computedFormulas } from "../template/computedFormulas";
import { COMPUTED_COLUMNS, type ComputedKey } from "../computedColumns";
import type {
  Consolidation,
  CouncilColumns,
  FileReport,
  PortfolioRow,
} from "../consolidation/Consolidation";
import { COUNCIL_HEADERS } from "../consolidation/Consolidation";
import type { FieldKey } from "../fields";
import type { FieldValue } from "../initiative";
import { issueMessage, fieldLabel } from "../messages";
import { LIST_RANGE_NAMES, PARAMETER_NAMES } from "../parameters/names";
import { describeParametersSheet } from "../parameters/parametersSheet";
import type { Parameters } from "../parameters/Parameters";
import { scoreField } from "../parameters/Parameters";
import { serialFromIso } from "../parse/date";
import type { CellValue } from "../ports/WorkbookPort";
import type { ColumnMapping } from "../sheets/mapHeaders";
import { columnLetters } from "../sheets/columnLetters";
import {
  columnLettersByKey,
  templateColumns,
  type TemplateColumn,
} from "../template/initiativeColumns";
import type {
  CellBlock,
  CellContent,
  CellStyle,
  ColumnWidth,
  ConditionalFormatSpec,
  NamedCellSpec,
  SheetDescription,
  TableColumnSpec,
  ValidationSpec,
  WorkbookDescription,
} from "../template/WorkbookDescription";
import {
  ISSUE_HEADERS,
  MAPPING_HEADERS,
  MISSING_FROM_LATEST,
  PORTFOLIO_HEADER_ROW,
  PORTFOLIO_META_HEADERS,
  PORTFOLIO_RANK_KEY_HEADERS,
  PORTFOLIO_SHEETS,
  PORTFOLIO_TABLES,
  PRESENT_IN_LATEST,
  SOURCES_FIRST_COLUMN,
  SOURCES_HEADERS,
  UNMAPPED_FIELD,
} from "./layout";
import { mappingFieldLabel, mappingFieldOptions } from "./mappingFields";
import {
  fitsBudgetFormula,
  literal,
  overviewFormula,
  ratioKeyFormula,
  rankFormula,
  scoreKeyFormula,
  type DataRows,
  type OverviewColumns,
  type OverviewFigure,
  type RankColumns,
} from "./portfolioFormulas";

export interface PortfolioOptions {
  /** When the portfolio was put together, as the strategist should read it (e.g. "2026-03-02 14:05"). */
  readonly generatedAt: string;
}

/** What Ryms i budget says. */
export const FITS_BUDGET_TEXT = { yes: "Ja", no: "Nej" } as const;

/** Översikt: table Oversikt under a title and a note; one row per förvaltning, then the total. */
export const OVERVIEW_HEADER_ROW = 4;
export const OVERVIEW_TOTAL = "Totalt";
export const OVERVIEW_HEADERS: Readonly<Record<"forvaltning" | OverviewFigure, string>> = {
  forvaltning: "Förvaltning",
  count: "Antal initiativ",
  investment: "Investering (kr)",
  yearlyBenefit: "Nytta per år (kr)",
  withNyttokalkyl: "Andel med nyttokalkyl",
  withRiskanalys: "Andel med riskanalys",
  withProjektplan: "Andel med projektplan",
  withProjektutvardering: "Andel med projektutvärdering",
  withBenefitOwner: "Andel med nyttoägare",
  followedUp: "Andel uppföljda",
};
const OVERVIEW_FIGURES: readonly OverviewFigure[] = [
  "count",
  "investment",
  "yearlyBenefit",
  "withNyttokalkyl",
  "withRiskanalys",
  "withProjektplan",
  "withProjektutvardering",
  "withBenefitOwner",
  "followedUp",
];

/** Kallor's Status column. */
export const SOURCE_STATUS_TEXT: Readonly<Record<FileReport["status"], string>> = {
  ok: "Inläst",
  failed: "Kunde inte läsas",
};

/** The Fält dropdown's choices: a column on Mappning to the right of Kallor, under this header and name. */
export const FIELD_LIST_HEADER = "Fält att välja";
export const FIELD_LIST_NAME = "Lista_Falt";
export const FIELD_LIST_COLUMN = SOURCES_FIRST_COLUMN + Object.keys(SOURCES_HEADERS).length + 1;

/** Avvikelser's Allvarlighet, and what a skipped source row is listed as. */
const SEVERITY_TEXT = { error: "Fel", warning: "Varning", skipped: "Information" } as const;
const SKIP_TEXT: Readonly<Record<string, (text: string) => string>> = {
  total_row: (text) => `Summeringsraden ”${text}” räknas inte som ett initiativ och hoppades över.`,
  repeated_header: (text) => `Raden ”${text}” upprepar rubrikerna och hoppades över.`,
};

const PORTFOLIO_TITLE = "Digitaliseringsportfölj";
const BUDGET_NOTE_SET =
  "Ryms i budget: i rangordning ryms ett initiativ när dess investering och alla högre rankade initiativs tillsammans ryms i den centrala budgeten (bladet Parametrar).";
const BUDGET_NOTE_UNSET =
  "Ingen central budget är angiven på bladet Parametrar, så kolumnen Ryms i budget är tom.";
const NOT_FOUND_FILL = "FFE7E6E6";
const DOES_NOT_FIT_FILL = "FFF8CBCB";

const UNIT_TEXT: Readonly<Record<number, string>> = {
  1: "kr",
  1e3: "tkr",
  1e6: "mkr",
  1e9: "mdkr",
};

// ---------------------------------------------------------------------------------------------
// Cell values

/** A parsed value as a cell: exact dates as serials (formatted yyyy-mm-dd), vague ones as their text. */
function fieldContent(value: FieldValue | undefined): CellContent {
  if (value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value.kind === "exact") return serialFromIso(value.iso, false) ?? value.iso;
  return value.text;
}

/** A cell read from a workbook (the previous portfolio, a council column) as a cell to write. */
function cellContent(value: CellValue | undefined): CellContent {
  if (value === undefined || value === null) return null;
  if (typeof value === "object") return value.error;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return value;
}

// ---------------------------------------------------------------------------------------------
// Portfölj

type MetaKey = keyof typeof PORTFOLIO_META_HEADERS;
type RankKeyKind = keyof typeof PORTFOLIO_RANK_KEY_HEADERS;

type PortfolioColumn =
  | { readonly kind: "template"; readonly column: TemplateColumn; readonly header: string }
  | { readonly kind: "meta"; readonly key: MetaKey; readonly header: string }
  | { readonly kind: "council"; readonly key: keyof CouncilColumns; readonly header: string }
  | { readonly kind: "extra"; readonly header: string }
  | { readonly kind: "rankKey"; readonly key: RankKeyKind; readonly header: string };

const META_WIDTHS: Readonly<Record<MetaKey, number>> = {
  rank: 7,
  fitsBudget: 10,
  overlaps: 24,
  errors: 6,
  warnings: 10,
  sourceFile: 28,
  sourceSheet: 14,
  sourceRow: 8,
  latestRun: 16,
};
const COUNCIL_WIDTHS: Readonly<Record<keyof CouncilColumns, number>> = {
  radetsBeslut: 22,
  finansiering: 14,
  radetsKommentar: 40,
};

const headerKey = (header: string): string => header.trim().toLocaleLowerCase("sv");

/** The council's added columns, in the order they first appear; none that repeats a column of ours. */
function extraHeaders(rows: readonly PortfolioRow[], taken: ReadonlySet<string>): string[] {
  const seen = new Set(taken);
  const headers: string[] = [];
  for (const row of rows) {
    for (const header of Object.keys(row.extra)) {
      const key = headerKey(header);
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      headers.push(header);
    }
  }
  return headers;
}

function portfolioColumns(
  parameters: Parameters,
  rows: readonly PortfolioRow[]
): PortfolioColumn[] {
  const own: PortfolioColumn[] = [
    ...templateColumns(parameters).map((column): PortfolioColumn => ({
      kind: "template",
      column,
      header: column.header,
    })),
    ...(Object.keys(PORTFOLIO_META_HEADERS) as MetaKey[]).map((key): PortfolioColumn => ({
      kind: "meta",
      key,
      header: PORTFOLIO_META_HEADERS[key],
    })),
    ...(Object.keys(COUNCIL_HEADERS) as (keyof CouncilColumns)[]).map((key): PortfolioColumn => ({
      kind: "council",
      key,
      header: COUNCIL_HEADERS[key],
    })),
  ];
  const rankKeys = (Object.keys(PORTFOLIO_RANK_KEY_HEADERS) as RankKeyKind[]).map(
    (key): PortfolioColumn => ({ kind: "rankKey", key, header: PORTFOLIO_RANK_KEY_HEADERS[key] })
  );
  const taken = new Set([...own, ...rankKeys].map((c) => headerKey(c.header)));
  const extras = extraHeaders(rows, taken).map((header): PortfolioColumn => ({
    kind: "extra",
    header,
  }));
  return [...own, ...extras, ...rankKeys];
}

const templateKey = (column: TemplateColumn): string =>
  column.kind === "field"
    ? column.field.key
    : column.kind === "score"
      ? scoreField(column.criterion)
      : `computed:${column.key}`;

/** Column letters of Portfölj by key: template keys as columnLettersByKey, "meta:…", "council:…", "rankKey:…". */
function lettersOf(columns: readonly PortfolioColumn[]): Map<string, string> {
  const letters = new Map<string, string>();
  const template = columnLettersByKey(
    columns.flatMap((c) => (c.kind === "template" ? [c.column] : []))
  );
  columns.forEach((c, i) => {
    const letter = columnLetters(i + 1);
    if (c.kind === "template") {
      // the template columns come first, so their letters agree with columnLettersByKey
      if (template.get(templateKey(c.column)) !== letter) throw new Error("template columns moved");
      letters.set(templateKey(c.column), letter);
    } else if (c.kind !== "extra") letters.set(`${c.kind}:${c.key}`, letter);
  });
  return letters;
}

function required(letters: ReadonlyMap<string, string>, key: string): string {
  const letter = letters.get(key);
  if (letter === undefined) throw new Error(`portfolio has no column ${key}`);
  return letter;
}

function rankColumns(letters: ReadonlyMap<string, string>): RankColumns {
  return {
    latest: required(letters, "meta:latestRun"),
    present: PRESENT_IN_LATEST,
    viktadPoang: required(letters, "computed:viktadPoang"),
    nnvKvot: required(letters, "computed:nnvKvot"),
    investering: required(letters, "investering"),
    scoreKey: required(letters, "rankKey:score"),
    ratioKey: required(letters, "rankKey:ratio"),
    rank: required(letters, "meta:rank"),
  };
}

/** The data rows of a table of `count` rows under `headerRow`; an empty table keeps one blank row. */
const dataRows = (headerRow: number, count: number): DataRows => ({
  first: headerRow + 1,
  last: headerRow + Math.max(1, count),
});

interface RowContext {
  readonly row: PortfolioRow;
  readonly sheetRow: number;
  readonly computed: Record<ComputedKey, (row: number) => string>;
  readonly rank: RankColumns;
  readonly data: DataRows;
}

/** For a row the latest inputs no longer have: what the previous portfolio showed under this header. */
const previousCell = (row: PortfolioRow, header: string): CellContent =>
  cellContent(row.previous?.[header]);

function templateCell(column: TemplateColumn, header: string, ctx: RowContext): CellContent {
  const { row, sheetRow } = ctx;
  const initiative = row.initiative;
  if (column.kind === "computed") return { formula: ctx.computed[column.key](sheetRow) };
  if (column.kind === "field" && column.field.key === "id") return row.id;
  if (column.kind === "field" && column.field.key === "forvaltning") return row.forvaltning;
  if (initiative === null) return previousCell(row, header);
  if (column.kind === "score") {
    const score = initiative.scores[column.criterion.key];
    return typeof score === "number" && Number.isFinite(score) ? score : null;
  }
  return fieldContent(initiative.values[column.field.key as FieldKey]);
}

function metaCell(key: MetaKey, header: string, ctx: RowContext): CellContent {
  const { row, sheetRow } = ctx;
  const source = row.initiative?.source;
  switch (key) {
    case "rank":
      return { formula: rankFormula(ctx.rank, ctx.data, sheetRow) };
    case "fitsBudget":
      return { formula: fitsBudgetFormula(ctx.rank, ctx.data, sheetRow, FITS_BUDGET_TEXT) };
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
    case "latestRun":
      return row.initiative === null ? MISSING_FROM_LATEST : PRESENT_IN_LATEST;
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
      return {
        formula:
          column.key === "score"
            ? scoreKeyFormula(ctx.rank, ctx.sheetRow)
            : ratioKeyFormula(ctx.rank, ctx.sheetRow),
      };
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
  }
}

function portfolioSheet(consolidation: Consolidation, options: PortfolioOptions): SheetDescription {
  const { parameters, rows } = consolidation;
  const columns = portfolioColumns(parameters, rows);
  const letters = lettersOf(columns);
  const data = dataRows(PORTFOLIO_HEADER_ROW, rows.length);
  const computed = computedFormulas(letters, parameters);
  const rank = rankColumns(letters);

  const tableRows = rows.map((row, i) => {
    const ctx: RowContext = { row, sheetRow: data.first + i, computed, rank, data };
    return columns.map((column) => portfolioCell(column, ctx));
  });
  const specs = columns.map(columnSpec);

  const validations: ValidationSpec[] = [];
  if (parameters.lists.finansiering.length > 0) {
    const f = required(letters, "council:finansiering");
    validations.push({
      range: `${f}${data.first}:${f}${data.last}`,
      rule: { kind: "list", source: `=${LIST_RANGE_NAMES.finansiering}` },
      errorTitle: "Välj från listan",
      errorMessage: "Finansiering: välj ett värde i listan. Listan finns på bladet Parametrar.",
      prompt: "Hur initiativet finansieras: centralt, av förvaltningen eller externt.",
    });
  }
  const fits = required(letters, "meta:fitsBudget");
  const latest = required(letters, "meta:latestRun");
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
  ];

  const files = consolidation.files.length;
  const note =
    `Sammanställd ${options.generatedAt} från ${files} ${files === 1 ? "fil" : "filer"}. ` +
    "Grå kolumner räknas med formler från bladet Parametrar. Rådets beslut, Finansiering, " +
    "Rådets kommentar och kolumner som rådet lagt till behålls när portföljen byggs om.";
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
  ];

  return {
    name: PORTFOLIO_SHEETS.portfolio,
    tabColor: "FF2B579A",
    columnWidths: specs.map((s, i) => ({ col: i + 1, width: s.width })),
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

// ---------------------------------------------------------------------------------------------
// Översikt

/** Förvaltningar in the overview's order, and any förvaltning of a row it does not name. */
function overviewNames(consolidation: Consolidation): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  const add = (name: string) => {
    if (!seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  };
  for (const o of consolidation.overview) if (o.forvaltning !== null) add(o.forvaltning);
  for (const row of consolidation.rows) if (row.initiative !== null) add(row.forvaltning);
  return names;
}

function overviewSheet(consolidation: Consolidation): SheetDescription {
  const columns = portfolioColumns(consolidation.parameters, consolidation.rows);
  const letters = lettersOf(columns);
  const portfolioRows = dataRows(PORTFOLIO_HEADER_ROW, consolidation.rows.length);
  const c: OverviewColumns = {
    forvaltning: required(letters, "forvaltning"),
    latest: required(letters, "meta:latestRun"),
    present: PRESENT_IN_LATEST,
    investering: required(letters, "investering"),
    nyttaPerAr: required(letters, "computed:nyttaPerAr"),
    nyttokalkyl: required(letters, "nyttokalkyl"),
    riskanalys: required(letters, "riskanalys"),
    projektplan: required(letters, "projektplan"),
    projektutvardering: required(letters, "projektutvardering"),
    nyttoagare: required(letters, "nyttoagare"),
    uppfoljd: required(letters, "uppfoljd"),
  };
  const names: (string | null)[] = [...overviewNames(consolidation), null];
  const countCol = columnLetters(2);
  const rows = names.map((name, i): CellContent[] => {
    const row = OVERVIEW_HEADER_ROW + 1 + i;
    const at = {
      row,
      forvaltningCell: name === null ? null : `$A${row}`,
      countCell: `${countCol}${row}`,
    };
    return [
      name ?? OVERVIEW_TOTAL,
      ...OVERVIEW_FIGURES.map((figure) => ({
        formula: overviewFormula(
          figure,
          c,
          portfolioRows,
          PORTFOLIO_SHEETS.portfolio,
          at,
          "Genomförd"
        ),
      })),
    ];
  });
  const format = (figure: OverviewFigure): string =>
    figure === "count"
      ? "0"
      : figure === "investment" || figure === "yearlyBenefit"
        ? "#,##0"
        : "0%";
  return {
    name: PORTFOLIO_SHEETS.overview,
    tabColor: "FF548235",
    columnWidths: [
      { col: 1, width: 36 },
      ...OVERVIEW_FIGURES.map((_, i) => ({ col: i + 2, width: i < 3 ? 16 : 14 })),
    ],
    rowHeights: [{ row: OVERVIEW_HEADER_ROW, height: 30 }],
    blocks: [
      { row: 1, col: 1, rows: [["Översikt per förvaltning"]], style: "title" },
      {
        row: 2,
        col: 1,
        style: "note",
        rows: [
          [
            `Räknas med formler över bladet ${PORTFOLIO_SHEETS.portfolio}: initiativ i senaste underlaget. Ett dokument räknas när det är Genomförd; nyttoägare och uppföljning när de är ifyllda.`,
          ],
        ],
      },
    ],
    tables: [
      {
        name: PORTFOLIO_TABLES.overview,
        row: OVERVIEW_HEADER_ROW,
        col: 1,
        columns: [
          { header: OVERVIEW_HEADERS.forvaltning },
          ...OVERVIEW_FIGURES.map((figure) => ({
            header: OVERVIEW_HEADERS[figure],
            numberFormat: format(figure),
            style: "computed" as const,
          })),
        ],
        rows,
      },
    ],
    freeze: { rows: OVERVIEW_HEADER_ROW, cols: 1 },
  };
}

// ---------------------------------------------------------------------------------------------
// Avvikelser

const locationKey = (file: string, sheet: string, row: number): string =>
  `${file}\u0000${sheet}\u0000${row}`;

function issuesSheet(consolidation: Consolidation): SheetDescription {
  const criteria = consolidation.parameters.criteria;
  const ids = new Map<string, string>();
  for (const row of consolidation.rows) {
    const s = row.initiative?.source;
    if (s) ids.set(locationKey(s.file, s.sheet, s.row), row.id);
  }
  const issueRows = consolidation.issues.map((issue): CellContent[] => {
    const { file, sheet, row, column, field } = issue.location;
    const id =
      file !== undefined && sheet !== undefined && row !== undefined
        ? (ids.get(locationKey(file, sheet, row)) ?? null)
        : null;
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

// ---------------------------------------------------------------------------------------------
// Mappning

const unitText = (mapping: ColumnMapping): string | null =>
  mapping.multiplier === null
    ? null
    : (UNIT_TEXT[mapping.multiplier] ?? String(mapping.multiplier));

function mappingSheet(consolidation: Consolidation): {
  sheet: SheetDescription;
  names: NamedCellSpec[];
} {
  const criteria = consolidation.parameters.criteria;
  const mappingRows = consolidation.mappings.flatMap((m) =>
    m.columns.map((c): CellContent[] => [
      m.file,
      m.sheet,
      m.headerRow,
      columnLetters(c.column),
      c.header,
      mappingFieldLabel(c.target, criteria),
      c.confidence,
      unitText(c),
    ])
  );
  const sourceRows = consolidation.files.map((f): CellContent[] => [
    f.path,
    f.forvaltning ?? null,
    SOURCE_STATUS_TEXT[f.status],
    f.rowsImported,
    f.rowsSkipped.length,
    f.error ?? null,
  ]);
  const options = mappingFieldOptions(criteria).map((o) => o.label);
  const fieldColumn = 6; // F: MAPPING_HEADERS.field
  const f = columnLetters(fieldColumn);
  const list = columnLetters(FIELD_LIST_COLUMN);
  const validations: ValidationSpec[] =
    mappingRows.length === 0
      ? []
      : [
          {
            range: `${f}2:${f}${1 + mappingRows.length}`,
            rule: { kind: "list", source: `=${FIELD_LIST_NAME}` },
            errorTitle: "Välj ett fält",
            errorMessage: `Välj ett fält i listan, eller ${UNMAPPED_FIELD} om kolumnen inte ska läsas.`,
            prompt:
              "Rätta här vilket fält källans kolumn är. Rättelsen används nästa gång portföljen byggs.",
          },
        ];
  const S = SOURCES_HEADERS;
  const M = MAPPING_HEADERS;
  const widths: ColumnWidth[] = [
    ...[28, 16, 10, 8, 30, 28, 10, 8].map((width, i) => ({ col: i + 1, width })),
    ...[28, 30, 16, 12, 12, 48].map((width, i) => ({ col: SOURCES_FIRST_COLUMN + i, width })),
    { col: FIELD_LIST_COLUMN, width: 30 },
  ];
  return {
    sheet: {
      name: PORTFOLIO_SHEETS.mapping,
      tabColor: "FF7F7F7F",
      columnWidths: widths,
      blocks: [
        { row: 1, col: FIELD_LIST_COLUMN, rows: [[FIELD_LIST_HEADER]], style: "header" },
        { row: 2, col: FIELD_LIST_COLUMN, rows: options.map((o) => [o]), style: "note" },
      ],
      tables: [
        {
          name: PORTFOLIO_TABLES.mapping,
          row: 1,
          col: 1,
          columns: [
            { header: M.file },
            { header: M.sheet },
            { header: M.headerRow, numberFormat: "0" },
            { header: M.column },
            { header: M.header },
            { header: M.field, style: "input" },
            { header: M.confidence, numberFormat: "0%" },
            { header: M.unit },
          ],
          rows: mappingRows,
        },
        {
          name: PORTFOLIO_TABLES.sources,
          row: 1,
          col: SOURCES_FIRST_COLUMN,
          columns: [
            { header: S.file },
            { header: S.forvaltning, style: "input" },
            { header: S.status },
            { header: S.imported, numberFormat: "0" },
            { header: S.skipped, numberFormat: "0" },
            { header: S.error },
          ],
          rows: sourceRows,
        },
      ],
      validations,
      freeze: { rows: 1, cols: 0 },
    },
    names: [
      {
        name: FIELD_LIST_NAME,
        sheet: PORTFOLIO_SHEETS.mapping,
        ref: `$${list}$2:$${list}$${1 + options.length}`,
        comment: "Fälten som Mappningens Fält-kolumn kan välja",
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------

export function describePortfolio(
  consolidation: Consolidation,
  options: PortfolioOptions
): WorkbookDescription {
  const parameters = describeParametersSheet(consolidation.parameters);
  const mapping = mappingSheet(consolidation);
  return {
    sheets: [
      portfolioSheet(consolidation, options),
      overviewSheet(consolidation),
      issuesSheet(consolidation),
      mapping.sheet,
      parameters.sheet,
    ],
    names: [...parameters.names, ...mapping.names],
  };
}
