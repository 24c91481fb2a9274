#!/usr/bin/env node
/**
 * Draws the Digiportfölj mark (a blue-to-teal rounded square with a white 2×2 grid of tiles,
 * one of them dimmed: a portfolio of initiatives, one not yet prioritised) and writes it as
 * PNG files in assets/ at the sizes the manifest names.
 *
 * Run with `node scripts/make-icons.js`. Output is deterministic, so re-running it only changes
 * the files when this script changes. No dependencies: a PNG is a signature plus IHDR, IDAT
 * (zlib-deflated scanlines) and IEND chunks, each with a CRC-32.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const OUTPUTS = [
  { file: "icon-16.png", size: 16 },
  { file: "icon-32.png", size: 32 },
  { file: "icon-64.png", size: 64 },
  { file: "icon-80.png", size: 80 },
  { file: "logo-filled.png", size: 80 },
];

/** Samples per axis per pixel; 8×8 gives smooth edges even at 16 px. */
const SUPERSAMPLE = 8;

const COLOR_TOP_LEFT = [0x1f, 0x5f, 0xb8]; // blue
const COLOR_BOTTOM_RIGHT = [0x0f, 0x8f, 0x8a]; // teal
const GLYPH = [0xff, 0xff, 0xff];

/** Shapes in unit coordinates (0..1 across the icon). */
const BACKGROUND = { x0: 0.03, y0: 0.03, x1: 0.97, y1: 0.97, r: 0.2 };
const TILE_SIZE = 0.24;
const TILE_GAP = 0.08;
const TILE_RADIUS = 0.05;
const GRID_START = (1 - (2 * TILE_SIZE + TILE_GAP)) / 2;
const TILES = [
  { col: 0, row: 0, opacity: 1 },
  { col: 1, row: 0, opacity: 1 },
  { col: 0, row: 1, opacity: 1 },
  { col: 1, row: 1, opacity: 0.55 },
].map((t) => {
  const x0 = GRID_START + t.col * (TILE_SIZE + TILE_GAP);
  const y0 = GRID_START + t.row * (TILE_SIZE + TILE_GAP);
  return { x0, y0, x1: x0 + TILE_SIZE, y1: y0 + TILE_SIZE, r: TILE_RADIUS, opacity: t.opacity };
});

function insideRoundedRect(px, py, rect) {
  const dx = Math.max(rect.x0 + rect.r - px, 0, px - (rect.x1 - rect.r));
  const dy = Math.max(rect.y0 + rect.r - py, 0, py - (rect.y1 - rect.r));
  if (px < rect.x0 || px > rect.x1 || py < rect.y0 || py > rect.y1) return false;
  return dx * dx + dy * dy <= rect.r * rect.r;
}

/** Returns RGBA bytes, row by row, for a square icon of `size` pixels. */
function drawMark(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let bgCover = 0;
      let glyphCover = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const px = (x + (sx + 0.5) / n) / size;
          const py = (y + (sy + 0.5) / n) / size;
          if (!insideRoundedRect(px, py, BACKGROUND)) continue;
          bgCover++;
          const tile = TILES.find((t) => insideRoundedRect(px, py, t));
          if (tile) glyphCover += tile.opacity;
        }
      }
      const samples = n * n;
      const alpha = bgCover / samples;
      // Glyph coverage relative to the painted background, so edges blend, not darken.
      const glyphMix = bgCover === 0 ? 0 : glyphCover / bgCover;
      const t = (x + y + 1) / (2 * size); // diagonal gradient position
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) {
        const bg = COLOR_TOP_LEFT[c] + (COLOR_BOTTOM_RIGHT[c] - COLOR_TOP_LEFT[c]) * t;
        pixels[i + c] = Math.round(bg + (GLYPH[c] - bg) * glyphMix);
      }
      pixels[i + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes 8-bit RGBA pixels as a PNG (colour type 6, no interlace, filter 0 on every row). */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0;
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  for (const { file, size } of OUTPUTS) {
    const png = encodePng(size, drawMark(size));
    fs.writeFileSync(path.join(outDir, file), png);
    console.log(`${file}: ${size}×${size}, ${png.length} bytes`);
  }
}

if (require.main === module) main();

module.exports = { drawMark, encodePng };
