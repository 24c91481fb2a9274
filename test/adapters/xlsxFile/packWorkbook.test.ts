import * as ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { deflateParts, packWorkbook } from "../../../src/adapters/xlsxFile/packWorkbook";

const text = (s: string) => new TextEncoder().encode(s);

describe("packWorkbook", () => {
  it("deflates every part of a stored zip and keeps each part's bytes and order", () => {
    const parts = {
      "[Content_Types].xml": text("<Types/>".repeat(200)),
      "xl/worksheets/sheet1.xml": text("<row><c r='A1'><v>1</v></c></row>".repeat(5000)),
      "xl/empty.xml": new Uint8Array(0),
    };
    const stored = zipSync(parts, { level: 0 });
    const packed = deflateParts(stored);
    const seen: { name: string; compression: number; size: number; originalSize: number }[] = [];
    const back = unzipSync(packed, {
      filter: (file) => {
        seen.push(file);
        return true;
      },
    });
    expect(Object.keys(back)).toEqual(Object.keys(parts));
    for (const [name, bytes] of Object.entries(parts)) expect(back[name]).toEqual(bytes);
    expect(seen.every((f) => f.compression === 8)).toBe(true);
    expect(packed.length).toBeLessThan(stored.length / 10);
  });

  it("gives a workbook exceljs reads back", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Blad").getCell("B2").value = "Åtgärd";
    const bytes = await packWorkbook(workbook);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(again.getWorksheet("Blad")?.getCell("B2").value).toBe("Åtgärd");
  });
});
