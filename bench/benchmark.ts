/**
 * `npm run bench`: the corpora made deterministically, every measurement, one Markdown report on
 * stdout and in bench/results.md. Not part of the tests: figures vary with the machine and its load.
 *
 *   npm run bench                     every part, 5 runs each
 *   npm run bench -- --runs 3 --only consolidation,domain
 */
import { writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { benchConsolidation, type ConsolidationBenchResult } from "./consolidationBench";
import { CORPORA } from "./corpus";
import { benchDomainInChildren, type DomainBenchRow } from "./domainBench";
import { benchHostile, hostileMarkdown } from "./hostileBench";
import * as officeJs from "./officeJsBench";
import * as pane from "./paneBench";
import { benchRecalc, recalcMarkdown } from "./recalcBench";
import { mib, plain, seconds } from "./stats";

const PARTS = ["consolidation", "domain", "officejs", "pane", "hostile", "recalc"] as const;
type Part = (typeof PARTS)[number];

function options(argv: readonly string[]) {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const runs = Math.max(1, Number(value("--runs") ?? 5));
  const only = value("--only")?.split(",") ?? [...PARTS];
  return { runs, only: new Set(only as Part[]) };
}

const percent = (share: number) => `${Math.round(share * 100)} %`;
const met = (ok: boolean, how: string) => (ok ? `met (${how})` : `**missed** (${how})`);

function consolidationMarkdown(results: readonly ConsolidationBenchResult[]): string {
  const city = results.find((r) => r.files === 30);
  const large = results.find((r) => r.files === 1);
  const lines = [
    "### 1–2. Consolidation end to end, and its floors",
    "",
    "Node, the CLI's own code (`lib/`, reader threads, domain, portfolio written by the streaming writer), one child " +
      "process per run for its peak memory (maxRSS, threads included). In the same iteration, on the same files, " +
      "each in a fresh process of its own as the CLI runs (bench/floorOnce.js; libraries loaded and inputs read " +
      "before the clock, as consolidateOnce.js loads its modules before its clock): " +
      "(a) raw read floor: fflate unzip of the sheet parts + a saxes SAX pass counting cells; (b) the chosen reader, " +
      "SheetJS CE with our lean options and Node's inflate, reading every input and nothing else; (c) the product's " +
      "writer (src/adapters/xlsxFile/write) writing the same portfolio description and nothing else; (d) the floor " +
      "writer (bench/floorWriter.js): the same cells as SpreadsheetML with no workbook library, no styles, tables, " +
      "rules or charts, deflated by Node's zlib and zipped by fflate. Median (min–max).",
    "",
    "| corpus | rows | input | wall time | peak memory | raw floor (a) | reader (b) | writer (c) | floor writer (d) | (c) ÷ (d) | consolidation ÷ (b + d) | (b) ÷ (a) |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...results.map(
      (r) =>
        `| ${r.corpus} | ${r.rows.toLocaleString("en-GB")} | ${(r.bytes / 1024 / 1024).toFixed(1)} MB | ${seconds(r.wallMs)} | ` +
        `${mib(r.peakRssBytes.median)} (${mib(r.peakRssBytes.min)}–${mib(r.peakRssBytes.max)}) | ${seconds(r.rawFloorMs, 3)} | ` +
        `${seconds(r.readerMs, 3)} | ${seconds(r.writerMs)} | ${seconds(r.floorWriterMs)} | ${plain(r.writerOverFloor)} | ` +
        `${plain(r.overReaderFloor)} | ${plain(r.readerOverRaw)} |`
    ),
    "",
    "Each stage's share of the wall time (median). The domain's parts are timed again on the same workbooks after " +
      "the run; the rest of the domain (overlaps, duplicates across files, overview, and the first run's JIT warm-up) " +
      "is what remains.",
    "",
    `| stage | ${results.map((r) => r.corpus).join(" | ")} |`,
    `|---|${results.map(() => "---").join("|")}|`,
    ...Object.keys(results[0]?.shares ?? {}).map(
      (stage) =>
        `| ${stage} | ${results.map((r) => percent(r.shares[stage]!.median)).join(" | ")} |`
    ),
    "",
    "Targets:",
  ];
  if (city) {
    lines.push(
      `- city scale within 1.25 × (reader + floor writer): ${met(city.overReaderFloor.median <= 1.25, `${city.overReaderFloor.median.toFixed(2)} ×`)}`,
      `- city scale peak memory under 512 MiB: ${met(city.peakRssBytes.median < 512 * 1024 ** 2, mib(city.peakRssBytes.median))}`,
      `- chosen reader within 2.5 × the raw floor (city files): ${met(city.readerOverRaw.median <= 2.5, `${city.readerOverRaw.median.toFixed(2)} ×`)}`
    );
  }
  if (large)
    lines.push(
      `- 50,000 rows: the writer within 2 × the floor writer: ${met(large.writerOverFloor.median <= 2, `${large.writerOverFloor.median.toFixed(2)} ×`)}`,
      `- 50,000 rows peak memory under 1 GiB for the whole consolidation: ${met(large.peakRssBytes.median < 1024 ** 3, mib(large.peakRssBytes.median))}`
    );
  return lines.join("\n");
}

function domainMarkdown(rows: readonly DomainBenchRow[]): string {
  const largest = rows[rows.length - 1];
  return [
    "### 3. The domain alone",
    "",
    "A standard list of N rows × 20 columns already in memory (test/builders/openLists.ts): `checkWorkbook` " +
      "(find the list, map headers, read and parse every value, run every rule) and `assessInitiative` for each " +
      "row (economics and weighted score). Each size in a fresh process, after unmeasured runs over 50,000 rows.",
    "",
    "| rows | validate | score + economics | total | ns per row |",
    "|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.rows.toLocaleString("en-GB")} | ${seconds(r.validateMs, 3)} | ${seconds(r.scoreMs, 3)} | ${seconds(r.totalMs, 3)} | ${plain(r.nsPerRow, 0)} |`
    ),
    "",
    largest
      ? `Target: validate + score of 50,000 rows under 0.5 s: ${met(largest.totalMs.median < 500, seconds(largest.totalMs, 2))}.`
      : "",
  ].join("\n");
}

export async function main(argv: readonly string[]): Promise<void> {
  const { runs, only } = options(argv);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const sections: string[] = [];
  const started = Date.now();

  if (only.has("consolidation")) {
    const results: ConsolidationBenchResult[] = [];
    for (const make of [CORPORA.small, CORPORA.city, CORPORA.large]) {
      const corpus = make();
      log(`consolidation: ${corpus.label}`);
      results.push(await benchConsolidation(corpus, runs, log));
    }
    sections.push(consolidationMarkdown(results));
  }
  if (only.has("domain")) {
    log("domain alone");
    sections.push(domainMarkdown(benchDomainInChildren([1_000, 10_000, 50_000], runs)));
  }
  if (only.has("officejs")) {
    log("Office.js adapter on the Excel double");
    sections.push(
      officeJs.toMarkdown(await officeJs.benchOfficeJs({ rows: [1_000, 10_000, 50_000], runs }))
    );
  }
  if (only.has("pane")) {
    log("task pane");
    sections.push(pane.toMarkdown(await pane.benchPane({ runs })));
  }

  if (only.has("hostile")) {
    log("each hostile input alone");
    sections.push(hostileMarkdown(await benchHostile(log)));
  }
  if (only.has("recalc")) sections.push(recalcMarkdown(await benchRecalc(log)));

  const cpus = os.cpus();
  const report = [
    "# Benchmarks",
    "",
    `Machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? "unknown"}), ${mib(os.totalmem())} memory, ` +
      `Node ${process.version}, ${os.type()} ${os.release()}. ${runs} runs per figure; median (min–max). ` +
      `Corpora made by bench/corpus.ts (seeded, no clock). Whole run ${Math.round((Date.now() - started) / 1000)} s. ` +
      "Command: `npm run bench`.",
    "",
    ...sections.flatMap((s) => [s, ""]),
  ].join("\n");
  process.stdout.write(report);
  if (only.size === PARTS.length) writeFileSync(path.join(__dirname, "results.md"), report);
}
