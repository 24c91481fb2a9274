/**
 * Node: reads source workbooks in worker threads, each file under the time limit of ReadLimits.
 * A synchronous parse cannot be interrupted from its own thread, so a file that takes too long is
 * ended by terminating its thread and reported as "timeout"; a thread that dies (out of memory)
 * reports its file as "reader_crashed". Either way the other files are read on. Two cores read
 * two files at once.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { WorkbookData } from "../../domain/ports/WorkbookPort";
import type { ThreadReadReply, ThreadReadRequest } from "./readInThread";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "./ReadLimits";
import { WorkbookReadError } from "./WorkbookReadError";

/** A file by path, or bytes already in memory; `name` is what messages call it. */
export type SourceFile =
  | { readonly name: string; readonly path: string }
  | { readonly name: string; readonly bytes: Uint8Array };

export type FileReadOutcome =
  | { readonly ok: true; readonly workbook: WorkbookData }
  | { readonly ok: false; readonly error: WorkbookReadError };

export interface ThreadedReadOptions {
  readonly limits?: ReadLimits;
  /** How many files are read at once; the machine's cores by default. */
  readonly threads?: number;
  /** Heap of each thread; a file that needs more is reported as reader_crashed. */
  readonly maxHeapMb?: number;
  /** Called as each file is settled, in the order they finish. */
  readonly onSettled?: (index: number, outcome: FileReadOutcome) => void;
}

/**
 * The compiled thread script beside this module; from the TypeScript sources (jest, scripts) the
 * thread transpiles them as it loads them, with the same hook the tests use.
 */
function createThread(maxHeapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: maxHeapMb };
  const compiled = path.join(__dirname, "readInThread.js");
  if (existsSync(compiled)) return new Worker(compiled, { resourceLimits });
  const hook = path.resolve(__dirname, "../../../test/support/registerTs.js");
  const entry = path.join(__dirname, "readInThread.ts");
  return new Worker(`require(${JSON.stringify(hook)}); require(${JSON.stringify(entry)});`, {
    eval: true,
    resourceLimits,
  });
}

/** A thread that has loaded its reader, or null when it died while loading. */
function startThread(maxHeapMb: number): Promise<Worker | null> {
  const worker = createThread(maxHeapMb);
  return new Promise((resolve) => {
    const settle = (ready: boolean) => {
      worker.off("message", onMessage);
      worker.off("error", onFailure);
      worker.off("exit", onFailure);
      resolve(ready ? worker : null);
    };
    const onMessage = (message: { ready?: boolean }) => message.ready && settle(true);
    const onFailure = () => settle(false);
    worker.on("message", onMessage);
    worker.on("error", onFailure);
    worker.on("exit", onFailure);
  });
}

function refusalOf(reply: Extract<ThreadReadReply, { refusal: unknown }>, name: string) {
  const { reason, legacyFormat, limit, cause } = reply.refusal;
  return new WorkbookReadError(reason, name, {
    limit,
    ...(legacyFormat ? { legacyFormat } : {}),
    ...(cause ? { cause: new Error(cause) } : {}),
  });
}

/** Reads every file; never rejects: each file ends as data or as its WorkbookReadError. */
export async function readFilesInThreads(
  files: readonly SourceFile[],
  options: ThreadedReadOptions = {}
): Promise<FileReadOutcome[]> {
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  const threads = Math.max(1, Math.min(files.length, options.threads ?? availableParallelism()));
  const outcomes: FileReadOutcome[] = new Array(files.length);
  let next = 0;

  const settle = (index: number, outcome: FileReadOutcome) => {
    outcomes[index] = outcome;
    options.onSettled?.(index, outcome);
  };

  /** One lane: a thread reading files one after another, replaced when it must be stopped. */
  const lane = async (): Promise<void> => {
    let worker: Worker | null = null;
    try {
      while (next < files.length) {
        const index = next++;
        const file = files[index]!;
        worker ??= await startThread(options.maxHeapMb ?? 2048);
        if (!worker) {
          settle(index, { ok: false, error: new WorkbookReadError("reader_crashed", file.name) });
          continue;
        }
        const result = await readOne(worker, index, file, limits);
        if (result.stopThread) {
          await worker.terminate();
          worker = null;
        }
        settle(index, result.outcome);
      }
    } finally {
      await worker?.terminate();
    }
  };
  await Promise.all(Array.from({ length: threads }, lane));
  return outcomes;
}

function readOne(
  worker: Worker,
  id: number,
  file: SourceFile,
  limits: ReadLimits
): Promise<{ outcome: FileReadOutcome; stopThread: boolean }> {
  return new Promise((resolve) => {
    const done = (outcome: FileReadOutcome, stopThread: boolean) => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      resolve({ outcome, stopThread });
    };
    const fail = (error: WorkbookReadError, stopThread: boolean) =>
      done({ ok: false, error }, stopThread);
    const onMessage = (reply: ThreadReadReply) => {
      if (reply.id !== id) return;
      if ("workbook" in reply) done({ ok: true, workbook: reply.workbook }, false);
      else fail(refusalOf(reply, file.name), false);
    };
    const onError = (cause: Error) =>
      fail(new WorkbookReadError("reader_crashed", file.name, { cause }), true);
    const onExit = () => fail(new WorkbookReadError("reader_crashed", file.name), true);
    const timer = setTimeout(
      () =>
        fail(
          new WorkbookReadError("timeout", file.name, {
            limit: { seconds: limits.timeoutMs / 1000 },
          }),
          true
        ),
      limits.timeoutMs
    );
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    const request: ThreadReadRequest = { id, limits, ...file };
    worker.postMessage(request);
  });
}
