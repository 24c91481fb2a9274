/**
 * The pane's FileReading: a WorkerFileReading over the parse worker. The only module that names
 * the worker script; webpack 5 turns `new Worker(new URL(…, import.meta.url))` into a separate
 * chunk (parse-worker.js) that holds the reader, loaded when the first file is read. Not importable
 * from jest (CommonJS has no import.meta): test WorkerFileReading with a fake worker instead.
 */
import type { FileReading } from "../operations/PaneOperations";
import { WorkerFileReading, type WorkerFileReadingOptions } from "./WorkerFileReading";

export function createWorkerFileReading(options: WorkerFileReadingOptions = {}): FileReading {
  return new WorkerFileReading(
    () =>
      new Worker(
        /* webpackChunkName: "parse-worker" */ new URL("./parseWorker.ts", import.meta.url)
      ),
    options
  );
}
