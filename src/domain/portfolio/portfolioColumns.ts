/**
 * The columns of the Portfölj table and their letters: the template's columns, ours (rank, source,
 * …), the council's, any the council added, the rank keys, what the run worked out for the rank
 * (hidden) and the hidden Kontrollsumma last. Portfölj writes them;
 * Översikt points its formulas at them, so both build the same list from the same rows.
 */
import { COUNCIL_HEADERS } from "../consolidation/Consolidation";
import type { CouncilColumns, PortfolioRow } from "../consolidation/Consolidation";
import type { Parameters } from "../parameters/Parameters";
import { scoreField } from "../parameters/Parameters";
import { columnLetters } from "../sheets/columnLetters";
import {
  columnLettersByKey,
  templateColumns,
  type TemplateColumn,
} from "../template/initiativeColumns";
import {
  PORTFOLIO_FINGERPRINT_HEADER,
  PORTFOLIO_META_HEADERS,
  PORTFOLIO_RANK_KEY_HEADERS,
  PORTFOLIO_RANK_RUN_HEADERS,
} from "./layout";
import type { DataRows } from "./portfolioFormulas";

export type MetaKey = keyof typeof PORTFOLIO_META_HEADERS;
export type RankKeyKind = keyof typeof PORTFOLIO_RANK_KEY_HEADERS;
export type RankRunKind = keyof typeof PORTFOLIO_RANK_RUN_HEADERS;

export type PortfolioColumn =
  | { readonly kind: "template"; readonly column: TemplateColumn; readonly header: string }
  | { readonly kind: "meta"; readonly key: MetaKey; readonly header: string }
  | { readonly kind: "council"; readonly key: keyof CouncilColumns; readonly header: string }
  | { readonly kind: "extra"; readonly header: string }
  | { readonly kind: "rankKey"; readonly key: RankKeyKind; readonly header: string }
  /** The run's rank, keys and cumulative investment as values (rankAsWritten); hidden. */
  | { readonly kind: "rankRun"; readonly key: RankRunKind; readonly header: string }
  /** What the run wrote in the row's standard columns (rowFingerprint.ts); hidden. */
  | { readonly kind: "fingerprint"; readonly header: string };

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

export function portfolioColumns(
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
  const rankRun = (Object.keys(PORTFOLIO_RANK_RUN_HEADERS) as RankRunKind[]).map(
    (key): PortfolioColumn => ({ kind: "rankRun", key, header: PORTFOLIO_RANK_RUN_HEADERS[key] })
  );
  const fingerprint: PortfolioColumn = {
    kind: "fingerprint",
    header: PORTFOLIO_FINGERPRINT_HEADER,
  };
  const taken = new Set(
    [...own, ...rankKeys, ...rankRun, fingerprint].map((c) => headerKey(c.header))
  );
  const extras = extraHeaders(rows, taken).map((header): PortfolioColumn => ({
    kind: "extra",
    header,
  }));
  return [...own, ...extras, ...rankKeys, ...rankRun, fingerprint];
}

const templateKey = (column: TemplateColumn): string =>
  column.kind === "field"
    ? column.field.key
    : column.kind === "score"
      ? scoreField(column.criterion)
      : `computed:${column.key}`;

/**
 * Column letters of Portfölj by key: template keys as columnLettersByKey, "meta:…", "council:…",
 * "rankKey:…", "rankRun:…", "fingerprint".
 */
export function lettersOf(columns: readonly PortfolioColumn[]): Map<string, string> {
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
    } else if (c.kind === "fingerprint") letters.set("fingerprint", letter);
    else if (c.kind !== "extra") letters.set(`${c.kind}:${c.key}`, letter);
  });
  return letters;
}

export function requiredLetter(letters: ReadonlyMap<string, string>, key: string): string {
  const letter = letters.get(key);
  if (letter === undefined) throw new Error(`portfolio has no column ${key}`);
  return letter;
}

/** The data rows of a table of `count` rows under `headerRow`; an empty table keeps one blank row. */
export const dataRows = (headerRow: number, count: number): DataRows => ({
  first: headerRow + 1,
  last: headerRow + Math.max(1, count),
});
