/**
 * The portfolio's live formulas and the TypeScript give the same answers: build a consolidation
 * from generated initiatives (ties in score and NNV/I on purpose), describe and write it, let
 * LibreOffice recalculate every formula (forced), read the file back with the product's reader,
 * and compare every computed column, Rang, Ryms i budget and the Översikt figures with
 * assessInitiative, rankPortfolio and the overview. One soffice call for both variants.
 */
import fc from "fast-check";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readWorkbookBytes } from "../../src/adapters/xlsxFile/readXlsx";
import { renderWorkbook } from "../../src/adapters/xlsxFile/write/writeWorkbook";
import { COMPUTED_COLUMNS } from "../../src/domain/computedColumns";
import type { Consolidation, OverviewRow } from "../../src/domain/consolidation/Consolidation";
import type { FieldKey } from "../../src/domain/fields";
import type { FieldValue } from "../../src/domain/initiative";
import type { Issue } from "../../src/domain/issues";
import { DOCUMENT_STATES, STATUSES } from "../../src/domain/lists";
import { DEFAULT_PARAMETERS, TABY_CRITERIA, type Parameters } from "../../src/domain/parameters/Parameters";
import { describePortfolio } from "../../src/domain/portfolio/describePortfolio";
import { PORTFOLIO_HEADER_ROW, PORTFOLIO_META_HEADERS, PORTFOLIO_SHEETS } from "../../src/domain/portfolio/layout";
import { OVERVIEW_HEADER_ROW, OVERVIEW_HEADERS, OVERVIEW_TOTAL } from "../../src/domain/portfolio/overviewSheet";
import { FITS_BUDGET_TEXT } from "../../src/domain/portfolio/portfolioSheet";
import { rankPortfolio } from "../../src/domain/portfolio/rankPortfolio";
import type { CellValue, SheetGrid } from "../../src/domain/ports/WorkbookPort";
import { buildConsolidation } from "../builders/consolidation";
import { exact, initiative } from "../builders/initiatives";
import { closeToTypeScript } from "../support/recalcTolerance";
import { recalculate } from "../support/libreoffice";

const ROWS = 60;
const FORVALTNINGAR = ["Socialförvaltningen", "Barn- och utbildningsförvaltningen", "Miljöförvaltningen"];

// Few distinct score vectors and economics, so equal scores and equal NNV/I happen often.
const scoreVector = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom([5, 3, 2, 4, 3], [3, 5, 2, 4, 3], [4, 4, 3, 3, 2], [2, 2, 4, 4, 5], [5, 5, 1, 1, 4]) },
  { weight: 3, arbitrary: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 5, maxLength: 5 }) },
  { weight: 1, arbitrary: fc.constant([null, 3, 3, 3, 3]) }
);
const amount = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.constantFrom(100_000, 250_000, 596_600) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 3_000_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 200_000_000 }).map((x) => x / 100) }
);
const rowData = fc.record({
  forvaltning: fc.constantFrom(...FORVALTNINGAR),
  name: fc.constantFrom("Digitalt bygglov", "E-arkiv", "Chatbot", "=SUMMA(A1)", "@hem", "+46 mottagning", "-minus", "Wellbee"),
  status: fc.constantFrom(...STATUSES),
  scores: scoreVector,
  investering: amount,
  lopandeKostnad: amount,
  kostnadsbesparing: amount,
  tidsbesparing: fc.oneof(fc.constant(null), fc.constantFrom(500, 1200), fc.integer({ min: 0, max: 20_000 })),
  documents: fc.array(fc.oneof(fc.constantFrom(...DOCUMENT_STATES), fc.constant(null)), { minLength: 4, maxLength: 4 }),
  nyttoagare: fc.oneof(fc.constant(null), fc.constantFrom("Bo Verksamhetschef", "=Chefen")),
  uppfoljd: fc.oneof(fc.constant(null), fc.constant("2025-05-02"), fc.constant("höst 2025")),
});
type RowData = typeof rowData extends fc.Arbitrary<infer T> ? T : never;

function consolidationOf(data: readonly RowData[], parameters: Parameters): Consolidation {
  const initiatives = data.map((d, i) => {
    const values: Partial<Record<FieldKey, FieldValue>> = {
      id: `P-${String(i + 1).padStart(3, "0")}`,
      name: d.name,
      forvaltning: d.forvaltning,
      status: d.status,
      startdatum: exact("2024-01-15"),
    };
    const put = (key: FieldKey, value: FieldValue | null) => {
      if (value !== null) values[key] = value;
    };
    put("investering", d.investering);
    put("lopandeKostnad", d.lopandeKostnad);
    put("kostnadsbesparing", d.kostnadsbesparing);
    put("tidsbesparing", d.tidsbesparing);
    (["nyttokalkyl", "riskanalys", "projektplan", "projektutvardering"] as const).forEach((k, j) => put(k, d.documents[j] ?? null));
    put("nyttoagare", d.nyttoagare);
    put("uppfoljd", d.uppfoljd === null ? null : d.uppfoljd === "höst 2025" ? { kind: "approximate", text: "höst 2025", earliest: "2025-09-01", latest: "2025-11-30" } : exact(d.uppfoljd));
    const scores = Object.fromEntries(parameters.criteria.map((c, j) => [c.key, d.scores[j] ?? null]));
    return initiative(values, { row: 5 + i, scores });
  }).map((init, i) => ({ ...init, source: { ...init.source, file: `${data[i]!.forvaltning}.xlsx` } }));
  const issues: Issue[] = initiatives.slice(0, 6).map((init, i) => ({
    code: i % 2 === 0 ? "required_missing" : "approximate_date",
    severity: i % 2 === 0 ? "error" : "warning",
    location: { ...init.source, column: "C", field: "syfte" },
    details: { status: "Beslutad", earliest: "2025-09-01", latest: "2025-11-30" },
  }));
  return buildConsolidation({
    parameters,
    initiatives,
    issues,
    council: { "P-002": { radetsBeslut: "Prioriteras", finansiering: "Central", radetsKommentar: "=Bra" } },
    extra: { "P-003": { "Rådets egen not": "@viktig" } },
    missing: [
      {
        id: "GAMMAL-1",
        forvaltning: FORVALTNINGAR[0]!,
        previous: { Namn: "Gammalt e-arkiv", "Investering (kr)": 400_000, Källfil: "gammal.xlsx", Källrad: 9 },
        council: { radetsBeslut: "Avslutas", finansiering: null, radetsKommentar: null },
      },
    ],
  });
}

function variants(): { name: string; consolidation: Consolidation }[] {
  const decimalWeights: Parameters = {
    ...DEFAULT_PARAMETERS,
    // weights that are not whole numbers: equal scores reached along different sums differ in the last bits
    criteria: [
      { key: "nytta", label: "Nytta", weight: 0.35, direction: "for" },
      { key: "strategi", label: "Strategisk betydelse", weight: 0.25, direction: "for" },
      { key: "komplexitet", label: "Komplexitet", weight: 0.1, direction: "against" },
      { key: "risk", label: "Risk", weight: 0.2, direction: "against" },
      { key: "innovation", label: "Innovation", weight: 0.1, direction: "for" },
    ],
    kalkylranta: 0.045,
    kalkylperiod: 8,
    timkostnad: 520,
  };
  const a = fc.sample(rowData, { numRuns: ROWS, seed: 20260302 });
  const withoutBudget = consolidationOf(a, decimalWeights);
  const total = withoutBudget.rows.reduce((sum, r) => sum + (typeof r.initiative?.values.investering === "number" ? r.initiative.values.investering : 0), 0);
  const budget = Math.round(total * 0.45);
  const b = fc.sample(rowData, { numRuns: ROWS, seed: 20260303 });
  return [
    { name: "budget", consolidation: consolidationOf(a, { ...decimalWeights, centralBudget: budget }) },
    { name: "taby-no-budget", consolidation: consolidationOf(b, { ...DEFAULT_PARAMETERS, criteria: TABY_CRITERIA, kalkylranta: 0, kalkylperiod: 5 }) },
  ];
}


function grid(sheets: readonly SheetGrid[], name: string, headerRow: number) {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const headers = (sheet.values[headerRow - sheet.top] ?? []).map((v) => (typeof v === "string" ? v : ""));
  return {
    at(row: number, header: string): CellValue {
      const c = headers.indexOf(header);
      if (c < 0) throw new Error(`no column ${header} on ${name}`);
      return sheet.values[row - sheet.top]?.[c] ?? null;
    },
  };
}

describe("portfolio formulas recalculated by LibreOffice equal the TypeScript results", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "digiportfolj-portfolio-"));
  const cases = variants();
  const outputs = new Map<string, string>();

  beforeAll(async () => {
    const files: string[] = [];
    for (const c of cases) {
      const file = path.join(dir, `${c.name}.xlsx`);
      writeFileSync(file, await renderWorkbook(describePortfolio(c.consolidation, { generatedAt: "2026-03-02 10:00" })));
      files.push(file);
    }
    const recalculated = await recalculate(files, path.join(dir, "out"));
    cases.forEach((c, i) => outputs.set(c.name, recalculated[i]!));
  });

  test("the generated portfolios tie on score and on NNV/I, and one has a budget that some rows exceed", () => {
    const [budget] = cases;
    const scores = budget!.consolidation.rows.map((r) => r.assessment?.viktadPoang).filter((s) => typeof s === "number");
    expect(new Set(scores).size).toBeLessThan(scores.length - 10);
    const fits = rankPortfolio(budget!.consolidation.rows, budget!.consolidation.parameters.centralBudget).map((r) => r.fitsBudget);
    expect(fits).toContain(true);
    expect(fits).toContain(false);
  });

  test.each(cases.map((c) => [c.name]))("%s: every computed column, Rang, Ryms i budget and Översikt", (name) => {
    const { consolidation } = cases.find((c) => c.name === name)!;
    const workbook = readWorkbookBytes(new Uint8Array(readFileSync(outputs.get(name)!)), `${name}.xlsx`);
    const portfolio = grid(workbook.sheets, PORTFOLIO_SHEETS.portfolio, PORTFOLIO_HEADER_ROW);
    const ranks = rankPortfolio(consolidation.rows, consolidation.parameters.centralBudget);
    const mismatches: string[] = [];
    let compared = 0;
    const check = (where: string, actual: CellValue, expected: number | string | null, isAmount: boolean) => {
      compared++;
      if (!closeToTypeScript(actual, expected, isAmount)) mismatches.push(`${where}: LibreOffice ${JSON.stringify(actual)}, TypeScript ${JSON.stringify(expected)}`);
    };

    consolidation.rows.forEach((row, i) => {
      const r = PORTFOLIO_HEADER_ROW + 1 + i;
      if (row.assessment) {
        for (const def of COMPUTED_COLUMNS) check(`${row.id} ${def.key}`, portfolio.at(r, def.sv), row.assessment[def.key], def.numberFormat === "#,##0");
      }
      const expected = ranks[i]!;
      check(`${row.id} Rang`, portfolio.at(r, PORTFOLIO_META_HEADERS.rank), expected.rank, false);
      check(
        `${row.id} Ryms i budget`,
        portfolio.at(r, PORTFOLIO_META_HEADERS.fitsBudget),
        expected.fitsBudget === null ? null : expected.fitsBudget ? FITS_BUDGET_TEXT.yes : FITS_BUDGET_TEXT.no,
        false
      );
      // source text that looks like a formula came back as the same text
      if (row.initiative) expect(portfolio.at(r, "Namn")).toBe(row.initiative.values.name);
    });

    const overview = grid(workbook.sheets, PORTFOLIO_SHEETS.overview, OVERVIEW_HEADER_ROW);
    consolidation.overview.forEach((o: OverviewRow, i) => {
      const r = OVERVIEW_HEADER_ROW + 1 + i;
      expect(overview.at(r, OVERVIEW_HEADERS.forvaltning)).toBe(o.forvaltning ?? OVERVIEW_TOTAL);
      const figures = ["count", "investment", "yearlyBenefit", "withNyttokalkyl", "withRiskanalys", "withProjektplan", "withProjektutvardering", "withBenefitOwner", "followedUp"] as const;
      for (const f of figures) check(`Översikt ${o.forvaltning ?? OVERVIEW_TOTAL} ${f}`, overview.at(r, OVERVIEW_HEADERS[f]), o[f], f === "investment" || f === "yearlyBenefit");
    });

    expect(mismatches).toEqual([]);
    const present = consolidation.rows.filter((r) => r.assessment).length;
    expect(compared).toBe(present * COMPUTED_COLUMNS.length + 2 * consolidation.rows.length + 9 * consolidation.overview.length);
    // the row kept from the previous portfolio keeps what the council saw and gets no rank
    const last = PORTFOLIO_HEADER_ROW + consolidation.rows.length;
    expect(portfolio.at(last, "Namn")).toBe("Gammalt e-arkiv");
    expect(portfolio.at(last, "Rådets beslut")).toBe("Avslutas");
  });
});
