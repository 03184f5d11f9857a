import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, exportOk, leftovers, parkplan, readGeoJson, writeDemo } from '../export/exportSupport';

const dir = mkdtempSync(join(tmpdir(), 'parkplan-export-cli-'));
const project = join(dir, 'demo.gpkg');
let original: Buffer;

beforeAll(() => {
  writeDemo(project);
  original = readFileSync(project);
}, CLI_TIMEOUT);

/** A call that must be refused as a usage mistake: exit 2, a message, no output file, project untouched. */
function refused(out: string, ...flags: string[]): string {
  const result = parkplan('export', project, out, ...flags);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(existsSync(out)).toBe(false);
  expect(readFileSync(project).equals(original)).toBe(true);
  return result.stderr;
}

describe('parkplan export: choosing the format and the options', () => {
  it('lists the formats in the usage text', () => {
    const help = parkplan('--help');
    expect(help.code).toBe(0);
    for (const format of ['geojson', 'gpkg', 'kml', 'csv', 'xlsx']) expect(help.stdout).toContain(format);
    expect(help.stdout).toContain('--park NAME');
    expect(help.stdout).toContain('OUT-residents.csv');
  }, CLI_TIMEOUT);

  it('refuses an unknown format and names the ones it has', () => {
    const message = refused(join(dir, 'plan.dxf'));
    expect(message).toContain('.dxf');
    expect(message).toContain('.gpkg');
  }, CLI_TIMEOUT);

  it('refuses an unknown flag, a bad value and a flag the format does not take', () => {
    expect(refused(join(dir, 'a.geojson'), '--frobnicate')).toContain('--frobnicate');
    expect(refused(join(dir, 'b.csv'), '--table', 'parks')).toContain('--table must be one of plots, residents, allocations');
    expect(refused(join(dir, 'c.kml'), '--table', 'plots')).toContain('.kml export does not take --table');
    expect(refused(join(dir, 'd.geojson'), '--scale', '1:2000')).toContain('--scale must be a whole number');
    expect(refused(join(dir, 'e.geojson'), '--paper', 'B5')).toContain('--paper must be one of A4, A3, A2, A1, A0');
    expect(refused(join(dir, 'f.geojson'), '--park')).toContain('--park');
  }, CLI_TIMEOUT);

  it('refuses to write over the project file itself', () => {
    const copy = join(dir, 'self.gpkg');
    writeDemo(copy);
    const before = readFileSync(copy);
    const result = parkplan('export', copy, copy);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('project file itself');
    expect(readFileSync(copy).equals(before)).toBe(true);
  }, CLI_TIMEOUT);

  it('names every park for an unknown --park and the candidates for an ambiguous one', () => {
    const unknown = refused(join(dir, 'g.geojson'), '--park', 'Тула');
    expect(unknown).toContain('no park is named like "Тула"');
    expect(unknown).toContain('«Рязанский»');
    expect(unknown).toContain('«Карандаш»');
    const ambiguous = refused(join(dir, 'h.geojson'), '--park', 'парк');
    expect(ambiguous).toContain('matches 2 parks');
    expect(ambiguous).toContain('«Рязанский»');
    expect(ambiguous).toContain('«Карандаш»');
  }, CLI_TIMEOUT);
});

describe('parkplan export --park', () => {
  it('keeps only the named park in GeoJSON, found by a unique part of its name', () => {
    const all = join(dir, 'all.geojson');
    const one = join(dir, 'karandash.geojson');
    exportOk(project, all);
    expect(exportOk(project, one, '--park', 'карандаш')).toMatch(/Exported \d+ features to/);
    const whole = readGeoJson(all);
    const narrowed = readGeoJson(one);
    const parks = narrowed.filter((feature) => feature.properties.layer === 'parks');
    expect(parks).toHaveLength(1);
    expect(parks[0]?.properties['name']).toContain('«Карандаш»');
    const parkId = parks[0]?.properties['id'];
    const expected = whole.filter((feature) => feature.properties.layer !== 'parks' && feature.properties['parkId'] === parkId);
    expect(expected.length).toBeGreaterThanOrEqual(8);
    expect(narrowed.filter((feature) => feature.properties.layer !== 'parks')).toEqual(expected);
  }, CLI_TIMEOUT);
});

describe('parkplan export: all or nothing', () => {
  // The output path is an existing directory, so the final rename fails after the data was written.
  for (const format of ['geojson', 'gpkg', 'kml', 'csv', 'xlsx']) {
    it(`leaves no partial ${format} file and the project byte for byte when writing fails`, () => {
      const target = join(dir, `blocked.${format}`);
      mkdirSync(target, { recursive: true });
      const result = parkplan('export', project, target);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('blocked');
      expect(readdirSync(target)).toEqual([]);
      expect(leftovers(dir)).toEqual([]);
      expect(existsSync(join(dir, 'blocked-residents.csv'))).toBe(false);
      expect(readFileSync(project).equals(original)).toBe(true);
    }, CLI_TIMEOUT);
  }

  it('fails cleanly into a folder that does not exist', () => {
    const result = parkplan('export', project, join(dir, 'missing', 'out.xlsx'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing');
    expect(readFileSync(project).equals(original)).toBe(true);
  }, CLI_TIMEOUT);
});
