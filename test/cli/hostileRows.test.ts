import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE, writeHostileProject } from '../fixtures/project/hostileProject';

/*
 * Issue 10, item 2: rows other tools wrote (a MultiPolygon plot and a self-crossing one by ogr2ogr,
 * SpatiaLite blobs in plots and rail_spurs) must not make the project unreadable. The real `parkplan` in a
 * child process reads everything else, names each row by table and fid, and `repair` mends what it can.
 */

const dir = mkdtempSync(join(tmpdir(), 'parkplan-hostile-rows-'));
let hostile: string;
const parkplan = (...args: string[]) => spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], { encoding: 'utf8', timeout: 60_000 });
const ogrinfo = (...args: string[]) => spawnSync('ogrinfo', args, { encoding: 'utf8' });
const copy = (name: string): string => {
  const file = join(dir, name);
  copyFileSync(hostile, file);
  return file;
};

beforeAll(() => {
  hostile = writeHostileProject(dir);
}, 60_000);

describe('a project with rows another tool wrote', () => {
  it('is read by GDAL as it is (the oracle): the rows are there, one of them a MultiPolygon', () => {
    const listed = ogrinfo('-ro', '-q', hostile, 'plots', '-where', `code = '${HOSTILE.multiPolygonPlot}'`);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toMatch(/MULTIPOLYGON \(\(\(39\.6 54\.7/);
  });

  it('info reads the rest and names each such row by table and fid, leaving the file byte for byte', () => {
    const before = readFileSync(hostile);
    const info = parkplan('info', hostile);
    expect(info.stderr).toBe('');
    expect(info.status).toBe(0);
    expect(info.stdout).toMatch(/ {2}Plots {2,}\d+\n/);
    expect(info.stdout).toMatch(new RegExp(`plots fid \\d+ «${HOSTILE.multiPolygonPlot}», not read: a MultiPolygon of 2 parts, \\d+ m² over its parts`));
    expect(info.stdout).toMatch(new RegExp(`plots fid \\d+ «${HOSTILE.spatiaLitePlot}»: its geometry is a SpatiaLite blob`));
    expect(info.stdout).toMatch(new RegExp(`plots fid \\d+ «${HOSTILE.selfCrossingPlot}»: its outline crosses itself[^\\n]*segment 1 \\(vertices 1–2\\) crosses segment 3`));
    expect(info.stdout).toMatch(new RegExp(`rail_spurs fid \\d+ «${HOSTILE.spatiaLiteSpur}»: its geometry is a SpatiaLite blob`));
    expect(info.stdout).toMatch(new RegExp(`utility_lines fid \\d+ «${HOSTILE.wktLine}», not read: its geometry column holds text, not a geometry blob`));
    const json = JSON.parse(parkplan('info', hostile, '--json').stdout) as { rowFindings: { table: string; fid: number; read: boolean; text: string }[] };
    expect(json.rowFindings.map(({ table, read }) => [table, read])).toEqual([['plots', false], ['plots', true], ['plots', true], ['rail_spurs', true], ['utility_lines', false]]);
    expect(json.rowFindings[0]?.text).toMatch(/not read: a MultiPolygon of 2 parts/);
    expect(readFileSync(hostile).equals(before)).toBe(true);
  });

  it('the MultiPolygon finding gives the area over its parts: two 0.001° squares at 54.7°N', () => {
    const area = Number(/a MultiPolygon of 2 parts, (\d+) m²/.exec(parkplan('info', hostile).stdout)?.[1]);
    // Each square is ~64.5 m east-west × ~111.3 m north-south.
    expect(area).toBeGreaterThan(14_000);
    expect(area).toBeLessThan(14_700);
  });

  it('report and export work too, and say the same in Russian with --lang ru', () => {
    const report = parkplan('report', hostile, '--lang', 'ru');
    expect(report.status).toBe(0);
    expect(report.stdout).toMatch(new RegExp(`plots, fid \\d+ «${HOSTILE.multiPolygonPlot}», не прочитана: MultiPolygon из частей: 2`));
    const out = join(dir, 'plots.geojson');
    const exported = parkplan('export', hostile, out);
    expect(exported.status).toBe(0);
    expect(exported.stdout).toMatch(/Exported \d+ features/);
    const codes = (JSON.parse(readFileSync(out, 'utf8')) as { features: { properties: { code?: string } }[] }).features.map((feature) => feature.properties.code);
    expect(codes).toContain(HOSTILE.spatiaLitePlot);
    expect(codes).toContain(HOSTILE.selfCrossingPlot);
    expect(codes).not.toContain(HOSTILE.multiPolygonPlot);
  });

  it('repair backs up, splits the MultiPolygon plot into one plot per part and rewrites the SpatiaLite blobs', () => {
    const file = copy('repaired.gpkg');
    const repaired = parkplan('repair', file);
    expect(repaired.stderr).toBe('');
    expect(repaired.status).toBe(0);
    expect(repaired.stdout).toContain(`plot ${HOSTILE.multiPolygonPlot} (plots fid`);
    expect(repaired.stdout).toContain(`split into 2 plots: ${HOSTILE.multiPolygonPlot}/1, ${HOSTILE.multiPolygonPlot}/2`);
    expect(repaired.stdout.match(/the SpatiaLite blob rewritten as GeoPackage geometry/g)).toHaveLength(2);
    const info = parkplan('info', file);
    // Left to the planner: the self-crossing plot (ParkPlan does not guess how to uncross it) and the WKT line.
    expect(info.stdout.match(/^ {2}(plots|rail_spurs|utility_lines) fid/gm)).toHaveLength(2);
    expect(info.stdout).toContain(`«${HOSTILE.selfCrossingPlot}»`);
    // GDAL reads the parts as Polygons and the rewritten rows as GeoPackage geometry; the file is valid.
    const parts = ogrinfo('-ro', '-q', file, 'plots', '-where', `code LIKE '${HOSTILE.multiPolygonPlot}/%'`);
    expect(parts.stdout.match(/^ {2}POLYGON /gm)).toHaveLength(2);
    const blobs = ogrinfo('-ro', '-q', file, '-sql', `SELECT count(*) AS n FROM plots WHERE substr(hex(geom), 1, 4) <> '4750'`);
    expect(blobs.stdout).toMatch(/n \(Integer\) = 0/);
    expect(ogrinfo('-ro', '-q', file).status).toBe(0);
  });
});
