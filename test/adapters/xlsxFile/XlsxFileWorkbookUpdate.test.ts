import { copyFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { backupFileName } from "../../../src/adapters/xlsxFile/backupFileName";
import { WorkbookUpdateError } from "../../../src/adapters/xlsxFile/WorkbookUpdateError";
import { XlsxFileWorkbook } from "../../../src/adapters/xlsxFile/XlsxFileWorkbook";
import { renderWorkbook } from "../../../src/adapters/xlsxFile/write/writeWorkbook";
import type { WorkbookDescription } from "../../../src/domain/template/WorkbookDescription";
import { cellAt, sheetNamed } from "../../contract/workbookPortContract";
import { hasLibreOffice, recalculate } from "../../support/libreoffice";
import {
  CORPUS,
  COUNCIL_SHEET,
  PORTFOLIO_V1,
  PORTFOLIO_V2,
  cellsOf,
  sheetNamesOf,
  withCouncilSheet,
} from "./updateFixtures";

const AT = new Date(2025, 2, 1, 14, 25, 30);
const now = () => AT;

describe("backupFileName", () => {
  it("puts the local date and time between the name and the extension", () => {
    expect(backupFileName("portfolj.xlsx", AT)).toBe("portfolj.backup-20250301-142530.xlsx");
    expect(backupFileName("portfölj 2025.xlsx", AT, 2)).toBe(
      "portfölj 2025.backup-20250301-142530-2.xlsx"
    );
    expect(backupFileName("utan-ändelse", AT)).toBe("utan-ändelse.backup-20250301-142530");
  });
});

describe("XlsxFileWorkbook.update", () => {
  let dir: string;
  let file: string;
  let council: Uint8Array;

  beforeAll(async () => {
    council = await withCouncilSheet(await renderWorkbook(PORTFOLIO_V1));
  });
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "digiportfolj-update-"));
    file = path.join(dir, "portfolj.xlsx");
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("writes a new file when there is none, with no backup", async () => {
    const outcome = await new XlsxFileWorkbook(file).update(PORTFOLIO_V1, { now });
    expect(outcome).toEqual({ backupPath: null, losses: [], rebuilt: false });
    expect(await readdir(dir)).toEqual(["portfolj.xlsx"]);
    expect(sheetNamesOf(await readFile(file))).toEqual(["Portfölj", "Parametrar"]);
  });

  it("keeps the previous file, byte for byte, as a backup beside the updated one", async () => {
    await writeFile(file, council);
    const outcome = await new XlsxFileWorkbook(file).update(PORTFOLIO_V2, { now });
    const backup = path.join(dir, "portfolj.backup-20250301-142530.xlsx");
    expect(outcome).toEqual({ backupPath: backup, losses: [], rebuilt: false });
    expect(new Uint8Array(await readFile(backup))).toEqual(council);
    expect((await readdir(dir)).sort()).toEqual([path.basename(backup), "portfolj.xlsx"]);
    const updated = await new XlsxFileWorkbook(file).read();
    expect(updated.sheets.map((s) => s.name)).toEqual([
      "Portfölj",
      "Översikt",
      COUNCIL_SHEET,
      "Parametrar",
    ]);
    expect(cellAt(sheetNamed(updated, "Portfölj"), 7, 1)).toBe("MIL-2");
    expect(cellsOf(await readFile(file), COUNCIL_SHEET)).toEqual(cellsOf(council, COUNCIL_SHEET));
  });

  it("never overwrites an earlier backup from the same second", async () => {
    await writeFile(file, council);
    const port = new XlsxFileWorkbook(file);
    const first = await port.update(PORTFOLIO_V2, { now });
    const second = await port.update(PORTFOLIO_V1, { now });
    expect(path.basename(second.backupPath!)).toBe("portfolj.backup-20250301-142530-2.xlsx");
    expect(new Uint8Array(await readFile(first.backupPath!))).toEqual(council);
  });

  it("stops before writing anything when the update would lose something, and goes ahead with force", async () => {
    await copyFile(path.join(CORPUS, "pivot_table_test.xlsm"), file);
    const before = await readFile(file);
    // a description that rewrites the council's sheet with a pivot table on it
    const overPivot: WorkbookDescription = {
      sheets: [{ name: "PTCompact", blocks: [{ row: 1, col: 1, rows: [["Digiportfölj"]] }] }],
      names: [],
    };
    const error = await new XlsxFileWorkbook(file)
      .update(overPivot, { now })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookUpdateError);
    const refusal = error as WorkbookUpdateError;
    expect(refusal.message).toContain(
      "Bladet ”PTCompact” (skrivs om av Digiportfölj): pivottabeller (1)"
    );
    expect(refusal.messageEn).toContain(
      'Sheet "PTCompact" (rewritten by Digiportfölj): pivot tables (1)'
    );
    expect(await readFile(file)).toEqual(before);
    expect(await readdir(dir)).toEqual(["portfolj.xlsx"]);

    const forced = await new XlsxFileWorkbook(file).update(overPivot, { now, force: true });
    expect(forced.losses.map((l) => l.kind)).toEqual(["pivotTable"]);
    expect(await readFile(forced.backupPath!)).toEqual(before);
    expect(sheetNamesOf(await readFile(file))).toEqual(
      expect.arrayContaining(["Data", "PTCompact", "PTOutline"])
    );
  });

  it("leaves the old file untouched, and no temporary file or backup, when rendering fails", async () => {
    await writeFile(file, council);
    const broken: WorkbookDescription = {
      sheets: [{ name: "Portfölj", tabColor: "inte en färg" }],
      names: [],
    };
    const modified = (await stat(file)).mtimeMs;
    await expect(
      new XlsxFileWorkbook(file).update(broken, { now, force: true })
    ).rejects.toThrow(RangeError);
    expect(new Uint8Array(await readFile(file))).toEqual(council);
    expect((await stat(file)).mtimeMs).toBe(modified);
    expect(await readdir(dir)).toEqual(["portfolj.xlsx"]);
  });

  it("refuses to update a source workbook", async () => {
    await writeFile(file, council);
    await expect(XlsxFileWorkbook.source(file).update(PORTFOLIO_V2)).rejects.toThrow(
      /source workbook and is never written/
    );
    expect(new Uint8Array(await readFile(file))).toEqual(council);
  });

  it("writes a new portfolio over a file it cannot read only with force, keeping the old one", async () => {
    await writeFile(file, "inte en arbetsbok");
    const error = await new XlsxFileWorkbook(file)
      .update(PORTFOLIO_V1, { now })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: "unreadable" });
    const forced = await new XlsxFileWorkbook(file).update(PORTFOLIO_V1, { now, force: true });
    expect(forced.rebuilt).toBe(true);
    expect(await readFile(forced.backupPath!, "utf8")).toBe("inte en arbetsbok");
    expect(sheetNamesOf(await readFile(file))).toEqual(["Portfölj", "Parametrar"]);
  });
});

const describeWithLibreOffice = hasLibreOffice() ? describe : describe.skip;

describeWithLibreOffice("an update, checked with LibreOffice", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "digiportfolj-update-lo-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("updates a portfolio LibreOffice saved, and LibreOffice computes the council's formulas after", async () => {
    const original = path.join(dir, "original.xlsx");
    await writeFile(original, council());
    // The council's file as another program saved it (LibreOffice writes its own table parts).
    const [saved] = await recalculate([original], path.join(dir, "sparad"));
    const file = path.join(dir, "portfolj.xlsx");
    await copyFile(saved!, file);
    const before = await readFile(file);

    await new XlsxFileWorkbook(file).update(PORTFOLIO_V2, { now });
    expect(cellsOf(await readFile(file), COUNCIL_SHEET)).toEqual(cellsOf(before, COUNCIL_SHEET));

    const [computed] = await recalculate([file], path.join(dir, "räknad"));
    const data = await new XlsxFileWorkbook(computed!).read();
    const notes = sheetNamed(data, COUNCIL_SHEET);
    expect(cellAt(notes, 6, 2)).toBeCloseTo(287500, 6);
    // COUNTA over the new Portfölj rows (header excluded): three initiatives now.
    expect(cellAt(notes, 7, 2)).toBe(3);
    expect(cellAt(notes, 8, 2)).toBeCloseTo(3, 9);
    expect(sheetNamed(data, "Portfölj").tables.map((t) => t.name)).toEqual(["Portfolj"]);
    expect(notes.tables.map((t) => t.name)).toEqual(["Radsmoten"]);
  }, 180_000);

  let councilBytes: Uint8Array | undefined;
  function council(): Uint8Array {
    if (!councilBytes) throw new Error("fixture not built");
    return councilBytes;
  }
  beforeAll(async () => {
    councilBytes = await withCouncilSheet(await renderWorkbook(PORTFOLIO_V1));
  });
});
