import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readWorkbookBytes } from "../../src/adapters/xlsxFile/readXlsx";
import type { CliIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import type { SheetGrid } from "../../src/domain/ports/WorkbookPort";

const ROOT = path.resolve(__dirname, "../..");
const EXAMPLES = path.join(ROOT, "examples");

function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), cwd };
  return main(args, io).then((code) => ({ code, out: out.join("\n"), err: err.join("\n") }));
}

/** A working folder with copies of the examples, so the test can check they stay byte-identical. */
function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "dp-consolidate-"));
  mkdirSync(path.join(dir, "in"));
  for (const f of readdirSync(EXAMPLES).filter((f) => f.endsWith(".xlsx"))) copyFileSync(path.join(EXAMPLES, f), path.join(dir, "in", f));
  return dir;
}

const read = (file: string) => readWorkbookBytes(new Uint8Array(readFileSync(file)), path.basename(file));
const sheet = (file: string, name: string) => read(file).sheets.find((s) => s.name === name) as SheetGrid;

/** The Portfölj table as records by header (header row 4). */
function portfolioRows(file: string): Record<string, unknown>[] {
  const s = sheet(file, "Portfölj");
  const headerIndex = 4 - s.top;
  const headers = (s.values[headerIndex] ?? []).map(String);
  return s.values.slice(headerIndex + 1).map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i] ?? null])));
}

describe("digiportfolj consolidate", () => {
  test("writes the portfolio and the report from every example, sources untouched, exit 0", async () => {
    const dir = workspace();
    const before = readdirSync(path.join(dir, "in")).map((f) => readFileSync(path.join(dir, "in", f)));
    const { code, out, err } = await run(["consolidate", "in", "--out", "portfolj.xlsx", "--report", "rapport.json", "--idag", "2026-11-22"], dir);
    expect(code).toBe(0);
    expect(err).toContain("[7/7]");
    expect(out).toMatch(/\| Totalt +\| +33 \|/);

    const after = readdirSync(path.join(dir, "in")).map((f) => readFileSync(path.join(dir, "in", f)));
    after.forEach((bytes, i) => expect(bytes.equals(before[i]!)).toBe(true));

    const names = read(path.join(dir, "portfolj.xlsx")).sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Portfölj", "Översikt", "Avvikelser", "Mappning", "Parametrar"]));
    const rows = portfolioRows(path.join(dir, "portfolj.xlsx"));
    expect(rows.filter((r) => r["Initiativ-ID"]).length).toBe(33);
    const bygglov = rows.find((r) => r["Initiativ-ID"] === "SBF-2017-01");
    expect(bygglov).toMatchObject({ Namn: "Digitalt bygglov", Källfil: "in/samhallsbyggnad-mall.xlsx", Källblad: "Initiativ", Källrad: 5 });
    expect(String(bygglov?.["Möjliga överlapp"])).toMatch(/KOM-/);

    const report = JSON.parse(readFileSync(path.join(dir, "rapport.json"), "utf8"));
    expect(Object.keys(report)).toEqual(expect.arrayContaining(["files", "initiatives", "issues"]));
    expect(report.files).toHaveLength(7);
    expect(report.files[0]).toEqual(expect.objectContaining({ path: expect.any(String), status: "ok", rowsImported: expect.any(Number), rowsSkipped: expect.any(Array) }));
    const utb = report.files.find((f: { path: string }) => f.path.endsWith("utbildning-summarad.xlsx"));
    expect(utb.rowsSkipped).toEqual([
      { sheet: "BUF digitalisering", row: 7, reason: "repeated_header" },
      { sheet: "BUF digitalisering", row: 12, reason: "total_row" },
    ]);
    const initiative = report.initiatives.find((i: { id: string }) => i.id === "SBF-2017-01");
    expect(initiative).toEqual(
      expect.objectContaining({ name: "Digitalt bygglov", forvaltning: "Samhällsbyggnadsförvaltningen", source: { file: "in/samhallsbyggnad-mall.xlsx", sheet: "Initiativ", row: 5 }, investment: 596600, overlaps: [expect.stringMatching(/^KOM-/)] })
    );
    expect(typeof initiative.paybackYears).toBe("number");
    expect(typeof initiative.npv).toBe("number");
    expect(typeof initiative.score).toBe("number");
    const issue = report.issues.find((i: { row: number; column: string; file: string }) => i.file.endsWith("kommunledning-it-lista.xlsx") && i.row === 6 && i.column === "F");
    expect(issue).toEqual(expect.objectContaining({ sheet: "Projekt 2021", field: "investering", severity: "error", message: expect.stringContaining("58 kr/enhet/mån") }));
  });

  test("exit 1 when an input cannot be read: the rest is still written and the failure reported", async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, "in", "trasig.xlsx"), "ingen arbetsbok");
    const { code, out } = await run(["consolidate", "in", "--out", "p.xlsx", "--report", "r.json"], dir);
    expect(code).toBe(1);
    expect(out).toContain("trasig.xlsx");
    const report = JSON.parse(readFileSync(path.join(dir, "r.json"), "utf8"));
    const failed = report.files.find((f: { path: string }) => f.path.endsWith("trasig.xlsx"));
    expect(failed).toMatchObject({ status: "failed", rowsImported: 0 });
    expect(failed.error).toMatch(/trasig\.xlsx/);
    expect(report.initiatives).toHaveLength(33);
  });

  test("exit 2 for a wrong call or when nothing could be read", async () => {
    const dir = workspace();
    expect((await run(["consolidate", "in"], dir)).code).toBe(2);
    expect((await run(["consolidate", "--out", "p.xlsx"], dir)).code).toBe(2);
    expect((await run(["consolidate", "finns-inte", "--out", "p.xlsx"], dir)).code).toBe(2);
    mkdirSync(path.join(dir, "trasiga"));
    writeFileSync(path.join(dir, "trasiga", "a.xlsx"), "x");
    const nothing = await run(["consolidate", "trasiga", "--out", "p.xlsx"], dir);
    expect(nothing.code).toBe(2);
    expect(readdirSync(dir)).not.toContain("p.xlsx");
  });

  test("running twice on the same inputs gives the same portfolio apart from its timestamp", async () => {
    const dir = workspace();
    await run(["consolidate", "in", "--out", "a.xlsx"], dir);
    await run(["consolidate", "in", "--out", "b.xlsx"], dir);
    await run(["consolidate", "in", "--out", "a.xlsx"], dir); // the second run over an existing portfolio
    const a = read(path.join(dir, "a.xlsx"));
    const b = read(path.join(dir, "b.xlsx"));
    const withoutTitle = (s: SheetGrid) => ({ ...s, values: s.values.map((r, i) => (s.top + i <= 2 ? [] : r)) });
    expect(a.sheets.map((s) => s.name)).toEqual(b.sheets.map((s) => s.name));
    a.sheets.forEach((s, i) => expect(withoutTitle(s)).toEqual(withoutTitle(b.sheets[i]!)));
  });

  test("the council's columns and a sheet the council added survive a rebuild; a vanished initiative stays, marked", async () => {
    const dir = workspace();
    await run(["consolidate", "in", "--out", "p.xlsx"], dir);
    const file = path.join(dir, "p.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Portfölj")!;
    const headers = (ws.getRow(4).values as unknown[]).map((v) => String(v ?? ""));
    const col = (h: string) => headers.indexOf(h);
    ws.eachRow((row, n) => {
      if (n <= 4) return;
      const id = String(row.getCell(col("Initiativ-ID")).value ?? "");
      if (id === "SBF-2017-01") {
        row.getCell(col("Rådets beslut")).value = "Prioriteras 2027";
        row.getCell(col("Rådets kommentar")).value = "=inte en formel";
      }
    });
    const notes = wb.addWorksheet("Rådets anteckningar");
    notes.getCell("A1").value = "Möte 2026-12-01";
    notes.getCell("B2").value = { formula: "1+1" } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(file);

    // Next year the Socialförvaltningen list is gone.
    const inputs = readdirSync(path.join(dir, "in")).filter((f) => !f.startsWith("social")).map((f) => path.join("in", f));
    const second = await run(["consolidate", ...inputs, "--out", "p.xlsx"], dir);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/5 initiativ från förra körningen saknas/);

    const rows = portfolioRows(file);
    expect(rows.find((r) => r["Initiativ-ID"] === "SBF-2017-01")).toMatchObject({ "Rådets beslut": "Prioriteras 2027", "Rådets kommentar": "=inte en formel" });
    const missing = rows.filter((r) => r["I senaste underlaget"] === "Saknas i senaste underlaget");
    expect(missing).toHaveLength(5);
    expect(missing.map((r) => r["Förvaltning"])).toEqual(Array(5).fill("Socialförvaltningen"));

    const kept = sheet(file, "Rådets anteckningar");
    expect(kept.values[0]?.[0]).toBe("Möte 2026-12-01");
    expect(readdirSync(dir).some((f) => /^p\..*(backup|bak).*\.xlsx$|^p\.backup/.test(f))).toBe(true);
  });

  test("a mapping corrected on Mappning is used by the next run", async () => {
    const dir = workspace();
    const only = ["in/kommunledning-it-lista.xlsx"];
    await run(["consolidate", ...only, "--out", "p.xlsx"], dir);
    const file = path.join(dir, "p.xlsx");
    expect(portfolioRows(file).find((r) => r["Namn"] === "Digitalt bygglov")?.["Behov – vad"]).toBeTruthy();

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Mappning")!;
    let changed = 0;
    ws.eachRow((row) => {
      if (row.getCell(5).value === "Beskrivning") {
        row.getCell(6).value = "Syfte";
        changed++;
      }
    });
    expect(changed).toBe(1);
    await wb.xlsx.writeFile(file);

    await run(["consolidate", ...only, "--out", "p.xlsx"], dir);
    const bygglov = portfolioRows(file).find((r) => r["Namn"] === "Digitalt bygglov");
    expect(bygglov?.["Syfte"]).toBeTruthy();
    expect(bygglov?.["Behov – vad"]).toBeNull();
  });

  test("a förvaltning corrected on Mappning (table Kallor) is used by the next run", async () => {
    const dir = workspace();
    const only = ["in/kommunledning-it-lista.xlsx"];
    await run(["consolidate", ...only, "--out", "p.xlsx"], dir);
    const file = path.join(dir, "p.xlsx");
    expect(portfolioRows(file)[0]?.["Förvaltning"]).toBe("Kommunledningsförvaltningen");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Mappning")!;
    let header: Record<string, number> = {};
    let changed = 0;
    ws.eachRow((row) => {
      row.eachCell((cell, col) => {
        if (cell.value === "Förvaltning" && col >= 12) header = { forvaltning: col, file: col - 1 };
      });
      if (header.file && String(row.getCell(header.file).value ?? "").endsWith("kommunledning-it-lista.xlsx")) {
        row.getCell(header.forvaltning!).value = "Kommunstyrelsens förvaltning";
        changed++;
      }
    });
    expect(changed).toBe(1);
    const portfolio = wb.getWorksheet("Portfölj")!;
    const headers = (portfolio.getRow(4).values as unknown[]).map((v) => String(v ?? ""));
    portfolio.eachRow((row, n) => {
      if (n > 4 && row.getCell(headers.indexOf("Namn")).value === "Digitalt bygglov") row.getCell(headers.indexOf("Rådets beslut")).value = "Avslutas";
    });
    await wb.xlsx.writeFile(file);

    await run(["consolidate", ...only, "--out", "p.xlsx"], dir);
    const rows = portfolioRows(file).filter((r) => r["Initiativ-ID"]);
    // the derived IDs change with the förvaltning; the council's decision follows the initiative
    expect(rows.find((r) => r["Namn"] === "Digitalt bygglov")?.["Rådets beslut"]).toBe("Avslutas");
    expect(rows.map((r) => r["Förvaltning"])).toEqual(Array(5).fill("Kommunstyrelsens förvaltning"));
    expect(rows.filter((r) => r["I senaste underlaget"] !== "Ja")).toEqual([]);
  });

  test("a list reusing another förvaltning's ID after the council decided: every decision stays on its own initiative", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dp-collision-"));
    mkdirSync(path.join(dir, "in"));
    /** A förvaltning's own list, as Excel writes it: a title row naming it, then the list. */
    const list = async (file: string, title: string, rows: [string, string, string][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Projekt 2025");
      ws.addRow([title]);
      ws.addRow([]);
      ws.addRow(["ID", "Projekt", "Status"]);
      for (const r of rows) ws.addRow(r);
      await wb.xlsx.writeFile(path.join(dir, "in", file));
    };
    await list("soc.xlsx", "Socialförvaltningen – digitaliseringsinitiativ 2025", [
      ["2024-01", "E-arkiv", "Pågående"],
      ["2024-02", "Digital signering", "Idé"],
    ]);
    await list("miljo.xlsx", "Miljöförvaltningen – projektlista", [
      ["2024-01", "Tillsyn i mobilen", "Beslutad"],
      ["2024-03", "Sensorer i vattendrag", "Idé"],
    ]);
    const first = await run(["consolidate", "in", "--out", "p.xlsx"], dir);
    expect(first.code).toBe(0);
    const file = path.join(dir, "p.xlsx");
    const idsBefore = Object.fromEntries(portfolioRows(file).filter((r) => r["Namn"]).map((r) => [r["Namn"], r["Initiativ-ID"]]));
    // Both number from 2024-01: told apart from the start; 2024-02 and 2024-03 stay as they are.
    expect(idsBefore).toEqual({
      "E-arkiv": "SOC-2024-01",
      "Digital signering": "2024-02",
      "Tillsyn i mobilen": "MIL-2024-01",
      "Sensorer i vattendrag": "2024-03",
    });

    // The council writes its decisions in Portfölj, as in Excel.
    const decisions: Record<string, string> = {
      "E-arkiv": "Beviljas",
      "Digital signering": "Avslås",
      "Tillsyn i mobilen": "Återremiss",
    };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Portfölj")!;
    const headers = (ws.getRow(4).values as unknown[]).map((v) => String(v ?? ""));
    ws.eachRow((row, n) => {
      const name = String(row.getCell(headers.indexOf("Namn")).value ?? "");
      if (n > 4 && decisions[name]) {
        row.getCell(headers.indexOf("Rådets beslut")).value = decisions[name];
        row.getCell(headers.indexOf("Rådets kommentar")).value = `om ${name}`;
      }
    });
    await wb.xlsx.writeFile(file);

    // A third förvaltning's list arrives, reusing 2024-02 (Socialförvaltningen's) and 2024-01.
    await list("kultur.xlsx", "Kultur- och fritidsförvaltningen", [
      ["2024-02", "Bokningssystem för lokaler", "Idé"],
      ["2024-01", "Digitalt bibliotekskort", "Idé"],
    ]);
    const second = await run(["consolidate", "in", "--out", "p.xlsx", "--report", "r.json"], dir);
    expect(second.code).toBe(0);
    const rows = portfolioRows(file).filter((r) => r["Namn"]);
    const byName = Object.fromEntries(rows.map((r) => [String(r["Namn"]), r]));
    for (const [name, decision] of Object.entries(decisions)) {
      expect(byName[name]).toMatchObject({ "Rådets beslut": decision, "Rådets kommentar": `om ${name}`, "Initiativ-ID": idsBefore[name] });
    }
    expect(byName["Sensorer i vattendrag"]).toMatchObject({ "Initiativ-ID": "2024-03", "Rådets beslut": null });
    expect(byName["Bokningssystem för lokaler"]).toMatchObject({ "Initiativ-ID": "KUL-2024-02", "Rådets beslut": null, "Källans ID": "2024-02" });
    expect(byName["Digitalt bibliotekskort"]).toMatchObject({ "Initiativ-ID": "KUL-2024-01", "Rådets beslut": null, Förvaltning: "Kultur- och fritidsförvaltningen" });
    expect(rows.every((r) => r["I senaste underlaget"] === "Ja")).toBe(true);
    expect(new Set(rows.map((r) => r["Initiativ-ID"])).size).toBe(rows.length);

    // The collisions are on Avvikelser, one per source row, at its ID cell; none is a duplicate.
    const issues = sheet(file, "Avvikelser");
    const issueHeaders = (issues.values[0] ?? []).map(String);
    const shared = issues.values
      .slice(1)
      .map((r) => Object.fromEntries(issueHeaders.map((h, i) => [h, r[i] ?? null])))
      .filter((r) => r["Kod"] === "id_shared_between_forvaltningar");
    expect(shared.map((r) => [String(r["Källfil"]).replace(/^in\//, ""), r["Rad"], r["Kolumn"], r["Initiativ-ID"]]).sort()).toEqual(
      [
        ["kultur.xlsx", 4, "A", "KUL-2024-02"],
        ["kultur.xlsx", 5, "A", "KUL-2024-01"],
        ["miljo.xlsx", 4, "A", "MIL-2024-01"],
        ["soc.xlsx", 4, "A", "SOC-2024-01"],
        ["soc.xlsx", 5, "A", "2024-02"],
      ].sort()
    );
    expect(String(shared.find((r) => r["Initiativ-ID"] === "2024-02")?.["Beskrivning"])).toMatch(/Kultur- och fritidsförvaltningen/);
    const report = JSON.parse(readFileSync(path.join(dir, "r.json"), "utf8"));
    expect(report.issues.filter((i: { code: string }) => i.code === "duplicate_id")).toEqual([]);
    // The lists named their förvaltning in their titles: nothing taken from a file name.
    expect(report.files.map((f: { forvaltningSource: string }) => f.forvaltningSource)).toEqual(["title", "title", "title"]);
    expect(report.issues.filter((i: { code: string }) => i.code === "forvaltning_from_file_name")).toEqual([]);
  });

  test("text that looks like a formula stays text in the portfolio and the report", async () => {
    const dir = workspace();
    const list = new ExcelJS.Workbook();
    const ws = list.addWorksheet("Lista");
    ws.addRow(["Namn", "Status", "Kommentar"]);
    ws.addRow(["=HYPERLINK(\"http://x\",\"klicka\")", "Idé", "+46 70 123"]);
    ws.addRow(["@farlig", "Idé", "-1+1"]);
    ws.addRow(["\tTabb", "Idé", "\rretur"]);
    await list.xlsx.writeFile(path.join(dir, "in", "farlig.xlsx"));
    await run(["consolidate", "in/farlig.xlsx", "--out", "p.xlsx", "--report", "r.json"], dir);
    const xml = new ExcelJS.Workbook();
    await xml.xlsx.readFile(path.join(dir, "p.xlsx"));
    const texts: string[] = [];
    xml.getWorksheet("Portfölj")!.eachRow((row) => row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula && /HYPERLINK|farlig|46 70/.test(String(cell.formula))) texts.push(String(cell.formula));
    }));
    expect(texts).toEqual([]);
    const rows = portfolioRows(path.join(dir, "p.xlsx"));
    expect(rows.map((r) => r["Namn"]).filter(Boolean)).toEqual(expect.arrayContaining(["=HYPERLINK(\"http://x\",\"klicka\")", "@farlig"]));
    const report = JSON.parse(readFileSync(path.join(dir, "r.json"), "utf8"));
    expect(report.initiatives.map((i: { name: string }) => i.name)).toEqual(expect.arrayContaining(["=HYPERLINK(\"http://x\",\"klicka\")", "@farlig"]));
  });
});
