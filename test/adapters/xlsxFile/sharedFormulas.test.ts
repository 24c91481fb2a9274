/**
 * A RowFormulaCell down a column is written as OOXML shared formulas: the first cell of each
 * unbroken run carries the text, the cells under it refer to it. LibreOffice, forced to
 * recalculate, must give every row its own row's answer, as the formula spelled out per row would.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { partBytes, zipParts } from "../../../src/adapters/xlsxFile/packageParts";
import { readWorkbookBytes } from "../../../src/adapters/xlsxFile/readXlsx";
import { renderWorkbook } from "../../../src/adapters/xlsxFile/write/writeWorkbook";
import type {
  CellContent,
  WorkbookDescription,
} from "../../../src/domain/template/WorkbookDescription";
import { hasLibreOffice, recalculate } from "../../support/libreoffice";

const double: CellContent = { rowFormula: 'IF(ISNUMBER(A{row}),A{row}*2+$D$1,"")' };
const triple: CellContent = { rowFormula: "A{row}*3" };

/** Rows 2–8: a run of three, a value breaking it, a run of two, another formula, an empty cell. */
const DESCRIPTION: WorkbookDescription = {
  sheets: [
    {
      name: "Blad",
      blocks: [{ row: 1, col: 4, rows: [[100]] }],
      tables: [
        {
          name: "T",
          row: 1,
          col: 1,
          columns: [{ header: "Värde" }, { header: "Räknat", style: "computed" }],
          rows: [
            [1, double],
            [2, double],
            ["text", double],
            [4, "inget"],
            [5, double],
            [6, double],
            [7, triple],
          ],
        },
      ],
    },
  ],
  names: [],
};

const sheetXml = (bytes: Uint8Array): string =>
  new TextDecoder().decode(partBytes(zipParts(bytes)).get("xl/worksheets/sheet1.xml"));

const formulaXml = (xml: string, address: string): string =>
  new RegExp(`<c r="${address}"[^>]*>(<f[^>]*?(?:/>|>[^<]*</f>))`).exec(xml)?.[1] ?? "(none)";

describe("row formulas as shared formulas", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await renderWorkbook(DESCRIPTION);
  });

  it("writes the text once per unbroken run", () => {
    const xml = sheetXml(bytes);
    expect(formulaXml(xml, "B2")).toBe(
      '<f t="shared" ref="B2:B4" si="0">IF(ISNUMBER(A2),A2*2+$D$1,"")</f>'
    );
    expect(formulaXml(xml, "B3")).toBe('<f t="shared" si="0"/>');
    expect(formulaXml(xml, "B4")).toBe('<f t="shared" si="0"/>');
    expect(formulaXml(xml, "B5")).toBe("(none)");
    expect(formulaXml(xml, "B6")).toBe(
      '<f t="shared" ref="B6:B7" si="1">IF(ISNUMBER(A6),A6*2+$D$1,"")</f>'
    );
    expect(formulaXml(xml, "B7")).toBe('<f t="shared" si="1"/>');
    expect(formulaXml(xml, "B8")).toBe("<f>A8*3</f>");
  });

  (hasLibreOffice() ? it : it.skip)(
    "recalculates to each row's own answer in LibreOffice",
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "dp-shared-"));
      const file = path.join(dir, "in.xlsx");
      writeFileSync(file, bytes);
      const [out] = await recalculate([file], path.join(dir, "out"));
      const data = readWorkbookBytes(new Uint8Array(readFileSync(out!)), "in.xlsx");
      const grid = data.sheets.find((s) => s.name === "Blad")!;
      const column = grid.values.slice(1, 8).map((row) => row[1 - (grid.left - 1)] ?? null);
      expect(column).toEqual([102, 104, "", "inget", 110, 112, 21]);
    },
    120_000
  );
});
