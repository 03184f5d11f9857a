#!/usr/bin/env node
// Builds the SDF glyph ranges MapLibre needs for offline labels (Latin, Cyrillic, punctuation, №, ², the
// narrow no-break space Intl uses to group Russian numbers) from the TTF shipped in assets/fonts/.
// Output: assets/public/glyphs/<font name>/<start>-<end>.pbf, committed so the app never fetches glyphs.
import { createRequire } from 'node:module';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const fontnik = require('fontnik');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FONT_FILE = join(root, 'assets/fonts/DejaVuSans.ttf');
/** The fontstack name the map style uses in every symbol layer (renderer/src/map/glyphs.ts). */
const FONT_NAME = 'DejaVu Sans Book';
const RANGES = [
  [0, 255], // Basic Latin, Latin-1 (digits, ², ×)
  [256, 511], // Latin Extended
  [1024, 1279], // Cyrillic
  [8192, 8447], // General Punctuation: dashes, the narrow no-break space, «»-adjacent quotes
  [8448, 8703], // Letterlike Symbols: №
];

const call = (fn, options) =>
  new Promise((resolve, reject) => fn(options, (error, value) => (error ? reject(error) : resolve(value))));

const font = await readFile(FONT_FILE);
const [face] = await call(fontnik.load, font);
const faceName = `${face.family_name} ${face.style_name}`;
if (faceName !== FONT_NAME) throw new Error(`${FONT_FILE} is "${faceName}", expected "${FONT_NAME}"`);

const outDir = join(root, 'assets/public/glyphs', FONT_NAME);
await mkdir(outDir, { recursive: true });
for (const [start, end] of RANGES) {
  const pbf = await call(fontnik.range, { font, start, end });
  const covered = face.points.filter((point) => point >= start && point <= end).length;
  await writeFile(join(outDir, `${start}-${end}.pbf`), pbf);
  console.log(`${FONT_NAME} ${start}-${end}: ${covered} glyphs, ${pbf.length} bytes`);
}
