#!/usr/bin/env node
// `npm run bench`: builds the CLI code the consolidation runs (lib/), then bench/benchmark.ts.
"use strict";
/* global require, process, __dirname */
const { execFileSync } = require("node:child_process");
const path = require("node:path");
execFileSync("npm", ["run", "--silent", "build:cli"], {
  cwd: path.join(__dirname, ".."),
  stdio: "inherit",
});
require("../test/support/registerTs");
require("./benchmark.ts")
  .main(process.argv.slice(2))
  .then(
    () => process.exit(0),
    (error) => {
      process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
      process.exit(1);
    }
  );
