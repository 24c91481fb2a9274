/**
 * A zip package written part by part while each part is still being generated: text is
 * gathered into chunks of about 1 MiB, each deflated by Node's zlib with a sync flush (so the
 * chunks join into one deflate stream), and laid out by fflate's Zip, which takes a file
 * compressed elsewhere and writes its size and CRC in a data descriptor after the data. No part
 * is ever held whole, only the compressed package.
 */
import { Zip, type ZipInputFile } from "fflate";
import { constants, crc32, deflateRawSync } from "node:zlib";

/** The zip format's number for deflate. */
const DEFLATE = 8;
const CHUNK_CHARACTERS = 1 << 20;
const SYNC = { finishFlush: constants.Z_SYNC_FLUSH } as const;
const FINISH = { finishFlush: constants.Z_FINISH } as const;

export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private failure: Error | null = null;
  private readonly zip = new Zip((error, chunk) => {
    if (error) this.failure = error;
    else this.chunks.push(chunk);
  });

  /** Adds a part from its text, generated piece by piece. */
  addText(name: string, pieces: Iterable<string> | string): void {
    const file: ZipInputFile = { filename: name, size: 0, crc: 0, compression: DEFLATE };
    this.zip.add(file);
    let pending: string[] = [];
    let pendingLength = 0;
    let size = 0;
    let crc = 0;
    const flush = (last: boolean) => {
      const bytes = Buffer.from(pending.join(""), "utf8");
      pending = [];
      pendingLength = 0;
      size += bytes.length;
      crc = crc32(bytes, crc);
      const deflated = deflateRawSync(bytes, last ? FINISH : SYNC);
      if (last) {
        // fflate reads size and CRC when the last chunk comes, for the data descriptor.
        file.size = size;
        file.crc = crc;
      }
      file.ondata?.(null, deflated, last);
    };
    for (const piece of typeof pieces === "string" ? [pieces] : pieces) {
      pending.push(piece);
      pendingLength += piece.length;
      if (pendingLength >= CHUNK_CHARACTERS) flush(false);
    }
    flush(true);
    if (this.failure) throw this.failure;
  }

  /** Adds a part as it is (a part carried over from the workbook being updated). */
  addBytes(name: string, bytes: Uint8Array): void {
    const file: ZipInputFile = {
      filename: name,
      size: bytes.length,
      crc: crc32(bytes),
      compression: DEFLATE,
    };
    this.zip.add(file);
    file.ondata?.(null, deflateRawSync(bytes), true);
    if (this.failure) throw this.failure;
  }

  finish(): Uint8Array {
    this.zip.end();
    if (this.failure) throw this.failure;
    return Buffer.concat(this.chunks);
  }
}
