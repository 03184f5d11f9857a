import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract/result';
import type { ExportedFiles, ExportPreview, ImportPreview, ImportReportView } from '../../shared/contract/exchangeViews';
import { openDemoProject, TODAY, type DemoProject } from '../services/__fixtures__/demoStore';
import { dispatch } from './dispatch';
import type { HandlerMap } from './handlerMap';
import { createHandlers } from './projectHandlers';

// The export and import dialogs' channels as the renderer reaches them, on a real copy of the demo.
let demo: DemoProject;
let handlers: HandlerMap;
beforeEach(() => {
  demo = openDemoProject();
  handlers = createHandlers({ store: demo.store, file: demo.file, host: 'web', today: () => TODAY });
});
afterEach(() => demo.dispose());

const call = (channel: string, payload: unknown): Promise<Result<unknown>> => dispatch(handlers, channel, payload);

async function value<T>(channel: string, payload: unknown): Promise<T> {
  const result = await call(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

const ryazansky = () => {
  const park = demo.store.parks.list().find((candidate) => candidate.name.includes('Рязанский'));
  if (park === undefined) throw new Error('the demo has no «Рязанский»');
  return park;
};
const mapOptions = () => ({ parkId: ryazansky().id, paper: 'A3', orientation: 'landscape', scale: 'fit', legendBy: 'status', atlas: false });

// At the middle of the park, so that the pipeline finds the features where the park is.
function nearPark(): [number, number] {
  const { boundary } = ryazansky();
  const positions = boundary.type === 'Polygon' ? boundary.coordinates.flat() : boundary.coordinates.flat(2);
  const lons = positions.map(([lon]) => lon);
  const lats = positions.map(([, lat]) => lat);
  return [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
}

function square(lon: number, lat: number, size: number, closed: boolean): number[][] {
  const ring = [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size]];
  return closed ? [...ring, [lon, lat]] : ring;
}

/** One plot whose ring is not closed (repaired) and, unless `clean`, one with a NaN coordinate (rejected). */
function uploadedGeoJson(clean: boolean): string {
  const [lon, lat] = nearPark();
  const features = [
    { type: 'Feature', properties: { code: 'ИМП-1' }, geometry: { type: 'Polygon', coordinates: [square(lon, lat, 0.0008, false)] } },
    ...(clean ? [] : [{ type: 'Feature', properties: { code: 'ИМП-2' }, geometry: { type: 'Polygon', coordinates: [square(lon + 0.002, lat, 0.0008, true)] } }]),
  ];
  // JSON has no NaN: the second plot's first coordinate is written as NaN by hand, as a broken exporter would.
  const text = JSON.stringify({ type: 'FeatureCollection', features });
  return clean ? text : text.replace(/("ИМП-2"\}.*?"coordinates":\[\[\[)[-\d.e]+/u, '$1NaN');
}

const upload = (text: string) => ({ parkId: ryazansky().id, fileName: 'site plan.geojson', base64: Buffer.from(text, 'utf8').toString('base64'), layer: 'plots' });

describe('export channels', () => {
  it('previews page 1 of the allocation map as SVG with the plot codes', async () => {
    const preview = await value<ExportPreview>('export:preview', mapOptions());
    expect(preview.svg.startsWith('<?xml')).toBe(true);
    expect(preview.svg).toContain('<svg');
    const someCode = demo.store.plots.list().find((plot) => plot.parkId === ryazansky().id)?.code ?? 'none';
    expect(preview.svg).toContain(someCode);
    expect(preview.pageCount).toBeGreaterThanOrEqual(1);
    expect(preview.scale).toBeGreaterThanOrEqual(500);
    const atlas = await value<ExportPreview>('export:preview', { ...mapOptions(), atlas: true });
    expect(atlas.pageCount).toBeGreaterThan(preview.pageCount);
  });

  it('refuses a scale out of range before drawing', async () => {
    const result = await call('export:preview', { ...mapOptions(), scale: 100 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('scale') } });
  });

  it('hands back a PDF of the park, and a GeoJSON holding its plots', async () => {
    const pdf = await value<ExportedFiles>('export:file', { ...mapOptions(), scale: 5000, format: 'pdf' });
    expect(pdf.files).toHaveLength(1);
    expect(pdf.files[0]?.name).toMatch(/Рязанский.*\.pdf$/u);
    expect(Buffer.from(pdf.files[0]?.base64 ?? '', 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const geojson = await value<ExportedFiles>('export:file', { ...mapOptions(), format: 'geojson' });
    const parsed = JSON.parse(Buffer.from(geojson.files[0]?.base64 ?? '', 'base64').toString('utf8')) as { features: { properties: { code?: string } }[] };
    const codes = new Set(parsed.features.map((feature) => feature.properties.code));
    const parkPlots = demo.store.plots.list().filter((plot) => plot.parkId === ryazansky().id);
    expect(parkPlots.every((plot) => codes.has(plot.code))).toBe(true);
  });
});

describe('import channels', () => {
  it('previews a small GeoJSON: a ring closed, a NaN feature rejected, nothing written', async () => {
    const before = demo.fileBytes();
    const preview = await value<ImportPreview>('import:preview', upload(uploadedGeoJson(false)));
    expect(preview.report).toMatchObject({ read: 2, accepted: 1, rejectedCount: 1, repairedCount: 1 });
    expect(preview.report.repaired[0]?.messages.join(' ')).toMatch(/clos/i);
    expect(preview.report.rejected[0]?.messages.join(' ')).toMatch(/NaN|finite|number/i);
    expect(preview.accepted.features).toHaveLength(1);
    expect(preview.accepted.features[0]?.properties.label).toBe('ИМП-1');
    expect(preview.accepted.features[0]?.geometry.type).toBe('Polygon');
    expect(demo.fileBytes().equals(before)).toBe(true);
  });

  it('refuses to commit a file with a rejected feature and leaves the project byte for byte', async () => {
    const before = demo.fileBytes();
    const result = await call('import:commit', upload(uploadedGeoJson(false)));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('rejected') } });
    expect(demo.fileBytes().equals(before)).toBe(true);
    expect(demo.store.plots.getByCode(ryazansky().id, 'ИМП-1')).toBeNull();
  });

  it('commits a clean file as one undoable edit', async () => {
    const count = demo.store.plots.list().length;
    const report = await value<ImportReportView>('import:commit', upload(uploadedGeoJson(true)));
    expect(report).toMatchObject({ written: 1, journaled: true });
    expect(demo.store.plots.list()).toHaveLength(count + 1);
    await value('edits:undo', {});
    expect(demo.store.plots.list()).toHaveLength(count);
  });
});
