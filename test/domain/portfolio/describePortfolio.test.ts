import { renderWorkbook } from "../../../src/adapters/xlsxFile/write/writeWorkbook";
import { COMPUTED_COLUMNS } from "../../../src/domain/computedColumns";
import { COUNCIL_HEADERS } from "../../../src/domain/consolidation/Consolidation";
import { FIELDS } from "../../../src/domain/fields";
import type { Issue } from "../../../src/domain/issues";
import { issueMessage } from "../../../src/domain/messages";
import { DEFAULT_PARAMETERS } from "../../../src/domain/parameters/Parameters";
import { serialFromIso } from "../../../src/domain/parse/date";
import { describePortfolio } from "../../../src/domain/portfolio/describePortfolio";
import {
  ISSUE_HEADERS,
  MAPPING_HEADERS,
  MISSING_FROM_LATEST,
  NEEDS_REVIEW,
  PORTFOLIO_HEADER_ROW,
  PORTFOLIO_META_HEADERS,
  PORTFOLIO_FINGERPRINT_HEADER,
  PORTFOLIO_RANK_KEY_HEADERS,
  PORTFOLIO_RANK_RUN_HEADERS,
  PORTFOLIO_SHEETS,
  PORTFOLIO_TABLES,
  PRESENT_IN_LATEST,
  SOURCES_FIRST_COLUMN,
  SOURCES_HEADERS,
  UNMAPPED_FIELD,
} from "../../../src/domain/portfolio/layout";
import { mappingFieldOptions, targetOfMappingLabel } from "../../../src/domain/portfolio/mappingFields";
import { FIELD_LIST_NAME } from "../../../src/domain/portfolio/mappingSheet";
import { OVERVIEW_HEADER_ROW, OVERVIEW_HEADERS, OVERVIEW_TOTAL } from "../../../src/domain/portfolio/overviewSheet";
import { rankPortfolio, ratioKey, scoreKey } from "../../../src/domain/portfolio/rankPortfolio";
import { columnLetters } from "../../../src/domain/sheets/columnLetters";
import {
  formulaInRow,
  isFormula,
  type CellContent,
  type SheetDescription,
  type TableSpec,
  type WorkbookDescription,
} from "../../../src/domain/template/WorkbookDescription";
import { buildConsolidation } from "../../builders/consolidation";
import { complete } from "../../builders/initiatives";

const parameters = { ...DEFAULT_PARAMETERS, centralBudget: 1_000_000 };
const scores = { nytta: 4, strategi: 3, komplexitet: 2, risk: 2 };

const first = { ...complete({ id: "SOC-1", name: "=SUMMA(A1)", forvaltning: "Socialförvaltningen", kommentar: "@hem" }, 5), scores };
const second = {
  ...complete({ id: "SOC-2", name: "E-arkiv", forvaltning: "Socialförvaltningen", startdatum: { kind: "approximate", text: "höst 2017", earliest: "2017-09-01", latest: "2017-11-30" } }, 6),
  scores,
};
const third = { ...complete({ id: "SBF-1", name: "Digitalt bygglov", investering: 2_000_000 }, 7), source: { file: "sbf.xlsx", sheet: "Lista", row: 7 } };
const issue: Issue = {
  code: "invalid_amount",
  severity: "error",
  location: { file: "test.xlsx", sheet: "Initiativ", row: 6, column: "R", field: "investering" },
  input: "=1+1",
};
const fileIssue: Issue = { code: "no_initiative_table", severity: "warning", location: { file: "tom.xlsx" } };

const consolidation = buildConsolidation({
  parameters,
  initiatives: [first, second, third],
  issues: [issue, fileIssue],
  council: { "SOC-2": { radetsBeslut: "Prioriteras", finansiering: "Central", radetsKommentar: "=Bra idé" } },
  extra: { "SOC-1": { "Rådets not": "+46 70", Rang: 99 }, "SBF-1": { "Extra 2": 5, "Rådets not": "x" } },
  overlaps: { "SOC-2": ["SBF-1"] },
  missing: [
    {
      id: "OLD-1",
      forvaltning: "Miljöförvaltningen",
      previous: { Namn: "Gammal tjänst", "Investering (kr)": 300_000, Källfil: "miljo-2025.xlsx", Källrad: 12, Status: { error: "#N/A" } },
      council: { radetsBeslut: "Avslutas", finansiering: null, radetsKommentar: "Klar" },
    },
  ],
  failed: { "trasig.xlsx": "trasig.xlsx kunde inte läsas: filen är skadad." },
  skipped: [{ sheet: "Initiativ", row: 20, reason: "total_row", text: "Summa" }],
});
const description = describePortfolio(consolidation, { generatedAt: "2026-03-02 10:15" });

const sheet = (name: string) => description.sheets.find((s) => s.name === name) as SheetDescription;
const table = (sheetName: string, tableName: string) => sheet(sheetName).tables?.find((t) => t.name === tableName) as TableSpec;
const portfolio = table(PORTFOLIO_SHEETS.portfolio, PORTFOLIO_TABLES.portfolio);
const headers = portfolio.columns.map((c) => c.header);
const at = (row: number, header: string): CellContent => {
  const c = headers.indexOf(header);
  if (c < 0) throw new Error(`no column ${header}`);
  return portfolio.rows[row]?.[c] ?? null;
};
/** A cell's formula as written in sheet row `row` (a RowFormulaCell spelled out there). */
const formulaOf = (cell: CellContent, row = 0): string => formulaInRow(cell, row) ?? "";
/** The formula of Portfölj data row `i` (0-based) under `header`. */
const formulaAt = (i: number, header: string): string => formulaOf(at(i, header), PORTFOLIO_HEADER_ROW + 1 + i);
const rowOf = (id: string) => consolidation.rows.findIndex((r) => r.id === id);

function allCells(d: WorkbookDescription): CellContent[] {
  return d.sheets.flatMap((s) => [...(s.blocks ?? []).flatMap((b) => b.rows.flat()), ...(s.tables ?? []).flatMap((t) => t.rows.flat())]);
}

describe("the portfolio as plain data", () => {
  test("has the six sheets in order, each table where the reader of a previous run looks", () => {
    expect(description.sheets.map((s) => s.name)).toEqual(["Portfölj", "Översikt", "Behov", "Avvikelser", "Mappning", "Parametrar"]);
    expect(table(PORTFOLIO_SHEETS.needs, PORTFOLIO_TABLES.needs)).toMatchObject({ row: 1, col: 1 });
    expect(portfolio).toMatchObject({ row: PORTFOLIO_HEADER_ROW, col: 1 });
    expect(table(PORTFOLIO_SHEETS.issues, PORTFOLIO_TABLES.issues)).toMatchObject({ row: 1, col: 1 });
    expect(table(PORTFOLIO_SHEETS.mapping, PORTFOLIO_TABLES.mapping)).toMatchObject({ row: 1, col: 1 });
    expect(table(PORTFOLIO_SHEETS.mapping, PORTFOLIO_TABLES.sources)).toMatchObject({ row: 1, col: SOURCES_FIRST_COLUMN });
    expect(table(PORTFOLIO_SHEETS.overview, PORTFOLIO_TABLES.overview)).toMatchObject({ row: OVERVIEW_HEADER_ROW, col: 1 });
    expect(sheet(PORTFOLIO_SHEETS.portfolio).freeze).toEqual({ rows: PORTFOLIO_HEADER_ROW, cols: 2 });
  });

  test("Portfölj: standard columns with Swedish headers, then meta, the council's columns, their added columns and the rank keys", () => {
    for (const f of FIELDS) expect(headers).toContain(f.sv);
    for (const c of COMPUTED_COLUMNS) expect(headers).toContain(c.sv);
    expect(headers.slice(0, 3)).toEqual(["Initiativ-ID", "Namn", "Förvaltning"]);
    const meta = Object.values(PORTFOLIO_META_HEADERS);
    const council = Object.values(COUNCIL_HEADERS);
    const start = headers.indexOf(meta[0]!);
    expect(headers.slice(start)).toEqual([
      ...meta,
      ...council,
      "Extra 2",
      "Rådets not",
      ...Object.values(PORTFOLIO_RANK_KEY_HEADERS),
      ...Object.values(PORTFOLIO_RANK_RUN_HEADERS),
      PORTFOLIO_FINGERPRINT_HEADER,
    ]);
    // Kontrollsumma is the table's last column; it and the run's rank values are the hidden ones
    const widths = sheet(PORTFOLIO_SHEETS.portfolio).columnWidths ?? [];
    const run = headers.indexOf(PORTFOLIO_RANK_RUN_HEADERS.rank) + 1;
    expect(widths.filter((w) => w.hidden).map((w) => w.col)).toEqual([run, run + 1, run + 2, run + 3, run + 4, run + 5, headers.length]);
    // added columns in the order they first appear (Samhällsbyggnad's row comes first); one named like ours is not repeated
    expect(headers.filter((h) => h === "Rang")).toHaveLength(1);
    expect(portfolio.rows).toHaveLength(4);
  });

  test("each computed column, Rang, Ryms i budget and the rank keys hold a formula for their own row", () => {
    const formulaHeaders = [...COMPUTED_COLUMNS.map((c) => c.sv), PORTFOLIO_META_HEADERS.rank, PORTFOLIO_META_HEADERS.fitsBudget, ...Object.values(PORTFOLIO_RANK_KEY_HEADERS)];
    portfolio.rows.forEach((_, i) => {
      for (const header of formulaHeaders) expect(formulaAt(i, header)).toMatch(new RegExp(`[A-Z]${PORTFOLIO_HEADER_ROW + 1 + i}\\b`));
    });
    const last = PORTFOLIO_HEADER_ROW + portfolio.rows.length;
    expect(formulaAt(0, "Rang")).toContain(`:$${columnLetters(headers.indexOf(PORTFOLIO_RANK_KEY_HEADERS.score) + 1)}$${last}`);
    expect(formulaAt(0, "Ryms i budget")).toContain("CentralBudget");
    expect(formulaAt(0, "Ryms i budget")).toContain("SUMIFS(");
    for (const header of formulaHeaders) expect(portfolio.columns[headers.indexOf(header)]?.style).toBe("computed");
  });

  test("beside each row the run's rank, keys and cumulative investment as values, checked by one formula above them", () => {
    const ranks = rankPortfolio(consolidation.rows, parameters.centralBudget);
    const ranked = ranks.filter((r) => r.rank !== null).length;
    consolidation.rows.forEach((row, i) => {
      const rank = ranks[i]!.rank;
      expect(at(i, PORTFOLIO_RANK_RUN_HEADERS.order)).toBe(i + 1);
      expect(at(i, PORTFOLIO_RANK_RUN_HEADERS.rank)).toBe(rank);
      if (rank === null) {
        for (const h of [PORTFOLIO_RANK_RUN_HEADERS.score, PORTFOLIO_RANK_RUN_HEADERS.ratio, PORTFOLIO_RANK_RUN_HEADERS.cumulative]) expect(at(i, h)).toBeNull();
        return;
      }
      const numeric = (v: unknown) => (typeof v === "number" ? v : null);
      expect(at(i, PORTFOLIO_RANK_RUN_HEADERS.score)).toBe(scoreKey(numeric(row.assessment?.viktadPoang)));
      expect(at(i, PORTFOLIO_RANK_RUN_HEADERS.ratio)).toBe(ratioKey(numeric(row.assessment?.nnvKvot)));
      expect(at(i, PORTFOLIO_RANK_RUN_HEADERS.investment)).toBe(at(i, "Investering (kr)"));
      const above = consolidation.rows.filter((_, j) => ranks[j]!.rank !== null && ranks[j]!.rank! <= rank);
      const cumulative = above.reduce((sum, r) => sum + (typeof r.initiative?.values.investering === "number" ? r.initiative.values.investering : 0), 0);
      expect(at(i, PORTFOLIO_RANK_RUN_HEADERS.cumulative)).toBe(cumulative);
    });
    // the check stands above the first of those columns, and Rang and Ryms i budget read it
    const written = columnLetters(headers.indexOf(PORTFOLIO_RANK_RUN_HEADERS.rank) + 1);
    const check = sheet(PORTFOLIO_SHEETS.portfolio).blocks?.find((b) => b.row === PORTFOLIO_HEADER_ROW - 1 && b.col === headers.indexOf(PORTFOLIO_RANK_RUN_HEADERS.rank) + 1);
    expect(formulaOf(check?.rows[0]?.[0] ?? null)).toContain(`=${ranked})`);
    expect(formulaAt(0, "Rang")).toContain(`IF($${written}$${PORTFOLIO_HEADER_ROW - 1},${written}${PORTFOLIO_HEADER_ROW + 1},`);
    expect(formulaAt(0, "Ryms i budget")).toContain(`$${written}$${PORTFOLIO_HEADER_ROW - 1}`);
  });

  test("values come from the parsed initiative: text, kronor, exact dates as serials, vague dates as their text", () => {
    const r = rowOf("SOC-2");
    expect(at(r, "Namn")).toBe("E-arkiv");
    expect(at(r, "Investering (kr)")).toBe(596600);
    expect(at(r, "Startdatum")).toBe("höst 2017");
    expect(at(r, "Slutdatum")).toBe(serialFromIso("2027-06-30", false));
    expect(portfolio.columns[headers.indexOf("Slutdatum")]?.numberFormat).toBe("yyyy-mm-dd");
    expect(portfolio.columns[headers.indexOf("Investering (kr)")]?.numberFormat).toBe("#,##0");
    expect(at(r, "Nytta (1–5)")).toBe(4);
    expect(at(r, "Källfil")).toBe("test.xlsx");
    expect(at(r, "Källrad")).toBe(6);
    expect(at(r, "I senaste underlaget")).toBe(PRESENT_IN_LATEST);
    expect(at(r, "Möjliga överlapp")).toBe("SBF-1");
    expect(at(r, "Fel")).toBe(1);
    expect(at(r, "Rådets beslut")).toBe("Prioriteras");
    expect(at(r, "Finansiering")).toBe("Central");
    expect(at(rowOf("SBF-1"), "Extra 2")).toBe(5);
    expect(at(rowOf("SOC-1"), "Extra 2")).toBeNull();
  });

  test("a row the latest inputs no longer have shows what the previous portfolio showed, without a rank", () => {
    const r = rowOf("OLD-1");
    expect(r).toBe(3);
    expect(at(r, "Initiativ-ID")).toBe("OLD-1");
    expect(at(r, "Namn")).toBe("Gammal tjänst");
    expect(at(r, "Investering (kr)")).toBe(300_000);
    expect(at(r, "Källfil")).toBe("miljo-2025.xlsx");
    expect(at(r, "Källrad")).toBe(12);
    expect(at(r, "Status")).toBe("#N/A");
    expect(at(r, "I senaste underlaget")).toBe(MISSING_FROM_LATEST);
    expect(at(r, "Rådets kommentar")).toBe("Klar");
    expect(formulaAt(r, "Rang")).toMatch(/^IF\([A-Z]+8<>"Ja",""/);
  });

  test("text that looks like a formula stays a plain string everywhere", () => {
    expect(at(rowOf("SOC-1"), "Namn")).toBe("=SUMMA(A1)");
    expect(at(rowOf("SOC-1"), "Kommentar")).toBe("@hem");
    expect(at(rowOf("SOC-1"), "Rådets not")).toBe("+46 70");
    expect(at(rowOf("SOC-2"), "Rådets kommentar")).toBe("=Bra idé");
    const formulas = allCells(description).flatMap((c) => (isFormula(c) ? [formulaOf(c, 5)] : []));
    for (const source of ["SUMMA", "@hem", "+46", "Bra idé", "=1+1", "Socialförvaltningen", "test.xlsx"]) {
      expect(formulas.filter((f) => f.includes(source))).toEqual([]);
    }
  });

  test("the note says when and from how many files; nothing else changes between identical runs", () => {
    const note = sheet(PORTFOLIO_SHEETS.portfolio).blocks?.find((b) => b.row === 2)?.rows[0]?.[0];
    expect(note).toMatch(/^Sammanställd 2026-03-02 10:15 från 3 filer\./);
    const again = describePortfolio(consolidation, { generatedAt: "2027-01-01 08:00" });
    expect(JSON.stringify(again).replace("2027-01-01 08:00", "2026-03-02 10:15")).toBe(JSON.stringify(description));
  });

  test("Finansiering has the Lista_Finansiering dropdown over every data row; every name a formula reads is defined", () => {
    const f = columnLetters(headers.indexOf("Finansiering") + 1);
    const v = sheet(PORTFOLIO_SHEETS.portfolio).validations?.find((x) => x.range.startsWith(f));
    expect(v).toMatchObject({ range: `${f}${PORTFOLIO_HEADER_ROW + 1}:${f}${PORTFOLIO_HEADER_ROW + 4}`, rule: { kind: "list", source: "=Lista_Finansiering" } });
    const defined = new Set(description.names.map((n) => n.name));
    for (const s of description.sheets) for (const x of s.validations ?? []) if (x.rule.kind === "list" && x.rule.source.startsWith("=")) expect(defined).toContain(x.rule.source.slice(1));
    const used = new Set<string>();
    for (const c of allCells(description)) {
      if (isFormula(c)) for (const m of formulaOf(c, 5).replace(/"[^"]*"/g, "").replace(/'[^']*'!/g, "").matchAll(/\b([A-Z][A-Za-z]+(?:_\d+)?)\b(?![(!])/g)) used.add(m[1]!);
    }
    const names = [...used].filter((n) => !/^[A-Z]{1,3}$/.test(n) && n !== "E");
    expect(names).toEqual(expect.arrayContaining(["CentralBudget", "Timkostnad", "Vikt_1"]));
    for (const n of names) expect(defined).toContain(n);
  });

  test("Översikt: one row per förvaltning and the total, every figure a formula over Portfölj", () => {
    const overview = table(PORTFOLIO_SHEETS.overview, PORTFOLIO_TABLES.overview);
    expect(overview.columns.map((c) => c.header)).toEqual(Object.values(OVERVIEW_HEADERS));
    expect(overview.rows.map((r) => r[0])).toEqual(["Samhällsbyggnadsförvaltningen", "Socialförvaltningen", OVERVIEW_TOTAL]);
    for (const row of overview.rows) {
      for (const cell of row.slice(1)) expect(formulaOf(cell)).toContain("'Portfölj'!");
    }
    const soc = overview.rows[1]!;
    expect(formulaOf(soc[1]!)).toContain(`=$A${OVERVIEW_HEADER_ROW + 2})`);
    expect(formulaOf(overview.rows[2]![1]!)).not.toContain("$A");
  });

  test("Avvikelser: every issue with its place, the initiative's ID, severity and Swedish message; skipped rows too", () => {
    const issues = table(PORTFOLIO_SHEETS.issues, PORTFOLIO_TABLES.issues);
    expect(issues.columns.map((c) => c.header)).toEqual(Object.values(ISSUE_HEADERS));
    expect(issues.rows[0]).toEqual(["test.xlsx", "Initiativ", 6, "R", "Investering (kr)", "SOC-2", "Fel", "invalid_amount", issueMessage(issue, "sv", parameters.criteria)]);
    expect(issues.rows[1]).toEqual(["tom.xlsx", null, null, null, null, null, "Varning", "no_initiative_table", issueMessage(fileIssue, "sv")]);
    expect(issues.rows[2]?.slice(0, 8)).toEqual(["sbf.xlsx", "Initiativ", 20, null, null, null, "Information", "total_row"]);
    expect(String(issues.rows[2]![8])).toContain("Summa");
  });

  test("Mappning: each source header with its field, confidence and a dropdown of every field; Kallor per file", () => {
    const mapping = table(PORTFOLIO_SHEETS.mapping, PORTFOLIO_TABLES.mapping);
    expect(mapping.columns.map((c) => c.header)).toEqual(Object.values(MAPPING_HEADERS));
    expect(mapping.rows[0]).toEqual(["sbf.xlsx", "Lista", 4, "A", "Initiativ-ID", "Initiativ-ID", 1, null]);
    expect(mapping.rows.find((r) => r[4] === "Nytta (1–5)")?.[5]).toBe("Nytta");
    expect(mapping.rows.find((r) => r[4] === "Färg på pärmen")?.[5]).toBe(UNMAPPED_FIELD);

    const mappingSheet = sheet(PORTFOLIO_SHEETS.mapping);
    const v = mappingSheet.validations?.find((x) => x.range.startsWith("F2:"));
    expect(v).toMatchObject({ range: `F2:F${1 + mapping.rows.length}`, rule: { kind: "list", source: `=${FIELD_LIST_NAME}` } });
    const name = description.names.find((n) => n.name === FIELD_LIST_NAME)!;
    const options = mappingFieldOptions(parameters.criteria).map((o) => o.label);
    expect(options).toEqual(expect.arrayContaining([...FIELDS.map((f) => f.sv), ...parameters.criteria.map((c) => c.label), UNMAPPED_FIELD]));
    const [, col, top, bottom] = /^\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(name.ref)!;
    expect(Number(bottom) - Number(top) + 1).toBe(options.length);
    const listBlock = mappingSheet.blocks?.find((b) => columnLetters(b.col) === col && b.row === Number(top));
    expect(listBlock?.rows.map((r) => r[0])).toEqual(options);
    // every label shown can be read back as its target
    for (const row of mapping.rows) expect(targetOfMappingLabel(String(row[5]), parameters.criteria)).not.toBeUndefined();

    const sources = table(PORTFOLIO_SHEETS.mapping, PORTFOLIO_TABLES.sources);
    expect(sources.columns.map((c) => c.header)).toEqual(Object.values(SOURCES_HEADERS));
    expect(sources.rows).toEqual([
      ["sbf.xlsx", "Samhällsbyggnadsförvaltningen", null, null, "Inläst", 1, 1, null],
      ["test.xlsx", "Socialförvaltningen", null, null, "Inläst", 2, 0, null],
      ["trasig.xlsx", null, null, null, "Kunde inte läsas", 0, 0, "trasig.xlsx kunde inte läsas: filen är skadad."],
    ]);
    expect(sources.columns[1]?.style).toBe("input");
  });

  test("Kallor shows what the run inferred and from where, beside the Förvaltning the strategist may correct", () => {
    const files = consolidation.files.map((f) =>
      f.path === "sbf.xlsx"
        ? { ...f, forvaltningSource: "correction" as const, inferredForvaltning: { name: "sbf", source: "fallback" as const } }
        : f.path === "test.xlsx"
          ? { ...f, forvaltningSource: "title" as const, inferredForvaltning: { name: "Socialförvaltningen", source: "title" as const } }
          : { ...f, path: "miljo.xlsx", status: "ok" as const, forvaltning: "Miljöförvaltningen", forvaltningSource: "fileName" as const, inferredForvaltning: { name: "Miljöförvaltningen", source: "fileName" as const } }
    );
    const d = describePortfolio({ ...consolidation, files }, { generatedAt: "x" });
    const sources = d.sheets.find((x) => x.name === PORTFOLIO_SHEETS.mapping)!.tables!.find((t) => t.name === PORTFOLIO_TABLES.sources)!;
    expect(sources.rows.map((r) => r.slice(0, 4))).toEqual([
      ["sbf.xlsx", "Samhällsbyggnadsförvaltningen", "sbf", "Filnamn (ingen träff)"],
      ["test.xlsx", "Socialförvaltningen", "Socialförvaltningen", "Rubrik"],
      // a guess from the file name is left for the strategist to fill in or confirm
      ["miljo.xlsx", null, "Miljöförvaltningen", "Filnamn"],
    ]);
  });

  test("a row kept for review says so, with its Källans ID, and is marked", () => {
    const rows = consolidation.rows.map((r) => (r.id === "OLD-1" ? { ...r, needsReview: true, sourceId: "1" } : r.id === "SOC-2" ? { ...r, sourceId: "2" } : r));
    const d = describePortfolio({ ...consolidation, rows }, { generatedAt: "x" });
    const s = d.sheets.find((x) => x.name === PORTFOLIO_SHEETS.portfolio)!;
    const t = s.tables![0]!;
    const h = t.columns.map((c) => c.header);
    const cell = (id: string, header: string) => t.rows.find((r) => r[h.indexOf("Initiativ-ID")] === id)![h.indexOf(header)];
    expect(cell("OLD-1", "I senaste underlaget")).toBe(NEEDS_REVIEW);
    expect(cell("OLD-1", "Källans ID")).toBe("1");
    expect(cell("SOC-2", "Källans ID")).toBe("2");
    expect(h.indexOf("Källans ID")).toBe(h.indexOf("Källrad") + 1);
    expect(s.conditionalFormats?.map((c) => c.formula)).toEqual(expect.arrayContaining([expect.stringContaining(NEEDS_REVIEW)]));
  });

  test("without a central budget Ryms i budget reads the empty budget and says so", () => {
    const none = describePortfolio({ ...consolidation, parameters: { ...parameters, centralBudget: null } }, { generatedAt: "x" });
    const budgetNote = none.sheets[0]?.blocks?.find((b) => b.row === 3)?.rows[0]?.[0] ?? null;
    expect(formulaOf(budgetNote)).toContain("Ingen central budget");
  });
});

describe("the portfolio as a file", () => {
  test("renders, also when nothing could be consolidated", async () => {
    await expect(renderWorkbook(description)).resolves.toBeInstanceOf(Uint8Array);
    const empty = buildConsolidation({ parameters: DEFAULT_PARAMETERS, initiatives: [] });
    const d = describePortfolio(empty, { generatedAt: "2026-03-02" });
    expect(d.sheets[0]?.tables?.[0]?.rows).toEqual([]);
    expect(d.sheets[1]?.tables?.[0]?.rows.map((r) => r[0])).toEqual([OVERVIEW_TOTAL]);
    await expect(renderWorkbook(d)).resolves.toBeInstanceOf(Uint8Array);
  });
});
