/**
 * The portfolio file's two charts on Översikt: investment per förvaltning (bar) and the
 * nytta/komplexitet matrix (bubble, size = investment). Each chart part's series must point at
 * the cells holding that data, and LibreOffice, recalculating the file, must keep both charts and
 * compute the same figures the domain did.
 */
import { strFromU8, unzipSync } from "fflate";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readWorkbookBytes } from "../../src/adapters/xlsxFile/readXlsx";
import { writeWorkbookBytes } from "../../src/adapters/xlsxFile/write/writeWorkbook";
import { DEFAULT_PARAMETERS } from "../../src/domain/parameters/Parameters";
import { describePortfolio } from "../../src/domain/portfolio/describePortfolio";
import { quadrant } from "../../src/domain/scoring";
import { columnNumber } from "../../src/domain/sheets/columnLetters";
import { buildConsolidation } from "../builders/consolidation";
import { complete } from "../builders/initiatives";
import { cellAt, sheetNamed } from "../contract/workbookPortContract";
import { hasLibreOffice, recalculate } from "../support/libreoffice";

const FORVALTNINGAR = ["Socialförvaltningen", "Kultur & fritid", "Miljö <förvaltningen>"];

const consolidation = buildConsolidation({
  parameters: DEFAULT_PARAMETERS,
  initiatives: Array.from({ length: 7 }, (_, i) => ({
    ...complete(
      {
        id: `T-${i + 1}`,
        name: `Initiativ ${i + 1}`,
        forvaltning: FORVALTNINGAR[i % 3]!,
        investering: 100_000 * (i + 1),
      },
      5 + i
    ),
    scores: { nytta: 1 + (i % 5), strategi: 3, komplexitet: 5 - (i % 5), risk: 2 },
  })),
});
const description = describePortfolio(consolidation, { generatedAt: "2026-12-02 10:00" });
const bytes = writeWorkbookBytes(description);
const parts = unzipSync(bytes);
const text = (name: string) => strFromU8(parts[name]!);

/** The chart parts of the sheet named `sheet`, through the workbook's and the sheet's relationships. */
function chartsOf(sheet: string): string[] {
  const relId = new RegExp(`<sheet name="${sheet}"[^>]*r:id="([^"]+)"`).exec(
    text("xl/workbook.xml")
  )![1]!;
  const target = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"`).exec(
    text("xl/_rels/workbook.xml.rels")
  )![1]!;
  const sheetPart = `xl/${target}`;
  const sheetRels = text(sheetPart.replace(/([^/]+)$/, "_rels/$1.rels"));
  const drawing = /Target="\.\.\/drawings\/([^"]+)"/.exec(sheetRels)![1]!;
  const drawingRels = text(`xl/drawings/_rels/${drawing}.rels`);
  return [...drawingRels.matchAll(/Target="\.\.\/charts\/([^"]+)"/g)].map((m) =>
    text(`xl/charts/${m[1]}`)
  );
}

const refs = (chart: string, tag: string): string[] =>
  [...chart.matchAll(new RegExp(`<c:${tag}>[\\s\\S]*?<c:f>([^<]+)</c:f>`, "g"))].map((m) =>
    m[1]!.replace(/&amp;/g, "&")
  );

/** The cells of a one-column range "'Översikt'!$A$5:$A$7" on a read sheet. */
function cellsIn(sheet: ReturnType<typeof sheetNamed>, ref: string): unknown[] {
  const m = /!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref)!;
  const col = columnNumber(m[1]!);
  return Array.from({ length: Number(m[4]) - Number(m[2]) + 1 }, (_, i) =>
    cellAt(sheet, Number(m[2]) + i, col)
  );
}

describe("the portfolio's charts", () => {
  const charts = chartsOf("Översikt");
  const bar = charts.find((c) => c.includes("<c:barChart>"));
  const bubble = charts.find((c) => c.includes("<c:bubbleChart>"));
  const perForvaltning = consolidation.overview.filter((o) => o.forvaltning !== null);

  it("has a bar chart of investment per förvaltning and a bubble chart of the matrix", () => {
    expect(bar).toContain("<c:barChart>");
    expect(bubble).toContain("<c:bubbleChart>");
  });

  it("points the bar chart's categories at the förvaltningar and its values at their investment", async () => {
    const read = sheetNamed(readWorkbookBytes(bytes, "p.xlsx"), "Översikt");
    const [categories] = refs(bar!, "cat");
    expect(cellsIn(read, categories!)).toEqual(perForvaltning.map((o) => o.forvaltning));
    expect(refs(bar!, "val")).toHaveLength(1);
  });

  it("points the bubble chart at each initiative's komplexitet, nytta and investment", () => {
    const read = sheetNamed(readWorkbookBytes(bytes, "p.xlsx"), "Översikt");
    const [x] = refs(bubble!, "xVal");
    const [y] = refs(bubble!, "yVal");
    const [size] = refs(bubble!, "bubbleSize");
    const investments = cellsIn(read, size!);
    expect(investments).toEqual(consolidation.rows.map((r) => r.initiative!.values.investering));
    const axes = consolidation.rows.map((r) =>
      quadrant(r.initiative!.scores, DEFAULT_PARAMETERS.criteria, DEFAULT_PARAMETERS)
    );
    expect(cellsIn(read, x!)).toEqual(axes.map((a) => a.komplexitet));
    expect(cellsIn(read, y!)).toEqual(axes.map((a) => a.nytta));
  });

  (hasLibreOffice() ? it : it.skip)(
    "is kept by LibreOffice, whose recalculated values under the bar chart are the domain's",
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "dp-charts-"));
      const file = path.join(dir, "portfolj.xlsx");
      writeFileSync(file, bytes);
      const [out] = await recalculate([file], path.join(dir, "out"));
      const saved = unzipSync(new Uint8Array(readFileSync(out!)));
      const charts = Object.keys(saved)
        .filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))
        .map((n) => strFromU8(saved[n]!));
      expect(charts.some((c) => /<c:barChart>/.test(c))).toBe(true);
      expect(charts.some((c) => /<c:bubbleChart>/.test(c))).toBe(true);
      const read = sheetNamed(
        readWorkbookBytes(new Uint8Array(readFileSync(out!)), "p.xlsx"),
        "Översikt"
      );
      const [values] = refs(bar!, "val");
      expect(cellsIn(read, values!)).toEqual(perForvaltning.map((o) => o.investment));
    },
    120_000
  );
});
