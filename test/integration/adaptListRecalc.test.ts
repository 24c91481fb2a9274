/**
 * An adapted list computes what TypeScript computes: a förvaltning's own list (own headers,
 * "Budget (tkr)", "Drift per år (tkr)" mapped by its remembered Kolumnmappning) gets the missing
 * standard columns from adaptList, the file adapter writes it, LibreOffice recalculates every
 * formula (forced), and each computed column must equal assessInitiative over checkWorkbook of the
 * same list: amounts in tkr counted × 1 000, in the sheet as in the code.
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
import { adaptList } from "../../src/domain/mapping/adaptList";
import {
  describeRememberedMapping,
  type RememberedEntry,
} from "../../src/domain/mapping/rememberedMapping";
import { DEFAULT_PARAMETERS, type Parameters } from "../../src/domain/parameters/Parameters";
import { describeParametersSheet } from "../../src/domain/parameters/parametersSheet";
import type { CellValue, SheetGrid } from "../../src/domain/ports/WorkbookPort";
import { columnNumber } from "../../src/domain/sheets/columnLetters";
import type { MappingTarget } from "../../src/domain/sheets/mapHeaders";
import type {
  CellContent,
  SheetDescription,
  WorkbookDescription,
} from "../../src/domain/template/WorkbookDescription";
import { applyToDescription } from "../domain/mapping/sheetHelpers";
import { recalculate } from "../support/libreoffice";
import { closeToTypeScript } from "../support/recalcTolerance";

const PARAMETERS: Parameters = {
  ...DEFAULT_PARAMETERS,
  kalkylranta: 0.04,
  kalkylperiod: 7,
  timkostnad: 500,
};
const SHEET = "Projekt 2025";
const HEADER_ROW = 3;

/** The list's own columns and what the förvaltning said each one is. */
const COLUMNS: readonly { header: string; target: MappingTarget | null }[] = [
  { header: "Projekt", target: "name" },
  { header: "Förvaltning", target: "forvaltning" },
  { header: "Status", target: "status" },
  { header: "Budget (tkr)", target: "investering" },
  { header: "Drift per år (tkr)", target: "lopandeKostnad" }, // no header word says so: remembered
  { header: "Besparing (kr/år)", target: "kostnadsbesparing" },
  { header: "Timmar sparade", target: "tidsbesparing" },
  { header: "Nytta 1-5", target: "score:nytta" },
  { header: "Komplexitet 1-5", target: "score:komplexitet" },
  { header: "Nyttokalkyl", target: "nyttokalkyl" },
  { header: "Vår anteckning", target: null },
];

type Row = readonly CellValue[];

/** Hand-picked rows first: the one the ×1 000 check reads, missing amounts, zero, tkr with decimals. */
const FIXED: readonly Row[] = [
  ["E-arkiv", "Kultur", "Pågår", 500, 40, 150_000, 400, 4, 2, "Genomförd", "viktig"],
  ["Chatbot", "Social", "Idé", null, 12.5, null, 1200, 3, null, "Delvis", null],
  ["Wellbee", "Skola", "Klar", 0, null, 90_000, null, 5, 1, null, null],
  ["Robotar", "Social", "Pågår", 1250.5, 300, 50_000, 0, 2, 5, "Saknas", null],
];

const randomRow = fc.tuple(
  fc.constantFrom("Digitalt bygglov", "E-tjänst", "Chatbot", "Skolplattform"),
  fc.constantFrom("Kultur", "Social", "Skola"),
  fc.constantFrom("Idé", "Pågår", "Klar", "Förstudie"),
  fc.oneof(
    fc.constant(null),
    fc.integer({ min: 0, max: 20_000 }),
    fc.integer({ min: 0, max: 99_999 }).map((x) => x / 10)
  ),
  fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 2_000 })),
  fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 3_000_000 })),
  fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 10_000 })),
  fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 5 })),
  fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 5 })),
  fc.constantFrom(null, "Genomförd", "Delvis", "Saknas"),
  fc.constant(null)
);

const ROWS: readonly Row[] = [...FIXED, ...fc.sample(randomRow, { numRuns: 30, seed: 20261122 })];
const LAST_DATA_ROW = HEADER_ROW + ROWS.length;
const SUMMA_ROW = LAST_DATA_ROW + 1;

function listSheet(): SheetDescription {
  const budget = COLUMNS.findIndex((c) => c.header === "Budget (tkr)");
  const total = ROWS.reduce(
    (sum, r) => sum + (typeof r[budget] === "number" ? (r[budget] as number) : 0),
    0
  );
  const summa: CellContent[] = COLUMNS.map((_, i) =>
    i === 0 ? "Summa" : i === budget ? total : null
  );
  return {
    name: SHEET,
    blocks: [
      {
        row: 1,
        col: 1,
        rows: [["Digitaliseringsprojekt 2025, Kultur- och socialförvaltningarna"]],
      },
      { row: HEADER_ROW, col: 1, rows: [COLUMNS.map((c) => c.header)] },
      { row: HEADER_ROW + 1, col: 1, rows: [...ROWS.map((r) => [...r] as CellContent[]), summa] },
    ],
  };
}

function rememberedSheet(): SheetDescription {
  const entries: RememberedEntry[] = COLUMNS.map((c) => ({
    sheet: SHEET,
    headerRow: HEADER_ROW,
    ...c,
  }));
  return describeRememberedMapping(entries, PARAMETERS.criteria);
}

function workbookWith(list: SheetDescription): WorkbookDescription {
  const parameters = describeParametersSheet(PARAMETERS);
  return { sheets: [list, rememberedSheet(), parameters.sheet], names: parameters.names };
}

test("an adapted list's formulas, recalculated by LibreOffice, equal the TypeScript figures (tkr × 1 000)", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "digiportfolj-adapt-"));

  // 1. The list as the förvaltning keeps it, read as the pane would: the remembered mapping applies.
  const original = workbookWith(listSheet());
  const before = readWorkbookBytes(await renderWorkbook(original), "lista.xlsx");
  const checked = checkWorkbook(before, { today: "2026-11-22" });
  const table = checked.tables.find((t) => t.sheet.name === SHEET)!;
  expect(table.columns.map((c) => c.target)).toEqual(COLUMNS.map((c) => c.target));
  expect(table.columns.find((c) => c.target === "lopandeKostnad")?.multiplier).toBe(1000);

  // 2. Adapt it, write it, let LibreOffice compute every formula.
  const { extension, added } = adaptList(table.sheet, table, checked.parameters);
  expect(added.length).toBeGreaterThan(20);
  const adapted = workbookWith(applyToDescription(listSheet(), extension));
  const file = path.join(dir, "lista.xlsx");
  writeFileSync(file, await renderWorkbook(adapted));
  const [recalculated] = await recalculate([file], path.join(dir, "out"));
  const after = readWorkbookBytes(new Uint8Array(readFileSync(recalculated!)), "lista.xlsx");

  // 3. TypeScript over the same list: the recalculated file checked again.
  const result = checkWorkbook(after, { today: "2026-11-22" });
  expect(result.parameters).toMatchObject({ kalkylranta: 0.04, kalkylperiod: 7, timkostnad: 500 });
  expect(result.initiatives.length).toBe(ROWS.length);
  const first = result.initiatives[0]!;
  expect([first.values.investering, first.values.lopandeKostnad]).toEqual([500_000, 40_000]);

  const sheet = after.sheets.find((s) => s.name === SHEET) as SheetGrid;
  const cell = (row: number, column: string): CellValue =>
    sheet.values[row - sheet.top]?.[columnNumber(column) - sheet.left] ?? null;
  const columnOf = (key: string) => added.find((a) => a.target === `computed:${key}`)!.column;

  const mismatches: string[] = [];
  let compared = 0;
  for (const initiative of result.initiatives) {
    const expected = assessInitiative(initiative, result.parameters);
    for (const def of COMPUTED_COLUMNS) {
      const actual = cell(initiative.source.row, columnOf(def.key));
      compared++;
      if (!closeToTypeScript(actual, expected[def.key], def.numberFormat === "#,##0"))
        mismatches.push(
          `row ${initiative.source.row} ${def.key}: LibreOffice ${JSON.stringify(actual)}, TypeScript ${JSON.stringify(expected[def.key])}`
        );
    }
  }
  expect(mismatches).toEqual([]);
  expect(compared).toBe(ROWS.length * COMPUTED_COLUMNS.length);

  // The first row by hand, in kronor: I = 500 000, L = 40 000, B = 150 000, H = 400 h à 500 kr.
  const nettonytta = 150_000 + 400 * 500 - 40_000;
  const annuity = (1 - 1.04 ** -7) / 0.04;
  expect(cell(HEADER_ROW + 1, columnOf("nettonyttaPerAr"))).toBeCloseTo(nettonytta, 6);
  expect(cell(HEADER_ROW + 1, columnOf("aterbetalningstid"))).toBeCloseTo(500_000 / nettonytta, 9);
  expect(cell(HEADER_ROW + 1, columnOf("nettonuvarde"))).toBeCloseTo(
    -500_000 + nettonytta * annuity,
    4
  );

  // The Summa row is skipped by the reader and left without formulas; spare rows below stay empty.
  expect(result.skipped.map((s) => s.row)).toEqual([SUMMA_ROW]);
  for (const key of ["nyttaPerAr", "nettonuvarde", "prioritet"]) {
    expect(cell(SUMMA_ROW, columnOf(key))).toBeNull();
    expect([null, ""]).toContain(cell(SUMMA_ROW + 5, columnOf(key)));
  }
  // The list's own cells are as they were.
  const ownColumns = COLUMNS.length;
  ROWS.forEach((r, i) => {
    const row = sheet.values[HEADER_ROW + 1 + i - sheet.top]!.slice(0, ownColumns);
    expect(row.map((v, k) => (v === null && r[k] === null ? null : v))).toEqual([...r]);
  });
});
