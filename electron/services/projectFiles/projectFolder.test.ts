import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInFolder, listProjectFolder, resolveInFolder } from './projectFolder';

function folderWith(...names: string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'parkplan-folder-'));
  for (const name of names) writeFileSync(join(folder, name), 'x');
  return folder;
}

const keyOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as { key?: string }).key ?? String(error);
  }
  return 'no refusal';
};

describe('the project folder web mode is limited to', () => {
  it('resolves a plain name in the folder, adding .gpkg to a new one', () => {
    const folder = folderWith('Рязанский.gpkg');
    expect(resolveInFolder(folder, 'Рязанский.gpkg', 'existing')).toBe(join(folder, 'Рязанский.gpkg'));
    expect(resolveInFolder(folder, 'Технопарк', 'new')).toBe(join(folder, 'Технопарк.gpkg'));
  });

  it.each([
    ['../outside.gpkg'],
    ['..'],
    ['/etc/passwd'],
    ['sub/inner.gpkg'],
    ['..\\outside.gpkg'],
    ['C:evil.gpkg'],
    ['name\0.gpkg'],
    ['.parkplan-recent.json'],
    [' padded.gpkg'],
  ])('refuses %j before touching any file', (name) => {
    const folder = folderWith();
    expect(keyOf(() => resolveInFolder(folder, name, 'existing'))).toBe('projectFiles.badName');
    expect(keyOf(() => resolveInFolder(folder, name, 'new'))).toBe('projectFiles.badName');
  });

  it('refuses a link in the folder that points out of it', () => {
    const outside = folderWith('secret.gpkg');
    const folder = folderWith();
    symlinkSync(join(outside, 'secret.gpkg'), join(folder, 'link.gpkg'));
    expect(keyOf(() => resolveInFolder(folder, 'link.gpkg', 'existing'))).toBe('projectFiles.notInFolder');
    expect(isInFolder(folder, join(folder, 'link.gpkg'))).toBe(false);
  });

  it('never names an existing file as a new one, nor a missing one as existing', () => {
    const folder = folderWith('taken.gpkg');
    expect(keyOf(() => resolveInFolder(folder, 'taken', 'new'))).toBe('projectFiles.exists');
    expect(keyOf(() => resolveInFolder(folder, 'absent.gpkg', 'existing'))).toBe('projectFiles.notFound');
  });

  it('lists the .gpkg files only, by name', () => {
    const folder = folderWith('b.gpkg', 'a.gpkg', 'notes.txt', '.hidden.gpkg');
    mkdirSync(join(folder, 'folder.gpkg'));
    expect(listProjectFolder(folder).map((entry) => entry.name)).toEqual(['a.gpkg', 'b.gpkg']);
  });
});
