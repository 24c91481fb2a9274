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
  /**
   * Old-generation heap of each thread (DEFAULT_THREAD_HEAP_MB); a file that needs more is
   * reported as reader_crashed.
   */
  readonly maxHeapMb?: number;
  /** Called as each file is settled, in the order they finish. */
  readonly onSettled?: (index: number, outcome: FileReadOutcome) => void;
}

/**
 * A thread's old-generation heap. 1 GB reads a list at the rows limit (200,000 rows × 25 columns
 * peaked at about 760 MB of heap) with room to spare, and ends what makes SheetJS allocate without
 * bound (a hyperlink over A1:XFD1048576, a <col max="2000000000">) at 1.2–1.6 GB of process RSS,
 * where 2 GB let them take 2.2–2.7 GB. Not 512 MB: that ends those at 0.7–0.85 GB, but a list at
 * the rows limit then reaches the limit with one large allocation, and in one run of three V8
 * aborted the whole process instead of ending the thread. The young generation is capped too (V8
 * sizes it from the heap otherwise; 16 MB measured no slower). Memory outside the heap (the file,
 * the unpacked parts, SheetJS's long strings) is bounded by the size and unpacking limits.
 */
export const DEFAULT_THREAD_HEAP_MB = 1024;
const YOUNG_GENERATION_MB = 16;

/**
 * The compiled thread script beside this module; from the TypeScript sources (jest, scripts) the
 * thread transpiles them as it loads them, with the same hook the tests use.
 */
function createThread(maxHeapMb: number): Worker {
  const resourceLimits = {
    maxOldGenerationSizeMb: maxHeapMb,
    maxYoungGenerationSizeMb: Math.min(YOUNG_GENERATION_MB, maxHeapMb),
  };
  const compiled = path.join(__dirname, "readInThread.js");
  if (existsSync(compiled)) return new Worker(compiled, { resourceLimits });
  const hook = path.resolve(__dirname, "../../../test/support/registerTs.js");
  const entry = path.join(__dirname, "readInThread.ts");
  return new Worker(`require(${JSON.stringify(hook)}); require(${JSON.stringify(entry)});`, {
    eval: true,
    resourceLimits,
  });
}

/** A thread's loading of SheetJS is held to the time limit, but never to less than this. */
const START_MIN_MS = 30_000;

/**
 * A thread that has loaded its reader; "crashed" when it died while loading, "timeout" when it
 * was not ready in time (a stalled drive under node_modules must not hold the run either).
 */
function startThread(
  maxHeapMb: number,
  timeoutMs: number
): Promise<Worker | "crashed" | "timeout"> {
  const worker = createThread(maxHeapMb);
  return new Promise((resolve) => {
    const settle = (outcome: Worker | "crashed" | "timeout") => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onFailure);
      worker.off("exit", onFailure);
      if (outcome !== worker) void stopThread(worker);
      resolve(outcome);
    };
    const onMessage = (message: { ready?: boolean }) => message.ready && settle(worker);
    const onFailure = () => settle("crashed");
    const timer = setTimeout(() => settle("timeout"), timeoutMs);
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

/** How long a stopped thread is given to go before the next one starts beside it. */
const STOP_GRACE_MS = 2_000;

/**
 * Terminates the thread, waiting for it at most STOP_GRACE_MS (its memory is freed before the
 * next thread grows), and never keeps the process alive for it.
 */
async function stopThread(worker: Worker): Promise<void> {
  worker.unref();
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    worker.terminate().catch(() => undefined),
    new Promise((resolve) => {
      timer = setTimeout(resolve, STOP_GRACE_MS);
      timer.unref();
    }),
  ]);
  clearTimeout(timer);
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
        if (!worker) {
          const started = await startThread(
            options.maxHeapMb ?? DEFAULT_THREAD_HEAP_MB,
            Math.max(limits.timeoutMs, START_MIN_MS)
          );
          if (started === "crashed" || started === "timeout") {
            settle(index, { ok: false, error: stoppedError(started, file.name, limits) });
            continue;
          }
          worker = started;
        }
        const result = await readOne(worker, index, file, limits);
        settle(index, result.outcome);
        if (result.stopThread) {
          // A thread blocked in a system call (a stalled network drive) never finishes
          // terminating; the file is settled already, and the next one gets a fresh thread.
          await stopThread(worker);
          worker = null;
        }
      }
    } finally {
      if (worker) await stopThread(worker);
    }
  };
  await Promise.all(Array.from({ length: threads }, lane));
  return outcomes;
}

/** The refusal of a file whose thread died ("crashed") or ran out of time. */
function stoppedError(why: "crashed" | "timeout", name: string, limits: ReadLimits, cause?: Error) {
  return why === "timeout"
    ? new WorkbookReadError("timeout", name, { limit: { seconds: limits.timeoutMs / 1000 } })
    : new WorkbookReadError("reader_crashed", name, cause ? { cause } : {});
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
    const onError = (cause: Error) => fail(stoppedError("crashed", file.name, limits, cause), true);
    const onExit = () => fail(stoppedError("crashed", file.name, limits), true);
    const timer = setTimeout(
      () => fail(stoppedError("timeout", file.name, limits), true),
      limits.timeoutMs
    );
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    const request: ThreadReadRequest = { id, limits, ...file };
    worker.postMessage(request);
  });
}
