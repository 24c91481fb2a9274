/**
 * FileReading over a Web Worker: the picked files are parsed one at a time by one reused worker,
 * each within a time limit. SheetJS's pure-JS inflate can loop forever on a damaged file (see
 * src/adapters/xlsxFile/README.md, Hangs) and only terminating the worker stops it, so a timed-out
 * or broken worker is dropped and a fresh one made for the next file.
 */
import type { SourceInput } from "../../domain/consolidation/Consolidation";
import type { WorkbookData } from "../../domain/ports/WorkbookPort";
import { isDigiportfoljPortfolio } from "../../domain/portfolio/portfolioMarker";
import type { FileProgress, FileReading, PickedFile } from "../operations/PaneOperations";
// Types only from parseProtocol: a value import would pull the reader, and SheetJS, into the pane.
import type { ParseRequest, ParseResponse } from "./parseProtocol";
import {
  portfolioFailure,
  readFailure,
  timeoutFailure,
  workerFailure,
  type ReadFailure,
} from "./readFailure";

/** What this class uses of a Worker; a real Worker fits, and tests pass a fake. */
export interface WorkerLike {
  postMessage(request: ParseRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ParseResponse>) => void) | null;
  /** The worker script failed to load or threw outside handleParseRequest. */
  onerror: ((event: ErrorEvent) => void) | null;
  /** A response that could not be deserialized. */
  onmessageerror?: ((event: MessageEvent) => void) | null;
}

export interface WorkerFileReadingOptions {
  /** Per file, from asking for its bytes to the worker's answer. */
  readonly timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 60_000;

type Outcome =
  | { readonly kind: "read"; readonly workbook: WorkbookData }
  | { readonly kind: "failed"; readonly failure: ReadFailure }
  | { readonly kind: "cancelled" };

/** One batch's worker: made on first use, reused, dropped (terminated) when it cannot go on. */
class ReusableWorker {
  private worker: WorkerLike | null = null;

  constructor(private readonly create: () => WorkerLike) {}

  get(): WorkerLike {
    this.worker ??= this.create();
    return this.worker;
  }

  drop(): void {
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    worker.onmessage = null;
    worker.onerror = null;
    if (worker.onmessageerror !== undefined) worker.onmessageerror = null;
    worker.terminate();
  }
}

export class WorkerFileReading implements FileReading {
  private readonly timeoutMs: number;
  private nextId = 0;

  constructor(
    private readonly createWorker: () => WorkerLike,
    options: WorkerFileReadingOptions = {}
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** Each call has its own worker, terminated when the call ends, so calls never interfere. */
  async readFiles(
    files: readonly PickedFile[],
    onProgress: (progress: readonly FileProgress[]) => void,
    signal: AbortSignal
  ): Promise<SourceInput[]> {
    const worker = new ReusableWorker(this.createWorker);
    const progress: FileProgress[] = files.map((file) => ({ file: file.name, state: "waiting" }));
    const report = () => onProgress([...progress]);
    const inputs: SourceInput[] = [];
    report();
    try {
      for (const [index, file] of files.entries()) {
        let outcome: Outcome = { kind: "cancelled" };
        if (!signal.aborted) {
          progress[index] = { file: file.name, state: "reading" };
          report();
          outcome = await this.readOne(file, worker, signal);
        }
        if (outcome.kind === "cancelled") {
          files.slice(index).forEach((rest, i) => {
            progress[index + i] = { file: rest.name, state: "cancelled" };
          });
          report();
          return inputs;
        }
        if (outcome.kind === "read" && isDigiportfoljPortfolio(outcome.workbook))
          outcome = { kind: "failed", failure: portfolioFailure(file.name) };
        if (outcome.kind === "read") {
          inputs.push({ file: file.name, workbook: outcome.workbook });
          progress[index] = { file: file.name, state: "read" };
        } else {
          inputs.push({ file: file.name, ...outcome.failure });
          progress[index] = { file: file.name, state: "failed", ...outcome.failure };
        }
        report();
      }
      return inputs;
    } finally {
      worker.drop();
    }
  }

  /** Settles exactly once: the worker's answer, a failure, the time limit or the abort. */
  private readOne(file: PickedFile, worker: ReusableWorker, signal: AbortSignal): Promise<Outcome> {
    const id = ++this.nextId;
    return new Promise<Outcome>((resolve) => {
      let settled = false;
      const settle = (outcome: Outcome, dropWorker: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal.removeEventListener("abort", onAbort);
        if (dropWorker) worker.drop();
        resolve(outcome);
      };
      const fail = (failure: ReadFailure, dropWorker: boolean) =>
        settle({ kind: "failed", failure }, dropWorker);
      const onAbort = () => settle({ kind: "cancelled" }, true);
      const timer = setTimeout(
        () => fail(timeoutFailure(file.name, this.timeoutMs), true),
        this.timeoutMs
      );
      signal.addEventListener("abort", onAbort, { once: true });

      const post = (bytes: ArrayBuffer) => {
        if (settled) return;
        try {
          const current = worker.get();
          current.onmessage = (event) => {
            const response = event.data;
            if (response?.id !== id) return; // a late answer to an earlier request
            if (response.ok) settle({ kind: "read", workbook: response.workbook }, false);
            else fail({ error: response.error, errorEn: response.errorEn }, false);
          };
          current.onerror = (event) => {
            // Handled here: keeps the browser from also reporting it as uncaught.
            event.preventDefault?.();
            fail(workerFailure(file.name, event.message || undefined), true);
          };
          current.onmessageerror = () => fail(workerFailure(file.name, undefined), true);
          current.postMessage({ id, name: file.name, bytes }, [bytes]);
        } catch (error) {
          // No worker could be made (e.g. the page's policy forbids it) or posting failed.
          fail(readFailure(error, file.name), true);
        }
      };
      file.bytes().then(post, (error: unknown) => fail(readFailure(error, file.name), false));
    });
  }
}
