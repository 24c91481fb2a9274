/** Runs the one WorkbookPort contract against every implementation. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { XlsxFileWorkbook } from "../../src/adapters/xlsxFile/XlsxFileWorkbook";
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

workbookPortContract("MemoryWorkbook (fake)", () => new MemoryWorkbook());
workbookPortContract(
  "XlsxFileWorkbook (.xlsx via exceljs + SheetJS)",
  () => new XlsxFileWorkbook(path.join(dir, `bok-${++count}.xlsx`))
);
