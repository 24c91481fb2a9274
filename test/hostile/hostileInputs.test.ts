/**
 * Issue 6: each hostile or broken input ends as data or as one Swedish sentence naming the file,
 * the same in the CLI's reader threads and in the pane's path (SheetJS's own inflate behind the
 * fflate size check), and one consolidation of them all with two ordinary lists still gives the
 * ordinary lists' portfolio. docs/hostile-inputs.md is checked against what the product says.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import {
  readFilesInThreads,
  type FileReadOutcome,
} from "../../src/adapters/xlsxFile/ThreadedFileReader";
import { partBytes, zipParts } from "../../src/adapters/xlsxFile/packageParts";
import { readFilesInWorker } from "../support/readFilesInWorker";
import { checkWorkbook } from "../../src/domain/checkWorkbook";
import { numberOf } from "../../src/domain/initiative";
import { HOSTILE_CASES, type HostileCase } from "./hostileCorpus";
import { LIST_ROWS } from "./listWorkbooks";
import {
  consolidateFiles,
  exampleInputs,
  hostileInputs,
  hostileTable,
  type ConsolidationRun,
} from "./hostileRun";

const ROOT = path.resolve(__dirname, "../..");
/** Read alone below: a 100,000-row portfolio takes minutes to write, not a test's seconds. */
const SLOW_TO_CONSOLIDATE = new Set(["hundratusen-rader.xlsx"]);
const inRun = HOSTILE_CASES.filter((c) => !SLOW_TO_CONSOLIDATE.has(c.file));

let inputs: { name: string; bytes: Uint8Array }[];
let outcomes: FileReadOutcome[];
beforeAll(async () => {
  inputs = await hostileInputs(HOSTILE_CASES);
  outcomes = await readFilesInThreads(inputs);
}, 120_000);

const outcomeOf = (c: HostileCase) => outcomes[HOSTILE_CASES.indexOf(c)]!;
const summary = (o: FileReadOutcome) => (o.ok ? "read" : o.error.reason);

describe(`the hostile corpus (${HOSTILE_CASES.length} files) through the CLI's reader threads`, () => {
  test.each(HOSTILE_CASES.map((c) => [c.file, c] as const))("%s", (_, c) => {
    const outcome = outcomeOf(c);
    expect(summary(outcome)).toBe(c.expected.outcome === "read" ? "read" : c.expected.reason);
    if (!outcome.ok) {
      expect(outcome.error.message).toContain(`”${c.file}”`);
      expect(outcome.error.messageEn).toContain(`"${c.file}"`);
    }
  });

  test("the 100,000-row list is read whole, and the macro and external links are noticed", () => {
    const big = outcomeOf(HOSTILE_CASES.find((c) => c.file === "hundratusen-rader.xlsx")!);
    expect(big.ok && big.workbook.sheets[0]!.values.length).toBe(100_001);
    const macro = outcomeOf(HOSTILE_CASES.find((c) => c.file === "makro.xlsm")!);
    expect(macro.ok && macro.workbook.notices).toEqual(["macros_ignored"]);
    const links = outcomeOf(HOSTILE_CASES.find((c) => c.file === "externa-lankar.xlsx")!);
    expect(links.ok && links.workbook.notices).toEqual(["external_links"]);
  });
});

describe("values that look different from how they are stored", () => {
  const initiatives = (file: string) => {
    const outcome = outcomeOf(HOSTILE_CASES.find((c) => c.file === file)!);
    if (!outcome.ok) throw new Error(`${file} was not read`);
    return checkWorkbook(outcome.workbook, { today: "2026-11-22" }).initiatives;
  };

  test("amounts stored as text with non-breaking spaces and units are read as kronor", () => {
    expect(initiatives("nbsp-tal.xlsx").map((i) => numberOf(i, "investering"))).toEqual([
      1_234_567, 1_234_567, 12_500, 1_500_000,
    ]);
  });

  test("dates in a 1904 workbook are the dates Excel shows", () => {
    expect(initiatives("datum-1904.xlsx").map((i) => i.values["startdatum"])).toEqual(
      LIST_ROWS.map((row) => ({ kind: "exact", iso: row[5], precision: "day" }))
    );
  });
});

describe("the same files through the pane's path (SheetJS's pure-JS inflate, fflate size check)", () => {
  test("each gives the CLI's answer", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "dp-hostile-js-"));
    try {
      const files = inputs.map((i) => path.join(dir, i.name));
      await Promise.all(inputs.map((i, k) => writeFile(files[k]!, i.bytes)));
      const results = await readFilesInWorker({
        reader: "adapter-js-inflate",
        files,
        timeoutMs: 60_000,
      });
      expect(
        results.map((r) => [
          path.basename(r.file),
          r.status === "read" ? "read" : (r.reason ?? r.status),
        ])
      ).toEqual(HOSTILE_CASES.map((c) => [c.file, summary(outcomeOf(c))]));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe(`one consolidation of ${inRun.length} hostile files and two ordinary lists`, () => {
  let run: ConsolidationRun;
  let alone: ConsolidationRun;
  beforeAll(async () => {
    run = await consolidateFiles([
      ...inputs.filter((i) => !SLOW_TO_CONSOLIDATE.has(i.name)),
      ...exampleInputs(),
    ]);
    alone = await consolidateFiles(exampleInputs());
  }, 180_000);
  afterAll(async () => {
    await rm(run.dir, { recursive: true, force: true });
    await rm(alone.dir, { recursive: true, force: true });
  });

  test("exits 1, names every refused file in its sentence, and reads the rest", () => {
    expect(run.code).toBe(1);
    for (const c of inRun) {
      const file = run.report.files.find((f) => path.basename(f.path) === c.file)!;
      expect(file.status).toBe(c.expected.outcome === "read" ? "ok" : "failed");
      if (file.status === "failed") expect(file.error).toContain(`”${c.file}”`);
      if (file.status === "failed") expect(run.err).toContain(file.error);
    }
  });

  test("the ordinary lists' initiatives are all there, as in a run without the hostile files", () => {
    const ordinary = (r: ConsolidationRun) =>
      r.report.initiatives
        .filter((i) => i.source && !inRun.some((c) => path.basename(i.source!.file) === c.file))
        .map((i) => [i.id, i.name]);
    expect(ordinary(alone).length).toBeGreaterThan(0);
    expect(ordinary(run)).toEqual(ordinary(alone));
  });

  test("every readable hostile list's rows are imported or reported", () => {
    for (const c of inRun.filter(
      (c) => c.expected.outcome === "read" && c.file !== "bara-rubriker.xlsx"
    )) {
      const file = run.report.files.find((f) => path.basename(f.path) === c.file)!;
      expect([c.file, file.rowsImported + file.rowsSkipped.length > 0]).toEqual([c.file, true]);
    }
  });

  test("sources are byte-identical afterwards", () => {
    expect(run.hashesAfter).toEqual(run.hashesBefore);
  });

  test("no source text became a formula, and nothing of /etc/passwd reached the output", () => {
    const parts = partBytes(zipParts(new Uint8Array(readFileSync(path.join(run.dir, "p.xlsx")))));
    const decoder = new TextDecoder();
    let formulas = 0;
    for (const [name, bytes] of parts) {
      const xml = decoder.decode(bytes);
      expect([name, xml.includes("root:x:0:0")]).toEqual([name, false]);
      // A formula's text, or a cell sharing the text of the one above (<f t="shared" si=".."/>).
      for (const [, formula = ""] of xml.matchAll(/<f\b[^>]*?(?:\/>|>([^<]*)<\/f>)/g)) {
        formulas++;
        expect([name, formula]).not.toEqual([
          name,
          expect.stringMatching(/HYPERLINK|cmd\||evil|SUM\(1\)/),
        ]);
      }
    }
    expect(formulas).toBeGreaterThan(100);
    expect(readFileSync(path.join(run.dir, "r.json"), "utf8")).not.toContain("root:x:0:0");
    // The texts themselves are kept, as text.
    expect(run.report.initiatives.map((i) => i.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^=HYPERLINK/)])
    );
  });

  test("what the user is told about macros, links and hidden content", () => {
    const told = (file: string) =>
      run.report.issues.filter((i) => i.file?.endsWith(file)).map((i) => i.code);
    expect(told("makro.xlsm")).toContain("macros_ignored");
    expect(told("externa-lankar.xlsx")).toContain("external_links");
    expect(told("dolda.xlsx")).toEqual(
      expect.arrayContaining(["hidden_rows", "hidden_columns", "hidden_sheet"])
    );
    expect(told("formelfel.xlsx")).toContain("cell_error");
  });

  test("docs/hostile-inputs.md shows what this run shows", () => {
    const docs = readFileSync(path.join(ROOT, "docs/hostile-inputs.md"), "utf8");
    const lines = hostileTable(inRun, run)
      .split("\n")
      .filter((l) => l.startsWith("| `"));
    for (const line of lines) expect(docs).toContain(line);
    expect(docs).toContain(hostileTable(inRun, run).split("\n").pop()!);
  });
});
