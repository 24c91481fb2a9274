/**
 * End to end: consolidate the examples, let the council set a central budget and a weight on the
 * portfolio's Parametrar sheet, consolidate again, then let LibreOffice recalculate the written
 * portfolio (forced) and compare its economics, ranks and budget fit with the TypeScript figures.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readWorkbookBytes } from "../../src/adapters/xlsxFile/readXlsx";
import type { CliIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import type { SheetGrid } from "../../src/domain/ports/WorkbookPort";
import { recalculate } from "../support/libreoffice";

const ROOT = path.resolve(__dirname, "../..");
const io = (cwd: string): CliIo => ({ out: () => undefined, err: () => undefined, cwd });

test("the recalculated portfolio equals the TypeScript figures after the council changed its parameters", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "dp-recalc-"));
  const args = ["consolidate", path.join(ROOT, "examples"), "--out", "p.xlsx", "--report", "r.json", "--idag", "2026-11-22"];
  expect(await main(args, io(dir))).toBe(0);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, "p.xlsx"));
  const parameters = wb.getWorksheet("Parametrar")!;
  parameters.eachRow((row) => {
    const label = String(row.getCell(1).value ?? "");
    if (/^Central budget/i.test(label)) row.getCell(2).value = 9_000_000;
    if (label === "Kalkylränta") row.getCell(2).value = 0.05;
  });
  await wb.xlsx.writeFile(path.join(dir, "p.xlsx"));
  expect(await main(args, io(dir))).toBe(0);

  const report = JSON.parse(readFileSync(path.join(dir, "r.json"), "utf8"));
  const [recalculated] = await recalculate([path.join(dir, "p.xlsx")], path.join(dir, "lo"));
  const portfolio = readWorkbookBytes(new Uint8Array(readFileSync(recalculated!)), "p.xlsx").sheets.find((s) => s.name === "Portfölj") as SheetGrid;
  const header = portfolio.values[4 - portfolio.top]!.map(String);
  const at = (row: unknown[], h: string) => row[header.indexOf(h)] ?? null;
  const rows = portfolio.values.slice(4 - portfolio.top + 1).filter((r) => at(r, "Initiativ-ID"));

  const fits: string[] = [];
  for (const expected of report.initiatives) {
    const row = rows.find((r) => at(r, "Initiativ-ID") === expected.id && at(r, "Källrad") === expected.source.row)!;
    expect(row).toBeDefined();
    expect(at(row, "Rang")).toBe(expected.rank);
    const npv = at(row, "Nettonuvärde (kr)");
    if (expected.npv === null) expect(npv === null || npv === "").toBe(true);
    else expect(Math.abs((npv as number) - expected.npv)).toBeLessThanOrEqual(0.01);
    const payback = at(row, "Återbetalningstid (år)");
    if (expected.paybackYears === null) expect(payback === null || payback === "").toBe(true);
    else expect(Math.abs((payback as number) - expected.paybackYears)).toBeLessThanOrEqual(1e-9);
    const score = at(row, "Viktad poäng");
    if (expected.score === null) expect(score === null || score === "").toBe(true);
    else expect(Math.abs((score as number) - expected.score)).toBeLessThanOrEqual(1e-9);
    fits.push(String(at(row, "Ryms i budget")));
  }
  // The budget scenario in TypeScript: in rank order, cumulative investment within 9 000 000 kr.
  const byRank = [...report.initiatives].sort((a, b) => a.rank - b.rank);
  let total = 0;
  const expectedFits = new Map<string, string>();
  for (const i of byRank) {
    total += i.investment ?? 0;
    expectedFits.set(`${i.id}|${i.source.row}`, total <= 9_000_000 ? "Ja" : "Nej");
  }
  expect(fits).toEqual(report.initiatives.map((i: { id: string; source: { row: number } }) => expectedFits.get(`${i.id}|${i.source.row}`)));
  expect(fits).toContain("Ja");
  expect(fits).toContain("Nej");
});
