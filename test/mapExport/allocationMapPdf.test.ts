import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportAllocationMap } from '../../electron/services/io/map/exportAllocationMap';
import { demoSnapshot, heldPlotsOf, poppler } from './demoSheets';

/*
 * The PDF read back by poppler-utils, as anyone receiving the file would read it: sheet size,
 * extractable Cyrillic text, the embedded font, no raster images, and the atlas's page count.
 */

const DATE = '2026-11-26';
const { snapshot, ryazansky, dir } = demoSnapshot();
const held = heldPlotsOf(snapshot, ryazansky, DATE);
const plotById = new Map(snapshot.plots.map((plot) => [plot.id, plot]));
const residentById = new Map(snapshot.residents.map((resident) => [resident.id, resident]));
const holderNames = [...new Set(held.map((allocation) => residentById.get(allocation.residentId)?.name ?? '?'))];

describe('an A1 landscape allocation map of «Рязанский»', async () => {
  const file = join(dir, 'ryazansky-a1.pdf');
  const result = await exportAllocationMap(
    snapshot,
    { format: 'pdf', parkId: ryazansky.id, paper: 'A1', orientation: 'landscape', legendBy: 'resident', grid: true, author: 'Отдел планирования', date: DATE },
    file,
  );
  const text = poppler('pdftotext', '-layout', file, '-');

  it('is one A1 landscape sheet: 2384 × 1684 pt', () => {
    const info = poppler('pdfinfo', file);
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    expect(Math.abs(Number(size?.[1]) - 2384)).toBeLessThanOrEqual(1);
    expect(Math.abs(Number(size?.[2]) - 1684)).toBeLessThanOrEqual(1);
    expect(/Pages:\s+(\d+)/.exec(info)?.[1]).toBe(String(result.pageCount));
  });

  it('carries every held plot code and every holder’s name as extractable Cyrillic text', () => {
    expect(held.length).toBeGreaterThan(10);
    for (const allocation of held) expect(text).toContain(plotById.get(allocation.plotId)?.code);
    for (const name of holderNames) expect(text).toContain(name);
    expect(text).toContain('Схема размещения резидентов');
    expect(text).toContain('Отдел планирования');
    const grouped = String(result.scale).replace(/\B(?=(\d{3})+$)/g, ' ');
    expect(text.replaceAll('\u00a0', ' ')).toContain(`Масштаб 1:${grouped}`);
  });

  it('embeds its font', () => {
    const fonts = poppler('pdffonts', file).split('\n').slice(2).filter((line) => line.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line).toContain('DejaVuSans');
      // Columns: name, type, encoding, emb, sub, uni.
      expect(line.split(/\s+/).slice(-5, -2)).toEqual(['yes', 'yes', 'yes']);
    }
  });

  it('draws the map as vectors: no raster image at all', () => {
    const images = poppler('pdfimages', '-list', file).split('\n').slice(2).filter((line) => line.trim() !== '');
    expect(images).toEqual([]);
  });

  it('labels the МСК-62 grid in cadastral metres', () => {
    expect(text).toMatch(/Y 1\s32\d\s\d00/u);
    expect(text).toMatch(/X 45\d\s\d00/u);
    expect(text).toContain('МСК-62, зона 1');
  });
});

describe('an atlas', async () => {
  const file = join(dir, 'ryazansky-atlas.pdf');
  const result = await exportAllocationMap(snapshot, { format: 'pdf', parkId: ryazansky.id, paper: 'A3', orientation: 'landscape', atlas: true, date: DATE }, file);

  it('has an overview sheet and then one sheet per resident holding land in the park', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', file))?.[1]);
    expect(holderNames.length).toBeGreaterThan(5);
    expect(pages).toBe(holderNames.length + 1);
    expect(result.pageCount).toBe(pages);
  });

  it('names each resident on its own sheet, in order', () => {
    const sorted = [...holderNames].sort((a, b) => a.localeCompare(b, 'ru'));
    sorted.forEach((name, index) => {
      const page = String(index + 2);
      expect(poppler('pdftotext', '-f', page, '-l', page, file, '-')).toContain(name);
    });
  });
});

describe('the allocation table', async () => {
  const file = join(dir, 'ryazansky-a4.pdf');
  const result = await exportAllocationMap(snapshot, { format: 'pdf', parkId: ryazansky.id, paper: 'A4', orientation: 'landscape', legendBy: 'resident', date: DATE }, file);

  it('runs on over further sheets when the panel cannot hold it, dropping no row and cutting no agreement number', () => {
    expect(result.pageCount).toBeGreaterThan(1);
    const rest = poppler('pdftotext', '-f', '2', file, '-');
    expect(rest).toContain('Ведомость предоставления участков (продолжение)');
    const lines = poppler('pdftotext', '-layout', file, '-').split('\n');
    for (const allocation of held) {
      const code = plotById.get(allocation.plotId)?.code ?? '?';
      // A table row carries the plot code and, on the same line, the whole agreement number.
      const row = new RegExp(`(^|\\s)${code}\\s.*\\s${allocation.agreementNo}(\\s|$)`, 'u');
      expect(lines.some((line) => row.test(line)), `${code} ${allocation.agreementNo}`).toBe(true);
    }
  });
});
