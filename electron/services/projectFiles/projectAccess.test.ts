import { chmodSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject } from '../../store/project';
import { addColleaguesTrigger } from '../../store/__fixtures__/hostileFiles';
import { openForPlanner } from './projectAccess';

function emptyProject(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'parkplan-access-')), 'project.gpkg');
  openProject(file, { create: true }).close();
  return file;
}

describe('opening a project as the app does', () => {
  it('opens an ordinary project for editing', () => {
    const { store, access } = openForPlanner(emptyProject());
    expect(access).toEqual({ mode: 'edit' });
    expect(store.readonly).toBe(false);
    store.close();
  });

  it('opens a file with a colleague’s trigger read-only, naming it, repairable, and writes nothing', () => {
    const file = emptyProject();
    addColleaguesTrigger(file);
    const before = readFileSync(file);
    const { store, access } = openForPlanner(file);
    store.close();
    expect(access).toMatchObject({ mode: 'read-only', repairable: true, reason: { key: 'projectFile.readOnly.foreign', params: { objects: 'trigger add_resident on plots' } } });
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('opens a file of mode 444 read-only, not repairable', () => {
    const file = emptyProject();
    chmodSync(file, 0o444);
    const { store, access } = openForPlanner(file);
    expect(store.readonly).toBe(true);
    store.close();
    expect(access).toMatchObject({ mode: 'read-only', repairable: false, reason: { key: 'projectFile.readOnly.protected' } });
  });
});
