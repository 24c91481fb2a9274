/**
 * The messages between the task pane and the parse worker, and the worker's whole job as a pure
 * function, so it can be tested in-process without a worker.
 *
 * Failures are worded by readFailure (the CLI's wording). A response is plain data (WorkbookData
 * holds only strings, numbers, booleans, null, arrays and plain objects), so it crosses
 * postMessage's structured clone unchanged.
 */
import { readWorkbookBytes } from "../../adapters/xlsxFile/readXlsx";
import type { WorkbookData } from "../../domain/ports/WorkbookPort";
import { readFailure } from "./readFailure";

export interface ParseRequest {
  /** Pairs the response with its request, so a late answer to an earlier file is ignored. */
  readonly id: number;
  /** The file's name, for the workbook and for messages. */
  readonly name: string;
  /** Transferred, not copied: the pane no longer has these bytes after posting. */
  readonly bytes: ArrayBuffer;
}

export type ParseResponse =
  | { readonly id: number; readonly ok: true; readonly workbook: WorkbookData }
  | { readonly id: number; readonly ok: false; readonly error: string; readonly errorEn: string };

/** Reads one file's bytes; never throws (every failure is a response). */
export function handleParseRequest(request: ParseRequest): ParseResponse {
  try {
    const workbook = readWorkbookBytes(new Uint8Array(request.bytes), request.name);
    return { id: request.id, ok: true, workbook };
  } catch (error) {
    return { id: request.id, ok: false, ...readFailure(error, request.name) };
  }
}
