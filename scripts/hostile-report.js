#!/usr/bin/env node
/**
 * Writes docs/hostile-inputs.md: every file of the generated hostile corpus and two ordinary lists
 * consolidated in one CLI run, and what the user saw for each. test/hostile/hostileInputs.test.ts
 * checks the table against the product each time the tests run.
 *
 *   node scripts/hostile-report.js
 */
"use strict";
const fs = require("fs");
const path = require("path");
require("../test/support/registerTs");
const { HOSTILE_CASES } = require("../test/hostile/hostileCorpus.ts");
const run = require("../test/hostile/hostileRun.ts");

const DOC = path.resolve(__dirname, "../docs/hostile-inputs.md");
const START = "<!-- table: scripts/hostile-report.js -->";
const END = "<!-- /table -->";

(async () => {
  const slow = new Set(["hundratusen-rader.xlsx"]);
  const cases = HOSTILE_CASES.filter((c) => !slow.has(c.file));
  const result = await run.consolidateFiles([
    ...(await run.hostileInputs(cases)),
    ...run.exampleInputs(),
  ]);
  const table = run.hostileTable(cases, result);
  const doc = fs.readFileSync(DOC, "utf8");
  const before = doc.slice(0, doc.indexOf(START) + START.length);
  const after = doc.slice(doc.indexOf(END));
  fs.writeFileSync(DOC, `${before}\n${table}\n${after}`);
  fs.rmSync(result.dir, { recursive: true, force: true });
  process.stdout.write(`${table}\n`);
})();
