/**
 * Lets plain Node (a worker thread, a script) require the TypeScript sources without a build:
 * each .ts file is transpiled on load with the project's TypeScript, types ignored (tsc checks them).
 * Used where ts-jest is not in play: the corpus test's worker and scripts/measure-readers.js.
 */
"use strict";
/* global require */
const fs = require("fs");
const ts = require("typescript");

if (!require.extensions[".ts"]) {
  require.extensions[".ts"] = function compileTypeScript(module, filename) {
    const source = fs.readFileSync(filename, "utf8");
    const { outputText } = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        sourceMap: false,
      },
    });
    module._compile(outputText, filename);
  };
}
