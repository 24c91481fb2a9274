/** Runs the one WorkbookPort contract against every implementation. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { XlsxFileWorkbook } from "../../src/adapters/xlsxFile/XlsxFileWorkbook";
import { writeGridWorkbook } from "../builders/writeGridWorkbook";
import { MemoryWorkbook } from "../fakes/MemoryWorkbook";
import { workbookPortContract } from "./workbookPortContract";

let dir: string;
let count = 0;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "digiportfolj-contract-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

workbookPortContract(
  "MemoryWorkbook (fake)",
  () => new MemoryWorkbook(),
  (data) => new MemoryWorkbook(data)
);
workbookPortContract(
  "XlsxFileWorkbook (.xlsx via exceljs + SheetJS)",
  () => new XlsxFileWorkbook(path.join(dir, `bok-${++count}.xlsx`)),
  async (data) => {
    const file = path.join(dir, `seedad-${++count}.xlsx`);
    await writeFile(file, await writeGridWorkbook(data));
    return XlsxFileWorkbook.source(file);
  }
);
