// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- fontkit ships no types; its declaration sits beside the SVG font code in electron/
/// <reference path="../../electron/services/io/map/fontkit.d.ts" />
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { allocationMapDrawing } from '../../electron/services/io/map/allocationMapDrawing';
import { resolveMapOptions } from '../../electron/services/io/map/allocationMapOptions';
import { exportAllocationMap } from '../../electron/services/io/map/exportAllocationMap';
import { MAP_FONT_FAMILY, mapFontPath, textMeasure } from '../../electron/services/io/map/mapFont';
import { pixelSizeAt } from '../../electron/services/io/map/pngWriter';
import { pageToSvg } from '../../electron/services/io/map/svgWriter';
import { demoSnapshot } from './demoSheets';

/*
 * The SVG carries the glyphs it uses: the embedded font is read back by fontkit and must cover every
 * character of every <text> (pulled out by Python's ElementTree, not by our writer), Chromium must
 * accept it (its font sanitizer refuses malformed fonts), and resvg's PNG stays pixel for pixel the same.
 */

const DATE = '2026-11-26';
const { snapshot, ryazansky, dir } = demoSnapshot();

/** Every <text>'s characters and the @font-face data of an SVG file, read by ElementTree. */
function readSvgFont(file: string): { texts: string[]; family: string; fontBase64: string; rootFamily: string } {
  const script = `
import json, re, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
style = ''.join(s.text or '' for s in root.iter('{http://www.w3.org/2000/svg}style'))
face = re.search(r'@font-face\\{font-family:"([^"]+)";src:url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\)', style)
print(json.dumps({'texts': [''.join(t.itertext()) for t in root.iter('{http://www.w3.org/2000/svg}text')],
  'family': face.group(1), 'fontBase64': face.group(2), 'rootFamily': root.get('font-family')}))
`;
  const result = spawnSync('python3', ['-c', script, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`ElementTree could not read ${file}: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

describe('the SVG allocation map of «Рязанский» on A1 at 1:2000', async () => {
  const file = join(dir, 'ryazansky-font.svg');
  await exportAllocationMap(snapshot, { format: 'svg', parkId: ryazansky.id, paper: 'A1', orientation: 'landscape', scale: 2000, grid: true, author: 'Отдел генплана «Ёлка» — №7', date: DATE }, file);
  const svg = readSvgFont(file);
  const fontBytes = Buffer.from(svg.fontBase64, 'base64');
  const font = create(fontBytes);

  it('declares an embedded font first in the family list, the installed DejaVu Sans after it', () => {
    expect(svg.rootFamily.split(',').map((name) => name.trim().replace(/^'|'$/g, ''))).toEqual([svg.family, MAP_FONT_FAMILY, 'sans-serif']);
  });

  it('embeds a font whose glyph subset covers every character the sheet writes', () => {
    const characters = new Set(svg.texts.join(''));
    expect(characters.size).toBeGreaterThan(60);
    expect([...characters].filter((char) => char === 'Ё' || char === '№' || char === '«')).toHaveLength(3);
    const missing = [...characters].filter((char) => !font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0) || font.glyphForCodePoint(char.codePointAt(0) ?? 0).id === 0);
    expect(missing).toEqual([]);
  });

  it('holds only those glyphs, so the file stays small', () => {
    const full = create(readFileSync(mapFontPath()));
    const characters = new Set(svg.texts.join(''));
    // A composite glyph (Ё, Й) brings the glyphs it is built from, so a few more glyphs than characters.
    expect(font.numGlyphs).toBeLessThan(characters.size * 1.5);
    expect(full.numGlyphs).toBeGreaterThan(5000);
    expect(fontBytes.length).toBeLessThan(40 * 1024);
    console.info(`A1 «Рязанский» SVG: ${statSync(file).size} bytes, of which the embedded font ${fontBytes.length} bytes (${svg.fontBase64.length} as base64)`);
  });

  it('is a font Chromium accepts and lays out with DejaVu Sans widths', () => {
    const page = join(dir, 'font-check.html');
    writeFileSync(
      page,
      `<!doctype html><div id="r">pending</div><script>
new FontFace('Embedded', 'url(data:font/ttf;base64,${svg.fontBase64})').load().then((face) => {
  document.fonts.add(face);
  const context = document.createElement('canvas').getContext('2d');
  context.font = '100px Embedded';
  document.getElementById('r').textContent = 'width ' + context.measureText('Участок').width;
}, (error) => { document.getElementById('r').textContent = 'refused ' + error; });
</script>`,
    );
    const result = spawnSync('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--virtual-time-budget=5000', '--dump-dom', `file://${page}`], { encoding: 'utf8', timeout: 60_000 });
    const answer = /<div id="r">([^<]*)</.exec(result.stdout)?.[1] ?? result.stderr;
    expect(answer).toMatch(/^width /);
    // The advance widths are DejaVu Sans's own, as pdfkit measures them without kerning pairs.
    expect(Number(answer.slice(6))).toBeCloseTo(textMeasure().width('Участок', 100), -1);
  }, 60_000);
});

describe('the PNG path', () => {
  it('renders the same pixels with the embedded font, and with the old font-family list', () => {
    const options = resolveMapOptions({ format: 'png', parkId: ryazansky.id, paper: 'A4', orientation: 'landscape', grid: true, date: DATE }, DATE);
    const drawing = allocationMapDrawing(snapshot, options, textMeasure());
    const first = drawing.pages[0];
    if (first === undefined) throw new Error('no page');
    const pixels = pixelSizeAt(297, 210, 60);
    const plain = pageToSvg(first, drawing.title, pixels);
    const face = /<defs><style>@font-face[^<]*<\/style><\/defs>/.exec(pageToSvg(first, drawing.title))?.[0];
    expect(face).toBeDefined();
    const withFace = plain.replace('<rect width="100%"', `${face}<rect width="100%"`);
    const oldFamily = plain.replace(/font-family="[^"]*"/, `font-family="${MAP_FONT_FAMILY}, sans-serif"`);
    expect(new Set([plain, withFace, oldFamily]).size).toBe(3);
    const render = (text: string) =>
      new Resvg(text, { font: { fontFiles: [mapFontPath()], loadSystemFonts: false, defaultFontFamily: MAP_FONT_FAMILY, sansSerifFamily: MAP_FONT_FAMILY } }).render().pixels;
    const reference = render(oldFamily);
    expect(render(plain).equals(reference)).toBe(true);
    expect(render(withFace).equals(reference)).toBe(true);
  });
});
