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
import { currentInflationBudget, markNativeInflationGuard } from "./inflationGuard";

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
  class InflateRaw extends NodeInflateRaw {
    constructor() {
      const budget = currentInflationBudget();
      super(budget ? { maxOutputLength: Math.max(1, budget.remaining) } : {});
    }

    override _processChunk(chunk: Uint8Array, flushFlag: number): Uint8Array {
      const out = super._processChunk(chunk, flushFlag);
      currentInflationBudget()?.spend(out.length, this.bytesWritten);
      return out;
    }

    // SheetJS reads `bytesRead`, which Node deprecates (DEP0108) in favour of the same `bytesWritten`.
    get bytesRead(): number {
      return this.bytesWritten;
    }
  }
  (XLSX.CFB as { utils: { use_zlib(z: object): void } }).utils.use_zlib({
    InflateRaw,
    deflateRawSync: zlib.deflateRawSync,
  });
  markNativeInflationGuard();
  installed = true;
}
