import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mifCoordSys } from '../../electron/services/io/import/mifCoordSys';
import { readMif } from '../../electron/services/io/import/mifReader';
import { resolveCrs } from '../../electron/services/io/import/sourceCrs';
import type { SourceGeometry, SourcePosition } from '../../electron/services/io/import/sourceFeature';
import { CADASTRAL_ZONES } from '../../shared/crs/cadastralZones';
import { plotAreaM2 } from '../../shared/crs/plotArea';
import { demoCopy, expectUnchanged, fileState, FIXTURES, runImport, withProject } from './importRun';

/*
 * MapInfo MIF/MID (test/fixtures/import/mif, written by GDAL's own MIF writer through makeMifFixtures.ts):
 * our reading of the CoordSys, the objects and the attributes against GDAL's reading of the same files,
 * the Pulkovo-1942 layer against PROJ's EPSG:28407, the import of the zipped pair, and damaged pairs.
 */

const DIR = join(FIXTURES, 'mif');
const ZONES = join(DIR, 'msk62-zones.mif');
const GK = join(DIR, 'gk7-pulkovo.mif');
const PARK = ['--park', 'Рязанский'];
const scratch = mkdtempSync(join(tmpdir(), 'parkplan-mif-'));

function run(tool: string, ...args: string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${tool} ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** proj4 parameters as a sorted list, for comparing definitions written in different orders. */
const parametersOf = (definition: string): string[] =>
  definition.trim().split(/\s+/).filter((part) => part !== '+no_defs' && part !== '+type=crs').sort();

/** Polygons with every ring starting at its lowest-left vertex and counter-clockwise: orientation-free. */
function canonical(geometry: SourceGeometry | null): unknown {
  if (geometry === null || geometry.type === 'Unsupported' || geometry.type === 'Point') return geometry;
  const ring = (positions: readonly SourcePosition[]): number[][] => {
    const open = positions.slice(0, -1).map((p) => [p[0] ?? 0, p[1] ?? 0]);
    let twice = 0;
    open.forEach(([x = 0, y = 0], i) => {
      const [nx = 0, ny = 0] = open[(i + 1) % open.length] ?? [];
      twice += x * ny - nx * y;
    });
    const ccw = twice >= 0 ? open : [...open].reverse();
    const start = ccw.reduce((best, p, i) => ((p[0] ?? 0) < (ccw[best]?.[0] ?? 0) || ((p[0] ?? 0) === (ccw[best]?.[0] ?? 0) && (p[1] ?? 0) < (ccw[best]?.[1] ?? 0)) ? i : best), 0);
    return [...ccw.slice(start), ...ccw.slice(0, start)];
  };
  if (geometry.type === 'LineString') return [geometry.coordinates.map((p) => [p[0], p[1]])];
  if (geometry.type === 'MultiLineString') return geometry.coordinates.map((line) => line.map((p) => [p[0], p[1]]));
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map(ring));
}

function gdalFeatures(file: string): { properties: Record<string, unknown>; geometry: SourceGeometry }[] {
  return (JSON.parse(run('ogr2ogr', '-f', 'GeoJSON', '/vsistdout/', file)) as { features: { properties: Record<string, unknown>; geometry: SourceGeometry }[] }).features;
}

describe('the CoordSys of a MapInfo layer', () => {
  it('reads МСК-62 zone 1 on Krassovsky with its seven parameters as GDAL does, and knows the zone', () => {
    const header = readFileSync(ZONES, 'latin1').match(/^CoordSys (.*)$/m)?.[1] ?? '';
    const crs = mifCoordSys(header);
    expect(crs?.declared).toBe('MSK-62-1');
    expect(parametersOf(crs?.proj4 ?? '')).toEqual(parametersOf(run('gdalsrsinfo', '-o', 'proj4', ZONES)));
    expect(parametersOf(crs?.proj4 ?? '')).toEqual(parametersOf(CADASTRAL_ZONES['MSK-62-1'].proj4));
  });

  it('reads Pulkovo 1942 (datum 1001) with its shift to WGS84, within a metre of PROJ’s EPSG:28407', () => {
    const header = readFileSync(GK, 'latin1').match(/^CoordSys (.*)$/m)?.[1] ?? '';
    const crs = mifCoordSys(header);
    // GDAL leaves datum 1001 unshifted; the rest of the definition is the same.
    const gdal = parametersOf(run('gdalsrsinfo', '-o', 'proj4', GK));
    expect(parametersOf(crs?.proj4 ?? '').filter((part) => !part.startsWith('+towgs84'))).toEqual(gdal);
    const [lon = 0, lat = 0] = resolveCrs(crs?.declared ?? '').toLonLat(7539500, 6063000);
    const script = 'from pyproj import Transformer; print(*Transformer.from_crs("EPSG:28407", "EPSG:4326", always_xy=True).transform(7539500, 6063000))';
    const [refLon = 0, refLat = 0] = run('/usr/bin/python3', '-c', script).trim().split(' ').map(Number);
    const metres = Math.hypot((lon - refLon) * 111_320 * Math.cos((lat * Math.PI) / 180), (lat - refLat) * 110_574);
    expect(metres).toBeLessThan(1.5);
  });

  it('reads longitude/latitude, three-parameter datums and NonEarth, and refuses what it cannot place', () => {
    expect(mifCoordSys('Earth Projection 1, 104')?.declared).toBe('EPSG:4326');
    expect(mifCoordSys('Earth Projection 8, 999, 3, 28, -130, -95, "m", 39, 0, 1, 7500000, 0')?.proj4).toContain('+ellps=krass +towgs84=28,-130,-95,0,0,0,0');
    expect(mifCoordSys('NonEarth Units "m" Bounds (0, 0) (100, 100)')).toBeNull();
    expect(() => mifCoordSys('Earth Projection 3, 104, "m", 39, 54, 50, 60, 0, 0')).toThrow(/projection 3 is not one import reads/);
    expect(() => mifCoordSys('Earth Projection 8, 33, "m", 39, 0, 1, 7500000, 0')).toThrow(/datum 33 is not one import reads/);
    expect(() => mifCoordSys('Earth Projection 8, 104, "survey ft", 39, 0, 1, 7500000, 0')).toThrow(/units "survey ft"/);
  });
});

describe('a MIF/MID pair GDAL wrote', () => {
  it('gives every object and attribute GDAL gives: holes sorted into their regions, lines and multi-lines', () => {
    const ours = [...readMif(ZONES).features];
    const theirs = gdalFeatures(ZONES);
    expect(ours.map((feature) => feature.geometry?.type)).toEqual(['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString']);
    expect(ours.map((feature) => canonical(feature.geometry))).toEqual(theirs.map((feature) => canonical(feature.geometry)));
    expect(ours.map((feature) => [feature.attributes['КОД'], feature.attributes['ЗОНА']])).toEqual(theirs.map((feature) => [feature.properties['КОД'], feature.properties['ЗОНА']]));
    expect(ours[1]?.attributes['ЗОНА']).toBe('складская, «северная»');
    expect(ours[2]?.attributes['ЗОНА']).toBe('дорога "Северная"');
  });

  it('imports the zipped pair into the park: the regions as plots of the areas drawn, the lines rejected for plots', () => {
    const project = demoCopy();
    const result = runImport(project, join(DIR, 'msk62-zones.zip'), ...PARK, '--map', 'code=КОД', '--skip-rejected');
    expect(result.err).toBe('');
    expect(result.out).toContain('MapInfo MIF, MSK-62 zone 1 (Ryazan oblast)');
    expect(result.out).toContain('note: attributes read as windows-1251 (Charset "WindowsCyrillic")');
    const plots = withProject(project, (store) => store.plots.list().filter((plot) => plot.code.startsWith('М-')));
    // 80 × 60 less a 10 × 10 hole; 40 × 40; 90 × 50 less 20 × 20 — in the МСК the file is in, as the ЕГРН measures.
    expect(plots.map((plot) => [plot.code, plotAreaM2(plot.geometry, 'MSK-62-1')])).toEqual([['М-1', 4700], ['М-2/1', 1600], ['М-2/2', 4100]]);
    expect(result.out).toMatch(/Pline 3[^\n]*:/);
  });
});

describe('a damaged MIF/MID pair', () => {
  const copy = (name: string, mif: string, mid: string | null): string => {
    const file = join(scratch, `${name}.mif`);
    writeFileSync(file, Buffer.from(mif, 'latin1'));
    if (mid !== null) writeFileSync(join(scratch, `${name}.mid`), Buffer.from(mid, 'latin1'));
    return file;
  };
  const mif = readFileSync(ZONES, 'latin1');
  const mid = readFileSync(ZONES.replace(/\.mif$/, '.mid'), 'latin1');

  it.each([
    ['truncated', mif.slice(0, mif.indexOf('Region 3') + 40), mid, /truncated\.mif: Region 2 promises \d+ more value\(s\) than the file holds/],
    ['huge-count', mif.replace('Region 3', 'Region 999999999'), mid, /huge-count\.mif: Region 2 promises 999999999 more value/],
    ['bad-number', mif.replace(/\n(\d+) (\d+)\r?\n/, '\n$1 4S1600\n'), mid, /bad-number\.mif, line \d+: "4S1600" is not a coordinate/],
    ['few-rows', mif, mid.split('\n').slice(0, 2).join('\n'), /few-rows\.mif holds 4 object\(s\) but its \.mid 2 row\(s\)/],
    ['no-mid', mif, null, /no-mid\.mif has 3 attribute column\(s\) but no \.mid/],
    ['charset', mif.replace('WindowsCyrillic', 'MacCyrillic'), mid, /Charset "MacCyrillic" is not one import decodes/],
    ['no-data', mif.replace(/^Data$/m, 'Dada'), mid, /no-data\.mif has no Data section/],
  ])('%s: refused naming what is wrong, the project unchanged', (name, text, rows, expected) => {
    const project = demoCopy();
    const before = fileState(project);
    const result = runImport(project, copy(name, text, rows), ...PARK);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(expected);
    expectUnchanged(project, before);
  });

  it('a NonEarth layer needs --crs, and reads with it', () => {
    const nonEarth = copy('non-earth', mif.replace(/^CoordSys .*$/m, 'CoordSys NonEarth Units "m" Bounds (0, 0) (2000000, 2000000)'), mid);
    expect(runImport(demoCopy(), nonEarth, ...PARK).err).toMatch(/NonEarth layer carries no coordinate system; say which with --crs/);
    const project = demoCopy();
    expect(runImport(project, nonEarth, ...PARK, '--crs', 'MSK-62-1', '--skip-rejected').code).toBe(0);
  });
});
