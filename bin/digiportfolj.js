#!/usr/bin/env node
"use strict";
// The CLI is compiled from src/cli by `npm run build:cli` (run automatically by `npm install`).
let main;
try {
  ({ main } = require("../lib/cli/main.js"));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND") {
    process.stderr.write("digiportfolj: kör först `npm install` (eller `npm run build:cli`) i projektmappen.\n");
    process.exit(2);
  }
  throw error;
}
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`digiportfolj: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
