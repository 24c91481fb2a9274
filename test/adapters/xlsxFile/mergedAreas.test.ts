/**
 * Merged areas through the file reader (SheetJS's !merges): 1-based, only those that touch the
 * used range, topmost first, capped; in .xlsx (the contract covers it), .xlsm and .ods; and a
 * sheet with a million merged areas reads in bounded time.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { readWorkbookBytes } from "../../../src/adapters/xlsxFile/readXlsx";
import { readLimits } from "../../../src/adapters/xlsxFile/ReadLimits";
import "../../../src/adapters/xlsxFile/XlsxFileWorkbook";
import { writeGridWorkbook } from "../../builders/writeGridWorkbook";
import { MERGED_LIST, sheetNamed } from "../../contract/workbookPortContract";
import { editPart, rezip, unzip } from "../../hostile/zipSurgery";
import { hasLibreOffice } from "../../support/libreoffice";

const EXPECTED = [
  { top: 1, left: 1, bottom: 1, right: 5 },
  { top: 2, left: 1, bottom: 3, right: 1 },
  { top: 2, left: 2, bottom: 3, right: 2 },
  { top: 2, left: 3, bottom: 2, right: 5 },
  { top: 4, left: 1, bottom: 6, right: 1 },
];

describe("merged areas in a file", () => {
  let xlsx: Uint8Array;
  beforeAll(async () => {
    xlsx = await writeGridWorkbook(MERGED_LIST);
  });

  it("are read from .xlsm as from .xlsx", () => {
    const parts = unzip(xlsx);
    editPart(parts, "[Content_Types].xml", (xml) =>
      xml.replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
      )
    );
    const data = readWorkbookBytes(rezip(parts), "sammanfogad.xlsm");
    expect(sheetNamed(data, "Lista").merges).toEqual(EXPECTED);
  });

  it("keep at most maxMergesPerSheet, the topmost", () => {
    const data = readWorkbookBytes(xlsx, "x.xlsx", readLimits({ maxMergesPerSheet: 2 }));
    expect(sheetNamed(data, "Lista").merges).toEqual(EXPECTED.slice(0, 2));
  });

  (hasLibreOffice() ? it : it.skip)(
    "are read from .ods (LibreOffice's own format)",
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), "dp-merges-ods-"));
      try {
        const source = path.join(dir, "sammanfogad.xlsx");
        writeFileSync(source, xlsx);
        const { spawnSync } = require("node:child_process") as typeof import("node:child_process");
        const profile = path.join(dir, "profile");
        spawnSync(
          "soffice",
          [
            `-env:UserInstallation=file://${profile}`,
            "--headless",
            "--convert-to",
            "ods",
            "--outdir",
            dir,
            source,
          ],
          { timeout: 120_000 }
        );
        const data = readWorkbookBytes(
          new Uint8Array(readFileSync(path.join(dir, "sammanfogad.ods"))),
          "sammanfogad.ods"
        );
        expect(sheetNamed(data, "Lista").merges).toEqual(EXPECTED);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    150_000
  );

  it("a sheet with a million merged areas reads in bounded time, the first 10,000 kept", () => {
    const parts = unzip(xlsx);
    const last = 6 + 1_000_000;
    const more = Array.from(
      { length: 1_000_000 },
      (_, i) => `<mergeCell ref="G${i + 7}:H${i + 7}"/>`
    );
    editPart(parts, "xl/worksheets/sheet1.xml", (xml) =>
      xml
        .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:H${last}"/>`)
        .replace(
          "</sheetData>",
          `<row r="${last}"><c r="G${last}" t="inlineStr"><is><t>sist</t></is></c></row></sheetData>`
        )
        .replace(/<mergeCells count="\d+">/, `<mergeCells count="${1_000_006}">`)
        .replace("</mergeCells>", `${more.join("")}</mergeCells>`)
    );
    const bytes = rezip(parts);
    const started = Date.now();
    const data = readWorkbookBytes(bytes, "miljon.xlsx", readLimits({ maxRows: 2_000_000 }));
    const ms = Date.now() - started;
    const read = sheetNamed(data, "Lista").merges!;
    expect(read).toHaveLength(10_000);
    expect(read.slice(0, 5)).toEqual(EXPECTED);
    expect(read[9_999]).toEqual({ top: 7 + 9_994, left: 7, bottom: 7 + 9_994, right: 8 });
    expect(ms).toBeLessThan(30_000);
  }, 60_000);
});
