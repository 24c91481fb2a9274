/**
 * Sheet parts that inflate to far more than they weigh, made without ever holding the inflated
 * bytes: the XML is fed to zlib a chunk at a time and only the deflate stream is kept.
 */
import * as zlib from "node:zlib";
import { LIST_HEADERS, LIST_ROWS } from "./listWorkbooks";
import type { DeflatedPart } from "./zipSurgery";

/** What the zip bomb's sheet part inflates to: 1.5 GiB (plus a few bytes of closing tags). */
export const BOMB_INFLATED_TARGET = 1.5 * 2 ** 30;

const SPREADSHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

const escapeXml = (value: string): string =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function inlineRow(values: readonly (string | number)[]): string {
  const cells = values.map((value) =>
    typeof value === "number"
      ? `<c><v>${value}</v></c>`
      : `<c t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`
  );
  return `<row>${cells.join("")}</row>`;
}

/** The opening of a worksheet part with the real header and data rows, so it looks like a list. */
export function worksheetHead(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${SPREADSHEET_NS}"><sheetData>` +
    inlineRow(LIST_HEADERS) +
    LIST_ROWS.map((row) => inlineRow(row)).join("")
  );
}

export const WORKSHEET_TAIL = "</sheetData></worksheet>";

/** A row that looks like data: what the filler repeats. */
export const FILLER_ROW = inlineRow(["HK-BOMB", "Digiportfölj", "Fyllnad"]);

const CHUNK_BYTES = 1 << 20;

/**
 * One MiB of filler: a row and then spaces (whitespace between rows is legal XML). A run of one
 * byte lets deflate reach its best ratio, about 1:1000 (distance 1, length 258 per code); a
 * repeated row would only reach about 1:340.
 */
function bombChunk(): Buffer {
  const chunk = Buffer.alloc(CHUNK_BYTES, 0x20);
  chunk.write(FILLER_ROW, 0, "utf8");
  return chunk;
}

let bomb: Promise<DeflatedPart> | null = null;

/**
 * The deflate stream of a worksheet of ~1.5 GiB (1.6 MB deflated; the file is 1.7 MB), made once
 * per process and shared by both zip bombs. Z_RLE at level 9 took ~1.3 s here; the default
 * strategy gives the same size in ~5 s.
 */
export function bombWorksheet(): Promise<DeflatedPart> {
  bomb ??= makeBombWorksheet();
  return bomb;
}

async function makeBombWorksheet(): Promise<DeflatedPart> {
  const head = Buffer.from(worksheetHead(), "utf8");
  const tail = Buffer.from(WORKSHEET_TAIL, "utf8");
  const chunk = bombChunk();
  const chunks = Math.ceil((BOMB_INFLATED_TARGET - head.length - tail.length) / CHUNK_BYTES);

  const deflate = zlib.createDeflateRaw({
    level: 9,
    memLevel: 9,
    strategy: zlib.constants.Z_RLE,
    chunkSize: 1 << 16,
  });
  const out: Buffer[] = [];
  deflate.on("data", (piece: Buffer) => out.push(piece));
  const finished = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });

  let crc = 0;
  let size = 0;
  const feed = async (piece: Buffer): Promise<void> => {
    crc = zlib.crc32(piece, crc);
    size += piece.length;
    if (!deflate.write(piece)) await new Promise<void>((resolve) => deflate.once("drain", resolve));
  };
  await feed(head);
  for (let i = 0; i < chunks; i++) await feed(chunk);
  await feed(tail);
  deflate.end();
  await finished;
  return { deflated: new Uint8Array(Buffer.concat(out)), crc32: crc >>> 0, size };
}

/**
 * A worksheet part of about `bytes` (30 MB by default) of one repeated row: held in memory (it
 * is small enough), deflated at level 9 to ~1:300.
 */
export function repetitiveWorksheet(bytes = 30 * 2 ** 20): Buffer {
  const head = Buffer.from(worksheetHead(), "utf8");
  const tail = Buffer.from(WORKSHEET_TAIL, "utf8");
  const row = Buffer.from(FILLER_ROW, "utf8");
  const rows = Math.floor((bytes - head.length - tail.length) / row.length);
  const body = Buffer.alloc(rows * row.length);
  body.fill(row);
  return Buffer.concat([head, body, tail]);
}
