import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { demoCopy, expectUnchanged, fileState, FIXTURES, runImport, withProject } from './importRun';

// Every hostile file: a clear message, exit code 1, no crash, and the project byte for byte as it was.
const HOSTILE: ReadonlyArray<readonly [string, string[], RegExp]> = [
  ['zip/zip-slip.zip', [], /zip entry "\.\.\/\.\.\/evil\.shp" climbs out of the archive/],
  ['zip/absolute-path.zip', [], /zip entry "\/tmp\/evil\.shp" is an absolute path/],
  ['zip/zip-bomb.zip', [], /inflates to more than the 2048 bytes its header declares; inflating stopped there/],
  ['zip/zip-bomb-declared.zip', [], /declares 4294967294 bytes, past the 256 MB limit/],
  ['kml/billion-laughs.kml', [], /line 2: the file declares a document type .*entity expansion is refused/],
  ['kml/external-entity.kml', [], /entity expansion is refused/],
  ['shp/truncated-shp.zip', [], /plots\.shp is truncated/],
  ['shp/truncated-dbf.zip', [], /plots\.dbf is truncated: its header promises 2 records, the file holds 1/],
  ['shp/no-prj-metres.zip', [], /has no \.prj and its coordinates are not degrees .*--crs/],
  ['gpkg/trigger.gpkg', ['--table', 'bad_view'], /cannot be read as a GeoPackage: no such function: exfiltrate/],
  ['geojson/nan.geojson', [], /1 feature\(s\) rejected; nothing was imported/],
  ['geojson/huge-number.geojson', [], /1 feature\(s\) rejected; nothing was imported/],
  ['dxf/no-endsec.dxf', ['--crs', 'MSK-62-1'], /no-endsec\.dxf: the ENTITIES section never ends \(no ENDSEC\); the file is truncated/],
  ['dxf/plots-metres.dxf', [], /a DXF drawing carries no coordinate system; say which with --crs/],
  ['geojson/truncated.geojson', [], /truncated\.geojson: the file ends where "\]" was expected \(truncated\?\)/],
];

describe('import of hostile files', () => {
  it.each(HOSTILE)('%s is refused with a clear message and the project is untouched', (fixture, extra, message) => {
    const project = demoCopy();
    const before = fileState(project);
    const run = runImport(project, join(FIXTURES, fixture), '--park', 'Рязанский', ...extra);
    expect(run.err).toMatch(message);
    expect(run.code).toBe(1);
    expectUnchanged(project, before);
  });

  it('names the rejected vertex of NaN and 1e400 coordinates in the report', () => {
    const project = demoCopy();
    expect(runImport(project, join(FIXTURES, 'geojson/nan.geojson'), '--park', 'Рязанский').out).toMatch(/feature 2: vertex 2 has the coordinate NaN/);
    expect(runImport(project, join(FIXTURES, 'geojson/huge-number.geojson'), '--park', 'Рязанский').out).toMatch(/feature 2: vertex 2 has the coordinate Infinity \(.*1e400/);
  });

  it('with --skip-rejected imports the sound feature and only it', () => {
    const project = demoCopy();
    const before = withProject(project, (store) => store.plots.list().length);
    const run = runImport(project, join(FIXTURES, 'geojson/nan.geojson'), '--park', 'Рязанский', '--skip-rejected');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Imported 1 plots/);
    withProject(project, (store) => {
      expect(store.plots.list().length).toBe(before + 1);
      expect(store.plots.list().some((plot) => plot.code === 'Г-1')).toBe(true);
    });
  });

  it('never runs a foreign GeoPackage trigger and leaves that file as it was', () => {
    const project = demoCopy();
    const foreign = join(FIXTURES, 'gpkg/trigger.gpkg');
    const foreignBefore = readFileSync(foreign);
    const run = runImport(project, foreign, '--park', 'Рязанский', '--table', 'участки', '--map', 'code=номер', '--map', 'status=статус');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(foreign).equals(foreignBefore)).toBe(true);
    withProject(project, (store) => {
      const codes = store.plots.list().filter((plot) => plot.code.startsWith('Q-'));
      expect(codes.map((plot) => [plot.code, plot.status])).toEqual([['Q-1', 'free'], ['Q-2', 'built']]);
    });
  });

  it('answers a wrong call with a usage error (exit 2) and touches nothing', () => {
    const project = demoCopy();
    const before = fileState(project);
    expect(runImport(project, join(FIXTURES, 'kml/plots.kml'), '--layer', 'roads').code).toBe(2);
    expect(runImport(project, join(FIXTURES, 'kml/plots.kml'), '--map', 'colour=red').code).toBe(2);
    expect(runImport(project, join(FIXTURES, 'kml/plots.kml')).err).toMatch(/the project has 2 parks; say which with --park/);
    expectUnchanged(project, before);
  });

  it('refuses an input of an unknown kind and a project that does not exist', () => {
    const project = demoCopy();
    const before = fileState(project);
    expect(runImport(project, join(FIXTURES, 'make-fixtures.ts'), '--park', 'Рязанский').err).toMatch(/import reads \.geojson/);
    expectUnchanged(project, before);
    expect(runImport(join(FIXTURES, 'missing.gpkg'), join(FIXTURES, 'kml/plots.kml')).code).toBe(1);
  });
});
