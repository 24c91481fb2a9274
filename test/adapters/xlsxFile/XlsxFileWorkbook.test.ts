import { copyFile, mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { WorkbookReadError } from "../../../src/adapters/xlsxFile/WorkbookReadError";
import { XlsxFileWorkbook } from "../../../src/adapters/xlsxFile/XlsxFileWorkbook";
import type { WorkbookDescription } from "../../../src/domain/template/WorkbookDescription";

const SOURCE = path.resolve(__dirname, "../../../../shared/corpus/real-world/wps_fn.xlsx");
const SMALL: WorkbookDescription = {
  sheets: [{ name: "Blad", blocks: [{ row: 1, col: 1, rows: [["hej"]] }] }],
  names: [],
};

describe("XlsxFileWorkbook", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "digiportfolj-file-"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("reads a source without changing a byte of it, and refuses to write it", async () => {
    const file = path.join(dir, "förvaltning.xlsx");
    await copyFile(SOURCE, file);
    const before = { bytes: await readFile(file), mtime: (await stat(file)).mtimeMs };
    const source = XlsxFileWorkbook.source(file);
    expect((await source.read()).sheets[0]!.tables[0]!.name).toBe("Table1");
    await expect(source.write(SMALL)).rejects.toThrow(/source workbook and is never written/);
    expect(await readFile(file)).toEqual(before.bytes);
    expect((await stat(file)).mtimeMs).toBe(before.mtime);
  });

  it("replaces a file through a temporary file and leaves none behind", async () => {
    const file = path.join(dir, "portfölj.xlsx");
    await copyFile(SOURCE, file);
    await new XlsxFileWorkbook(file).write(SMALL);
    expect(await readdir(dir)).toEqual(["portfölj.xlsx"]);
    expect((await new XlsxFileWorkbook(file).read()).sheets.map((s) => s.name)).toEqual(["Blad"]);
  });

  it("leaves the old file whole when rendering fails", async () => {
    const file = path.join(dir, "portfölj.xlsx");
    await copyFile(SOURCE, file);
    const broken: WorkbookDescription = {
      sheets: [{ name: "Blad", tabColor: "inte en färg" }],
      names: [],
    };
    await expect(new XlsxFileWorkbook(file).write(broken)).rejects.toThrow(RangeError);
    expect(await readFile(file)).toEqual(await readFile(SOURCE));
    expect(await readdir(dir)).toEqual(["portfölj.xlsx"]);
  });

  it("turns a missing file into a WorkbookReadError naming it", async () => {
    const error = await new XlsxFileWorkbook(path.join(dir, "saknas.xlsx"))
      .read()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect(error).toMatchObject({ reason: "file_unavailable", fileName: "saknas.xlsx" });
    expect((error as WorkbookReadError).message).toContain("saknas.xlsx");
  });
});
