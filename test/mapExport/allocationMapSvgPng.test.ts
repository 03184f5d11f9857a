import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { allocationMapDrawing } from '../../electron/services/io/map/allocationMapDrawing';
import { resolveMapOptions } from '../../electron/services/io/map/allocationMapOptions';
import { exportAllocationMap } from '../../electron/services/io/map/exportAllocationMap';
import { textMeasure } from '../../electron/services/io/map/mapFont';
import { parkProjection } from '../../electron/services/io/map/mapSheet';
import { parkSheetData } from '../../electron/services/io/map/parkSheetData';
import { sheetLayout } from '../../electron/services/io/map/sheetLayout';
import { demoSnapshot, heldPlotsOf } from './demoSheets';

/*
 * The SVG parsed by an independent XML parser (Python's ElementTree), the true scale checked on the
 * geometry written into it, and the PNG's pixel size read from its header.
 */

const DATE = '2026-11-26';
const PT_PER_MM = 72 / 25.4;
const { snapshot, ryazansky, dir } = demoSnapshot();

/** Facts pulled from the SVG by ElementTree: root size, plot paths, texts and the scale bar. */
function readSvg(file: string): { width: string; viewBox: string; plotPaths: number; texts: string[]; bar: Record<string, string>; barOutline: string } {
  const script = `
import json, sys, xml.etree.ElementTree as ET
ns = {'s': 'http://www.w3.org/2000/svg'}
root = ET.parse(sys.argv[1]).getroot()
plots = root.find(".//s:g[@class='plots']", ns)
bar = root.find(".//s:g[@class='scale-bar']", ns)
outline = [p.get('d') for p in bar.findall('s:path', ns) if p.get('fill') == 'none']
print(json.dumps({'width': root.get('width'), 'viewBox': root.get('viewBox'), 'plotPaths': len(plots.findall('s:path', ns)),
  'texts': [t.text or '' for t in root.iter('{http://www.w3.org/2000/svg}text')], 'bar': dict(bar.attrib), 'barOutline': outline[0]}))
`;
  const result = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`ElementTree could not read ${file}: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

describe('an SVG allocation map at 1:2000 on A1', async () => {
  const file = join(dir, 'ryazansky.svg');
  const result = await exportAllocationMap(snapshot, { format: 'svg', parkId: ryazansky.id, paper: 'A1', orientation: 'landscape', scale: 2000, date: DATE }, file);
  const svg = readSvg(file);

  it('parses as XML, sized in millimetres over a viewBox in points', () => {
    expect(result.files[0]).toBe(file);
    expect(svg.width).toBe('841mm');
    const [, , w] = svg.viewBox.split(' ').map(Number);
    expect(w).toBeCloseTo(841 * PT_PER_MM, 1);
  });

  it('holds a path per plot of the park and the plots’ codes', () => {
    const plots = snapshot.plots.filter((plot) => plot.parkId === ryazansky.id);
    expect(svg.plotPaths).toBe(plots.length);
    const held = heldPlotsOf(snapshot, ryazansky, DATE);
    const codes = new Set(svg.texts);
    for (const allocation of held) expect(codes.has(plots.find((plot) => plot.id === allocation.plotId)?.code ?? '?')).toBe(true);
  });

  it('draws a 100 m scale bar 50 mm long, as 1:2000 requires', () => {
    // «Рязанский» needs several A1 sheets at 1:2000: page 1 is their key map, page 2 the first sheet.
    expect(result.files.length).toBeGreaterThan(2);
    const sheet = readSvg(result.files[1]!);
    expect(sheet.bar['data-length-m']).toBe('100');
    // The outline rectangle as written: M x0 y0 L x1 y0 L x1 y1 L x0 y1 Z, in points.
    const xs = [...sheet.barOutline.matchAll(/([\d.]+) ([\d.]+)/g)].map((match) => Number(match[1]));
    const lengthMm = (Math.max(...xs) - Math.min(...xs)) / PT_PER_MM;
    expect(lengthMm).toBeCloseTo(50, 1);
  });
});

describe('the map’s true scale', () => {
  it('puts any two vertices of the park as far apart on paper as the ground distance over N (within 0.01 %)', () => {
    const data = parkSheetData(snapshot, ryazansky.id, DATE);
    const projection = parkProjection(data, sheetLayout('A1', 'landscape'), 1000);
    const outer = ryazansky.boundary.type === 'Polygon' ? ryazansky.boundary.coordinates[0] : ryazansky.boundary.coordinates[0]?.[0];
    const ring = outer ?? [];
    expect(ring.length).toBeGreaterThan(4);
    for (let i = 0; i + 2 < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[i + 2]!;
      const ground = geodesic.Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0]).s12 ?? Number.NaN;
      const [ax, ay] = projection.toPage(a);
      const [bx, by] = projection.toPage(b);
      const paperMm = Math.hypot(bx - ax, by - ay) / PT_PER_MM;
      // 1:1000 — a metre on the ground is a millimetre on paper.
      expect(Math.abs(paperMm - ground) / ground).toBeLessThan(1e-4);
    }
  });

  it('chooses a round scale that fits the park when asked to fit', () => {
    const drawing = allocationMapDrawing(snapshot, resolveMapOptions({ format: 'pdf', parkId: ryazansky.id, paper: 'A1', orientation: 'landscape' }, DATE), textMeasure());
    expect([2000, 2500, 3000, 4000, 5000, 10_000]).toContain(drawing.scale);
  });
});

describe('a PNG allocation map', async () => {
  const file = join(dir, 'ryazansky.png');
  await exportAllocationMap(snapshot, { format: 'png', parkId: ryazansky.id, paper: 'A4', orientation: 'portrait', dpi: 100, date: DATE }, file);

  it('is as many pixels as the sheet in inches times the dpi', () => {
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height as big-endian 32-bit integers at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBe(Math.round((210 / 25.4) * 100));
    expect(png.readUInt32BE(20)).toBe(Math.round((297 / 25.4) * 100));
  });
});
