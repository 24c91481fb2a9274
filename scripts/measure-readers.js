#!/usr/bin/env node
/**
 * Measures how the candidate readers fare on the real-world corpus: SheetJS with our lean options,
 * SheetJS with its defaults, exceljs, and our adapter (readWorkbookBytes: SheetJS lean + format
 * checks + tables). Each reader runs in its own worker thread with a per-file time limit, so a
 * hang or a crash is counted, not suffered.
 *
 *   node scripts/measure-readers.js [--dir ../shared/corpus/real-world] [--timeout 30000] [--details]
 *                                  [--damaged 300 --damaged-timeout 3000]
 *
 * Prints a Markdown table (for src/adapters/xlsxFile/README.md) and, with --details, every file
 * a reader did not read. With --damaged N it also measures N damaged copies of the corpus's
 * .xlsx files (1–20 random bytes overwritten, a third of them also cut short; fixed seed).
 */
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { readFilesInWorker } = require("../test/support/readFilesInWorker");

const READERS = [
  ["sheetjs-lean", "SheetJS CE 0.20.3, lean options (`SHEETJS_READ_OPTIONS`)"],
  ["sheetjs-default", "SheetJS CE 0.20.3, default options"],
  ["exceljs", "exceljs 4.4.0 (`xlsx.load`)"],
  ["adapter", "`readWorkbookBytes`, Node (zlib inflate)"],
  ["adapter-js-inflate", "`readWorkbookBytes`, browser path (SheetJS's JS inflate)"],
];

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function median(values) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summarise(results) {
  const count = (predicate) => results.filter(predicate).length;
  const finished = results.filter(
    (r) => r.status === "read" || r.status === "refused" || r.status === "threw"
  );
  const slowest = finished.reduce((a, b) => (b.ms > (a ? a.ms : -1) ? b : a), null);
  return {
    read: count((r) => r.status === "read" && r.sheets > 0),
    silentlyEmpty: count((r) => r.status === "read" && !(r.sheets > 0)),
    refused: count((r) => r.status === "refused" || r.status === "threw"),
    crashed: count((r) => r.status === "crashed"),
    hung: count((r) => r.status === "hung"),
    totalMs: finished.reduce((sum, r) => sum + r.ms, 0),
    medianMs: median(finished.map((r) => r.ms)),
    slowest: slowest ? `${path.basename(slowest.file)} ${Math.round(slowest.ms)}` : "",
  };
}

function table(rows) {
  const lines = [
    "| reader | read (≥1 sheet) | no error but 0 sheets | refused (threw) | crashed | hung | total ms | median ms | slowest file (ms) | .xlsx/.xlsm read | .xlsx/.xlsm total ms |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const { label, all, onlyOoxml } of rows) {
    lines.push(
      `| ${label} | ${all.read} | ${all.silentlyEmpty} | ${all.refused} | ${all.crashed} | ${all.hung} | ${Math.round(all.totalMs)} | ${all.medianMs.toFixed(1)} | ${all.slowest} | ${onlyOoxml.read} | ${Math.round(onlyOoxml.totalMs)} |`
    );
  }
  return lines.join("\n");
}

const ooxml = (file) => /\.(xlsx|xlsm)$/i.test(file);

async function measure(files, timeoutMs) {
  const rows = [];
  const details = [];
  for (const [reader, label] of READERS) {
    const results = await readFilesInWorker({ reader, files, timeoutMs });
    rows.push({
      label,
      all: summarise(results),
      onlyOoxml: summarise(results.filter((r) => ooxml(r.file))),
    });
    for (const r of results) {
      if (r.status === "read" && r.sheets > 0) continue;
      const what =
        r.status === "read"
          ? "no error, 0 sheets"
          : `${r.status}: ${(r.message || "").split("\n")[0].slice(0, 110)}`;
      details.push(`- ${reader}: ${path.basename(r.file)}: ${what}`);
    }
  }
  return { rows, details };
}

/** Deterministic damaged copies: a small linear congruential generator, so runs compare. */
function damagedCopies(sources, count, dir) {
  let seed = 20240611;
  const next = (n) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const files = [];
  for (let k = 0; k < count; k++) {
    const source = sources[k % sources.length];
    const bytes = Buffer.from(fs.readFileSync(source));
    const edits = 1 + next(20);
    for (let e = 0; e < edits; e++) bytes[next(bytes.length)] = next(256);
    const cut = next(3) === 0 ? next(bytes.length) : bytes.length;
    const file = path.join(dir, `${String(k).padStart(4, "0")}-${path.basename(source)}`);
    fs.writeFileSync(file, bytes.subarray(0, cut));
    files.push(file);
  }
  return files;
}

async function main() {
  const dir = path.resolve(option("--dir", path.join(__dirname, "../../shared/corpus/real-world")));
  const timeoutMs = Number(option("--timeout", "30000"));
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.(xlsx|xlsm|xlsb|xls|ods)$/i.test(f))
    .sort()
    .map((f) => path.join(dir, f));

  console.log(
    `${files.length} files in ${dir} (${files.filter(ooxml).length} .xlsx/.xlsm); per-file limit ${timeoutMs} ms; Node ${process.version}\n`
  );
  const corpus = await measure(files, timeoutMs);
  console.log(table(corpus.rows));
  if (process.argv.includes("--details"))
    console.log(`\nFiles not read:\n${corpus.details.join("\n")}`);

  const damagedCount = Number(option("--damaged", "0"));
  if (damagedCount > 0) {
    const damagedTimeout = Number(option("--damaged-timeout", "3000"));
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "measure-damaged-"));
    try {
      const damaged = damagedCopies(
        files.filter((f) => /\.xlsx$/i.test(f)),
        damagedCount,
        tmp
      );
      console.log(
        `\n${damaged.length} damaged copies of the corpus's .xlsx files; per-file limit ${damagedTimeout} ms\n`
      );
      console.log(table((await measure(damaged, damagedTimeout)).rows));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
