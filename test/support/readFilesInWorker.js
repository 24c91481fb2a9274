/**
 * Reads files with one reader in a worker thread, bounding each file's time: a file that takes
 * longer than `timeoutMs` is recorded as hung, the worker is terminated and a fresh one goes on
 * with the next file. A worker that dies (out of memory, a native crash) marks its file crashed.
 * Shared by the corpus test and scripts/measure-readers.js.
 */
"use strict";
/* global require, module, __dirname */
const { Worker } = require("node:worker_threads");
const path = require("node:path");

const WORKER = path.join(__dirname, "readerWorker.js");

function runBatch(reader, files, timeoutMs, resourceLimits) {
  return new Promise((resolve) => {
    const results = [];
    let current = null;
    let timer = null;
    let settled = false;
    const worker = new Worker(WORKER, { workerData: { reader, files }, resourceLimits });
    const finish = (fatal) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve({ results, fatal });
    };
    worker.on("message", (message) => {
      if (message.type === "start") {
        current = message.file;
        clearTimeout(timer);
        timer = setTimeout(() => {
          results.push({ file: current, status: "hung", ms: timeoutMs });
          finish(null);
        }, timeoutMs);
      } else if (message.type === "result") {
        clearTimeout(timer);
        current = null;
        results.push(message.result);
      } else if (message.type === "end") {
        finish(null);
      } else if (message.type === "fatal") {
        finish(message.message);
      }
    });
    const died = (why) => {
      if (settled) return;
      if (current !== null) results.push({ file: current, status: "crashed", ms: 0, message: why });
      finish(current === null ? why : null);
    };
    worker.on("error", (error) => died(String(error && error.message)));
    worker.on("exit", (code) => died(`worker exited with code ${code}`));
  });
}

/**
 * @param {{ reader: string, files: string[], timeoutMs?: number, maxOldGenerationSizeMb?: number }} options
 * @returns {Promise<object[]>} one result per file, in order
 */
async function readFilesInWorker({
  reader,
  files,
  timeoutMs = 30000,
  maxOldGenerationSizeMb = 2048,
}) {
  const results = [];
  let remaining = files.slice();
  while (remaining.length > 0) {
    const batch = await runBatch(reader, remaining, timeoutMs, { maxOldGenerationSizeMb });
    results.push(...batch.results);
    remaining = remaining.slice(batch.results.length);
    if (batch.results.length === 0 && remaining.length > 0) {
      // The worker could not even start: report every file rather than loop forever.
      for (const file of remaining)
        results.push({ file, status: "crashed", ms: 0, message: batch.fatal || "worker failed" });
      break;
    }
  }
  return results;
}

module.exports = { readFilesInWorker };
