/**
 * A worker thread's side of ThreadedFileReader: reads the workbooks it is sent, one at a time, and
 * posts back the data or the refusal. The parent times each file; a read that never returns is
 * ended by terminating this thread.
 *
 * Only regular files are read: the path is opened without blocking (a FIFO with no writer would
 * otherwise hold the open for ever), the open descriptor is checked (so a symlink to /dev/zero is
 * judged by what it points to), and at most maxFileBytes + 1 bytes are read from it, whatever
 * size the file claims (a /proc file says 0, a growing file more each time).
 */
import { constants as fsConstants } from "node:fs";
import { open, stat, type FileHandle } from "node:fs/promises";
import { parentPort } from "node:worker_threads";
import type { WorkbookData } from "../../domain/ports/WorkbookPort";
import type { ReadLimits } from "./ReadLimits";
import { readWorkbookBytes } from "./readXlsx";
import { useNativeInflate } from "./useNativeInflate";
import {
  WorkbookReadError,
  type FileKind,
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

/** Read-only, never waiting for a FIFO's writer, never becoming the controlling terminal. */
const OPEN_FLAGS =
  fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0) | (fsConstants.O_NOCTTY ?? 0);

const FIRST_CHUNK = 64 * 1024;

function kindOf(stats: {
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}): FileKind {
  if (stats.isFIFO()) return "fifo";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "device";
  if (stats.isSocket()) return "socket";
  return "other";
}

/**
 * At most `max` + 1 bytes from the descriptor: a buffer sized by what the file claims, grown
 * (doubling) only while the file goes on giving, so a file that lies about its size is still
 * stopped one byte past the limit.
 */
async function readAtMost(handle: FileHandle, claimed: number, max: number): Promise<Uint8Array> {
  let buffer = Buffer.allocUnsafe(Math.min(max + 1, Math.max(claimed + 1, FIRST_CHUNK)));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > max) break;
      const grown = Buffer.allocUnsafe(Math.min(max + 1, length * 2));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  return buffer.subarray(0, length);
}

/** The file's bytes, or the refusal: not there, not a regular file, past the size limit. */
async function bytesOf(request: ThreadReadRequest): Promise<Uint8Array> {
  if (request.bytes) return request.bytes;
  const { maxFileBytes } = request.limits;
  let handle: FileHandle;
  try {
    handle = await open(request.path ?? "", OPEN_FLAGS);
  } catch (cause) {
    // A socket cannot be opened at all (ENXIO); say what it is rather than "could not open".
    const stats = await stat(request.path ?? "").catch(() => null);
    if (stats && !stats.isFile() && !stats.isDirectory()) {
      throw new WorkbookReadError("not_a_regular_file", request.name, {
        limit: { fileKind: kindOf(stats) },
        cause,
      });
    }
    throw new WorkbookReadError("file_unavailable", request.name, { cause });
  }
  try {
    const stats = await handle.stat();
    // A folder stays "could not be opened", as before: the CLI hands over files only.
    if (stats.isDirectory()) throw new WorkbookReadError("file_unavailable", request.name);
    if (!stats.isFile()) {
      throw new WorkbookReadError("not_a_regular_file", request.name, {
        limit: { fileKind: kindOf(stats) },
      });
    }
    if (stats.size > maxFileBytes) {
      throw new WorkbookReadError("too_large", request.name, {
        limit: { bytes: stats.size, limitBytes: maxFileBytes },
      });
    }
    const bytes = await readAtMost(handle, stats.size, maxFileBytes);
    if (bytes.length > maxFileBytes) {
      // It claimed less than it gave: its real size is unknown, only that it is past the limit.
      throw new WorkbookReadError("too_large", request.name, {
        limit: { limitBytes: maxFileBytes },
      });
    }
    return bytes;
  } catch (cause) {
    if (cause instanceof WorkbookReadError) throw cause;
    throw new WorkbookReadError("file_unavailable", request.name, { cause });
  } finally {
    await handle.close().catch(() => undefined);
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
