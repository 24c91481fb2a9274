/**
 * The request queue of one request context: proxies queue actions and loads; `sync()` sends them as
 * one request. Nothing reaches the workbook before `sync()`, a request or response over the size
 * limit is refused, an API above the host's requirement set fails, and loaded values are handed to
 * the proxies only when the whole request succeeded (Excel answers a failed batch with an error only).
 */
import { apiNotFound, invalidRequestContext, payloadTooLarge } from "./errors";
import type { FaultPlan } from "./faults";

/** What running one queued entry gives back: response bytes and the hand-over of loaded values. */
export interface EntryResult {
  bytes: number;
  deliver: () => void;
}

/** An API and the ExcelApi requirement set it first appeared in. */
export interface Api {
  name: string;
  version: string;
}

interface Entry {
  bytes: number;
  api: Api | undefined;
  run: () => EntryResult;
  /** "<Object>.<method>" for operations that change the workbook (see faults.ts); none for loads. */
  name: string | undefined;
}

export interface RequestRecord {
  /** Bytes of the queued operations (the request) and of the loaded values (the response). */
  requestBytes: number;
  responseBytes: number;
  bytes: number;
  operations: number;
  error: string | null;
}

export interface DoubleStats {
  syncs: number;
  requests: RequestRecord[];
}

/** UTF-8 length without Node's Buffer, so the double also runs in a browser (test/browser). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) (n += 4), i++;
    else n += 3; // the rest of the BMP, and a lone surrogate (written as U+FFFD, 3 bytes, as Buffer does)
  }
  return n;
}

export const jsonBytes = (x: unknown): number => {
  const json = JSON.stringify(x) ?? "";
  return typeof Buffer === "undefined" ? utf8Length(json) : Buffer.byteLength(json, "utf8");
};

/** "1.10" > "1.9": requirement-set versions compare part by part. */
export function versionAtLeast(have: string, need: string): boolean {
  const [a, b] = [have.split(".").map(Number), need.split(".").map(Number)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

export class RequestQueue {
  private entries: Entry[] = [];
  closed = false;

  get pending(): number {
    return this.entries.length;
  }

  constructor(
    private readonly stats: DoubleStats,
    private readonly maxBytes: number,
    private readonly excelApi: string,
    private readonly faults?: FaultPlan,
  ) {}

  /** `description` stands for what Office.js would serialise for this operation; it is only measured. */
  add(description: unknown, run: () => EntryResult, api?: Api, name?: string): void {
    this.entries.push({ bytes: jsonBytes(description), api, run, name });
  }

  async sync(): Promise<void> {
    if (this.closed) throw invalidRequestContext();
    const batch = this.entries;
    this.entries = [];
    const record: RequestRecord = { requestBytes: 0, responseBytes: 0, bytes: 0, operations: batch.length, error: null };
    record.requestBytes = batch.reduce((sum, e) => sum + e.bytes, 0);
    this.stats.syncs++;
    this.stats.requests.push(record);
    await Promise.resolve(); // a round trip: callers must await
    try {
      // A request refused whole (cell-edit mode, a dropped connection): nothing of it is applied.
      this.faults?.onSync();
      if (record.requestBytes > this.maxBytes) throw payloadTooLarge("Request", record.requestBytes, this.maxBytes);
      const deliveries: (() => void)[] = [];
      for (const e of batch) {
        if (e.api && !versionAtLeast(this.excelApi, e.api.version)) throw apiNotFound(e.api.name, e.api.version);
        this.faults?.onOperation(e.name);
        const result = e.run();
        record.responseBytes += result.bytes;
        deliveries.push(result.deliver);
      }
      record.bytes = record.requestBytes + record.responseBytes;
      if (record.responseBytes > this.maxBytes) throw payloadTooLarge("Response", record.responseBytes, this.maxBytes);
      for (const d of deliveries) d();
    } catch (e) {
      record.error = (e as { code?: string }).code ?? String(e);
      throw e;
    }
  }
}
