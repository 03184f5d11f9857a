import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecentProjects, RECENT_LIMIT } from './recentProjects';

const folder = () => mkdtempSync(join(tmpdir(), 'parkplan-recent-'));
const touch = (dir: string, name: string) => {
  const file = join(dir, name);
  writeFileSync(file, 'x');
  return file;
};

describe('recent projects', () => {
  it('lists the last opened first, once each, and keeps the list across restarts', () => {
    const dir = folder();
    const [a, b] = [touch(dir, 'a.gpkg'), touch(dir, 'b.gpkg')];
    const recent = createRecentProjects(join(dir, 'recent.json'));
    recent.add(a);
    recent.add(b);
    recent.add(a);
    expect(createRecentProjects(join(dir, 'recent.json')).list()).toEqual([
      { file: a, name: 'a.gpkg' },
      { file: b, name: 'b.gpkg' },
    ]);
  });

  it('leaves out files that are gone or that `keep` refuses, and keeps at most the limit', () => {
    const dir = folder();
    const files = Array.from({ length: RECENT_LIMIT + 2 }, (_, n) => touch(dir, `p${n}.gpkg`));
    const recent = createRecentProjects(join(dir, 'recent.json'), (file) => !file.endsWith('p11.gpkg'));
    for (const file of files) recent.add(file);
    rmSync(files[10] ?? '');
    expect(recent.list().map((entry) => entry.name)).toEqual(['p9.gpkg', 'p8.gpkg', 'p7.gpkg', 'p6.gpkg', 'p5.gpkg', 'p4.gpkg', 'p3.gpkg', 'p2.gpkg']);
    expect(recent.has(files[11] ?? '')).toBe(false);
    expect(recent.has(files[9] ?? '')).toBe(true);
  });

  it('starts again from a list another program mangled', () => {
    const dir = folder();
    writeFileSync(join(dir, 'recent.json'), '{not json');
    const recent = createRecentProjects(join(dir, 'recent.json'));
    expect(recent.list()).toEqual([]);
    recent.add(touch(dir, 'a.gpkg'));
    expect(recent.list()).toHaveLength(1);
  });
});
