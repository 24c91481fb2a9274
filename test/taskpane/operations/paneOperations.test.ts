/**
 * Every pane operation through the Office.js adapter over the strict Excel double: what lands in
 * the workbook, what of the user's is left alone, and how many syncs and bytes it takes.
 */
import { OfficeJsWorkbook } from "../../../src/adapters/officeJs/OfficeJsWorkbook";
import { WorkbookWriteRefused } from "../../../src/adapters/officeJs/WorkbookWriteRefused";
import { createPaneOperations } from "../../../src/taskpane/operations/createPaneOperations";
import { readFileSync } from "node:fs";
import path from "node:path";
import { readWorkbookBytes } from "../../../src/adapters/xlsxFile/readXlsx";
import type { SourceInput } from "../../../src/domain/consolidation/Consolidation";
import type { WorkbookData } from "../../../src/domain/ports/WorkbookPort";
import { grid } from "../../builders/grids";
import { columnLetters } from "../../../src/domain/sheets/columnLetters";
import { createExcelDouble, type ExcelDouble } from "../../excelDouble/createExcelDouble";
import { standardList } from "../../builders/openLists";

const FOUR_MB = 4 * 1024 * 1024;

function open(options: Parameters<typeof createExcelDouble>[0] = {}) {
  const excel = createExcelDouble(options);
  const workbook = new OfficeJsWorkbook(excel.run, excel.Office.context.requirements.isSetSupported);
  const operations = createPaneOperations(workbook, {
    today: () => "2026-11-22",
    now: () => "2026-11-22 10:00",
  });
  return { excel, operations };
}

/** Syncs and the largest request of one operation. */
async function measure<T>(excel: ExcelDouble, action: () => Promise<T>) {
  const syncs = excel.stats.syncs;
  const requests = excel.stats.requests.length;
  const result = await action();
  const sent = excel.stats.requests.slice(requests);
  return {
    result,
    syncs: excel.stats.syncs - syncs,
    largest: Math.max(0, ...sent.map((r) => Math.max(r.requestBytes, r.responseBytes))),
    sentBytes: sent.reduce((sum, r) => sum + r.requestBytes, 0),
  };
}

describe("Mall: insert the standard template", () => {
  it("adds the template's sheets beside the user's and never rewrites them", async () => {
    const { excel, operations } = open({ sheets: ["Min lista"] });
    excel.workbook.seed("Min lista", "A1", [["Egen anteckning"]]);
    const first = await measure(excel, () => operations.insertTemplate());
    expect(first.result.sheets).toEqual(expect.arrayContaining(["Initiativ", "Parametrar"]));
    expect(first.result.existing).toEqual([]);
    expect(excel.workbook.sheetNames()).toEqual(
      expect.arrayContaining(["Min lista", ...first.result.sheets])
    );
    expect(excel.workbook.values("Min lista", "A1")).toEqual([["Egen anteckning"]]);
    expect(first.syncs).toBeLessThanOrEqual(7);
    expect(first.largest).toBeLessThan(FOUR_MB);

    // The förvaltning fills a row; inserting again must leave it.
    excel.workbook.seed("Initiativ", "B5", [["Min e-tjänst"]]);
    const again = await operations.insertTemplate();
    expect(again.sheets).toEqual([]);
    expect(again.existing).toEqual(expect.arrayContaining(["Initiativ", "Parametrar"]));
    expect(excel.workbook.values("Initiativ", "B5")).toEqual([["Min e-tjänst"]]);
  });

  it("on an old Excel (ExcelApi 1.7) inserts the template and says what it left out", async () => {
    const { excel, operations } = open({ requirementSets: { ExcelApi: "1.7" } });
    const inserted = await operations.insertTemplate();
    expect(inserted.sheets).toContain("Initiativ");
    expect(inserted.skipped).toContain("dataValidation");
    expect(excel.workbook.sheetNames()).toContain("Parametrar");
  });
});

describe("Mall: adapt the active sheet's own list", () => {
  const ownList = [
    ["Projekt", "Status", "Budget (tkr)", "Besparing (kr/år)", "Nytta 1-5"],
    ["Ny e-tjänst för bygglov", "Pågående", 450, 120_000, 4],
    ["Digital signering", "Idé", 80, 30_000, 3],
  ];

  it("proposes a mapping, adds the missing columns to the right and remembers it", async () => {
    const { excel, operations } = open({ sheets: ["Våra projekt"] });
    excel.workbook.seed("Våra projekt", "A1", ownList);
    const before = excel.workbook.formulas("Våra projekt", "A1:E3");

    const proposal = await operations.proposeMapping();
    expect(proposal).not.toBeNull();
    const budget = proposal!.columns.find((c) => c.header === "Budget (tkr)");
    expect(budget?.target).toBe("investering");
    expect(budget?.multiplier).toBe(1000);
    expect(proposal!.choices.some((c) => c.target === "name")).toBe(true);

    const adapted = await operations.adaptSheet(proposal!, new Map());
    expect(adapted.added.length).toBeGreaterThan(5);
    expect(adapted.added[0]!.column).toBe("F");
    // The user's cells are exactly as they were.
    expect(excel.workbook.formulas("Våra projekt", "A1:E3")).toEqual(before);
    // The computed columns read the user's Budget (tkr) × 1 000.
    const formulas = excel.workbook.formulas("Våra projekt", "A2:AZ2")[0]!.map(String);
    expect(formulas.some((f) => f.includes("C2*1000"))).toBe(true);
    expect(excel.workbook.sheetNames()).toEqual(
      expect.arrayContaining(["Kolumnmappning", "Parametrar"])
    );

    // Next time the mapping comes from the workbook, and adapting again rewrites only our columns.
    const remembered = await operations.proposeMapping();
    expect(remembered!.remembered).toBe(true);
    const columns = excel.workbook.formulas("Våra projekt", "A1:AZ3");
    const again = await operations.adaptSheet(remembered!, new Map());
    expect(again.added).toEqual([]);
    expect(excel.workbook.formulas("Våra projekt", "A1:AZ3")).toEqual(columns);
  });

  it("uses the user's corrections and refuses, changing nothing, when a cell is in the way", async () => {
    const { excel, operations } = open({ sheets: ["Lista"] });
    excel.workbook.seed("Lista", "A1", ownList);
    const proposal = await operations.proposeMapping();
    // The user says "Nytta 1-5" is not to be read.
    const nytta = proposal!.columns.find((c) => c.header === "Nytta 1-5")!;
    await operations.adaptSheet(proposal!, new Map([[nytta.column, null]]));
    const again = await operations.proposeMapping();
    expect(again!.columns.find((c) => c.header === "Nytta 1-5")?.target).toBeNull();

    // Our earlier columns may be rewritten; a cell the user typed there since may not.
    excel.workbook.seed("Lista", "Z2", [["Användarens egen cell"]]);
    const workbook = new OfficeJsWorkbook(excel.run, excel.Office.context.requirements.isSetSupported);
    const before = JSON.stringify(excel.workbook.snapshot());
    await expect(
      workbook.extend({
        sheet: "Lista",
        key: "kolumner",
        blocks: [{ row: 2, col: 26, rows: [[{ formula: "1+1" }]] }],
      })
    ).rejects.toBeInstanceOf(WorkbookWriteRefused);
    expect(JSON.stringify(excel.workbook.snapshot())).toBe(before);
  });

  it("answers null when the active sheet holds no list", async () => {
    const { excel, operations } = open({ sheets: ["Anteckningar"] });
    excel.workbook.seed("Anteckningar", "A1", [["Att göra"], ["Ring IT"]]);
    expect(await operations.proposeMapping()).toBeNull();
  });
});

describe("Kontrollera", () => {
  it("finds the issues of a list, marks the rows beside it and selects a clicked cell", async () => {
    const { excel, operations } = open({ sheets: ["Initiativ"] });
    excel.workbook.seed("Initiativ", "A1", standardList(30));
    const before = excel.workbook.formulas("Initiativ", "A1:T31");
    const summary = await operations.check();
    expect(summary.initiatives).toBe(30);
    expect(summary.errors).toBeGreaterThan(0);
    expect(summary.marked).toBe(true);
    expect(excel.workbook.formulas("Initiativ", "A1:T31")).toEqual(before);
    const header = excel.workbook.values("Initiativ", "U1")[0]![0];
    expect(header).toBe("Digiportfölj kontroll");
    // Row 8 (the 7th data row) ends before it starts.
    const row8 = summary.groups.find((g) => g.row === 8);
    expect(row8?.issues.map((i) => i.code)).toContain("end_before_start");
    expect(String(excel.workbook.values("Initiativ", "U8")[0]![0])).toMatch(/fel/);

    const issue = row8!.issues.find((i) => i.code === "end_before_start")!;
    await operations.selectCell("Initiativ", 8, issue.location.column ?? null);
    expect(excel.workbook.snapshot()).toMatchObject({
      selection: { sheet: "Initiativ", address: `${issue.location.column}8` },
    });

    // Fixed, checked again: the mark goes, and no rule is added twice.
    excel.workbook.seed("Initiativ", "F8", [[excel.workbook.values("Initiativ", "E8")[0]![0]! as number + 400]]);
    const again = await operations.check();
    expect(again.groups.find((g) => g.row === 8)?.issues.map((i) => i.code) ?? []).not.toContain(
      "end_before_start"
    );
    const rules = (excel.workbook.sheet("Initiativ") as unknown as { conditionalFormats: unknown[] })
      .conditionalFormats;
    expect(rules.length).toBe(2);
  });

  it("validates 10,000 rows in a constant number of syncs, every request under 4 MB", async () => {
    const counts: number[] = [];
    for (const rows of [1_000, 10_000]) {
      const { excel, operations } = open({ sheets: ["Initiativ"] });
      excel.workbook.seed("Initiativ", "A1", standardList(rows));
      const run = await measure(excel, () => operations.check());
      expect(run.result.initiatives).toBe(rows);
      expect(run.largest).toBeLessThan(FOUR_MB);
      counts.push(run.syncs);
    }
    // eslint-disable-next-line no-console
    console.log(`check(): syncs at 1,000 rows ${counts[0]}, at 10,000 rows ${counts[1]}`);
    expect(counts[1]).toBeLessThanOrEqual(counts[0]! + 2);
    expect(counts[1]).toBeLessThanOrEqual(7);
  });
});

describe("Prioritera", () => {
  it("stores weights and budget on Parametrar and ranks by them", async () => {
    const { excel, operations } = open({ sheets: ["Lista"] });
    excel.workbook.seed("Lista", "A1", standardList(12));
    const first = await operations.loadPriorities();
    const ranked = first.ranked.filter((r) => r.rank !== null);
    expect(ranked.length).toBeGreaterThan(3);
    expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));

    // All weight on Risk, counted for instead of against: the order must change.
    const criteria = first.parameters.criteria.map((c) =>
      c.key === "risk" ? { ...c, weight: 100, direction: "for" as const } : { ...c, weight: 0 }
    );
    const saved = await operations.savePriorities({ criteria, centralBudget: 300_000 });
    const order = (view: typeof first) => view.ranked.map((r) => r.name);
    expect(order(saved)).not.toEqual(order(first));
    expect(saved.ranked.some((r) => r.fitsBudget === true)).toBe(true);
    expect(saved.ranked.some((r) => r.fitsBudget === false)).toBe(true);
    expect(saved.budgetUsed).toBeLessThanOrEqual(300_000);

    // Read back from the workbook, not from memory.
    const reloaded = await operations.loadPriorities();
    expect(order(reloaded)).toEqual(order(saved));
    expect(reloaded.parameters.centralBudget).toBe(300_000);
  });

  it("inserts the matrix as a bubble chart sized by investment", async () => {
    const { excel, operations } = open({ sheets: ["Lista"] });
    excel.workbook.seed("Lista", "A1", standardList(8));
    await operations.insertMatrix();
    const sheet = excel.workbook.sheet("Prioritering") as unknown as {
      charts: { type: string; series: { bubbleSizes: unknown }[] }[];
    };
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]!.type).toBe("Bubble");
  });
});

describe("Sammanställ", () => {
  const example = (file: string): SourceInput => ({
    file,
    workbook: readWorkbookBytes(
      new Uint8Array(readFileSync(path.join(__dirname, "../../../examples", file))),
      file
    ),
  });

  it("writes the portfolio beside the template and keeps the council's columns on a re-run", async () => {
    const { excel, operations } = open({ sheets: ["Rådets anteckningar"] });
    excel.workbook.seed("Rådets anteckningar", "A1", [["Möte 12 december"]]);
    await operations.insertTemplate();
    const sources = [example("kommunledning-it-lista.xlsx"), example("vard-och-omsorg-tkr.xlsx")];
    const preview = await operations.previewConsolidation(sources);
    expect(preview.files.every((f) => f.status === "ok")).toBe(true);
    const written = await operations.writeConsolidation(preview);
    expect(written.sheets).toEqual(
      expect.arrayContaining(["Portfölj", "Översikt", "Avvikelser", "Mappning"])
    );
    const names = excel.workbook.sheetNames();
    expect(names).toEqual(expect.arrayContaining(["Rådets anteckningar", "Initiativ", "Portfölj"]));
    const overview = excel.workbook.sheet("Översikt") as unknown as { charts: { type: string }[] };
    expect(overview.charts.map((c) => c.type)).toContain("BarClustered");

    // The council writes a decision on the first initiative; the next run keeps it.
    const headerRow = excel.workbook.values("Portfölj", "A4:ZZ4")[0]!;
    const decision = headerRow.indexOf("Rådets beslut");
    expect(decision).toBeGreaterThan(0);
    const id = excel.workbook.values("Portfölj", "A5")[0]![0];
    const cell = `${columnLetters(decision + 1)}5`;
    excel.workbook.seed("Portfölj", cell, [["Beviljas"]]);
    const second = await operations.previewConsolidation(sources);
    const row = second.rows.find((r) => r.id === id);
    expect(row?.council.radetsBeslut).toBe("Beviljas");
    const rewritten = await operations.writeConsolidation(second);
    expect(rewritten.carriedOver).toBeGreaterThanOrEqual(1);
    expect(excel.workbook.values("Portfölj", cell)).toEqual([["Beviljas"]]);
    expect(excel.workbook.values("Rådets anteckningar", "A1")).toEqual([["Möte 12 december"]]);
  });

  it("consolidates 5,000 initiatives in a constant number of syncs, every request under 4 MB", async () => {
    const source = (file: string, rows: number): SourceInput => {
      const list = standardList(rows).map((row) =>
        row.map((v) => (v !== null && typeof v === "object" ? null : v))
      );
      const data: WorkbookData = {
        name: file,
        date1904: false,
        sheets: [grid("Initiativ", list as never)],
        definedNames: [],
      };
      return { file, workbook: data };
    };
    const lines: string[] = [];
    for (const perFile of [100, 1_000]) {
      const { excel, operations } = open();
      const sources = ["a", "b", "c", "d", "e"].map((f) => source(`${f}-forvaltning.xlsx`, perFile));
      const preview = await operations.previewConsolidation(sources);
      expect(preview.rows.length).toBe(5 * perFile);
      const run = await measure(excel, () => operations.writeConsolidation(preview));
      expect(run.largest).toBeLessThan(FOUR_MB);
      // Two syncs to inspect, one to write, and one more only per further 4 MB of formulas:
      // the count follows the bytes written, never the rows.
      expect(run.syncs).toBeLessThanOrEqual(3 + Math.ceil(run.sentBytes / (FOUR_MB * 0.9)));
      const overview = excel.workbook.sheet("Översikt") as unknown as { charts: { type: string }[] };
      expect(overview.charts.map((c) => c.type).sort()).toEqual(["BarClustered", "Bubble"]);
      lines.push(
        `${5 * perFile} initiatives: ${run.syncs} syncs, ${(run.sentBytes / 1e6).toFixed(1)} MB sent, largest request ${(run.largest / 1e6).toFixed(2)} MB`
      );
    }
    // eslint-disable-next-line no-console
    console.log(`writeConsolidation(): ${lines.join("; ")}`);
  });
});
