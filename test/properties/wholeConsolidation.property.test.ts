/**
 * Invariants of the whole consolidation, end to end: random förvaltning lists of random shapes
 * are written as real .xlsx files, consolidated by the CLI in-process (reader threads, domain,
 * writer) and the portfolio is read back. The domain-level properties
 * (test/domain/consolidation/consolidate.property.test.ts) hold for port data; these hold for files.
 *
 * A CLI run starts reader threads that load the TypeScript sources (about a second each), so runs
 * are few. Every property draws the same cases (one arbitrary, one seed); the first run of a case
 * is shared between the properties that only look at it, and b, b' and e add one run of their own.
 */
import { grid, workbook } from "../builders/grids";
import type { ConsolidationReport } from "../../src/cli/consolidationReport";
import fc from "fast-check";
import * as XLSX from "@e965/xlsx";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { partBytes, writeZip, zipParts } from "../../src/adapters/xlsxFile/packageParts";
import { readWorkbookBytes } from "../../src/adapters/xlsxFile/readXlsx";
import { DEFAULT_READ_LIMITS } from "../../src/adapters/xlsxFile/ReadLimits";
import type { CliIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import type { CellValue, SheetGrid, WorkbookData } from "../../src/domain/ports/WorkbookPort";
import { randomList, type RandomList } from "../builders/randomLists";
import { writeGridWorkbook } from "../builders/writeGridWorkbook";

const IDAG = "2026-11-22";
/** DP_WHOLE_SEED draws other cases (by hand; CI keeps the fixed seed). */
const SEED = Number(process.env["DP_WHOLE_SEED"] ?? 20261122) || 20261122;
/**
 * Cases per property; a, c and d share their runs, b, the rebuild and e add one run per case:
 * 37 CLI runs in all (about 1–1.5 s each on two cores). DP_WHOLE_SCALE=4 (say) runs four times
 * as many cases, for a deeper look by hand.
 */
const SCALE = Math.max(1, Number(process.env["DP_WHOLE_SCALE"] ?? 1) || 1);
const RUNS = {
  roundTrip: 40 * SCALE,
  a: 15 * SCALE,
  b: 6 * SCALE,
  rebuild: 6 * SCALE,
  c: 15 * SCALE,
  d: 15 * SCALE,
  e: 8 * SCALE,
};
const HEADER_ROW = 4;
const CORPUS = path.resolve(__dirname, "../../../shared/corpus/real-world");

// ---------------------------------------------------------------------------------------------
// Cases

/** Source text that a spreadsheet would take for a formula if it were written carelessly. */
const MARKER_SHAPES: readonly ((id: string) => string)[] = [
  (id) => `=HYPERLINK("http://x","${id}")`,
  (id) => `+${id}`,
  (id) => `@${id}`,
  (id) => `-${id}`,
  (id) => `=SUM(1,2)&"${id}"`,
  (id) => `=cmd|' /C calc'!A0 ${id}`,
];

type BrokenKind = "truncated" | "encrypted" | "legacy" | "text" | "empty" | "otherZip";

interface CaseInput {
  readonly lists: readonly RandomList[];
  readonly markers: readonly {
    file: number;
    row: number;
    col: number;
    shape: number;
    inName: boolean;
  }[];
  readonly hiddenRows: readonly { file: number; row: number }[];
  readonly hideListSheet: readonly boolean[];
  readonly broken: { kind: BrokenKind; cut: number; at: number };
}

const caseArbitrary: fc.Arbitrary<CaseInput> = fc.record({
  lists: fc.array(randomList("x"), { minLength: 1, maxLength: 3 }),
  markers: fc.array(
    fc.record({
      file: fc.nat(),
      row: fc.nat(),
      col: fc.nat(),
      shape: fc.nat(MARKER_SHAPES.length - 1),
      inName: fc.boolean(),
    }),
    { minLength: 1, maxLength: 6 }
  ),
  hiddenRows: fc.array(fc.record({ file: fc.nat(), row: fc.nat() }), { maxLength: 3 }),
  hideListSheet: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  broken: fc.record({
    kind: fc.constantFrom<BrokenKind>(
      "truncated",
      "encrypted",
      "legacy",
      "text",
      "empty",
      "otherZip"
    ),
    cut: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
    at: fc.nat(),
  }),
});

interface PlacedMarker {
  readonly text: string;
  readonly id: string;
  readonly file: number;
  /** Sheet row (1-based) of the cell. */
  readonly row: number;
  /** Column in the grid (0 is the name column). */
  readonly col: number;
  readonly inName: boolean;
}

interface PreparedFile {
  readonly workbook: WorkbookData;
  readonly rowsWithContent: number;
}

const hasContent = (row: readonly CellValue[]): boolean =>
  row.some((c) => c !== null && String(typeof c === "object" ? c.error : c).trim() !== "");

/**
 * The lists with markers put into cells of rows that already have content (so the number of rows
 * with content stays what randomList counted), some rows hidden, sometimes the list's sheet hidden.
 */
function prepare(input: CaseInput): { files: PreparedFile[]; markers: PlacedMarker[] } {
  const markers: PlacedMarker[] = [];
  const files = input.lists.map((list, f) => {
    const sheets = list.workbook.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) }));
    const index = sheets.findIndex((s) => s.name === "Initiativ");
    const sheet = sheets[index]!;
    // The header is the first row whose first cell is not the title (title rows below it are blank).
    const header = sheet.values.findIndex(
      (r) => r[0] !== null && r[0] !== "Digitaliseringsinitiativ 2026"
    );
    const candidates = sheet.values
      .map((r, i) => (i > header && hasContent(r) ? i : -1))
      .filter((i) => i >= 0);
    input.markers.forEach((m, n) => {
      if (m.file % input.lists.length !== f || candidates.length === 0) return;
      const r = candidates[m.row % candidates.length]!;
      const width = sheet.values[r]!.length;
      const col = m.inName ? 0 : 1 + (m.col % Math.max(1, width - 1));
      const id = `DPMARK${n}Z`;
      const text = MARKER_SHAPES[m.shape]!(id);
      if (markers.some((p) => p.file === f && p.row === sheet.top + r && p.col === col)) return; // one per cell
      sheet.values[r]![col] = text;
      markers.push({ text, id, file: f, row: sheet.top + r, col, inName: col === 0 });
    });
    // Only rows with a cell can be hidden in the file (exceljs leaves empty rows out).
    const withCells = sheet.values
      .map((r, i) => (i > header && r.some((c) => c !== null) ? i : -1))
      .filter((i) => i >= 0);
    const hidden = input.hiddenRows
      .filter((h) => h.file % input.lists.length === f && withCells.length > 0)
      .map((h) => sheet.top + withCells[h.row % withCells.length]!);
    const hideSheet = sheets.length > 1 && (input.hideListSheet[f] ?? false);
    const grid: SheetGrid = {
      ...sheet,
      visibility: hideSheet ? "hidden" : "visible",
      ...(hidden.length ? { hiddenRows: [...new Set(hidden)].sort((a, b) => a - b) } : {}),
    };
    sheets[index] = grid;
    return { workbook: { ...list.workbook, sheets }, rowsWithContent: list.rowsWithContent };
  });
  return { files, markers };
}

// ---------------------------------------------------------------------------------------------
// Files and runs

const sha = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

const CFB = XLSX.CFB as {
  utils: {
    cfb_new(): unknown;
    cfb_add(container: unknown, path: string, content: Uint8Array): void;
  };
  write(container: unknown, options: { type: "array" }): number[] | Uint8Array;
};

function brokenBytes(kind: BrokenKind, cut: number, sample: Uint8Array): Uint8Array {
  const text = (s: string) => new TextEncoder().encode(s);
  switch (kind) {
    case "truncated":
      // Cut before the end-of-central-directory record, as an interrupted copy would.
      return sample.subarray(0, Math.min(sample.length - 23, Math.floor(sample.length * cut)));
    case "encrypted": {
      const c = CFB.utils.cfb_new();
      CFB.utils.cfb_add(c, "EncryptionInfo", text("\u0004\u0000\u0004\u0000"));
      CFB.utils.cfb_add(c, "EncryptedPackage", new Uint8Array(4096).fill(7));
      return Uint8Array.from(CFB.write(c, { type: "array" }));
    }
    case "legacy":
      return new Uint8Array(readFileSync(path.join(CORPUS, "AutoFilter.xls")));
    case "text":
      return text("Namn;Status;Budget\nDigitalt bygglov;Pågår;100000\n");
    case "empty":
      return new Uint8Array(0);
    case "otherZip":
      return writeZip(new Map([["word/document.xml", text("<w:document/>")]]));
  }
}

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly report: ConsolidationReport;
  readonly outputBytes: Uint8Array;
  readonly output: WorkbookData;
}

interface Workspace {
  readonly dir: string;
  /** Relative to dir, as passed to the CLI. */
  readonly files: readonly string[];
  readonly prepared: ReturnType<typeof prepare>;
  readonly hashes: readonly string[];
  readonly inListing: readonly string[];
  readonly base: Run;
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function runCli(
  dir: string,
  inputs: readonly string[],
  out: string,
  report: string
): Promise<Run> {
  const outLines: string[] = [];
  const errLines: string[] = [];
  const io: CliIo = { out: (l) => outLines.push(l), err: (l) => errLines.push(l), cwd: dir };
  const code = await main(
    ["consolidate", ...inputs, "--out", out, "--report", report, "--idag", IDAG],
    io
  );
  if (code === 2) throw new Error(`exit 2: ${errLines.join("\n")}`);
  const outputBytes = new Uint8Array(readFileSync(path.join(dir, out)));
  return {
    code,
    out: outLines.join("\n"),
    err: errLines.join("\n"),
    report: JSON.parse(readFileSync(path.join(dir, report), "utf8")) as ConsolidationReport,
    outputBytes,
    // The portfolio's formulas are compared as written; working them out would only cost time.
    output: readWorkbookBytes(outputBytes, out, DEFAULT_READ_LIMITS, { workOutFormulas: false }),
  };
}

/** The first run of a case, shared by the properties (same arbitrary and seed → same cases). */
const workspaces = new Map<string, Promise<Workspace>>();
let cliRuns = 0;

function workspace(input: CaseInput): Promise<Workspace> {
  const key = JSON.stringify(input);
  let ws = workspaces.get(key);
  if (!ws) {
    ws = (async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "dp-whole-"));
      dirs.push(dir);
      mkdirSync(path.join(dir, "in"));
      const prepared = prepare(input);
      const files: string[] = [];
      const hashes: string[] = [];
      for (const [i, file] of prepared.files.entries()) {
        const bytes = await writeGridWorkbook(file.workbook);
        const rel = `in/forv-${i}.xlsx`;
        writeFileSync(path.join(dir, rel), bytes);
        files.push(rel);
        hashes.push(sha(bytes));
      }
      const inListing = readdirSync(path.join(dir, "in")).sort();
      cliRuns++;
      const base = await runCli(dir, files, "p.xlsx", "r.json");
      return { dir, files, prepared, hashes, inListing, base };
    })();
    workspaces.set(key, ws);
  }
  return ws;
}

// ---------------------------------------------------------------------------------------------
// Reading the output

const sheetOf = (wb: WorkbookData, name: string): SheetGrid => {
  const sheet = wb.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No sheet ${name} in ${wb.name}`);
  return sheet;
};

/** Portfölj's table rows as records by header, only the rows with anything in them. */
function portfolioRows(wb: WorkbookData): Record<string, CellValue>[] {
  const s = sheetOf(wb, "Portfölj");
  const headers = (s.values[HEADER_ROW - s.top] ?? []).map((h) => String(h ?? ""));
  return s.values
    .slice(HEADER_ROW - s.top + 1)
    .filter(hasContent)
    .map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i] ?? null])));
}

const TIMESTAMP = /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/g;

/** A difference the caller knows about: sheet, the column's header, the row, the two values. */
type Tolerated = (
  sheet: SheetGrid,
  header: CellValue,
  row: readonly CellValue[],
  a: CellValue,
  b: CellValue
) => boolean;

/**
 * Cells that differ between two outputs; those that differ only by a timestamp, and those the
 * caller tolerates, apart.
 */
function compareOutputs(
  a: WorkbookData,
  b: WorkbookData,
  tolerated: Tolerated = () => false
): { timestamps: string[]; tolerated: string[]; differences: string[] } {
  const timestamps: string[] = [];
  const toleratedCells: string[] = [];
  const differences: string[] = [];
  const names = (wb: WorkbookData) => wb.sheets.map((s) => s.name);
  if (JSON.stringify(names(a)) !== JSON.stringify(names(b)))
    differences.push(`sheets ${names(a).join(",")} ≠ ${names(b).join(",")}`);
  for (const sa of a.sheets) {
    const sb = b.sheets.find((s) => s.name === sa.name);
    if (!sb) continue;
    if (sa.top !== sb.top || sa.left !== sb.left) differences.push(`${sa.name}: used range moved`);
    const rows = Math.max(sa.values.length, sb.values.length);
    for (let r = 0; r < rows; r++) {
      const ra = sa.values[r] ?? [];
      const rb = sb.values[r] ?? [];
      for (let c = 0; c < Math.max(ra.length, rb.length); c++) {
        const va = ra[c] ?? null;
        const vb = rb[c] ?? null;
        if (JSON.stringify(va) === JSON.stringify(vb)) continue;
        const at = `${sa.name}!R${sa.top + r}C${sa.left + c}`;
        if (
          typeof va === "string" &&
          typeof vb === "string" &&
          va.replace(TIMESTAMP, "·") === vb.replace(TIMESTAMP, "·")
        )
          timestamps.push(at);
        else if (tolerated(sa, sa.values[0]?.[c] ?? null, ra, va, vb)) toleratedCells.push(at);
        else differences.push(`${at}: ${JSON.stringify(va)} ≠ ${JSON.stringify(vb)}`);
      }
    }
  }
  return { timestamps, tolerated: toleratedCells, differences };
}

const decoder = new TextDecoder();
const xmlText = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");

/** Every part of the output package as text. */
function packageText(bytes: Uint8Array): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [name, content] of partBytes(zipParts(bytes)))
    texts.set(name, decoder.decode(content));
  return texts;
}

// ---------------------------------------------------------------------------------------------

const ran = (n: number) => `(${n} cases)`;

/** Non-empty cells by absolute position, so grids with other used ranges compare. */
function cellsOf(sheet: SheetGrid): Record<string, CellValue> {
  const cells: Record<string, CellValue> = {};
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) cells[`R${sheet.top + r}C${sheet.left + c}`] = v;
    })
  );
  return cells;
}

describe("whole consolidation, through files, reader threads, CLI and writer", () => {
  test(`the test's own files read back as the lists they were made from ${ran(RUNS.roundTrip)}`, async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (input) => {
        for (const file of prepare(input).files) {
          const back = readWorkbookBytes(await writeGridWorkbook(file.workbook), "x.xlsx");
          expect(back.sheets.map((s) => [s.name, s.visibility])).toEqual(
            file.workbook.sheets.map((s) => [s.name, s.visibility])
          );
          back.sheets.forEach((sheet, i) => {
            const original = file.workbook.sheets[i]!;
            expect(cellsOf(sheet)).toEqual(cellsOf(original));
            expect(sheet.hiddenRows ?? []).toEqual(original.hiddenRows ?? []);
          });
        }
      }),
      { numRuns: RUNS.roundTrip, seed: SEED }
    );
  });

  test(`a. every row with content is imported or reported; Portfölj has exactly the imported rows ${ran(RUNS.a)}`, async () => {
    const seen = {
      workbooks: 0,
      rowsWithContent: 0,
      imported: 0,
      skipped: 0,
      hiddenRows: 0,
      hiddenSheets: 0,
    };
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (input) => {
        const { files, prepared, base } = await workspace(input);
        expect(base.code).toBe(0);
        let imported = 0;
        files.forEach((file, i) => {
          const entry = base.report.files.find((f) => f.path === file);
          expect(entry).toMatchObject({ status: "ok" });
          expect(entry!.rowsImported + entry!.rowsSkipped.length).toBe(
            prepared.files[i]!.rowsWithContent
          );
          imported += entry!.rowsImported;
          const list = prepared.files[i]!.workbook.sheets.find((s) => s.name === "Initiativ")!;
          seen.workbooks++;
          seen.rowsWithContent += prepared.files[i]!.rowsWithContent;
          seen.imported += entry!.rowsImported;
          seen.skipped += entry!.rowsSkipped.length;
          seen.hiddenRows += list.hiddenRows?.length ?? 0;
          seen.hiddenSheets += list.visibility === "visible" ? 0 : 1;
        });
        const rows = portfolioRows(base.output);
        expect(rows).toHaveLength(imported);
        expect(
          rows.every((r) => typeof r["Initiativ-ID"] === "string" && /\S/.test(r["Initiativ-ID"]))
        ).toBe(true);
        expect(base.report.initiatives).toHaveLength(imported);
        // The same rows: each Portfölj row is a source row the report names, and the other way round.
        const key = (file: unknown, row: unknown) => `${String(file)}#${String(row)}`;
        expect(rows.map((r) => key(r["Källfil"], r["Källrad"])).sort()).toEqual(
          base.report.initiatives.map((i) => key(i.source?.file, i.source?.row)).sort()
        );
      }),
      { numRuns: RUNS.a, seed: SEED }
    );
    console.log(`a: ${JSON.stringify(seen)}`);
    expect(seen.imported).toBeGreaterThan(RUNS.a);
    expect(seen.skipped).toBeGreaterThan(0);
  });

  test(`b. running twice gives the same portfolio and report, apart from one timestamp ${ran(RUNS.b)}`, async () => {
    const timestampCells = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (input) => {
        const { dir, files, base } = await workspace(input);
        cliRuns++;
        const again = await runCli(dir, files, "p2.xlsx", "r2.json");
        expect(again.code).toBe(base.code);
        const { timestamps, differences } = compareOutputs(base.output, again.output);
        expect(differences).toEqual([]);
        expect(timestamps.length).toBeLessThanOrEqual(1);
        for (const cell of timestamps)
          timestampCells.set(cell, (timestampCells.get(cell) ?? 0) + 1);
        expect(again.report).toEqual(base.report);
        // Formulas, styles, validations and tables too: every part the same but for the time.
        const partsOf = (bytes: Uint8Array) =>
          [...packageText(bytes)]
            .filter(([name]) => name !== "docProps/core.xml")
            .map(([name, xml]) => [name, xml.replace(TIMESTAMP, "·")]);
        expect(partsOf(again.outputBytes)).toEqual(partsOf(base.outputBytes));
      }),
      { numRuns: RUNS.b, seed: SEED }
    );
    // The first run is shared with a and ran earlier, so the minute usually differs.
    console.log(
      `b: cells that differed only by their timestamp: ${JSON.stringify(Object.fromEntries(timestampCells))}`
    );
  });

  test(`b'. rebuilding over the previous portfolio gives the same portfolio and report ${ran(RUNS.rebuild)}`, async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (input) => {
        const { dir, files, base } = await workspace(input);
        cliRuns++;
        // The first run's portfolio becomes the previous one (base keeps its bytes in memory).
        const again = await runCli(dir, files, "p.xlsx", "r3.json");
        expect(again.code).toBe(base.code);
        expect(again.out).toMatch(/backup/);
        const { timestamps, differences } = compareOutputs(base.output, again.output);
        expect(differences).toEqual([]);
        expect(timestamps.length).toBeLessThanOrEqual(1);
        expect(again.report).toEqual(base.report);
      }),
      { numRuns: RUNS.rebuild, seed: SEED }
    );
  });

  /**
   * Reading Mappning back takes every row as the strategist's correction; a confirmed
   * "(används inte)" for a header no field's words match keeps Säkerhet 0 %, so a rebuild over an
   * unchanged Mappning gives the same mapping.
   */
  test("a rebuild keeps an unused column's Säkerhet on Mappning (0 %, not 100 %)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dp-whole-"));
    dirs.push(dir);
    mkdirSync(path.join(dir, "in"));
    const list = workbook("forv.xlsx", [
      grid("Initiativ", [
        ["Namn", "Färg på pärmen"],
        ["E-arkiv", "blå"],
      ]),
    ]);
    writeFileSync(path.join(dir, "in/forv.xlsx"), await writeGridWorkbook(list));
    cliRuns += 2;
    const first = await runCli(dir, ["in/forv.xlsx"], "p.xlsx", "r.json");
    const rebuilt = await runCli(dir, ["in/forv.xlsx"], "p.xlsx", "r2.json");
    const confidence = (wb: WorkbookData) => {
      const m = sheetOf(wb, "Mappning");
      const col = (h: string) => m.values[0]!.indexOf(h);
      return m.values.find((r) => r[col("Rubrik i källan")] === "Färg på pärmen")?.[
        col("Säkerhet")
      ];
    };
    expect(confidence(first.output)).toBe(0);
    expect(confidence(rebuilt.output)).toBe(0);
  });

  test(`c. sources are byte-identical afterwards, and nothing is written beside them ${ran(RUNS.c)}`, async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (input) => {
        const { dir, files, hashes, inListing } = await workspace(input);
        files.forEach((file, i) => expect(sha(readFileSync(path.join(dir, file)))).toBe(hashes[i]));
        expect(readdirSync(path.join(dir, "in")).sort()).toEqual(inListing);
      }),
      { numRuns: RUNS.c, seed: SEED }
    );
  });

  test(`d. no source text becomes a formula; "=…", "+…", "-…", "@…" stay text in the portfolio and the report ${ran(RUNS.d)}`, async () => {
    let shown = 0;
    let placed = 0;
    let formulas = 0;
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (input) => {
        const { files, prepared, base } = await workspace(input);
        const parts = packageText(base.outputBytes);
        placed += prepared.markers.length;
        for (const [name, xml] of parts) {
          // No formula anywhere mentions a marker …
          for (const [, formula = ""] of xml.matchAll(
            /<(?:\w+:)?f\b[^>]*>([\s\S]*?)<\/(?:\w+:)?f>/g
          )) {
            formulas++;
            expect({ part: name, formula }).not.toEqual({
              part: name,
              formula: expect.stringContaining("DPMARK"),
            });
          }
          // … nor any other place than cell text (data validation, defined name, cached value).
          const outsideText = xml.replace(/<(\w+:)?t\b[^>]*>[\s\S]*?<\/(\w+:)?t>/g, "");
          expect({ part: name, hasMarker: outsideText.includes("DPMARK") }).toEqual({
            part: name,
            hasMarker: false,
          });
        }
        const cellTexts = new Set<string>();
        for (const xml of parts.values())
          for (const [, t] of xml.matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g))
            cellTexts.add(xmlText(t!));
        const portfolio = portfolioRows(base.output);
        for (const marker of prepared.markers.filter((m) => m.inName)) {
          const initiative = base.report.initiatives.find(
            (i) => i.source?.file === files[marker.file] && i.source.row === marker.row
          );
          if (!initiative) continue; // the row was reported as skipped (e.g. still a repeated header)
          shown++;
          expect(initiative.name).toBe(marker.text);
          expect(cellTexts.has(marker.text)).toBe(true);
          const row = portfolio.find(
            (r) => r["Källfil"] === files[marker.file] && r["Källrad"] === marker.row
          );
          expect(row?.["Namn"]).toBe(marker.text);
        }
        // The report keeps every marker it mentions as text, never as a number or a cut-off value.
        const json = JSON.stringify(base.report);
        for (const marker of prepared.markers)
          if (json.includes(marker.id))
            expect(json).toContain(JSON.stringify(marker.text).slice(1, -1));
      }),
      { numRuns: RUNS.d, seed: SEED }
    );
    console.log(
      `d: ${placed} markers placed, ${shown} reached Portfölj as an initiative's name; ${formulas} formulas checked`
    );
    expect(formulas).toBeGreaterThan(0);
    // Not vacuous: markers did reach the portfolio as names.
    expect(placed).toBeGreaterThan(RUNS.d);
    expect(shown).toBeGreaterThan(RUNS.d / 2);
  });

  test(`e. a failure in one file never loses the other files' rows ${ran(RUNS.e)}`, async () => {
    const kinds = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (input) => {
        const { dir, files, base } = await workspace(input);
        const brokenDir = path.join(dir, "trasiga");
        mkdirSync(brokenDir, { recursive: true });
        const sample = new Uint8Array(readFileSync(path.join(dir, files[0]!)));
        writeFileSync(
          path.join(brokenDir, "trasig.xlsx"),
          brokenBytes(input.broken.kind, input.broken.cut, sample)
        );
        kinds.set(input.broken.kind, (kinds.get(input.broken.kind) ?? 0) + 1);
        const inputs = [...files];
        inputs.splice(input.broken.at % (files.length + 1), 0, "trasiga/trasig.xlsx");
        cliRuns++;
        const run = await runCli(dir, inputs, "pe.xlsx", "re.json");
        expect(run.code).toBe(1);
        const failed = run.report.files.find((f) => f.path === "trasiga/trasig.xlsx");
        expect(failed).toMatchObject({ status: "failed", rowsImported: 0 });
        expect(failed?.error).toContain("”trasig.xlsx”");
        expect(run.out).toContain("trasig.xlsx");
        // The other files: same report entries, same initiatives, same Portfölj rows.
        expect(run.report.files.filter((f) => f !== failed)).toEqual(base.report.files);
        expect(run.report.initiatives).toEqual(base.report.initiatives);
        const ids = (wb: WorkbookData) =>
          portfolioRows(wb).map((r) => [r["Initiativ-ID"], r["Namn"]]);
        expect(ids(run.output)).toEqual(ids(base.output));
        expect(portfolioRows(run.output)).toEqual(portfolioRows(base.output));
      }),
      { numRuns: RUNS.e, seed: SEED }
    );
    console.log(`e: broken inputs by kind ${JSON.stringify(Object.fromEntries(kinds))}`);
  });

  afterAll(() => {
    console.log(`whole consolidation: ${workspaces.size} cases, ${cliRuns} CLI runs`);
  });
});
