import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoProject } from '../../electron/services/project/demoProject';
import { addUnderlayFile } from '../../electron/services/underlays/underlayFiles';
import { createUnderlayTiles, type UnderlayTiles } from '../../electron/services/underlays/underlayTiles';
import { listUnderlayViews } from '../../electron/services/underlays/underlayViews';
import type { ProjectStore } from '../../electron/store/project';
import type { UnderlayView } from '../../shared/contract/underlayChannels';
import { tileOf } from '../../shared/underlay/webMercatorTiles';
import { makePmtiles, makeVectorMbtiles } from './support/underlayFixtures';

// Vector basemaps (MVT) from an MBTiles GDAL wrote and a PMTiles of its tiles: recognised as OpenMapTiles
// by their layers, and served as plain protobuf that GDAL's own MVT reader opens with the lake, the road and
// the village in it.

let dir: string;
let store: ProjectStore;
let tiles: UnderlayTiles;
let views: UnderlayView[];
const LAKE: readonly [number, number] = [39.555, 54.7];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-vector-basemap-'));
  const mbtiles = makeVectorMbtiles(dir, 'omt');
  const pmtiles = makePmtiles(mbtiles, join(dir, 'omt.pmtiles'));
  store = createDemoProject(join(dir, 'demo.gpkg'));
  await addUnderlayFile(store, { input: mbtiles, name: 'OMT MBTiles' });
  await addUnderlayFile(store, { input: pmtiles, name: 'OMT PMTiles' });
  tiles = createUnderlayTiles(store);
  views = await listUnderlayViews(store.underlays.list(), tiles);
}, 60_000);
afterAll(async () => {
  await tiles.closeAll();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The features GDAL reads from one tile's bytes, by layer. */
function gdalReads(bytes: Uint8Array, z: number, x: number, y: number): string {
  const file = join(dir, `${z}-${x}-${y}-${Math.random().toString(36).slice(2)}.pbf`);
  writeFileSync(file, bytes);
  const run = spawnSync('ogrinfo', ['-ro', '-al', '-oo', `X=${x}`, '-oo', `Y=${y}`, '-oo', `Z=${z}`, file], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

describe('vector basemaps', () => {
  it('are drawn as vector tiles in the OpenMapTiles schema, from both files', () => {
    for (const view of views) {
      expect(view.status.state).toBe('tiles');
      if (view.status.state !== 'tiles') continue;
      expect(view.status.vector?.schema).toBe('openmaptiles');
      expect([...(view.status.vector?.layers ?? [])].sort()).toEqual(['place', 'transportation', 'water']);
      expect([view.status.minZoom, view.status.maxZoom]).toEqual([10, 14]);
    }
  });

  it('serve each tile as plain protobuf that GDAL reads back, Cyrillic names and all', async () => {
    for (const view of views) {
      const [x, y] = tileOf(LAKE[0], LAKE[1], 10);
      const served = await tiles.serve(view.id, [10, x, y]);
      expect(served?.contentType).toBe('application/x-protobuf');
      const bytes = served?.bytes ?? new Uint8Array();
      // Not gzipped: the map is sent what it decodes.
      expect([bytes[0], bytes[1]]).not.toEqual([0x1f, 0x8b]);
      const read = gdalReads(bytes, 10, x, y);
      expect(read).toContain('Layer name: water');
      expect(read).toContain('Layer name: place');
      expect(read).toContain('name:ru (String) = Тюшево');
      expect(read).toContain('class (String) = motorway');
    }
  });

  it('have no tile off the file’s zooms', async () => {
    const [x, y] = tileOf(LAKE[0], LAKE[1], 15);
    expect(await tiles.serve(views[0]?.id ?? (0 as UnderlayView['id']), [15, x, y])).toBeNull();
  });
});
