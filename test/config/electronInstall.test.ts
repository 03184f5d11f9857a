import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { electronSpec, restoreElectronPackage } from '../../scripts/electronPackage.mjs';

// `npm install` must succeed where Electron's binary cannot be downloaded (this machine, CI, locked-down offices):
// electron is optional, and the postinstall puts its package files (types, no binary) back when npm dropped it.
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  optionalDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

describe('installing where Electron cannot be downloaded', () => {
  it('electron is an exact-pinned optional dependency, nowhere else', () => {
    expect(manifest.optionalDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.dependencies.electron).toBeUndefined();
    expect(manifest.devDependencies.electron).toBeUndefined();
    expect(manifest.scripts.postinstall).toBe('node scripts/electronPackage.mjs');
  });

  it('electron-builder packages that Electron version and leaves the package out of the app', () => {
    const config = parse(readFileSync('electron-builder.yml', 'utf8')) as { electronVersion: string; files: string[] };
    expect(config.electronVersion).toBe(manifest.optionalDependencies.electron);
    expect(config.files).toContain('!node_modules/electron/**');
  });

  it('the installed tree has the electron package with its types, at the pinned version', () => {
    const installed = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string };
    expect(installed.version).toBe(manifest.optionalDependencies.electron);
    expect(existsSync('node_modules/electron/electron.d.ts')).toBe(true);
  });

  it('the postinstall restores the package from the registry into an empty tree, without its download', () => {
    const root = mkdtempSync(join(tmpdir(), 'parkplan-install-'));
    writeFileSync(join(root, 'package.json'), JSON.stringify({ optionalDependencies: manifest.optionalDependencies }));
    expect(electronSpec(root)).toBe(`electron@${manifest.optionalDependencies.electron}`);
    restoreElectronPackage(root);
    const restored = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
    expect(restored.version).toBe(manifest.optionalDependencies.electron);
    expect(existsSync(join(root, 'node_modules/electron/electron.d.ts'))).toBe(true);
    expect(existsSync(join(root, 'node_modules/electron/dist'))).toBe(false);
  });
});
