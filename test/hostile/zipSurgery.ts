/**
 * Small edits to zip packages for the hostile corpus. Packages are unpacked and written with
 * packageParts (SheetJS's CFB zip); these helpers only patch fields of the headers such a zip
 * already has, because neither SheetJS nor JSZip will write an entry whose deflate stream we made
 * ourselves, nor one whose headers lie.
 */
import * as zlib from "node:zlib";
import { partBytes, writeZip, zipParts } from "../../src/adapters/xlsxFile/packageParts";

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

export const utf8 = (text: string): Uint8Array => encoder.encode(text);
export const text = (bytes: Uint8Array): string => decoder.decode(bytes);

/** The parts of a zip by path, as bytes, in the order the zip lists them. */
export function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  return partBytes(zipParts(bytes));
}

/** A stored zip of the parts; no timestamps, so the same parts give the same bytes. */
export function rezip(parts: ReadonlyMap<string, Uint8Array>): Uint8Array {
  return writeZip(parts);
}

/** Reads part `path` as text, applies `edit`, stores the result; throws if the part is missing. */
export function editPart(
  parts: Map<string, Uint8Array>,
  path: string,
  edit: (xml: string) => string
): void {
  const bytes = parts.get(path);
  if (!bytes) throw new Error(`no part ${path} in [${[...parts.keys()].join(", ")}]`);
  parts.set(path, utf8(edit(text(bytes))));
}

/**
 * `xml.replace(search, replacement)` that throws when `search` is not there: a silent no-op would
 * make a harmless file.
 */
export function replaceOnce(xml: string, search: string | RegExp, replacement: string): string {
  const found = typeof search === "string" ? xml.includes(search) : search.test(xml);
  if (!found) throw new Error(`${String(search)} not found in ${xml.slice(0, 200)}…`);
  return xml.replace(search, replacement);
}

interface EntryOffsets {
  readonly central: number;
  readonly local: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** Where each entry's central-directory record and local header start, by name. */
function entryOffsets(zip: Uint8Array): Map<string, EntryOffsets> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("no end of central directory");
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const offsets = new Map<string, EntryOffsets>();
  for (let n = 0; n < count; n++) {
    if (view.getUint32(at, true) !== CENTRAL_SIGNATURE)
      throw new Error(`bad central record at ${at}`);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_SIGNATURE)
      throw new Error(`bad local header at ${local}`);
    const name = text(zip.subarray(at + 46, at + 46 + nameLength));
    offsets.set(name, { central: at, local });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return offsets;
}

export interface EntryPatch {
  /** 0 stored, 8 deflate. */
  readonly method?: number;
  readonly crc32?: number;
  readonly compressedSize?: number;
  readonly uncompressedSize?: number;
}

/**
 * A copy of the zip with fields of one entry rewritten, in its local header and its central
 * directory record alike. Local header: method @8, CRC @14, sizes @18/@22; central record:
 * method @10, CRC @16, sizes @20/@24 (APPNOTE 4.3.7 and 4.3.12).
 */
export function patchEntry(zip: Uint8Array, name: string, patch: EntryPatch): Uint8Array {
  const out = zip.slice();
  const offsets = entryOffsets(out).get(name);
  if (!offsets) throw new Error(`no entry ${name}`);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const put = (field: keyof EntryPatch, local: number, central: number, bytes: 2 | 4): void => {
    const value = patch[field];
    if (value === undefined) return;
    for (const at of [offsets.local + local, offsets.central + central]) {
      if (bytes === 2) view.setUint16(at, value, true);
      else view.setUint32(at, value >>> 0, true);
    }
  };
  put("method", 8, 10, 2);
  put("crc32", 14, 16, 4);
  put("compressedSize", 18, 20, 4);
  put("uncompressedSize", 22, 24, 4);
  return out;
}

/** 2026-01-01 00:00 as an MS-DOS date and time (the zip's timestamp fields). */
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

/**
 * A copy of the zip with every entry's timestamp set to 2026-01-01. JSZip (inside exceljs) stamps
 * "now" on every entry; this keeps an exceljs workbook the same bytes run to run without setting
 * JSZip's global default.
 */
export function fixZipDates(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (const { local, central } of entryOffsets(out).values()) {
    view.setUint16(local + 10, DOS_TIME, true);
    view.setUint16(local + 12, DOS_DATE, true);
    view.setUint16(central + 12, DOS_TIME, true);
    view.setUint16(central + 14, DOS_DATE, true);
  }
  return out;
}

/** A part we deflated: the raw deflate stream, and the CRC and size of what it inflates to. */
export interface DeflatedPart {
  readonly deflated: Uint8Array;
  readonly crc32: number;
  readonly size: number;
}

export function deflatePart(content: Uint8Array, level = 9): DeflatedPart {
  return {
    deflated: new Uint8Array(zlib.deflateRawSync(content, { level })),
    crc32: zlib.crc32(content),
    size: content.length,
  };
}

/**
 * A zip of the `stored` parts plus the `deflated` ones. writeZip only stores, so each deflate
 * stream goes in as a stored entry (its compressed size is then already right) and its header
 * fields are patched afterwards: method 8, the CRC of the inflated bytes and their size, or
 * `declaredSizes.get(name)` to make the headers lie about it.
 */
export function zipWithDeflatedParts(
  stored: ReadonlyMap<string, Uint8Array>,
  deflated: ReadonlyMap<string, DeflatedPart>,
  declaredSizes: ReadonlyMap<string, number> = new Map()
): Uint8Array {
  const streams = new Map(stored);
  for (const [name, part] of deflated) streams.set(name, part.deflated);
  let zip = rezip(streams);
  for (const [name, part] of deflated) {
    zip = patchEntry(zip, name, {
      method: 8,
      crc32: part.crc32,
      uncompressedSize: declaredSizes.get(name) ?? part.size,
    });
  }
  return zip;
}

/**
 * Every part deflated by Node's zlib. (SheetJS's `compression: true` deflates with zlib only once
 * something in the process has called CFB.utils.use_zlib, and with its own deflate otherwise, so
 * its bytes would depend on what else was loaded.)
 */
export function zipDeflated(parts: ReadonlyMap<string, Uint8Array>, level = 9): Uint8Array {
  // Folder entries (a name ending in "/", no bytes) are left out, as writeZip leaves them out.
  const files = [...parts].filter(([name, bytes]) => bytes.length > 0 && !name.endsWith("/"));
  return zipWithDeflatedParts(
    new Map(),
    new Map(files.map(([name, bytes]) => [name, deflatePart(bytes, level)]))
  );
}

/** What an entry's headers declare, and where its data starts. */
export interface DeclaredEntry {
  /** From the central directory record. */
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** From the local header. */
  readonly localCrc32: number;
  readonly localUncompressedSize: number;
  readonly dataOffset: number;
}

export function declaredEntry(zip: Uint8Array, name: string): DeclaredEntry {
  const offsets = entryOffsets(zip).get(name);
  if (!offsets) throw new Error(`no entry ${name}`);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const nameLength = view.getUint16(offsets.local + 26, true);
  const extraLength = view.getUint16(offsets.local + 28, true);
  return {
    method: view.getUint16(offsets.central + 10, true),
    crc32: view.getUint32(offsets.central + 16, true),
    compressedSize: view.getUint32(offsets.central + 20, true),
    uncompressedSize: view.getUint32(offsets.central + 24, true),
    localCrc32: view.getUint32(offsets.local + 14, true),
    localUncompressedSize: view.getUint32(offsets.local + 22, true),
    dataOffset: offsets.local + 30 + nameLength + extraLength,
  };
}
