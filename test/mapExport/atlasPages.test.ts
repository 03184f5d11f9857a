import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GroupShape, Shape } from '../../electron/services/io/map/drawing';
import { exportAllocationMap } from '../../electron/services/io/map/exportAllocationMap';
import { allocationMapDrawing } from '../../electron/services/io/map/allocationMapDrawing';
import { resolveMapOptions } from '../../electron/services/io/map/allocationMapOptions';
import { textMeasure } from '../../electron/services/io/map/mapFont';
import { sheetLayout } from '../../electron/services/io/map/sheetLayout';
import { demoSnapshot, heldPlotsOf, poppler } from './demoSheets';

/*
 * Issue 11, the committee pack: each resident's atlas page is centred and scaled on that resident's
 * plots — read back from the PDF by pdftotext cropped to the map frame, so the allocation table beside
 * the map does not count — with an overview inset of where they lie; a park that needs several sheets at
 * the chosen scale gets a key map and its numbered sheets, which between them show every plot.
 */

const { snapshot, ryazansky, dir } = demoSnapshot();
const DATE = '2026-11-26';
const layout = sheetLayout('A3', 'landscape');
const frame = layout.mapFrame;
const codeOf = new Map(snapshot.plots.map((plot) => [plot.id, plot.code]));
const residentName = new Map(snapshot.residents.map((resident) => [resident.id, resident.name]));
const held = heldPlotsOf(snapshot, ryazansky, DATE);
const codesByResident = new Map<string, string[]>();
for (const allocation of held) {
  const name = residentName.get(allocation.residentId) ?? '?';
  codesByResident.set(name, [...(codesByResident.get(name) ?? []), codeOf.get(allocation.plotId) ?? '?']);
}
const residents = [...codesByResident.keys()].sort((a, b) => a.localeCompare(b, 'ru'));

/** The words pdftotext finds inside the map frame of one page (points at 72 dpi). */
const frameWords = (file: string, page: number): string[] =>
  poppler('pdftotext', '-f', String(page), '-l', String(page), '-x', String(Math.floor(frame.x)), '-y', String(Math.floor(frame.y)), '-W', String(Math.floor(frame.width)), '-H', String(Math.floor(frame.height)), file, '-')
    .split(/\s+/u)
    .filter((word) => word !== '');

const findGroup = (shapes: readonly Shape[], role: string): GroupShape | undefined => {
  for (const shape of shapes) {
    if (shape.kind !== 'group') continue;
    if (shape.role === role) return shape;
    const inner = findGroup(shape.shapes, role);
    if (inner !== undefined) return inner;
  }
  return undefined;
};

describe.each([['fit' as const], [2000]])('an atlas at scale %s', async (scale) => {
  const file = join(dir, `atlas-${scale}.pdf`);
  const result = await exportAllocationMap(snapshot, { format: 'pdf', parkId: ryazansky.id, paper: 'A3', orientation: 'landscape', atlas: true, scale, date: DATE }, file);
  const firstResidentPage = result.pageCount - residents.length + 1;

  it('shows each resident’s plots, labelled, inside the map frame of its page', () => {
    expect(residents.length).toBeGreaterThan(5);
    residents.forEach((name, index) => {
      const page = firstResidentPage + index;
      expect(poppler('pdftotext', '-f', String(page), '-l', String(page), file, '-')).toContain(name);
      const words = frameWords(file, page);
      for (const code of codesByResident.get(name) ?? []) expect(words, `${name}: ${code} on page ${page}`).toContain(code);
    });
  });
});

describe('an atlas page’s overview inset', () => {
  const drawing = allocationMapDrawing(snapshot, resolveMapOptions({ format: 'pdf', parkId: ryazansky.id, atlas: true, date: DATE }, DATE), textMeasure());
  it('draws the whole park small with the page’s plots in it, on every resident page', () => {
    const pages = drawing.pages.slice(drawing.pages.length - residents.length);
    pages.forEach((page, index) => {
      const inset = findGroup(page.shapes, 'overview-inset');
      expect(inset, residents[index]).toBeDefined();
      expect(String(inset?.data?.['plots']).split(' ').sort()).toEqual([...(codesByResident.get(residents[index]!) ?? [])].sort());
      // Inside the map frame, in its lower-left quarter.
      expect(inset?.clip?.x).toBeGreaterThanOrEqual(frame.x);
      expect((inset?.clip?.y ?? 0) + (inset?.clip?.height ?? 0)).toBeLessThanOrEqual(frame.y + frame.height);
      expect(inset?.clip?.width).toBeLessThan(frame.width / 2);
    });
    // The overview page itself shows the whole park and needs no inset.
    expect(findGroup(drawing.pages[0]!.shapes, 'overview-inset')).toBeUndefined();
  });
});

describe('a park that needs several sheets at the chosen scale', async () => {
  const file = join(dir, 'series-2000.pdf');
  const result = await exportAllocationMap(snapshot, { format: 'pdf', parkId: ryazansky.id, paper: 'A3', orientation: 'landscape', scale: 2000, date: DATE }, file);
  const text = (page: number) => poppler('pdftotext', '-f', String(page), '-l', String(page), file, '-');

  const drawing = allocationMapDrawing(snapshot, resolveMapOptions({ format: 'pdf', parkId: ryazansky.id, paper: 'A3', orientation: 'landscape', scale: 2000, date: DATE }, DATE), textMeasure());
  const index = findGroup(drawing.pages[0]!.shapes, 'sheet-index');
  const sheets = (index?.shapes ?? []).filter((shape) => shape.kind === 'text').length;
  // The key map's allocation table may run on over a page or two before the sheets begin.
  const firstSheetPage = result.pageCount - sheets + 1;

  it('starts with a key map naming and outlining the sheets', () => {
    expect(sheets).toBeGreaterThan(3);
    expect(text(1)).toContain('Сборный лист (схема разбивки на листы)');
    // The numbers are drawn over the plot labels, so they are read off the drawing, not the PDF's text.
    const numbers = (index?.shapes ?? []).flatMap((shape) => (shape.kind === 'text' ? [Number(shape.text)] : []));
    expect(numbers).toEqual(Array.from({ length: sheets }, (_, i) => i + 1));
    // Every sheet's outline lies inside the key map's frame.
    for (const shape of index?.shapes ?? []) {
      if (shape.kind !== 'path') continue;
      for (const [x, y] of shape.parts[0] ?? []) {
        expect(x).toBeGreaterThanOrEqual(frame.x - 0.01);
        expect(x).toBeLessThanOrEqual(frame.x + frame.width + 0.01);
        expect(y).toBeGreaterThanOrEqual(frame.y - 0.01);
        expect(y).toBeLessThanOrEqual(frame.y + frame.height + 0.01);
      }
    }
    for (let n = 1; n <= sheets; n += 1) expect(text(firstSheetPage + n - 1)).toContain(`Лист ${n} из ${sheets}`);
    expect(text(firstSheetPage).replaceAll('\u00a0', ' ')).toContain('1:2 000');
  });

  it('shows every plot of the park on one sheet of the series or another', () => {
    const seen = new Set<string>();
    for (let page = firstSheetPage; page <= result.pageCount; page += 1) for (const word of frameWords(file, page)) seen.add(word);
    const missing = snapshot.plots.filter((plot) => plot.parkId === ryazansky.id && !seen.has(plot.code)).map((plot) => plot.code);
    expect(missing).toEqual([]);
  });
});
