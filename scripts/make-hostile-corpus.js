#!/usr/bin/env node
/**
 * Writes the generated hostile corpus (test/hostile/hostileCorpus.ts, issue 6) to a folder, by
 * default hostile-corpus/ (git-ignored), and prints file, bytes, time to make and title.
 * The files are made by code each time; none is committed.
 *
 *   node scripts/make-hostile-corpus.js [folder] [--only name,name] [--skip-large]
 */
"use strict";

const fs = require("fs");
const path = require("path");

require("../test/support/registerTs");
const { HOSTILE_CASES } = require("../test/hostile/hostileCorpus.ts");

function parseArgs(argv) {
  const options = { dir: "hostile-corpus", only: null, skipLarge: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--skip-large") options.skipLarge = true;
    else if (arg === "--only") options.only = new Set((argv[++i] || "").split(","));
    else if (arg === "--help" || arg === "-h") {
      process.stdout.write(
        "node scripts/make-hostile-corpus.js [folder] [--only file,file] [--skip-large]\n"
      );
      process.exit(0);
    } else options.dir = arg;
  }
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const dir = path.resolve(process.cwd(), options.dir);
  fs.mkdirSync(dir, { recursive: true });
  const cases = HOSTILE_CASES.filter(
    (c) => (!options.only || options.only.has(c.file)) && !(options.skipLarge && c.large)
  );
  const rows = [];
  for (const hostile of cases) {
    const started = process.hrtime.bigint();
    const bytes = await hostile.make();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    fs.writeFileSync(path.join(dir, hostile.file), bytes);
    const expected =
      hostile.expected.outcome === "read" ? "read" : `refused: ${hostile.expected.reason}`;
    rows.push([hostile.file, String(bytes.length), `${Math.round(ms)}`, expected, hostile.title]);
  }
  const header = ["file", "bytes", "ms", "expected", "title"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells
      .map((cell, i) =>
        i === 4 ? cell : i === 1 || i === 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])
      )
      .join("  ");
  process.stdout.write(`${line(header)}\n`);
  for (const row of rows) process.stdout.write(`${line(row)}\n`);
  process.stdout.write(`\n${rows.length} files in ${path.relative(process.cwd(), dir) || "."}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
