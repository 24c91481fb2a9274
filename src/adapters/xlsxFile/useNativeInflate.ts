/**
 * Node only: makes SheetJS unzip with Node's zlib instead of its own pure-JS inflate. The pure-JS
 * inflate never checks the end of its input, so a damaged deflate stream spins forever (about one
 * randomly damaged .xlsx in eight, measured); zlib throws, which becomes a "corrupt" refusal.
 * Each unpack also spends the read's InflationBudget: zlib stops at the bytes left
 * (`maxOutputLength`), and a part unpacking too tightly is refused, so a zip bomb that lies about
 * its sizes ends in "inflate_limit" after at most the limit, not in an exhausted heap.
 * A browser has no synchronous zlib: there the reader runs in a Web Worker with a time limit.
 */
import * as zlib from "node:zlib";
import * as XLSX from "@e965/xlsx";
import {
  currentInflationBudget,
  InflateLimitExceeded,
  markNativeInflationGuard,
} from "./inflationGuard";

/** The zlib surface SheetJS uses (`InflateRaw#_processChunk`, `bytesRead`, `deflateRawSync`). */
type ZlibInstance = {
  _processChunk(chunk: Uint8Array, flushFlag: number): Uint8Array;
  readonly bytesWritten: number;
};
type ZlibClass = new (options?: zlib.ZlibOptions) => ZlibInstance;

let installed = false;

export function useNativeInflate(): void {
  if (installed) return;
  const NodeInflateRaw = (zlib as unknown as { InflateRaw: ZlibClass }).InflateRaw;
  /** What SheetJS instantiates per part: one zlib stream bounded by the read's budget. */
  class InflateRaw {
    private consumed = 0;
    // SheetJS checks at install that a finish flush exists.
    readonly _finishFlushFlag = zlib.constants.Z_FINISH;

    _processChunk(chunk: Uint8Array, flushFlag: number): Uint8Array {
      const budget = currentInflationBudget();
      // SheetJS hands over the rest of the file, so this part packs into at most chunk.length
      // bytes: zlib may unpack it to that times the ratio, and never past what the read has left.
      const cap = budget
        ? Math.max(
            1,
            Math.min(budget.remaining, Math.max(budget.grace, chunk.length * budget.ratio))
          )
        : undefined;
      const inner = new NodeInflateRaw(cap === undefined ? {} : { maxOutputLength: cap });
      let out: Uint8Array;
      try {
        out = inner._processChunk(chunk, flushFlag);
      } catch (error) {
        if (!budget || (error as NodeJS.ErrnoException).code !== "ERR_BUFFER_TOO_LARGE")
          throw error;
        budget.exceeded = true;
        throw new InflateLimitExceeded(`a part unpacks past ${cap} bytes`);
      }
      this.consumed = inner.bytesWritten;
      budget?.spend(out.length, this.consumed);
      return out;
    }

    /** The packed bytes the part took (Node calls it bytesWritten; SheetJS reads bytesRead). */
    get bytesRead(): number {
      return this.consumed;
    }
  }
  (XLSX.CFB as { utils: { use_zlib(z: object): void } }).utils.use_zlib({
    InflateRaw,
    deflateRawSync: zlib.deflateRawSync,
  });
  markNativeInflationGuard();
  installed = true;
}
