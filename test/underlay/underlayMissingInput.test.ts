import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// A file the planner names that is not there is refused by its name, not with a bare ENOENT, and the
// project gains no row (the other refusals are in underlayCli.test.ts).
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

let dir: string;
let project: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-underlay-missing-'));
  project = join(dir, 'demo.gpkg');
  expect(run('demo', project).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parkplan underlay with a file that is not there', () => {
  it.each([
    ['add', (missing: string) => ['underlay', 'add', project, missing]],
    ['georef', (missing: string) => ['underlay', 'georef', project, missing, '--crs', 'MSK-62-1', '--gcp', '0,0,454660,1319600']],
  ])('%s names the missing file and writes nothing', (_, args) => {
    const missing = join(dir, 'нет такого.tif');
    const refused = run(...args(missing));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`There is no file ${missing}`);
    expect(refused.stderr).not.toContain('ENOENT');
    expect(run('underlay', 'list', project).stdout.trim()).toBe('(no underlays)');
  });
});
