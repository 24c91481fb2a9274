/**
 * Builds the harness with webpack's Node API, in a Node process of its own: inside jest's module
 * sandbox webpack's plugins cannot load ES modules with import() (copy-webpack-plugin does,
 * "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG"). Exit 0 when built, else the errors on stderr.
 */
"use strict";
/* global require, process */
const { webpack } = require("webpack");
const harnessConfig = require("./webpack.harness.config.js");

async function main() {
  const compiler = webpack(await harnessConfig());
  const stats = await new Promise((resolve, reject) =>
    compiler.run((error, result) => (error ? reject(error) : resolve(result)))
  );
  await new Promise((resolve) => compiler.close(resolve));
  if (stats.hasErrors()) {
    process.stderr.write(stats.toString({ all: false, errors: true, moduleTrace: false }) + "\n");
    process.exitCode = 1;
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
