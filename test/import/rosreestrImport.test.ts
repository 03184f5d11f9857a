import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cadastralArea } from '../../shared/crs/cadastralArea';
import type { CadastralParcel } from '../../shared/domain/cadastralParcel';
import { demoCopy, expectUnchanged, fileState, FIXTURES, runImport, withProject } from './importRun';

// Rosreestr extracts (test/fixtures/import/rosreestr, made by makeRosreestrFixtures.ts) into the park's
// cadastral_parcels, through `parkplan import` as a planner runs it.
const DIR = join(FIXTURES, 'rosreestr');
const PARK = ['--park', 'Рязанский'];
const KPT10 = join(DIR, 'kpt10-62-15-0060201.xml');
const PLAN = join(DIR, 'kpt-62-15-0060202.xml');
const ZIPPED = join(DIR, 'egrn-62-15-0060203-9.zip');
const KVZU = join(DIR, 'kvzu7-62-15-0060204-11.xml');

const parcels = (project: string): CadastralParcel[] => withProject(project, (store) => store.cadastralParcels.list());
const parcel = (project: string, number: string): CadastralParcel => {
  const found = parcels(project).find((candidate) => candidate.cadastralNumber === number);
  if (found === undefined) throw new Error(`no parcel ${number}`);
  return found;
};

/** Shoelace area of the X/Y the extract prints for one KPT_v10 parcel's direct EntitySpatial, m². */
function printedArea(xml: string, number: string): number {
  const start = xml.indexOf(`CadastralNumber="${number}"`);
  const whole = xml.slice(start, xml.indexOf('</Parcel>', start));
  // The parcel's own EntitySpatial follows its SubParcels (parts), whose points are not its boundary.
  const body = whole.slice(whole.lastIndexOf('</SubParcels>') + 1);
  const points = [...body.matchAll(/<Ordinate X="([\d.]+)" Y="([\d.]+)"/g)].map((match) => [Number(match[1]), Number(match[2])] as const);
  let twice = 0;
  for (let i = 0; i + 1 < points.length; i++) twice += (points[i]?.[0] ?? 0) * (points[i + 1]?.[1] ?? 0) - (points[i + 1]?.[0] ?? 0) * (points[i]?.[1] ?? 0);
  return Math.abs(twice) / 2;
}

describe('parkplan import of a KPT_v10', () => {
  it('refuses the whole file while a parcel is rejected, naming it, and leaves the project byte for byte', () => {
    const project = demoCopy();
    const before = fileState(project);
    const run = runImport(project, KPT10, ...PARK);
    expect(run.code).toBe(1);
    expect(run.out).toContain('Read 4 parcel(s): Rosreestr KPT_v10, X north, Y east in MSK-62 zone 1 (Ryazan oblast) (the park’s cadastral CRS; the file names «СК кадастрового округа»)');
    expect(run.out).toMatch(/Rejected:\n {2}62:15:0060201:104: no boundary coordinates/);
    expect(run.err).toMatch(/^1 parcel\(s\) rejected; nothing was imported/);
    expectUnchanged(project, before);
  });

  it('with --skip-rejected writes the parcels: attributes, a circle, two contours with a hole, parts skipped', () => {
    const project = demoCopy();
    const run = runImport(project, KPT10, ...PARK, '--skip-rejected');
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('62:15:0060201:103: contour, outer ring: a circle of radius 5 m made a 64-sided polygon');
    expect(run.out).toContain('Imported 3 cadastral parcel(s)');
    const first = parcel(project, '62:15:0060201:101');
    expect(first).toMatchObject({ declaredAreaM2: 45_800, areaInaccuracyM2: 75, category: '003002000000', permittedUse: 'для размещения промышленных предприятий', state: '06', sourceCrs: 'MSK-62-1' });
    expect(first.address).toContain('индустриальный парк «Рязанский», участок 1');
    // The sub-parcel (часть) is not a contour of the parcel.
    expect(first.geometry.coordinates).toHaveLength(1);
    expect(first.geometry.coordinates[0]).toHaveLength(1);
    expect(first.geometry.coordinates[0]?.[0]).toHaveLength(5);
    // X is north and Y east: our МСК-62 area of the stored outline is the extract's own shoelace area.
    const xml = readFileSync(KPT10, 'utf8');
    expect(Math.abs(cadastralArea(first.geometry, 'MSK-62-1') - printedArea(xml, '62:15:0060201:101'))).toBeLessThan(0.01);
    const twoContours = parcel(project, '62:15:0060201:102').geometry.coordinates;
    expect(twoContours.map((polygon) => polygon.length)).toEqual([2, 1]);
    const circle = parcel(project, '62:15:0060201:103');
    expect(circle.geometry.coordinates[0]?.[0]).toHaveLength(65);
    expect(Math.abs(cadastralArea(circle.geometry, 'MSK-62-1') - Math.PI * 25)).toBeLessThan(0.2);
  });

  it('a second import of the same extract replaces its parcels instead of doubling them', () => {
    const project = demoCopy();
    expect(runImport(project, KPT10, ...PARK, '--skip-rejected').code).toBe(0);
    const again = runImport(project, KPT10, ...PARK, '--skip-rejected');
    expect(again.out).toContain('62:15:0060201:101: replaces the parcel imported before');
    expect(parcels(project)).toHaveLength(3);
  });
});

describe('parkplan import of the current extracts', () => {
  it('reads extract_cadastral_plan_territory: a cad_number list split, two contours, a hole', () => {
    const project = demoCopy();
    const run = runImport(project, PLAN, ...PARK);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('the cadastral number field lists 2 numbers (62:15:0060202:5, 62:15:0060202:6); read as 62:15:0060202:5');
    expect(parcel(project, '62:15:0060202:5')).toMatchObject({ declaredAreaM2: 14_700, areaInaccuracyM2: 42, permittedUse: 'для размещения объектов складского назначения' });
    expect(parcel(project, '62:15:0060202:5').category).toMatch(/^Земли промышленности/);
    expect(parcel(project, '62:15:0060202:7').geometry.coordinates.map((polygon) => polygon.length)).toEqual([2, 1]);
  });

  it('reads the zipped extract_about_property_land beside its .sig', () => {
    const project = demoCopy();
    const run = runImport(project, ZIPPED, ...PARK);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('note: read report-62-15-0060203-9.xml from the zip');
    expect(run.out).toContain('note: signature report-62-15-0060203-9.xml.sig present (not verified)');
    expect(parcel(project, '62:15:0060203:9')).toMatchObject({ declaredAreaM2: 31_200, state: 'актуальные' });
  });

  it('reads an old KVZU_v07 in windows-1251, and GDAL lists the layer', () => {
    const project = demoCopy();
    expect(runImport(project, KVZU, ...PARK).code).toBe(0);
    expect(parcel(project, '62:15:0060204:11').address).toBe('Рязанская область, Рязанский район, участок 11');
    const info = spawnSync('/usr/bin/ogrinfo', ['-ro', '-so', project, 'cadastral_parcels'], { encoding: 'utf8' });
    expect(info.stdout).toMatch(/Geometry: Multi Polygon/);
    expect(info.stdout).toMatch(/Feature Count: 1/);
    expect(info.stdout).toMatch(/cadastral_number: String/);
  });
});

describe('the CRS of an extract and hostile files', () => {
  it('reads X/Y in the CRS the planner picks and names it; a wrong zone rejects every parcel', () => {
    const project = demoCopy();
    const before = fileState(project);
    const run = runImport(project, KVZU, ...PARK, '--crs', 'MSK-62-2');
    expect(run.code).toBe(1);
    expect(run.out).toContain('in MSK-62 zone 2 (Ryazan oblast) (chosen with --crs; the file names «МСК-62»)');
    expect(run.out).toMatch(/62:15:0060204:11: X [\d.]+, Y [\d.]+ lies outside the area of MSK-62-2/);
    expectUnchanged(project, before);
  });

  it('refuses a DTD with entities (billion laughs, external file) and writes nothing', () => {
    const project = demoCopy();
    const before = fileState(project);
    const run = runImport(project, join(DIR, 'kpt-dtd-entities.xml'), ...PARK);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/declares a document type/);
    expectUnchanged(project, before);
  });
});
