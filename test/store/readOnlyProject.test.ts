import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'parkplan-readonly-'));
const demo = join(dir, 'demo.gpkg');

/**
 * The CLI as a planner who may not write the file. As root every file is writable, so the test drops to
 * the `nobody` user for these runs (setpriv, util-linux); as anyone else, mode 444 is enough.
 */
function parkplanAsReader(...args: string[]) {
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? '/usr/bin/setpriv' : process.execPath;
  const prefix = asRoot ? ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [];
  return spawnSync(command, [...prefix, 'bin/parkplan.mjs', ...args], { encoding: 'utf8', timeout: 60_000 });
}

beforeAll(() => {
  const made = spawnSync(process.execPath, ['bin/parkplan.mjs', 'demo', demo], { encoding: 'utf8', timeout: 60_000 });
  expect(made.status, made.stderr).toBe(0);
  // The demo is a WAL file (header bytes 18 and 19 are 2): the kind whose reader used to leave -wal and -shm.
  expect(readFileSync(demo)[18]).toBe(2);
  chmodSync(dir, 0o755);
}, 60_000);

describe('a project that is only read', () => {
  it('info leaves no -wal or -shm beside the file and not a byte changed', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parkplan-info-')), 'plain.gpkg');
    copyFileSync(demo, file);
    const before = readFileSync(file);
    const info = spawnSync(process.execPath, ['bin/parkplan.mjs', 'info', file], { encoding: 'utf8', timeout: 60_000 });
    expect(info.status, info.stderr).toBe(0);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(existsSync(`${file}-shm`)).toBe(false);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it.each([
    ['a file of mode 444 in a folder the planner may write', 'writable-folder'],
    ['a file in a read-only folder', 'readonly-folder'],
  ])('info, report and export read %s, and leave nothing beside it', (_what, kind) => {
    const folder = join(dir, kind);
    mkdirSync(folder);
    const file = join(folder, 'project.gpkg');
    copyFileSync(demo, file);
    chmodSync(file, 0o444);
    const out = mkdtempSync(join(tmpdir(), 'parkplan-readonly-out-'));
    chmodSync(out, 0o777);
    chmodSync(folder, kind === 'writable-folder' ? 0o777 : 0o555);
    const before = readFileSync(file);
    const info = parkplanAsReader('info', file);
    expect(info.stderr).toBe('');
    expect(info.stdout).toContain('«Рязанский»');
    const report = parkplanAsReader('report', file);
    expect(report.status, report.stderr).toBe(0);
    const exported = parkplanAsReader('export', file, join(out, 'plots.geojson'));
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stdout).toContain('Exported');
    expect(readdirSync(folder)).toEqual(['project.gpkg']);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
