#!/usr/bin/env node
// Draws FOI Desk's icons (a calendar page with a tick) and writes them as PNG files into
// manifest/icons/. No image library: shapes are signed distance functions, supersampled 4×4 for
// smooth edges, and the PNG is written by hand (zlib + CRC-32).
//
//   node manifest/makeIcons.js
//
// color.png   192×192  Teams colour icon: white glyph on the accent colour
// outline.png  32×32   Teams outline icon: white glyph on a transparent background
// icon-16/32/80.png    Outlook ribbon button icons: accent-coloured glyph, transparent background
"use strict";
const { deflateSync } = require("node:zlib");
const { writeFileSync, mkdirSync } = require("node:fs");
const path = require("node:path");

const accent = [0x0f, 0x54, 0x8c]; // the manifest's accentColor, #0F548C
const white = [0xff, 0xff, 0xff];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
/** An 8-bit RGBA PNG from a width×height×4 byte array. */
function png(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Signed distances in a unit square (0..1 on both axes, y down).
function roundedBox(x, y, left, top, right, bottom, radius) {
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const qx = Math.abs(x - cx) - ((right - left) / 2 - radius);
  const qy = Math.abs(y - cy) - ((bottom - top) / 2 - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}
function segment(x, y, ax, ay, bx, by) {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy);
}

/** True where the calendar-and-tick glyph is drawn; `stroke` is the line width (unit square). */
function glyph(x, y, stroke) {
  const half = stroke / 2;
  const body = roundedBox(x, y, 0.16, 0.22, 0.84, 0.86, 0.08);
  if (Math.abs(body) <= half) return true; // the page's edge
  if (body < 0 && y <= 0.36) return true; // the header band
  if (segment(x, y, 0.34, 0.12, 0.34, 0.28) <= half * 1.1) return true; // left ring
  if (segment(x, y, 0.66, 0.12, 0.66, 0.28) <= half * 1.1) return true; // right ring
  const tick =
    Math.min(segment(x, y, 0.32, 0.6, 0.45, 0.73), segment(x, y, 0.45, 0.73, 0.69, 0.49)) <= half;
  return tick;
}

function draw(size, { background, foreground, stroke }) {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let covered = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (glyph(x, y, stroke)) covered += 1;
        }
      }
      const coverage = covered / (samples * samples);
      const offset = (py * size + px) * 4;
      if (background) {
        for (let c = 0; c < 3; c += 1) {
          rgba[offset + c] = Math.round(background[c] * (1 - coverage) + foreground[c] * coverage);
        }
        rgba[offset + 3] = 255;
      } else {
        rgba.set(foreground, offset);
        rgba[offset + 3] = Math.round(255 * coverage);
      }
    }
  }
  return png(size, size, rgba);
}

const out = path.join(__dirname, "icons");
mkdirSync(out, { recursive: true });
const icons = {
  "color.png": draw(192, { background: accent, foreground: white, stroke: 0.05 }),
  "outline.png": draw(32, { foreground: white, stroke: 0.07 }),
  "icon-16.png": draw(16, { foreground: accent, stroke: 0.12 }),
  "icon-32.png": draw(32, { foreground: accent, stroke: 0.08 }),
  "icon-80.png": draw(80, { foreground: accent, stroke: 0.06 }),
};
for (const [name, bytes] of Object.entries(icons)) {
  writeFileSync(path.join(out, name), bytes);
  console.log(`wrote manifest/icons/${name} (${bytes.length} bytes)`);
}
