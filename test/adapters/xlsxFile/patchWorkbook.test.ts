import { readFileSync } from "node:fs";
import * as path from "node:path";
import { readPart, zipParts } from "../../../src/adapters/xlsxFile/packageParts";
import { readWorkbookBytes } from "../../../src/adapters/xlsxFile/readXlsx";
import { updateWorkbookBytes } from "../../../src/adapters/xlsxFile/write/patchWorkbook";
import { WorkbookUpdateError } from "../../../src/adapters/xlsxFile/WorkbookUpdateError";
import { renderWorkbook } from "../../../src/adapters/xlsxFile/write/writeWorkbook";
import { DEFAULT_PARAMETERS } from "../../../src/domain/parameters/Parameters";
import { describePortfolio } from "../../../src/domain/portfolio/describePortfolio";
import { readPreviousPortfolio } from "../../../src/domain/portfolio/readPreviousPortfolio";
import type { WorkbookDescription } from "../../../src/domain/template/WorkbookDescription";
import { buildConsolidation } from "../../builders/consolidation";
import { complete } from "../../builders/initiatives";
import { cellAt, sheetNamed, unquoteRef } from "../../contract/workbookPortContract";
import {
  CORPUS,
  COUNCIL_SHEET,
  PORTFOLIO_V1,
  PORTFOLIO_V2,
  cellsOf,
  sheetNamesOf,
  snapshotOf,
  withCouncilSheet,
  withParts,
} from "./updateFixtures";

const refusal = async (promise: Promise<unknown>): Promise<WorkbookUpdateError> => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(WorkbookUpdateError);
  return error as WorkbookUpdateError;
};

const corpus = (name: string) => new Uint8Array(readFileSync(path.join(CORPUS, name)));

/** Adds a sheet the tests can name, to update any corpus file. */
const PROBE: WorkbookDescription = {
  sheets: [{ name: "Digiportfölj", blocks: [{ row: 1, col: 1, rows: [["uppdaterad"]] }] }],
  names: [],
};

describe("updateWorkbookBytes: the council's sheets survive", () => {
  let before: Uint8Array;
  let after: Uint8Array;

  beforeAll(async () => {
    before = await withCouncilSheet(await renderWorkbook(PORTFOLIO_V1));
    const result = await updateWorkbookBytes(before, PORTFOLIO_V2, "portfölj.xlsx");
    expect(result.losses).toEqual([]);
    expect(result.rebuilt).toBe(false);
    after = result.bytes;
  });

  it("keeps the council sheet's values and formulas cell for cell", () => {
    expect(cellsOf(after, COUNCIL_SHEET)).toEqual(cellsOf(before, COUNCIL_SHEET));
    expect(cellsOf(after, COUNCIL_SHEET)["B6"]).toMatchObject({ f: "B4*(1+B5)" });
    expect(cellsOf(after, COUNCIL_SHEET)["B9"]).toMatchObject({ t: "s", v: "=inte en formel" });
  });

  it("keeps its styles, merged cells, sizes, note, validation, conditional format, picture and table", async () => {
    const kept = (await snapshotOf(after, COUNCIL_SHEET)) as Record<string, never>;
    expect(kept).toEqual(await snapshotOf(before, COUNCIL_SHEET));
    // the snapshot holds what the council made, so the comparison means something
    expect(kept).toMatchObject({
      cells: {
        A1: { style: { font: { bold: true, size: 14 } } },
        B4: { note: "Beslutat av rådet", style: { numFmt: '#,##0 "kr"' } },
        A3: { style: { fill: { fgColor: { argb: "FFDDEBF7" } } } },
      },
      merges: ["A1:C1"],
      rowHeights: 24,
      tabColor: { argb: "FF70AD47" },
      images: [{ tl: [4, 0, 7, 0] }],
      tables: [{ name: "Radsmoten", ref: "E3:F5", headerRow: true }],
    });
    expect(Object.keys(kept["validations"])).toEqual(["C4", "C5", "C6"]);
    expect(kept["conditionalFormats"]).toHaveLength(1);
  });

  it("replaces the described sheets in place and puts a new one after its predecessor", () => {
    expect(sheetNamesOf(before)).toEqual(["Portfölj", COUNCIL_SHEET, "Parametrar"]);
    expect(sheetNamesOf(after)).toEqual(["Portfölj", "Översikt", COUNCIL_SHEET, "Parametrar"]);
    const data = readWorkbookBytes(after, "portfölj.xlsx");
    const portfolio = sheetNamed(data, "Portfölj");
    expect([5, 6, 7].map((r) => cellAt(portfolio, r, 1))).toEqual(["SOC-1", "KUL-3", "MIL-2"]);
    expect(cellAt(portfolio, 5, 2)).toBe("E-arkiv för förskolan");
    expect(portfolio.tables).toEqual([
      { name: "Portfolj", hasHeaderRow: true, box: { top: 4, left: 1, bottom: 7, right: 5 } },
    ]);
    // nothing of the old Parametrar is left behind
    expect(cellAt(sheetNamed(data, "Parametrar"), 3, 1)).toBeNull();
  });

  it("defines the description's names anew and keeps the council's", () => {
    const names = Object.fromEntries(
      readWorkbookBytes(after, "p.xlsx").definedNames.map((n) => [n.name, unquoteRef(n.ref)])
    );
    expect(names).toEqual({
      Kalkylranta: "Parametrar!$B$4",
      Radets_belopp: `${COUNCIL_SHEET}!$B$4`,
    });
  });

  it("keeps a sheet it rewrites hidden when the council hid it", async () => {
    const ExcelJS = await import("exceljs");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(before.slice() as unknown as ArrayBuffer);
    workbook.getWorksheet("Parametrar")!.state = "hidden";
    const hidden = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const result = await updateWorkbookBytes(hidden, PORTFOLIO_V2, "p.xlsx");
    const visibility = readWorkbookBytes(result.bytes, "p.xlsx").sheets.map((s) => [
      s.name,
      s.visibility,
    ]);
    expect(visibility).toEqual([
      ["Portfölj", "visible"],
      ["Översikt", "visible"],
      [COUNCIL_SHEET, "visible"],
      ["Parametrar", "hidden"],
    ]);
  });

  it("can be updated again, and the result opens the same way", async () => {
    const again = await updateWorkbookBytes(after, PORTFOLIO_V1, "portfölj.xlsx");
    expect(sheetNamesOf(again.bytes)).toEqual([
      "Portfölj",
      "Översikt",
      COUNCIL_SHEET,
      "Parametrar",
    ]);
    expect(cellsOf(again.bytes, COUNCIL_SHEET)).toEqual(cellsOf(before, COUNCIL_SHEET));
    expect(await snapshotOf(again.bytes, COUNCIL_SHEET)).toEqual(
      await snapshotOf(before, COUNCIL_SHEET)
    );
  });
});

describe("updateWorkbookBytes over a portfolio describePortfolio wrote", () => {
  it("loses nothing, keeps the council sheet in place and reads back as the new run", async () => {
    const run = (ids: string[]) =>
      describePortfolio(
        buildConsolidation({
          parameters: DEFAULT_PARAMETERS,
          initiatives: ids.map((id, i) => complete({ id }, 5 + i)),
        }),
        { generatedAt: "2025-03-01 14:05" }
      );
    const before = await withCouncilSheet(await renderWorkbook(run(["A-1", "A-2"])));
    const result = await updateWorkbookBytes(before, run(["A-1", "A-3", "A-4"]), "p.xlsx");
    expect(result.losses).toEqual([]);
    expect(sheetNamesOf(result.bytes)).toEqual([
      "Portfölj",
      COUNCIL_SHEET,
      "Översikt",
      "Behov",
      "Avvikelser",
      "Mappning",
      "Parametrar",
    ]);
    expect(cellsOf(result.bytes, COUNCIL_SHEET)).toEqual(cellsOf(before, COUNCIL_SHEET));
    const previous = readPreviousPortfolio(readWorkbookBytes(result.bytes, "p.xlsx"))!;
    expect(previous.rows.map((r) => r.id)).toEqual(["A-1", "A-3", "A-4"]);
    expect(previous.councilSheets).toEqual([COUNCIL_SHEET]);
  });
});

/** Every part of a package by name, as bytes. */
const partsOf = (bytes: Uint8Array): Map<string, Buffer> =>
  new Map(
    Object.entries(zipParts(bytes)).map(([name, part]) => [
      name,
      Buffer.from(Uint8Array.from(part.content ?? [])),
    ])
  );

/** The parts an update may change besides our sheets: the workbook, its relationships, content types, styles. */
const PACKAGE_PARTS =
  /^(\[Content_Types\]\.xml|([^/]+\/)?(workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml|calcChain\.xml))$/i;

describe("updateWorkbookBytes: the council's tables and names are kept as written", () => {
  /** The council table as Excel leaves it: no headerRowCount, a colour filter and a sort. */
  const excelLike = async () =>
    withParts(
      await withCouncilSheet(await renderWorkbook(PORTFOLIO_V1), { picture: false }),
      (p, text) => {
        if (!/^xl\/tables\//.test(p) || !text.includes('displayName="Radsmoten"')) return text;
        return text
          .replace(/ headerRowCount="1"/, "")
          .replace(
            /<autoFilter ref="([^"]*)"(\/>|>[\s\S]*?<\/autoFilter>)/,
            '<autoFilter ref="$1"><filterColumn colId="1"><colorFilter dxfId="0"/></filterColumn><sortState ref="E4:F5"><sortCondition ref="E4:E5"/></sortState></autoFilter>'
          );
      }
    );

  it("keeps a council table's colour filter, sort and missing headerRowCount byte for byte", async () => {
    const before = await excelLike();
    const result = await updateWorkbookBytes(before, PORTFOLIO_V2, "p.xlsx");
    expect(result.losses).toEqual([]);
    const old = partsOf(before);
    const now = partsOf(result.bytes);
    const table = [...old.keys()].find((k) =>
      old.get(k)!.toString().includes('displayName="Radsmoten"')
    )!;
    expect(now.get(table)?.equals(old.get(table)!)).toBe(true);
    const sheet = sheetNamed(readWorkbookBytes(result.bytes, "p.xlsx"), COUNCIL_SHEET);
    expect(sheet.tables).toEqual([
      { name: "Radsmoten", hasHeaderRow: true, box: { top: 3, left: 5, bottom: 5, right: 6 } },
    ]);
  });

  it("keeps a named constant and a formula name of the council as written", async () => {
    const bytes = withParts(
      await withCouncilSheet(await renderWorkbook(PORTFOLIO_V1)),
      (p, text) =>
        p === "xl/workbook.xml"
          ? text.replace(
              "</definedNames>",
              '<definedName name="Moms">0.25</definedName><definedName name="Nyckel">OFFSET(Parametrar!$B$1,0,0)</definedName></definedNames>'
            )
          : text
    );
    const result = await updateWorkbookBytes(bytes, PORTFOLIO_V2, "p.xlsx");
    const workbook = partsOf(result.bytes).get("xl/workbook.xml")!.toString();
    expect(workbook).toContain('<definedName name="Moms">0.25</definedName>');
    expect(workbook).toContain(
      '<definedName name="Nyckel">OFFSET(Parametrar!$B$1,0,0)</definedName>'
    );
  });
});

describe("updateWorkbookBytes: on a sheet it rewrites", () => {
  it("carries a cell note over and stops for a picture, naming it", async () => {
    const ExcelJS = await import("exceljs");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderWorkbook(PORTFOLIO_V1)) as unknown as ArrayBuffer);
    const portfolio = workbook.getWorksheet("Portfölj")!;
    portfolio.getCell("E5").note = "Fråga förvaltningen";
    const image = workbook.addImage({
      buffer: readFileSync(path.resolve(__dirname, "../../../assets/icon-16.png")) as never,
      extension: "png",
    });
    portfolio.addImage(image, "H2:I4");
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);

    const error = await refusal(updateWorkbookBytes(bytes, PORTFOLIO_V2, "portfölj.xlsx"));
    expect(error.losses.map((l) => [l.sheet, l.kind, l.rewritten])).toEqual([
      ["Portfölj", "picture", true],
    ]);
    expect(error.message).toContain("Bladet ”Portfölj” (skrivs om av Digiportfölj): bilder (1)");
    expect(error.message).toContain("--force");

    const forced = await updateWorkbookBytes(bytes, PORTFOLIO_V2, "portfölj.xlsx", { force: true });
    expect(forced.losses).toHaveLength(1);
    expect(sheetNamesOf(forced.bytes)).toEqual(["Portfölj", "Översikt", "Parametrar"]);
    const notes = [...partsOf(forced.bytes)].filter(([name]) => /comments\d*\.xml$/.test(name));
    expect(notes.map(([, xml]) => xml.toString()).join("")).toContain("Fråga förvaltningen");
  });

  it("reads past anything on the sheets it replaces, a filter it cannot apply included", async () => {
    const bytes = withParts(await renderWorkbook(PORTFOLIO_V1), (p, text) =>
      p.startsWith("xl/tables/")
        ? text.replace(
            /<autoFilter ref="([^"]*)"(\/>|>[\s\S]*?<\/autoFilter>)/,
            '<autoFilter ref="$1"><filterColumn colId="0"><top10 val="1"/></filterColumn></autoFilter>'
          )
        : text
    );
    const result = await updateWorkbookBytes(bytes, PORTFOLIO_V2, "p.xlsx");
    expect(sheetNamesOf(result.bytes)).toEqual(["Portfölj", "Översikt", "Parametrar"]);
  });
});

describe("updateWorkbookBytes over the real-world corpus", () => {
  const files = require("node:fs")
    .readdirSync(CORPUS)
    .filter((f: string) => /\.xls[xm]$/.test(f)) as string[];

  it("adds a sheet to every file and leaves every other part byte for byte as it was", async () => {
    const changed: string[] = [];
    for (const file of files) {
      const bytes = corpus(file);
      let result;
      try {
        result = await updateWorkbookBytes(bytes, PROBE, file);
      } catch (error) {
        changed.push(`${file}: ${(error as Error).message.split("\n")[0]}`);
        continue;
      }
      expect([file, result.rebuilt, result.losses]).toEqual([file, false, []]);
      const old = partsOf(bytes);
      const now = partsOf(result.bytes);
      for (const [name, content] of old) {
        if (PACKAGE_PARTS.test(name) || name.endsWith("/")) continue;
        if (!now.get(name)?.equals(content)) changed.push(`${file}: ${name}`);
      }
      expect(sheetNamesOf(result.bytes)).toContain("Digiportfölj");
    }
    expect(changed).toEqual([]);
  });
});
