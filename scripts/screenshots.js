#!/usr/bin/env node
/**
 * npm run screenshots: the task pane's four views, each after its action, at 350 and 500 px, as
 * full-page PNGs in screenshots/. Runs the pane built for the browser test (test/browser/) in
 * Debian's chromium, with the Excel double standing in for Excel.
 */
"use strict";
require("../test/support/registerTs");
const { takeScreenshots } = require("../test/browser/takeScreenshots.ts");

takeScreenshots().then(
  ({ written, failed }) => {
    console.log(`Wrote ${written.length} screenshots:\n  ${written.join("\n  ")}`);
    if (failed.length > 0) {
      console.error(
        `Actions that failed (their views were photographed anyway):\n  ${failed.join("\n  ")}`
      );
      process.exitCode = 1;
    }
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
);
