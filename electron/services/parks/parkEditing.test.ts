import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { ParkEdited } from '../../../shared/contract/parkChannels';
import type { ProjectSummary } from '../../../shared/contract/views';
import type { ChannelCalls } from '../__fixtures__/channelCalls';
import { rectangleAt } from '../__fixtures__/channelCalls';
import { openDemoPerTest } from '../__fixtures__/demoPerTest';
import type { DemoProject } from '../__fixtures__/demoStore';

// The park form's channels over the real handlers on a copy of the demo (issue 11 «Parks in the app»).
let demo: DemoProject;
let calls: ChannelCalls;
openDemoPerTest((opened) => ({ demo, calls } = opened));

const fields = { name: 'Технопарк', cadastralCrs: 'MSK-62-1', declaredAreaHa: 12, codePrefix: 'Т-' };
const drawn = { kind: 'drawn', geometry: rectangleAt(39.9, 54.6, 400, 300) } as const;
const parkNamed = async (name: string) => (await calls.value<ProjectSummary>('project:summary', {})).parks.find((park) => park.name === name);

describe('a planner’s own park in the app', () => {
  it('is created from a drawn boundary with its fields, undone and redone as one edit', async () => {
    const created = await calls.value<ParkEdited>('parks:create', { ...fields, boundary: drawn });
    expect(created.edit.undoLabel).toBe('Park Технопарк');
    const park = demo.store.parks.get(created.parkId);
    expect(park).toMatchObject({ name: 'Технопарк', cadastralCrs: 'MSK-62-1', declaredAreaHa: 12, codePrefix: 'Т-', illustrative: false });
    expect((await parkNamed('Технопарк'))?.boundaryAreaHa).toBeCloseTo(12, 1);
    await calls.value('edits:undo', {});
    expect(demo.store.parks.get(created.parkId)).toBeNull();
    await calls.value('edits:redo', {});
    expect(demo.store.parks.get(created.parkId)?.name).toBe('Технопарк');
  });

  it('takes a pasted coordinate list in МСК-62 zone 1: a 100 m square is 1 ha in that CRS', async () => {
    const text = '1 451607.60 1322107.20\n2 451607.60 1322207.20\n3 451507.60 1322207.20\n4 451507.60 1322107.20';
    const created = await calls.value<ParkEdited>('parks:create', { ...fields, declaredAreaHa: 1, boundary: { kind: 'coordinates', text, crs: 'MSK-62-1' } });
    expect(demo.store.parks.get(created.parkId)?.boundary.type).toBe('Polygon');
    expect((await parkNamed('Технопарк'))?.boundaryAreaHa).toBeCloseTo(1, 4);
  });

  it('takes a boundary file staged by the import upload', async () => {
    const geojson = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'граница' }, geometry: rectangleAt(39.9, 54.6, 200, 200) }] });
    const bytes = Buffer.from(geojson, 'utf8');
    const upload = await calls.value<{ uploadId: string }>('import:upload', { fileName: 'boundary.geojson', offset: 0, chunkBase64: bytes.toString('base64'), totalBytes: bytes.length });
    const created = await calls.value<ParkEdited>('parks:create', { ...fields, boundary: { kind: 'upload', uploadId: upload.uploadId } });
    expect((await parkNamed('Технопарк'))?.boundaryAreaHa).toBeCloseTo(4, 1);
    expect(created.edit.canUndo).toBe(true);
  });

  it('refuses a taken name, a crossing boundary and a bad prefix, writing nothing', async () => {
    const before = demo.fileBytes();
    const taken = demo.store.parks.list()[0]?.name ?? '';
    expect((await calls.failure('parks:create', { ...fields, name: ` ${taken.toLocaleLowerCase('ru')} `, boundary: drawn })).key).toBe('park.name.taken');
    const bowTie = { type: 'Polygon', coordinates: [[[39.9, 54.6], [39.91, 54.61], [39.91, 54.6], [39.9, 54.61], [39.9, 54.6]]] };
    expect((await calls.failure('parks:create', { ...fields, boundary: { kind: 'drawn', geometry: bowTie } })).key).toBe('outline.refused');
    expect((await calls.failure('parks:create', { ...fields, codePrefix: 'a b', boundary: drawn })).key).toBe('park.prefix.invalid');
    expect((await calls.failure('parks:create', { ...fields, declaredAreaHa: 0, boundary: drawn })).key).toBe('park.declared.invalid');
    expect(demo.fileBytes().equals(before)).toBe(true);
  });

  it('is renamed and reshaped, each undoable; another park’s name is refused', async () => {
    const { parkId } = await calls.value<ParkEdited>('parks:create', { ...fields, boundary: drawn });
    const renamed = await calls.value<ParkEdited>('parks:update', { parkId, name: 'Технопарк-2', declaredAreaHa: null });
    expect(renamed.edit.undoLabel).toBe('Park Технопарк-2');
    expect(demo.store.parks.get(parkId)).toMatchObject({ name: 'Технопарк-2', declaredAreaHa: null, codePrefix: 'Т-' });
    await calls.value('parks:update', { parkId, boundary: { kind: 'drawn', geometry: rectangleAt(39.9, 54.6, 500, 300) } });
    expect((await parkNamed('Технопарк-2'))?.boundaryAreaHa).toBeCloseTo(15, 1);
    await calls.value('edits:undo', {});
    expect((await parkNamed('Технопарк-2'))?.boundaryAreaHa).toBeCloseTo(12, 1);
    expect((await calls.failure('parks:update', { parkId, name: demo.store.parks.list()[1]?.name })).key).toBe('park.name.taken');
  });

  it('is deleted with its plots and undone whole; a park whose plots are allocated is refused, naming them', async () => {
    const { parkId } = await calls.value<ParkEdited>('parks:create', { ...fields, boundary: drawn });
    await calls.value('plots:create', { parkId, geometry: rectangleAt(39.9005, 54.6005, 50, 50) });
    await calls.value('capacities:set', { parkId, network: 'power', capacity: 5 });
    const deleted = await calls.value<ParkEdited>('parks:delete', { parkId });
    expect(deleted.edit.undoLabel).toBe('Delete park Технопарк');
    expect(demo.store.parks.get(parkId)).toBeNull();
    expect(demo.store.plots.listByPark(parkId)).toEqual([]);
    await calls.value('edits:undo', {});
    expect(demo.store.parks.get(parkId)?.name).toBe('Технопарк');
    expect(demo.store.plots.listByPark(parkId).map((plot) => plot.code)).toEqual(['Т-1']);
    expect(demo.store.parkCapacities.listByPark(parkId).map((capacity) => capacity.capacity)).toEqual([5]);
    // GDAL reads the park back after the undo, with its R-tree index: the file is still a GeoPackage.
    const ogr = spawnSync('ogrinfo', ['-ro', '-al', '-q', '-where', `fid = ${parkId}`, '-spat', '39.899', '54.599', '39.91', '54.61', demo.file, 'parks'], { encoding: 'utf8' });
    expect(ogr.stderr).toBe('');
    expect(ogr.stdout).toContain('name (String) = Технопарк');

    const ryazansky = demo.store.parks.list().find((park) => park.name.includes('Рязанский'));
    const refused = await calls.failure('parks:delete', { parkId: ryazansky?.id });
    expect(refused.key).toBe('park.remove.allocated');
    expect(demo.store.parks.get(ryazansky?.id ?? (0 as never))).not.toBeNull();
  });
});
