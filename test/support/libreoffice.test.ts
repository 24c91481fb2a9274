/**
 * The LibreOffice helper really recalculates: cached results that are wrong or absent come back
 * computed. Also the second-engine check of what renderWorkbook writes (names, structured
 * references in a table, PV).
 */
import * as ExcelJS from "exceljs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { readWorkbookBytes } from "../../src/adapters/xlsxFile/readXlsx";
import { renderWorkbook } from "../../src/adapters/xlsxFile/write/writeWorkbook";
import { CONTRACT_DESCRIPTION, cellAt, sheetNamed } from "../contract/workbookPortContract";
import { hasLibreOffice, recalculate } from "./libreoffice";

const PV_3_PERCENT_6_YEARS = 5.417191444;

/** Formulas whose cached results are wrong (or missing), as a careless writer might leave them. */
async function staleWorkbook(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Blad");
  ws.getCell("B1").value = 0.03;
  ws.getCell("C1").value = 1;
  ws.getCell("C2").value = "x";
  ws.getCell("C3").value = 2;
  ws.getCell("A1").value = { formula: "PV(0.03,6,-1)", result: 999 } as ExcelJS.CellFormulaValue;
  ws.getCell("A2").value = { formula: "PV(0,6,-1)" } as ExcelJS.CellFormulaValue;
  ws.getCell("A3").value = { formula: "PV(Ranta,6,-1)", result: 1 } as ExcelJS.CellFormulaValue;
  ws.getCell("A4").value = {
    formula: 'IF(COUNT(C1:C3)=2,"två","annat")',
    result: "fel",
  } as ExcelJS.CellFormulaValue;
  ws.getCell("A5").value = { formula: "N(C1)+N(C2)+N(C3)", result: 42 } as ExcelJS.CellFormulaValue;
  workbook.definedNames.add("Blad!$B$1", "Ranta");
  await workbook.xlsx.writeFile(file);
}

const describeWithLibreOffice = hasLibreOffice() ? describe : describe.skip;
if (!hasLibreOffice()) console.warn("LibreOffice (soffice) not found: recalculation tests skipped");

describeWithLibreOffice("recalculate with LibreOffice", () => {
  let dir: string;
  let stale: string;
  let rendered: string;
  let outputs: string[];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "digiportfolj-lo-"));
    stale = path.join(dir, "gammal.xlsx");
    rendered = path.join(dir, "mall.xlsx");
    await staleWorkbook(stale);
    await writeFile(rendered, await renderWorkbook(CONTRACT_DESCRIPTION));
    outputs = await recalculate([stale, rendered], path.join(dir, "ut"));
  }, 180_000);

  afterAll(() => rm(dir, { recursive: true, force: true }));

  const read = async (file: string) => readWorkbookBytes(await readFile(file), path.basename(file));

  it("starts from wrong cached values (so the test can fail)", async () => {
    const before = (await read(stale)).sheets[0]!;
    // A2 has no saved value: the file reader works it out itself (evaluateFormulas); the others
    // keep their wrong saved values until LibreOffice recalculates.
    expect([cellAt(before, 1, 1), cellAt(before, 2, 1), cellAt(before, 5, 1)]).toEqual([
      999,
      6,
      42,
    ]);
  });

  it("writes one output per input, into the out folder", () => {
    expect(outputs).toEqual([
      path.join(dir, "ut", "gammal.xlsx"),
      path.join(dir, "ut", "mall.xlsx"),
    ]);
  });

  it("recomputes PV, defined names, IF, COUNT and N", async () => {
    const sheet = (await read(outputs[0]!)).sheets[0]!;
    expect(cellAt(sheet, 1, 1)).toBeCloseTo(PV_3_PERCENT_6_YEARS, 8);
    expect(cellAt(sheet, 2, 1)).toBeCloseTo(6, 12);
    expect(cellAt(sheet, 3, 1)).toBeCloseTo(PV_3_PERCENT_6_YEARS, 8);
    expect(cellAt(sheet, 4, 1)).toBe("två");
    expect(cellAt(sheet, 5, 1)).toBe(3);
  });

  it("computes what renderWorkbook wrote: a table's structured references and a named parameter", async () => {
    const data = await read(outputs[1]!);
    const initiativ = sheetNamed(data, "Initiativ");
    expect(cellAt(initiativ, 5, 6)).toBe(1_193_200);
    expect(cellAt(initiativ, 6, 6)).toBe(0);
    expect(cellAt(initiativ, 6, 2)).toBe("=1+1");
    expect(cellAt(sheetNamed(data, "Parametrar"), 8, 2)).toBeCloseTo(PV_3_PERCENT_6_YEARS, 8);
    expect(initiativ.tables.map((t) => [t.name, t.box])).toEqual([
      ["Initiativ", { top: 4, left: 1, bottom: 6, right: 6 }],
    ]);
  });

  it("says so when soffice could not convert a file", async () => {
    const bogus = path.join(dir, "trasig.xlsx");
    await writeFile(bogus, "inte en arbetsbok");
    await expect(recalculate([bogus], path.join(dir, "ut2"))).rejects.toThrow(
      /soffice wrote no trasig\.xlsx/
    );
  }, 180_000);
});
