/**
 * A worker thread's side of ThreadedFileReader: reads the workbooks it is sent, one at a time, and
 * posts back the data or the refusal. The parent times each file; a read that never returns is
 * ended by terminating this thread.
 */
import { readFile, stat } from "node:fs/promises";
import { parentPort } from "node:worker_threads";
import type { WorkbookData } from "../../domain/ports/WorkbookPort";
import type { ReadLimits } from "./ReadLimits";
import { readWorkbookBytes } from "./readXlsx";
import { useNativeInflate } from "./useNativeInflate";
import {
  WorkbookReadError,
  type LegacyFormat,
  type LimitDetails,
  type WorkbookReadErrorReason,
} from "./WorkbookReadError";

export interface ThreadReadRequest {
  readonly id: number;
  readonly name: string;
  readonly path?: string;
  readonly bytes?: Uint8Array;
  readonly limits: ReadLimits;
}

/** A WorkbookReadError as plain data, since class instances do not cross threads. */
export interface ThreadReadRefusal {
  readonly reason: WorkbookReadErrorReason;
  readonly legacyFormat?: LegacyFormat;
  readonly limit: LimitDetails;
  readonly cause?: string;
}

export type ThreadReadReply =
  | { readonly id: number; readonly workbook: WorkbookData }
  | { readonly id: number; readonly refusal: ThreadReadRefusal };

/** The file's bytes; one past the size limit is refused before it is loaded. */
async function bytesOf(request: ThreadReadRequest): Promise<Uint8Array> {
  if (request.bytes) return request.bytes;
  const { maxFileBytes } = request.limits;
  try {
    const { size } = await stat(request.path ?? "");
    if (size > maxFileBytes) {
      throw new WorkbookReadError("too_large", request.name, {
        limit: { bytes: size, limitBytes: maxFileBytes },
      });
    }
    return await readFile(request.path ?? "");
  } catch (cause) {
    if (cause instanceof WorkbookReadError) throw cause;
    throw new WorkbookReadError("file_unavailable", request.name, { cause });
  }
}

async function answer(request: ThreadReadRequest): Promise<ThreadReadReply> {
  try {
    const workbook = readWorkbookBytes(await bytesOf(request), request.name, request.limits);
    return { id: request.id, workbook };
  } catch (error) {
    const refusal =
      error instanceof WorkbookReadError
        ? error
        : new WorkbookReadError("corrupt", request.name, { cause: error });
    return {
      id: request.id,
      refusal: {
        reason: refusal.reason,
        ...(refusal.legacyFormat ? { legacyFormat: refusal.legacyFormat } : {}),
        limit: refusal.limit,
        cause: String((refusal.cause as Error | undefined)?.message ?? ""),
      },
    };
  }
}

if (parentPort) {
  useNativeInflate();
  const port = parentPort;
  port.on("message", (request: ThreadReadRequest) => {
    void answer(request).then((reply) => port.postMessage(reply));
  });
  // Loading SheetJS takes a moment; the parent starts a file's clock only after this.
  port.postMessage({ ready: true });
}
