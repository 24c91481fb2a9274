/**
 * Worker thread for readFilesInWorker: reads files one by one with the named reader and reports
 * each, announcing a file before it starts so the parent can time it out (a hang in synchronous
 * parsing cannot be interrupted from inside the thread that runs it).
 */
"use strict";
/* global require, Buffer */
const { parentPort, workerData } = require("node:worker_threads");
const { readFileSync } = require("node:fs");
const path = require("node:path");
const { performance } = require("node:perf_hooks");

require("./registerTs");

function makeReader(name) {
  switch (name) {
    case "adapter":
    case "adapter-js-inflate": {
      // "adapter" is the Node adapter (native zlib); "adapter-js-inflate" is what a browser runs.
      if (name === "adapter")
        require("../../src/adapters/xlsxFile/useNativeInflate.ts").useNativeInflate();
      const { readWorkbookBytes } = require("../../src/adapters/xlsxFile/readXlsx.ts");
      const { WorkbookReadError } = require("../../src/adapters/xlsxFile/WorkbookReadError.ts");
      return {
        read: (bytes, file) => ({
          sheets: readWorkbookBytes(bytes, path.basename(file)).sheets.length,
        }),
        isRefusal: (error) => error instanceof WorkbookReadError,
      };
    }
    case "sheetjs-lean": {
      const XLSX = require("@e965/xlsx");
      const { SHEETJS_READ_OPTIONS } = require("../../src/adapters/xlsxFile/readXlsx.ts");
      return {
        read: (bytes) => ({ sheets: XLSX.read(bytes, SHEETJS_READ_OPTIONS).SheetNames.length }),
        isRefusal: () => true,
      };
    }
    case "sheetjs-default": {
      const XLSX = require("@e965/xlsx");
      return {
        read: (bytes) => ({ sheets: XLSX.read(bytes, { type: "array" }).SheetNames.length }),
        isRefusal: () => true,
      };
    }
    case "exceljs": {
      const ExcelJS = require("exceljs");
      return {
        read: async (bytes) => {
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
          return { sheets: workbook.worksheets.length };
        },
        isRefusal: () => true,
      };
    }
    case "busy-loop-on-hang":
      // Only for testing the time limit: spins forever on a file whose name contains "hang".
      return {
        read: (bytes, file) => {
          if (path.basename(file).includes("hang")) for (;;);
          return { sheets: 1 };
        },
        isRefusal: () => true,
      };
    default:
      throw new Error(`Unknown reader ${name}`);
  }
}

async function main() {
  const reader = makeReader(workerData.reader);
  // SheetJS warns on stderr about ODS number formats it approximates; that is not a result.
  console.error = () => undefined;
  for (const file of workerData.files) {
    const bytes = new Uint8Array(readFileSync(file));
    parentPort.postMessage({ type: "start", file });
    const started = performance.now();
    let result;
    try {
      const { sheets } = await reader.read(bytes, file);
      result = { file, status: "read", ms: performance.now() - started, sheets };
    } catch (error) {
      const ms = performance.now() - started;
      const base = {
        file,
        ms,
        errorName: String(error && error.name),
        message: String(error && error.message),
      };
      result = reader.isRefusal(error)
        ? {
            ...base,
            status: "refused",
            reason: error.reason,
            fileName: error.fileName,
            messageEn: error.messageEn,
          }
        : { ...base, status: "threw" };
    }
    parentPort.postMessage({ type: "result", result });
  }
  parentPort.postMessage({ type: "end" });
}

main().catch((error) => {
  parentPort.postMessage({ type: "fatal", message: String(error && error.stack) });
});
