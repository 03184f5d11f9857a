import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlotId } from '../../../shared/domain/ids';
import { SMALL_SEED } from '../__fixtures__/smallSeed';
import { openProject } from '../project';
import { writeSeed } from '../seedProject';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-sqlfn-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('GeoPackage SQL functions', () => {
  it('let the store keep editing a table after GDAL has given it a spatial index', () => {
    const file = join(dir, 'indexed.gpkg');
    const created = openProject(file, { create: true });
    const ids = writeSeed(created, SMALL_SEED);
    created.close();
    // The project's own plots index (migration 2) is dropped first, so that GDAL's triggers are the ones tested.
    const dropped = spawnSync('/usr/bin/ogrinfo', [file, '-sql', "SELECT DisableSpatialIndex('plots', 'geom')"], { encoding: 'utf8' });
    expect(dropped.stderr).toBe('');
    const gdal = spawnSync('/usr/bin/ogrinfo', [file, '-sql', "SELECT CreateSpatialIndex('plots', 'geom')"], { encoding: 'utf8' });
    expect(gdal.status).toBe(0);
    expect(gdal.stderr).toBe('');

    const store = openProject(file);
    try {
      const rtree = (fid: number): unknown =>
        store.db.prepare('SELECT minx, maxx, miny, maxy FROM rtree_plots_geom WHERE id = ?').get(fid);
      const plot = store.plots.get(ids.plots.get('karandash/2')!)!;
      const inserted = store.plots.insert({
        ...plot,
        code: '3',
        geometry: { type: 'Polygon', coordinates: [[[60.5, 58.5], [60.75, 58.5], [60.75, 58.625], [60.5, 58.5]]] },
      });
      // The rtree stores 32-bit floats rounded outwards, so compare with a float's tolerance.
      const box = rtree(inserted.id) as { minx: number; maxx: number; miny: number; maxy: number };
      expect(box.minx).toBeCloseTo(60.5, 5);
      expect(box.maxx).toBeCloseTo(60.75, 5);
      expect(box.miny).toBeCloseTo(58.5, 5);
      expect(box.maxy).toBeCloseTo(58.625, 5);
      store.plots.remove(inserted.id);
      expect(rtree(inserted.id)).toBeUndefined();
      expect(rtree(999 as PlotId)).toBeUndefined();
      expect(store.db.prepare('SELECT ST_IsEmpty(geom) FROM plots LIMIT 1').pluck().get()).toBe(0);
      expect(store.db.prepare('SELECT ST_MinX(NULL)').pluck().get()).toBeNull();
    } finally {
      store.close();
    }
  });
});
