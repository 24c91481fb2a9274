#!/usr/bin/env node
/**
 * What reading formula text costs SheetJS, on the benchmark's workbooks (bench/corpus.ts) and on
 * the portfolio the product writes for the 50,000-row list (shared formulas without cached values,
 * the heaviest formula file the product meets), and what `readWorkbookBytes` costs end to end.
 *
 *   node scripts/measure-formula-read.js [--runs 7]
 *
 * Each figure is the median (min–max) of the runs, read in this process after one unmeasured warm
 * run; the variants alternate within a run so the machine's drift hits them alike.
 */
"use strict";
/* global require, process, console */
require("../test/support/registerTs");
const { performance } = require("node:perf_hooks");
const XLSX = require("@e965/xlsx");
const { useNativeInflate } = require("../src/adapters/xlsxFile/useNativeInflate.ts");
const { SHEETJS_READ_OPTIONS, readWorkbookBytes } = require("../src/adapters/xlsxFile/readXlsx.ts");
const { renderWorkbook } = require("../src/adapters/xlsxFile/write/writeWorkbook.ts");
const { CORPORA } = require("../bench/corpus.ts");
const {
  consolidateWithPrevious,
} = require("../src/domain/consolidation/consolidateWithPrevious.ts");
const { describePortfolio } = require("../src/domain/portfolio/describePortfolio.ts");

useNativeInflate();

const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const fmt = (xs) =>
  `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;

async function portfolioOf(corpus) {
  const inputs = corpus.files.map((f) => ({
    file: f.name,
    workbook: readWorkbookBytes(f.bytes, f.name),
  }));
  const description = describePortfolio(consolidateWithPrevious(inputs, null, "2026-11-22"), {
    generatedAt: "2026-11-22 10:00",
  });
  return { name: "portfolj-50000.xlsx", bytes: await renderWorkbook(description) };
}

function time(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

async function main() {
  const city = CORPORA.city();
  const large = CORPORA.large();
  const portfolio = await portfolioOf(large);
  const sets = [
    { label: city.label, files: city.files },
    { label: large.label, files: large.files },
    {
      label: "portföljen för 50 000 rader (delade formler, inga sparade värden)",
      files: [portfolio],
    },
  ];
  const variants = {
    "SheetJS, lean options (cellFormula off)": (bytes) => XLSX.read(bytes, SHEETJS_READ_OPTIONS),
    "SheetJS, lean options + cellFormula": (bytes) =>
      XLSX.read(bytes, { ...SHEETJS_READ_OPTIONS, cellFormula: true }),
    "readWorkbookBytes (the adapter, as built)": (bytes, name) => readWorkbookBytes(bytes, name),
  };
  for (const set of sets) {
    const bytes = set.files.reduce((n, f) => n + f.bytes.length, 0);
    console.log(`\n${set.label}: ${set.files.length} file(s), ${(bytes / 1e6).toFixed(1)} MB`);
    const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
    for (let run = -1; run < RUNS; run++) {
      for (const [label, read] of Object.entries(variants)) {
        const ms = time(() => set.files.forEach((f) => read(f.bytes, f.name)));
        if (run >= 0) times[label].push(ms);
      }
    }
    const base = median(times["SheetJS, lean options (cellFormula off)"]);
    for (const [label, xs] of Object.entries(times))
      console.log(`  ${label}: ${fmt(xs)}  ×${(median(xs) / base).toFixed(3)}`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
