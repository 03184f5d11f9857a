import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { undoEdit } from '../../electron/services/journal/editJournal';
import { openProject } from '../../electron/store/project';
import { toCadastral } from '../../shared/crs/cadastralArea';
import type { Position } from '../../shared/domain/geometry';
import { demoCopy, expectUnchanged, fileState, FIXTURES, runImport, withProject } from './importRun';

const PARK = ['--park', 'Рязанский'];
const scratch = mkdtempSync(join(tmpdir(), 'parkplan-import-in-'));
const write = (name: string, text: string): string => {
  const file = join(scratch, name);
  writeFileSync(file, text);
  return file;
};

/** The square make-fixtures.ts draws at [lon, lat], counter-clockwise and closed. */
const square = (lon: number, lat: number, side = 0.001): Position[] => [[lon, lat], [lon + side, lat], [lon + side, lat + side * 0.6], [lon, lat + side * 0.6], [lon, lat]];

function expectNear(actual: readonly Position[], expected: readonly Position[], degrees: number): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach(([lon, lat], i) => {
    expect(Math.abs(lon - (expected[i]?.[0] ?? Number.NaN))).toBeLessThan(degrees);
    expect(Math.abs(lat - (expected[i]?.[1] ?? Number.NaN))).toBeLessThan(degrees);
  });
}

const plotByCode = (project: string, code: string) =>
  withProject(project, (store) => store.plots.list().find((plot) => plot.code === code) ?? null);

describe('import of each format', () => {
  it('reads a zipped МСК-62 shapefile with a .prj in WKT and a CP1251 .dbf without .cpg', () => {
    const project = demoCopy();
    const run = runImport(project, join(FIXTURES, 'shp/msk-cp1251.zip'), ...PARK);
    expect(run.err).toBe('');
    expect(run.out).toMatch(/attributes read as windows-1251/);
    expect(run.out).not.toMatch(/winding fixed/);
    const plot = plotByCode(project, 'Ш-2');
    expect(plot?.cadastralNumber).toBe('62:15:0000000:602');
    expect(plot?.status).toBe('reserved');
    // Through МСК-62 and back: the same square to well under a millimetre (1e-8° ≈ 1 mm).
    expectNear(plot?.geometry.coordinates[0] ?? [], square(39.603, 54.7), 1e-8);
  });

  it('reads a shapefile without .prj as degrees when its extent is degrees, and says so', () => {
    const project = demoCopy();
    const run = runImport(project, join(FIXTURES, 'shp/no-prj-degrees.zip'), ...PARK);
    expect(run.out).toMatch(/no \.prj: the coordinates look like degrees/);
    expectNear(plotByCode(project, 'Ш-1')?.geometry.coordinates[0] ?? [], square(39.6, 54.7), 1e-12);
  });

  it('ignores the __MACOSX copies a Mac adds to a zip', () => {
    const project = demoCopy();
    expect(runImport(project, join(FIXTURES, 'shp/macosx.zip'), ...PARK).code).toBe(0);
    expect(plotByCode(project, 'Ш-1')).not.toBeNull();
  });

  it('reads a metre shapefile without .prj when --crs names its zone', () => {
    const project = demoCopy();
    expect(runImport(project, join(FIXTURES, 'shp/no-prj-metres.zip'), ...PARK, '--crs', 'MSK-62-1').code).toBe(0);
    expectNear(plotByCode(project, 'Ш-1')?.geometry.coordinates[0] ?? [], square(39.6, 54.7), 1e-8);
  });

  it.each(['kml/plots.kml', 'kml/plots.kmz'])('reads %s with ExtendedData and closes an open ring', (fixture) => {
    const project = demoCopy();
    const run = runImport(project, join(FIXTURES, fixture), ...PARK);
    expect(run.out).toMatch(/Placemark 2 «К-2» → plot К-2: ring closed/);
    const plot = plotByCode(project, 'К-1');
    expect([plot?.status, plot?.cadastralNumber]).toEqual(['reserved', '62:15:0000000:501']);
    expect(plotByCode(project, 'К-2')?.geometry.coordinates[0]).toHaveLength(5);
  });

  it.each(['dxf/plots-metres.dxf', 'dxf/plots-millimetres.dxf'])('reads closed polylines of %s in the drawing units and the CRS named', (fixture) => {
    const project = demoCopy();
    const run = runImport(project, join(FIXTURES, fixture), ...PARK, '--crs', 'MSK-62-1', '--map', 'code=layer');
    // Both polylines sit on the layer «Участки»: read as the code, the second is a duplicate.
    expect(run.out).toMatch(/POLYLINE 2 on layer «Участки»: plot code Участки is already used/);
    expect(run.out).not.toMatch(/ring closed/);
    const again = runImport(project, join(FIXTURES, fixture), ...PARK, '--crs', 'MSK-62-1');
    expect(again.code).toBe(0);
    const imported = withProject(project, (store) => store.plots.list().filter((plot) => plot.code.startsWith('Н-')));
    const near = imported.find((plot) => Math.abs((plot.geometry.coordinates[0]?.[0]?.[0] ?? 0) - 39.603) < 1e-6);
    expectNear(near?.geometry.coordinates[0] ?? [], square(39.603, 54.7), 1e-8);
  });

  it('reads a lone Feature in the CRS its legacy "crs" member names (EPSG:3857)', () => {
    const project = demoCopy();
    const mercator = square(39.6, 54.7).map(([lon, lat]) => [(lon * Math.PI * 6378137) / 180, 6378137 * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))]);
    const input = write('mercator.json', JSON.stringify({
      type: 'Feature',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } },
      properties: { code: 'M-1' },
      geometry: { type: 'Polygon', coordinates: [mercator] },
    }));
    const run = runImport(project, input, ...PARK);
    expect(run.out).toMatch(/GeoJSON, EPSG:3857/);
    expectNear(plotByCode(project, 'M-1')?.geometry.coordinates[0] ?? [], square(39.6, 54.7), 1e-9);
  });

  it('reads a cadastral coordinate list in МСК-62 with the file name as the code', () => {
    const project = demoCopy();
    expect(runImport(project, join(FIXTURES, 'csv/62-15-0000000-777.csv'), ...PARK).code).toBe(0);
    // The list holds X and Y to the centimetre: about 1e-7°.
    expectNear(plotByCode(project, '62-15-0000000-777')?.geometry.coordinates[0] ?? [], square(39.6, 54.7), 3e-7);
  });

  it('reads "N;X;Y" lists with decimal commas in another region’s МСК and in a proj4 given with --crs', () => {
    const proj = '+proj=tmerc +lat_0=0 +lon_0=39.7 +k=1 +x_0=500000 +y_0=-5600000 +ellps=krass +towgs84=23.57,-140.95,-79.8,0,0.35,0.79,-0.22 +units=m +no_defs';
    for (const [crs, code] of [['MSK-50-2', 'М50-1'], [proj, 'P4-1']] as const) {
      const project = demoCopy();
      const rows = square(39.6, 54.7).map((position, i) => {
        const { x, y } = toCadastral(position, crs);
        return `${i === 4 ? 1 : i + 1};${x.toFixed(2).replace('.', ',')};${y.toFixed(2).replace('.', ',')}`;
      });
      const input = write(`${code}.csv`, ['N;X;Y', ...rows].join('\n'));
      const run = runImport(project, input, ...PARK, '--crs', crs);
      expect(run.code, run.out).toBe(0);
      expect(run.out).toContain(crs === proj ? 'read as proj4: +proj=tmerc' : 'read as MSK-50 zone 2 (Moscow oblast) metres');
      expectNear(plotByCode(project, code)?.geometry.coordinates[0] ?? [], square(39.6, 54.7), 3e-7);
    }
  });

  it('refuses a coordinate list read in the wrong zone, naming the zone used', () => {
    const project = demoCopy();
    const before = fileState(project);
    const rows = square(39.6, 54.7).map((position, i) => {
      const { x, y } = toCadastral(position, 'MSK-50-2');
      return `${i === 4 ? 1 : i + 1} ${x.toFixed(2)} ${y.toFixed(2)}`;
    });
    const run = runImport(project, write('wrong-zone.csv', rows.join('\n')), ...PARK, '--crs', 'MSK-71-1');
    expect(run.code).not.toBe(0);
    expect(run.err).toMatch(/Line 1: X .* lies outside the area of MSK-71-1/);
    expectUnchanged(project, before);
  });

  it('repairs what is safe, reports it per feature, and one Undo takes the whole import back', () => {
    const project = demoCopy();
    const input = write('repairs.geojson', JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { номер: 'R-1', зона: 'склад' }, geometry: { type: 'Polygon', coordinates: [[[39.6, 54.7], [39.6, 54.7006], [39.601, 54.7006], [39.601, 54.7006], [39.601, 54.7]]] } },
        { type: 'Feature', properties: { code: 'R-2', status: 'taken?' }, geometry: { type: 'MultiPolygon', coordinates: [[square(39.603, 54.7)]] } },
      ],
    }));
    const run = runImport(project, input, ...PARK);
    expect(run.out).toMatch(/feature 1 → plot R-1: ring closed; winding fixed; 1 duplicate vertex removed/);
    expect(run.out).toMatch(/feature 2 «R-2» → plot R-2: a one-part MultiPolygon read as a Polygon; status "taken\?" not recognised, set to free/);
    expect(plotByCode(project, 'R-1')?.zone).toBe('warehouse');
    const store = openProject(project);
    try {
      undoEdit(store);
      expect(store.plots.list().filter((plot) => plot.code.startsWith('R-'))).toEqual([]);
    } finally {
      store.close();
    }
  });

  it('explains swapped axes, metres given as degrees, a plot far away and a bow tie — and writes nothing', () => {
    const project = demoCopy();
    const before = fileState(project);
    const feature = (ring: readonly (readonly number[])[]) => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } });
    const input = write('wrong.geojson', JSON.stringify({
      type: 'FeatureCollection',
      features: [
        feature(square(39.6, 54.7).map(([lon, lat]) => [lat, lon])),
        feature([[1322107, 451607], [1322207, 451607], [1322207, 451707], [1322107, 451607]]),
        feature(square(-39.6, 54.7)),
        feature([[39.6, 54.71], [39.601, 54.711], [39.601, 54.71], [39.6, 54.711], [39.6, 54.71]]),
        feature([[39.6, 54.71], [39.601, 54.711], [39.6, 54.71]]),
      ],
    }));
    const run = runImport(project, input, ...PARK);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/feature 1: its coordinates have the axes swapped/);
    expect(run.out).toMatch(/feature 2: the coordinates \(1322107, 451607\) cannot be degrees: they look like projected metres/);
    expect(run.out).toMatch(/feature 3: it lies at 54\.7000°N -39\.6000°E, more than 25 km from Индустриальный парк «Рязанский»/);
    expect(run.out).toMatch(/feature 4: The outline crosses itself: segment 2 \(vertices 2–3\) crosses segment 4/);
    expect(run.out).toMatch(/feature 5: its outline has 2 distinct vertices, too few/);
    expect(run.err).toMatch(/5 feature\(s\) rejected; nothing was imported/);
    expectUnchanged(project, before);
    // Told that the axes are swapped, the planner can say so.
    const swapped = write('swapped.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ ...feature(square(39.6, 54.7).map(([lon, lat]) => [lat, lon])), properties: { code: 'S-1' } }] }));
    expect(runImport(project, swapped, ...PARK, '--swap-xy').code).toBe(0);
    expectNear(plotByCode(project, 'S-1')?.geometry.coordinates[0] ?? [], square(39.6, 54.7), 1e-12);
  });

  it('imports rail spurs and utility lines, naming the network from the attributes', () => {
    const project = demoCopy();
    const line = (properties: object) => ({ type: 'Feature', properties, geometry: { type: 'LineString', coordinates: [[39.6, 54.7], [39.61, 54.705]] } });
    const spurs = write('spurs.geojson', JSON.stringify({ type: 'FeatureCollection', features: [line({ name: 'Путь 9', status: 'строительство', станция: 'Дягилево' })] }));
    expect(runImport(project, spurs, ...PARK, '--layer', 'rail_spurs').code).toBe(0);
    const lines = write('lines.geojson', JSON.stringify({ type: 'FeatureCollection', features: [line({ name: 'Газопровод', сеть: 'газ', давление: 'среднее' }), line({ name: '?' })] }));
    const refused = runImport(project, lines, ...PARK, '--layer', 'utility_lines');
    expect(refused.out).toMatch(/feature 2 «\?»: its network is not given/);
    expect(runImport(project, lines, ...PARK, '--layer', 'utility_lines', '--skip-rejected').code).toBe(0);
    withProject(project, (store) => {
      expect(store.railSpurs.list().find((spur) => spur.name === 'Путь 9')).toMatchObject({ status: 'construction', station: 'Дягилево' });
      expect(store.utilityLines.list().find((l) => l.name === 'Газопровод')).toMatchObject({ network: 'gas', serviceClass: 'среднее' });
    });
  });

  it('--dry-run reports and writes nothing; a taken code is a rejection', () => {
    const project = demoCopy();
    const before = fileState(project);
    const dry = runImport(project, join(FIXTURES, 'kml/plots.kml'), ...PARK, '--dry-run');
    expect(dry.out).toMatch(/Dry run: nothing was written/);
    expectUnchanged(project, before);
    expect(runImport(project, join(FIXTURES, 'kml/plots.kml'), ...PARK).code).toBe(0);
    const again = runImport(project, join(FIXTURES, 'kml/plots.kml'), ...PARK);
    expect(again.out).toMatch(/Placemark 1 «К-1»: plot code К-1 is already used/);
    expect(again.code).toBe(1);
  });
});
