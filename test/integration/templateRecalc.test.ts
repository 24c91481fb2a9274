/**
 * The template's live formulas and the TypeScript economics and scoring give the same numbers:
 * write a template, fill rows, let LibreOffice recalculate every formula (forced), read the file
 * back through the product's own reader, and compare each computed column with assessInitiative.
 */
import fc from "fast-check";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readWorkbookBytes } from "../../src/adapters/xlsxFile/readXlsx";
import { renderWorkbook } from "../../src/adapters/xlsxFile/write/writeWorkbook";
import { assessInitiative } from "../../src/domain/assessInitiative";
import { checkWorkbook } from "../../src/domain/checkWorkbook";
import { COMPUTED_COLUMNS } from "../../src/domain/computedColumns";
import { DOCUMENT_STATES, STATUSES } from "../../src/domain/lists";
import { DEFAULT_PARAMETERS, TABY_CRITERIA, type Parameters } from "../../src/domain/parameters/Parameters";
import { serialFromIso } from "../../src/domain/parse/date";
import type { SheetGrid } from "../../src/domain/ports/WorkbookPort";
import { buildTemplate, INITIATIVE_SHEET } from "../../src/domain/template/buildTemplate";
import type { CellContent, TableSpec, WorkbookDescription } from "../../src/domain/template/WorkbookDescription";
import { closeToTypeScript } from "../support/recalcTolerance";
import { recalculate } from "../support/libreoffice";

const ROWS = 120;

const amount = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 5_000_000 }) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 2_000_000, noNaN: true }).map((x) => Math.round(x * 100) / 100) },
);
const rowData = fc.record({
  name: fc.oneof({ weight: 9, arbitrary: fc.constantFrom("Digitalt bygglov", "Wellbee", "E-arkiv", "Chatbot") }, { weight: 1, arbitrary: fc.constant(null) }),
  status: fc.constantFrom(...STATUSES),
  investering: amount,
  lopandeKostnad: amount,
  kostnadsbesparing: amount,
  tidsbesparing: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 20_000 })),
  realiseradBesparing: amount,
  documents: fc.array(fc.oneof(fc.constantFrom(...DOCUMENT_STATES), fc.constant(null)), { minLength: 4, maxLength: 4 }),
  scores: fc.array(fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 1, arbitrary: fc.constant(null) }), {
    minLength: 5,
    maxLength: 5,
  }),
  start: fc.integer({ min: 0, max: 3000 }).map((d) => new Date(Date.UTC(2018, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
});
type RowData = typeof rowData extends fc.Arbitrary<infer T> ? T : never;

/** Puts generated rows into the template's table, input columns only; the formulas stay. */
function fill(description: WorkbookDescription, data: readonly RowData[], parameters: Parameters): WorkbookDescription {
  const sheets = description.sheets.map((sheet) => {
    if (sheet.name !== INITIATIVE_SHEET) return sheet;
    const table = sheet.tables?.[0] as TableSpec;
    const at = (header: string) => table.columns.findIndex((c) => c.header === header);
    const rows = table.rows.map((cells, r) => {
      const d = data[r];
      if (!d) return cells;
      const row: CellContent[] = [...cells];
      const put = (header: string, value: CellContent) => {
        const index = at(header);
        if (index < 0) throw new Error(`no column ${header}`);
        row[index] = value;
      };
      put("Namn", d.name);
      put("Förvaltning", "Socialförvaltningen");
      put("Status", d.status);
      put("Startdatum", serialFromIso(d.start, false));
      put("Investering (kr)", d.investering);
      put("Löpande kostnad per år (kr)", d.lopandeKostnad);
      put("Kostnadsbesparing per år (kr)", d.kostnadsbesparing);
      put("Tidsbesparing (timmar per år)", d.tidsbesparing);
      put("Realiserad besparing per år (kr)", d.realiseradBesparing);
      ["Nyttokalkyl", "Riskanalys", "Projektplan", "Projektutvärdering"].forEach((h, i) => put(h, d.documents[i] ?? null));
      parameters.criteria.forEach((c, i) => put(`${c.label} (1–5)`, d.scores[i] ?? null));
      return row;
    });
    return { ...sheet, tables: [{ ...table, rows }] };
  });
  return { ...description, sheets };
}

const VARIANTS: { name: string; parameters: Parameters }[] = [
  { name: "standard", parameters: { ...DEFAULT_PARAMETERS, kalkylranta: 0.045, kalkylperiod: 8, timkostnad: 520, prioritetHog: 65, prioritetMedel: 35 } },
  { name: "taby-r0", parameters: { ...DEFAULT_PARAMETERS, criteria: TABY_CRITERIA, kalkylranta: 0, kalkylperiod: 5, timkostnad: 400 } },
];


describe("template formulas recalculated by LibreOffice equal the TypeScript results", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "digiportfolj-recalc-"));
  const written: { file: string; parameters: Parameters; data: RowData[] }[] = [];

  beforeAll(async () => {
    for (const [i, variant] of VARIANTS.entries()) {
      const data = fc.sample(rowData, { numRuns: ROWS, seed: 20261122 + i });
      const description = fill(buildTemplate(variant.parameters, { rows: ROWS + 5 }), data, variant.parameters);
      const file = path.join(dir, `${variant.name}.xlsx`);
      writeFileSync(file, await renderWorkbook(description));
      written.push({ file, parameters: variant.parameters, data });
    }
  });

  test.each(VARIANTS.map((v, i) => [v.name, i]))("%s", async (_name, index) => {
    const { file, parameters } = written[index as number]!;
    const [recalculated] = await recalculate([file], path.join(dir, `out-${index}`));
    const workbook = readWorkbookBytes(new Uint8Array(readFileSync(recalculated!)), path.basename(file));
    const result = checkWorkbook(workbook, { today: "2026-11-22" });
    expect(result.parameters).toMatchObject({
      kalkylranta: parameters.kalkylranta,
      kalkylperiod: parameters.kalkylperiod,
      timkostnad: parameters.timkostnad,
    });
    expect(result.initiatives.length).toBe(ROWS);

    const sheet = workbook.sheets.find((s) => s.name === INITIATIVE_SHEET) as SheetGrid;
    const table = result.tables[0]!;
    const columnOf = (key: string) => table.columns.find((c) => c.target === `computed:${key}`)!.column;
    let compared = 0;
    const mismatches: string[] = [];
    for (const initiative of result.initiatives) {
      const expected = assessInitiative(initiative, parameters);
      for (const def of COMPUTED_COLUMNS) {
        const actual = sheet.values[initiative.source.row - sheet.top]?.[columnOf(def.key) - sheet.left] ?? null;
        compared++;
        if (!closeToTypeScript(actual, expected[def.key], def.numberFormat === "#,##0")) {
          mismatches.push(`row ${initiative.source.row} ${def.key}: LibreOffice ${JSON.stringify(actual)}, TypeScript ${JSON.stringify(expected[def.key])}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBe(ROWS * COMPUTED_COLUMNS.length);
  });
});
