import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UnderlayId } from '../../../shared/domain/underlay';
import { openProject, type ProjectStore } from '../project';

let dir: string;
let file: string;
let store: ProjectStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-underlays-'));
  file = join(dir, 'u.gpkg');
  store = openProject(file, { create: true });
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const scanImage = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);
const scan = {
  image: scanImage,
  georeference: {
    crs: 'MSK-62-1', transform: 'affine' as const, imageWidth: 400, imageHeight: 300, imageType: 'image/png',
    controlPoints: [{ px: 0, py: 0, x: 470_000, y: 1_290_000 }, { px: 400, py: 0, x: 470_000, y: 1_290_400 }, { px: 0, py: 300, x: 469_700, y: 1_290_000 }],
  },
};

describe('the underlays table', () => {
  it('keeps file underlays by path in drawing order, each new one on top', () => {
    const basemap = store.underlays.insert({ name: 'OSM', kind: 'mbtiles', path: '/maps/osm.mbtiles', opacity: 1 });
    const ortho = store.underlays.insert({ name: 'Ортофото', kind: 'geotiff', path: '/maps/ortho.tif', opacity: 0.6 });
    expect(store.underlays.list().map((u) => [u.name, u.drawOrder, u.opacity, u.visible])).toEqual([['OSM', 0, 1, true], ['Ортофото', 1, 0.6, true]]);
    store.underlays.updateSettings(basemap.id, { drawOrder: 5, visible: false });
    expect(store.underlays.list().map((u) => u.name)).toEqual(['Ортофото', 'OSM']);
    expect(store.underlays.get(basemap.id)).toMatchObject({ visible: false, opacity: 1, georeference: null });
    store.underlays.remove(ortho.id);
    expect(store.underlays.getByName('Ортофото')).toBeNull();
  });

  it('keeps a scan’s image and control points inside the project file', () => {
    const added = store.underlays.insert({ name: 'Генплан', kind: 'scan', path: '', opacity: 0.7, scan });
    store.close();
    store = openProject(file);
    const reopened = store.underlays.get(added.id);
    expect(reopened?.georeference).toEqual(scan.georeference);
    expect([...(store.underlays.image(added.id)?.bytes ?? [])]).toEqual([...scanImage]);
    const moved = store.underlays.setGeoreference(added.id, { crs: 'MSK-62-1', transform: 'helmert', controlPoints: scan.georeference.controlPoints.slice(0, 2) });
    expect(moved.georeference?.controlPoints).toHaveLength(2);
    expect(moved.georeference?.transform).toBe('helmert');
  });

  it('refuses a duplicate name, an opacity outside 0…1, a scan without an image and a file without a path', () => {
    store.underlays.insert({ name: 'OSM', kind: 'pmtiles', path: '/maps/osm.pmtiles', opacity: 1 });
    expect(() => store.underlays.insert({ name: 'OSM', kind: 'pmtiles', path: '/maps/b.pmtiles', opacity: 1 })).toThrow(/UNIQUE/);
    expect(() => store.underlays.insert({ name: 'B', kind: 'pmtiles', path: '/maps/b.pmtiles', opacity: 1.5 })).toThrow(/CHECK/);
    expect(() => store.underlays.insert({ name: 'C', kind: 'scan', path: '', opacity: 1 })).toThrow(/CHECK/);
    expect(() => store.underlays.insert({ name: 'D', kind: 'mbtiles', path: '', opacity: 1 })).toThrow(/CHECK/);
    expect(() => store.underlays.remove(999 as UnderlayId)).toThrow(/does not exist/);
    expect(store.underlays.list()).toHaveLength(1);
  });

  it('is read by GDAL as an attribute table, the scan’s image a binary field, without a warning', () => {
    store.underlays.insert({ name: 'Генплан', kind: 'scan', path: '', opacity: 0.7, scan });
    store.close();
    const result = spawnSync('/usr/bin/ogrinfo', ['-ro', '-al', file, 'underlays'], { encoding: 'utf8' });
    store = openProject(file);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/Geometry: None/);
    expect(result.stdout).toMatch(/^image: Binary/m);
    expect(result.stdout).toContain('name (String) = Генплан');
  });
});
