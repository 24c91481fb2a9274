/**
 * Node only: makes SheetJS unzip with Node's zlib instead of its own pure-JS inflate. The pure-JS
 * inflate never checks the end of its input, so a damaged deflate stream spins forever (about one
 * randomly damaged .xlsx in eight, measured); zlib throws, which becomes a "corrupt" refusal.
 * A browser has no synchronous zlib: there the reader must run in a Web Worker with a time limit.
 */
import * as zlib from "node:zlib";
import * as XLSX from "@e965/xlsx";

/** The zlib surface SheetJS uses (`InflateRaw#_processChunk`, `bytesRead`, `deflateRawSync`). */
type ZlibClass = new () => object;

let installed = false;

export function useNativeInflate(): void {
  if (installed) return;
  const NodeInflateRaw = (zlib as unknown as { InflateRaw: ZlibClass }).InflateRaw;
  // SheetJS reads `bytesRead`, which Node deprecates (DEP0108) in favour of the same `bytesWritten`.
  class InflateRaw extends NodeInflateRaw {
    get bytesRead(): number {
      return (this as unknown as { bytesWritten: number }).bytesWritten;
    }
  }
  (XLSX.CFB as { utils: { use_zlib(z: object): void } }).utils.use_zlib({
    InflateRaw,
    deflateRawSync: zlib.deflateRawSync,
  });
  installed = true;
}
