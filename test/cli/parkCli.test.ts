import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import geodesic from 'geographiclib-geodesic';
import { beforeAll, describe, expect, it } from 'vitest';

// `parkplan new` and `parkplan park …` as a planner runs them: the real command on real files, GDAL and
// GeographicLib as the independent readers of what was written.
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

const dir = mkdtempSync(join(tmpdir(), 'parkplan-park-'));
const project = join(dir, 'own.gpkg');

/** A custom transverse Mercator a planner might paste (not an МСК of the table). */
const CUSTOM_PROJ4 = '+proj=tmerc +lat_0=0 +lon_0=39.7 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';

interface ListedPark {
  name: string;
  cadastralCrs: string | null;
  declaredAreaHa: number | null;
  boundaryAreaHa: number;
  codePrefix: string;
  plotCount: number;
}

const listed = (): ListedPark[] => {
  const result = run('park', 'list', project, '--json');
  expect(result.stderr).toBe('');
  return (JSON.parse(result.stdout) as { parks: ListedPark[] }).parks;
};

/** The park's boundary as GDAL reads it from the GeoPackage. */
function boundaryByGdal(name: string): number[][][][] {
  const json = execFileSync('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', project, 'parks', '-where', `name = '${name}'`], { encoding: 'utf8' });
  const features = (JSON.parse(json) as { features: { geometry: { type: string; coordinates: number[][][][] } }[] }).features;
  expect(features).toHaveLength(1);
  expect(features[0]?.geometry.type).toBe('MultiPolygon');
  return features[0]?.geometry.coordinates ?? [];
}

const GEOJSON_RING = [[39.7, 54.6], [39.72, 54.6], [39.72, 54.61], [39.7, 54.61], [39.7, 54.6]];

beforeAll(() => {
  const created = run('new', project);
  expect(created.stderr).toBe('');
  expect(created.code).toBe(0);
});

describe('parkplan new', () => {
  it('writes a GeoPackage GDAL opens, its four layers present and empty', () => {
    const summary = execFileSync('ogrinfo', ['-so', '-al', project], { encoding: 'utf8' });
    for (const layer of ['parks', 'plots', 'rail_spurs', 'utility_lines']) {
      const block = summary.split('Layer name: ').find((part) => part.startsWith(`${layer}\n`));
      expect(block, layer).toBeDefined();
      expect(block).toContain('Feature Count: 0');
    }
    expect(listed()).toEqual([]);
  });

  it('never writes over an existing file', () => {
    const before = readFileSync(project);
    const again = run('new', project);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(project).equals(before)).toBe(true);
  });
});

describe('parkplan park add', () => {
  it('takes a GeoJSON boundary, its declared area and code prefix; info lists it with the geodesic area', () => {
    const input = join(dir, 'boundary.geojson');
    writeFileSync(input, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [GEOJSON_RING] } }] }));
    const added = run('park', 'add', project, '--name', 'Технопарк «Окский»', '--boundary', input, '--declared-ha', '140,5', '--code-prefix', 'Т-');
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const polygon = geodesic.Geodesic.WGS84.Polygon(false);
    for (const [lon, lat] of GEOJSON_RING.slice(0, -1)) polygon.AddPoint(lat ?? 0, lon ?? 0);
    const expectedHa = Math.abs(polygon.Compute(false, true).area ?? 0) / 10_000;
    const info = JSON.parse(run('info', project, '--json').stdout) as { parks: { name: string; boundaryAreaHa: number; declaredAreaHa: number | null }[] };
    const park = info.parks.find((entry) => entry.name === 'Технопарк «Окский»');
    expect(park?.declaredAreaHa).toBe(140.5);
    expect(Math.abs((park?.boundaryAreaHa ?? 0) / expectedHa - 1)).toBeLessThan(1e-6);
    expect(boundaryByGdal('Технопарк «Окский»')[0]?.[0]).toHaveLength(5);
    expect(listed().find((entry) => entry.name === 'Технопарк «Окский»')).toMatchObject({ codePrefix: 'Т-', cadastralCrs: null, plotCount: 0 });
  });

  it('takes a coordinate list in МСК-62 zone 1 (X northing, Y easting) and keeps the zone as the park’s CRS', () => {
    const input = join(dir, 'boundary-msk.txt');
    // 400 m by 400 m: 16 ha on the МСК plan, as the ЕГРН states areas.
    writeFileSync(input, 'N X Y\n1 451607.60 1322107.20\n2 451607.60 1322507.20\n3 451207.60 1322507.20\n4 451207.60 1322107.20\n1 451607.60 1322107.20\n');
    const added = run('park', 'add', project, '--name', 'Парк МСК', '--boundary', input, '--crs', 'MSK-62-1');
    expect(added.stderr).toBe('');
    const park = listed().find((entry) => entry.name === 'Парк МСК');
    expect(park).toMatchObject({ cadastralCrs: 'MSK-62-1', codePrefix: 'Н-', declaredAreaHa: null });
    expect(park?.boundaryAreaHa).toBeCloseTo(16, 3);
  });

  it('takes a coordinate list in a pasted proj4, placed where PROJ (gdaltransform) puts it', () => {
    const input = join(dir, 'boundary-proj4.csv');
    writeFileSync(input, '1;6051000;500000\n2;6051000;500300\n3;6051300;500300\n4;6051300;500000\n');
    const added = run('park', 'add', project, '--name', 'Парк proj4', '--boundary', input, '--crs', CUSTOM_PROJ4);
    expect(added.stderr).toBe('');
    expect(listed().find((entry) => entry.name === 'Парк proj4')?.boundaryAreaHa).toBeCloseTo(9, 3);
    const [lon, lat] = execFileSync('gdaltransform', ['-s_srs', CUSTOM_PROJ4, '-t_srs', 'EPSG:4326', '-output_xy'], { input: '500000 6051000\n', encoding: 'utf8' }).trim().split(/\s+/).map(Number);
    const ring = boundaryByGdal('Парк proj4')[0]?.[0] ?? [];
    const corner = ring.find(([x = 0, y = 0]) => Math.abs(x - (lon ?? 0)) < 1e-6 && Math.abs(y - (lat ?? 0)) < 1e-6);
    expect(corner, `a vertex at ${lon} ${lat} in ${JSON.stringify(ring)}`).toBeDefined();
  });

  it('refuses a second park of the same name, a bad prefix and a list in metres without a CRS, writing nothing', () => {
    const before = listed().length;
    const input = join(dir, 'boundary-msk.txt');
    expect(run('park', 'add', project, '--name', 'парк мск ', '--boundary', input, '--crs', 'MSK-62-1').stderr).toContain('already has a park named');
    expect(run('park', 'add', project, '--name', 'Другой', '--boundary', input, '--crs', 'MSK-62-1', '--code-prefix', 'a b').stderr).toContain('prefix');
    const noCrs = run('park', 'add', project, '--name', 'Другой', '--boundary', input);
    expect(noCrs.code).toBe(1);
    expect(noCrs.stderr).toContain('--crs');
    expect(listed()).toHaveLength(before);
  });
});

describe('parkplan park remove', () => {
  it('removes a park without allocations', () => {
    const removed = run('park', 'remove', project, '--park', 'proj4');
    expect(removed.stderr).toBe('');
    expect(listed().map((park) => park.name)).not.toContain('Парк proj4');
  });

  it('is refused while the park’s plots are allocated, naming the allocations', () => {
    const demo = join(dir, 'demo.gpkg');
    expect(run('demo', demo).code).toBe(0);
    const before = readFileSync(demo);
    const refused = run('park', 'remove', demo, '--park', 'Карандаш');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/cannot be removed while its plots are allocated: \S+ — .+ \((lease|ownership|reservation|\w+)/);
    expect(readFileSync(demo).equals(before)).toBe(true);
  });
});
