/**
 * The .xlsx bytes of an exceljs workbook. exceljs deflates through pako, in JavaScript, which was
 * about a third of writing a portfolio; here exceljs packs its parts uncompressed and each part is
 * deflated by Node's zlib (about five times faster at the same level), then laid out as a zip by
 * fflate, through its documented interface for a file compressed elsewhere (ZipInputFile).
 */
import type * as ExcelJS from "exceljs";
import { unzipSync, Zip, type ZipInputFile } from "fflate";
import { crc32, deflateRawSync } from "node:zlib";

/** The zip format's number for deflate. */
const DEFLATE = 8;

export function deflateParts(stored: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [filename, content] of Object.entries(unzipSync(stored))) {
    const file: ZipInputFile = {
      filename,
      size: content.length,
      crc: crc32(content),
      compression: DEFLATE,
    };
    zip.add(file);
    file.ondata?.(null, deflateRawSync(content), true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}

export async function packWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const stored: ArrayBuffer | Uint8Array = await workbook.xlsx.writeBuffer({
    zip: { compression: "STORE" },
  } as ExcelJS.XlsxWriteOptions);
  return deflateParts(
    ArrayBuffer.isView(stored)
      ? new Uint8Array(stored.buffer, stored.byteOffset, stored.byteLength)
      : new Uint8Array(stored)
  );
}
