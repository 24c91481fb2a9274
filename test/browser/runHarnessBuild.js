/**
 * Builds the harness with webpack's Node API, in a Node process of its own: inside jest's module
 * sandbox webpack's plugins cannot load ES modules with import() (copy-webpack-plugin does,
 * "ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG"). Exit 0 when built, else the errors on stderr.
 */
"use strict";
/* global require, process */
const { webpack } = require("webpack");
const harnessConfig = require("./webpack.harness.config.js");

/** `--out DIR` and `--cache DIR`: a build of one's own (the benchmark's), beside .harness-dist/. */
function option(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const config = await harnessConfig();
  const out = option("--out");
  const cache = option("--cache");
  if (out) config.output = { ...config.output, path: out };
  if (cache && config.cache && typeof config.cache === "object")
    config.cache = { ...config.cache, cacheDirectory: cache };
  const compiler = webpack(config);
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
