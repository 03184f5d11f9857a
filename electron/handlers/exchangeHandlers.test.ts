import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportedFiles, ExportPreview } from '../../shared/contract/exchangeViews';
import type { ImportJobView } from '../../shared/contract/importJobs';
import type { ChannelCalls } from '../services/__fixtures__/channelCalls';
import type { DemoProject } from '../services/__fixtures__/demoStore';
import { openDemoPerTest } from '../services/__fixtures__/demoPerTest';
import { pollJob, stageFile } from '../services/__fixtures__/importJobCalls';
import { formatMessage, message } from '../../shared/messages/message';

// The export and import dialogs' channels as the renderer reaches them, on a real copy of the demo.
let demo: DemoProject;
let calls: ChannelCalls;
openDemoPerTest((opened) => ({ demo, calls } = opened));

const value = <T>(channel: string, payload: unknown): Promise<T> => calls.value<T>(channel, payload);
const failure = (channel: string, payload: unknown) => calls.failure(channel, payload);

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

/** The text staged through import:upload (in 64 KB chunks, so a small file still takes several), then a job run to its end. */
async function runJob(text: string, mode: 'preview' | 'commit'): Promise<ImportJobView> {
  const dir = mkdtempSync(join(tmpdir(), 'parkplan-upload-'));
  try {
    writeFileSync(join(dir, 'in.geojson'), text);
    const uploadId = await stageFile(calls, join(dir, 'in.geojson'), 'site plan.geojson', 64 * 1024);
    const { jobId } = await value<{ jobId: string }>('import:start', { parkId: ryazansky().id, uploadId, mode, layer: 'plots' });
    return await pollJob(calls, jobId);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

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
    const error = await failure('export:preview', { ...mapOptions(), scale: 100 });
    expect(error).toMatchObject({ code: 'invalid-request', message: expect.stringContaining('scale') });
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
    const job = await runJob(uploadedGeoJson(false), 'preview');
    expect(job).toMatchObject({ state: 'done', fraction: 1 });
    const preview = job.preview;
    expect(preview?.report).toMatchObject({ read: 2, accepted: 1, rejectedCount: 1, repairedCount: 1 });
    expect(formatMessage('en', message('importReport.feature', { label: '', messages: preview?.report.repaired[0]?.messages ?? [] }))).toMatch(/clos/i);
    expect(formatMessage('en', message('importReport.feature', { label: '', messages: preview?.report.rejected[0]?.messages ?? [] }))).toMatch(/NaN|finite|number/i);
    expect(preview?.accepted.features).toHaveLength(1);
    expect(preview?.accepted.features[0]?.properties.label).toBe('ИМП-1');
    expect(preview?.accepted.features[0]?.geometry.type).toBe('Polygon');
    expect(demo.fileBytes().equals(before)).toBe(true);
  });

  it('refuses to commit a file with a rejected feature and leaves the project byte for byte', async () => {
    const before = demo.fileBytes();
    const job = await runJob(uploadedGeoJson(false), 'commit');
    expect(job).toMatchObject({ state: 'failed', error: expect.stringContaining('rejected') });
    expect(demo.fileBytes().equals(before)).toBe(true);
    expect(demo.store.plots.getByCode(ryazansky().id, 'ИМП-1')).toBeNull();
  });

  it('commits a clean file as one undoable edit', async () => {
    const count = demo.store.plots.list().length;
    const job = await runJob(uploadedGeoJson(true), 'commit');
    expect(job).toMatchObject({ state: 'done', phase: 'writing', report: { written: 1, journaled: true } });
    expect(demo.store.plots.list()).toHaveLength(count + 1);
    await value('edits:undo', {});
    expect(demo.store.plots.list()).toHaveLength(count);
  });

  it('takes chunks only in order, and starts a job only on a whole file', async () => {
    const chunk = (text: string) => Buffer.from(text, 'utf8').toString('base64');
    const first = await value<{ uploadId: string; receivedBytes: number }>('import:upload', { fileName: '../x.geojson', offset: 0, chunkBase64: chunk('{"type":'), totalBytes: 20 });
    expect(first.receivedBytes).toBe(8);
    const skipped = await failure('import:upload', { uploadId: first.uploadId, fileName: 'x.geojson', offset: 12, chunkBase64: chunk('abcd'), totalBytes: 20 });
    expect(skipped.message).toMatch(/out of order.*12.*8 bytes/);
    const repeated = await failure('import:upload', { uploadId: first.uploadId, fileName: 'x.geojson', offset: 0, chunkBase64: chunk('{"type":'), totalBytes: 20 });
    expect(repeated.message).toMatch(/out of order/);
    const early = await failure('import:start', { parkId: ryazansky().id, uploadId: first.uploadId, mode: 'preview', layer: 'plots' });
    expect(early.message).toMatch(/incomplete: 8 of 20/);
    const tooBig = await failure('import:upload', { fileName: 'x.geojson', offset: 0, chunkBase64: chunk('{}'), totalBytes: 3 * 1024 ** 3 });
    expect(tooBig.message).toMatch(/larger than 2 GB/);
    const past = await failure('import:upload', { uploadId: first.uploadId, fileName: 'x.geojson', offset: 8, chunkBase64: chunk('x'.repeat(13)), totalBytes: 20 });
    expect(past.message).toMatch(/past the file's announced size/);
    expect(await value('import:discard', { uploadId: first.uploadId })).toEqual({ discarded: true });
    const gone = await failure('import:upload', { uploadId: first.uploadId, fileName: 'x.geojson', offset: 8, chunkBase64: chunk('x'), totalBytes: 20 });
    expect(gone.code).toBe('not-found');
  });
});
