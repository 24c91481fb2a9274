/**
 * One floor measured in a fresh process, as bench/consolidateOnce.js measures the consolidation:
 * both then pay the same start-up and the same not-yet-compiled library code.
 *
 *   node bench/floorOnce.js raw|reader INPUT_DIR        → {"ms": …}
 *   node bench/floorOnce.js writer DESCRIPTION.json     → {"ms": …}   the product's writer alone
 *   node bench/floorOnce.js floor DESCRIPTION.json      → {"ms": …}   the floor writer (floorWriter.js)
 *
 * Files are read from disk, the description parsed and the libraries loaded before the clock
 * starts (consolidateOnce.js loads its modules before its clock too).
 */
"use strict";
/* global require, process, __dirname */
const path = require("node:path");
const { readdirSync, readFileSync } = require("node:fs");
const { performance } = require("node:perf_hooks");
const lib = (p) => require(path.join(__dirname, "../lib", p));

const isSheetPart = (name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name);

function inputs(dir) {
  return readdirSync(dir)
    .sort()
    .map((name) => new Uint8Array(readFileSync(path.join(dir, name))));
}

const { unzipSync } = require("fflate");
const { SaxesParser } = require("saxes");
const XLSX = require("@e965/xlsx");
lib("adapters/xlsxFile/useNativeInflate.js").useNativeInflate();
const { SHEETJS_READ_OPTIONS } = lib("adapters/xlsxFile/readXlsx.js");
const { renderWorkbook } = lib("adapters/xlsxFile/write/writeWorkbook.js");
const { writeFloor } = require("./floorWriter.js");

/** (a) unzip the sheet parts and shared strings, a SAX pass counting cells. */
function raw(files) {
  const decoder = new TextDecoder();
  let cells = 0;
  for (const bytes of files) {
    const parts = unzipSync(bytes, {
      filter: (entry) => isSheetPart(entry.name) || entry.name === "xl/sharedStrings.xml",
    });
    for (const [name, part] of Object.entries(parts)) {
      const parser = new SaxesParser();
      if (isSheetPart(name))
        parser.on("opentag", (tag) => {
          if (tag.name === "c") cells++;
        });
      parser.write(decoder.decode(part)).close();
    }
  }
  return cells;
}

/** (b) SheetJS with the product's lean options and native inflate, nothing else. */
function reader(files) {
  let sheets = 0;
  for (const bytes of files) sheets += XLSX.read(bytes, SHEETJS_READ_OPTIONS).SheetNames.length;
  return sheets;
}

/** (c) the product's streaming writer, nothing else. */
async function writer(description) {
  return (await renderWorkbook(description)).length;
}

async function main([kind, source]) {
  const work =
    kind === "writer" || kind === "floor"
      ? (
          (d) => () =>
            kind === "writer" ? writer(d) : writeFloor(d).length
        )(JSON.parse(readFileSync(source, "utf8")))
      : ((files) => () => (kind === "raw" ? raw(files) : reader(files)))(inputs(source));
  const t0 = performance.now();
  const result = await work();
  return { ms: performance.now() - t0, result };
}

main(process.argv.slice(2)).then((out) => {
  process.stdout.write(`${JSON.stringify(out)}\n`);
  process.exit(0);
});
