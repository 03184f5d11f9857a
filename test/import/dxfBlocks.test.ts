import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDxf } from '../../electron/services/io/import/dxfReader';
import type { SourcePosition } from '../../electron/services/io/import/sourceFeature';
import { plotAreaM2 } from '../../shared/crs/plotArea';
import { demoCopy, expectUnchanged, fileState, FIXTURES, runImport, withProject } from './importRun';

/*
 * A DXF made from a КПТ (test/fixtures/import/dxf-blocks/kpt-blocks-cp1251.dxf, written by ezdxf through
 * makeBlockDxf.py): every parcel a block placed by an INSERT — plain, turned by 15°, drawn in millimetres
 * at scale 0.001, two contours in a nested block — with its number and area as ATTRIBs, in ANSI_1251 with
 * «м²» as \U+00B2. GDAL's DXF driver, which expands blocks too, is the oracle for where every vertex lands.
 */

const FIXTURE = join(FIXTURES, 'dxf-blocks/kpt-blocks-cp1251.dxf');
const PARK = ['--park', 'Рязанский', '--crs', 'MSK-62-1'];
const scratch = mkdtempSync(join(tmpdir(), 'parkplan-dxf-blocks-'));

/** GDAL's reading: the outline of every block reference, in drawing order (contours of one INSERT in turn). */
function gdalOutlines(file = FIXTURE): (readonly SourcePosition[])[] {
  const run = spawnSync('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`ogr2ogr failed: ${run.stderr}`);
  const collection = JSON.parse(run.stdout) as { features: { geometry: { type: string; coordinates: unknown } }[] };
  return collection.features.flatMap(({ geometry }) =>
    geometry.type === 'LineString' ? [geometry.coordinates as SourcePosition[]] : geometry.type === 'MultiLineString' ? (geometry.coordinates as SourcePosition[][]) : [],
  );
}

function dxfFile(name: string, body: string): string {
  const file = join(scratch, name);
  writeFileSync(file, `${body}\n`);
  return file;
}

describe('a DXF whose parcels are block INSERTs, in CP1251', () => {
  it('places every polyline where GDAL places it, to a micrometre', () => {
    const ours = [...readDxf(FIXTURE, 'MSK-62-1').features].map((feature) => (feature.geometry?.type === 'Polygon' ? feature.geometry.coordinates[0] ?? [] : []));
    const gdal = gdalOutlines();
    expect(ours).toHaveLength(5);
    expect(gdal).toHaveLength(ours.length);
    ours.forEach((ring, i) => {
      const theirs = gdal[i] ?? [];
      expect(ring).toHaveLength(theirs.length);
      ring.forEach(([x, y], k) => {
        expect(Math.abs((x ?? 0) - (theirs[k]?.[0] ?? Number.NaN))).toBeLessThan(1e-6);
        expect(Math.abs((y ?? 0) - (theirs[k]?.[1] ?? Number.NaN))).toBeLessThan(1e-6);
      });
    });
  });

  it('reads the INSERT’s ATTRIBs as attributes, decoding CP1251 and \\U+00B2, and the layer a block entity takes', () => {
    const source = readDxf(FIXTURE, 'MSK-62-1');
    const features = [...source.features];
    expect(source.notes).toEqual(['drawing units: metres', 'text read as windows-1251 ($DWGCODEPAGE ANSI_1251)', '6 block INSERT(s) expanded into 5 polyline(s)']);
    expect(features[0]?.attributes).toEqual({ layer: 'Участки ЕГРН', block: 'ЗУ 62-15-0060201-101', КН: '62:15:0060201:101', ПЛОЩАДЬ: '9600 м²' });
    expect(features.map((feature) => feature.attributes['КН'])).toEqual(['62:15:0060201:101', '62:15:0060201:102', '62:15:0060201:103', '62:15:0060201:104', '62:15:0060201:104']);
    // The nested contours are drawn on layer 0 inside their blocks: they take the outer INSERT's layer.
    expect(features[4]?.label).toBe('LWPOLYLINE 5 of block «Квартал 62-15-0060201» on layer «Участки ЕГРН»');
  });

  it('imports the parcels as plots with their cadastral numbers and the areas they were drawn with', () => {
    const project = demoCopy();
    const run = runImport(project, FIXTURE, ...PARK);
    expect(run.err).toBe('');
    expect(run.out).toContain('note: 6 block INSERT(s) expanded into 5 polyline(s)');
    const plots = withProject(project, (store) => store.plots.list().filter((plot) => plot.cadastralNumber?.startsWith('62:15:0060201:') === true));
    // 120 × 80; an L of 90 × 40 + 40 × 30 turned by 15°; 60 × 50 in millimetres; 50 × 30 and 25 × 25 nested.
    expect(plots.map((plot) => [plot.cadastralNumber, plotAreaM2(plot.geometry, 'MSK-62-1')])).toEqual([
      ['62:15:0060201:101', 9600],
      ['62:15:0060201:102', 4800],
      ['62:15:0060201:103', 3000],
      ['62:15:0060201:104', 1500],
      ['62:15:0060201:104', 625],
    ]);
  });

  it('places a MINSERT grid (turned, scaled, about a base point off the origin) and a mirrored OCS as GDAL does', () => {
    const file = dxfFile('minsert-grid.dxf', [
      '0', 'SECTION', '2', 'HEADER', '9', '$INSUNITS', '70', '6', '0', 'ENDSEC',
      '0', 'SECTION', '2', 'BLOCKS', '0', 'BLOCK', '8', '0', '2', 'ZU', '70', '0', '10', '5', '20', '5', '30', '0',
      '0', 'LWPOLYLINE', '8', '0', '90', '3', '70', '1', '10', '5', '20', '5', '10', '15', '20', '5', '10', '15', '20', '10',
      '0', 'ENDBLK', '0', 'ENDSEC',
      '0', 'SECTION', '2', 'ENTITIES',
      '0', 'INSERT', '8', 'Grid', '2', 'ZU', '10', '1000', '20', '2000', '30', '0', '41', '2', '42', '2', '50', '90', '70', '2', '71', '3', '44', '30', '45', '40',
      '0', 'INSERT', '8', 'Mirror', '2', 'ZU', '10', '-500', '20', '300', '30', '0', '210', '0', '220', '0', '230', '-1',
      '0', 'ENDSEC', '0', 'EOF',
    ].join('\n'));
    const ours = [...readDxf(file, 'MSK-62-1').features].map((feature) => (feature.geometry?.type === 'Polygon' ? feature.geometry.coordinates[0] ?? [] : []));
    const theirs = gdalOutlines(file);
    expect(ours).toHaveLength(7);
    ours.forEach((ring, i) => ring.forEach(([x = 0, y = 0], k) => {
      expect(Math.abs(x - (theirs[i]?.[k]?.[0] ?? Number.NaN))).toBeLessThan(1e-9);
      expect(Math.abs(y - (theirs[i]?.[k]?.[1] ?? Number.NaN))).toBeLessThan(1e-9);
    }));
  });

  it('refuses a block that inserts itself, naming it, and writes nothing', () => {
    const file = dxfFile('self-insert.dxf', [
      '0', 'SECTION', '2', 'BLOCKS', '0', 'BLOCK', '2', 'Петля', '10', '0', '20', '0',
      '0', 'LWPOLYLINE', '8', '0', '90', '3', '70', '1', '10', '0', '20', '0', '10', '10', '20', '0', '10', '10', '20', '10',
      '0', 'INSERT', '8', '0', '2', 'Петля', '10', '1', '20', '1',
      '0', 'ENDBLK', '0', 'ENDSEC',
      '0', 'SECTION', '2', 'ENTITIES', '0', 'INSERT', '8', 'Участки', '2', 'Петля', '10', '1322107', '20', '451607',
      '0', 'ENDSEC', '0', 'EOF',
    ].join('\n'));
    const project = demoCopy();
    const before = fileState(project);
    const run = runImport(project, file, ...PARK);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/self-insert\.dxf: block «Петля» is nested more than 16 deep/);
    expectUnchanged(project, before);
  });

  it('refuses a MINSERT that would expand to more polylines than a file may hold', () => {
    const file = dxfFile('minsert.dxf', [
      '0', 'SECTION', '2', 'BLOCKS', '0', 'BLOCK', '2', 'ЗУ', '10', '0', '20', '0',
      '0', 'LWPOLYLINE', '8', '0', '90', '3', '70', '1', '10', '0', '20', '0', '10', '1', '20', '0', '10', '1', '20', '1',
      '0', 'ENDBLK', '0', 'ENDSEC',
      '0', 'SECTION', '2', 'ENTITIES', '0', 'INSERT', '8', 'Участки', '2', 'ЗУ', '10', '1322107', '20', '451607', '70', '1000', '71', '1000', '44', '2', '45', '2',
      '0', 'ENDSEC', '0', 'EOF',
    ].join('\n'));
    const run = runImport(demoCopy(), file, ...PARK);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/minsert\.dxf: the INSERTs expand to more than 200000 polylines/);
  });
});
