/**
 * One end-to-end consolidation as `digiportfolj consolidate` runs it, from the compiled CLI code in
 * lib/ (as shipped: reader threads load compiled JS), timed by stage, in a process of its own so
 * its peak memory is its own. The domain's time is split into find-and-map, validate and score by
 * timing those pieces again on the same workbooks after the run (not counted in the wall time).
 *
 *   node bench/consolidateOnce.js INPUT_DIR OUT.xlsx   → one JSON line
 */
"use strict";
/* global require, process, __dirname */
const path = require("node:path");
const { readdirSync } = require("node:fs");
const { performance } = require("node:perf_hooks");
const lib = (p) => require(path.join(__dirname, "../lib", p));
const { readFilesInThreads } = lib("adapters/xlsxFile/ThreadedFileReader.js");
const { XlsxFileWorkbook } = lib("adapters/xlsxFile/XlsxFileWorkbook.js");
const { assessInitiative } = lib("domain/assessInitiative.js");
const { checkWorkbook } = lib("domain/checkWorkbook.js");
const { consolidateWithPrevious } = lib("domain/consolidation/consolidateWithPrevious.js");
const { DEFAULT_PARAMETERS } = lib("domain/parameters/Parameters.js");
const { describePortfolio } = lib("domain/portfolio/describePortfolio.js");
const { findInitiativeTables } = lib("domain/sheets/findInitiativeTable.js");

const TODAY = "2026-11-22";

async function consolidateOnce(inputDir, outFile) {
  const files = readdirSync(inputDir)
    .sort()
    .map((name) => ({ name, path: path.join(inputDir, name) }));
  const t0 = performance.now();
  const outcomes = await readFilesInThreads(files);
  const t1 = performance.now();
  const inputs = outcomes.map((o, i) =>
    o.ok
      ? { file: files[i].name, workbook: o.workbook }
      : { file: files[i].name, error: o.error.message, errorEn: o.error.messageEn }
  );
  const consolidation = consolidateWithPrevious(inputs, null, TODAY);
  const t2 = performance.now();
  const description = describePortfolio(consolidation, { generatedAt: "2026-11-22 10:00" });
  const t3 = performance.now();
  await new XlsxFileWorkbook(outFile).update(description);
  const t4 = performance.now();

  const workbooks = outcomes.flatMap((o) => (o.ok ? [o.workbook] : []));
  const f0 = performance.now();
  for (const w of workbooks) findInitiativeTables(w, DEFAULT_PARAMETERS.criteria);
  const f1 = performance.now();
  const checked = workbooks.map((w) =>
    checkWorkbook(w, { today: TODAY, parameters: DEFAULT_PARAMETERS })
  );
  const f2 = performance.now();
  for (const result of checked)
    for (const initiative of result.initiatives) assessInitiative(initiative, DEFAULT_PARAMETERS);
  const f3 = performance.now();

  return {
    wallMs: t4 - t0,
    readMs: t1 - t0,
    domainMs: t2 - t1,
    findMapMs: f1 - f0,
    validateMs: Math.max(0, f2 - f1 - (f1 - f0)),
    scoreMs: f3 - f2,
    describeMs: t3 - t2,
    writeMs: t4 - t3,
    initiatives: consolidation.rows.length,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

const [inputDir, outFile] = process.argv.slice(2);
consolidateOnce(inputDir, outFile).then((timing) => {
  process.stdout.write(`${JSON.stringify(timing)}\n`);
  process.exit(0);
});
