// Builds better-sqlite3 for Electron's ABI into build/electron-native/<version>/, leaving node_modules'
// Node-ABI build for the tests and the CLI; the main process loads it with `nativeBinding`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronVersion } from './electronBinary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function nodeGyp() {
  if (process.env.npm_config_node_gyp) return process.env.npm_config_node_gyp;
  return join(dirname(process.execPath), '../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js');
}

export function ensureElectronSqlite() {
  const version = electronVersion();
  const target = join(root, 'build/electron-native', version, 'better_sqlite3.node');
  if (existsSync(target)) return target;
  console.log(`Building better-sqlite3 for Electron ${version} (once; about two minutes)…`);
  const work = join(root, 'build/electron-native/src');
  rmSync(work, { recursive: true, force: true });
  cpSync(join(root, 'node_modules/better-sqlite3'), work, { recursive: true, filter: (path) => !path.includes(`${'/'}build${'/'}`) });
  const result = spawnSync(
    process.execPath,
    [nodeGyp(), 'rebuild', '--release', `--target=${version}`, `--arch=${process.arch}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
    { cwd: work, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('Building better-sqlite3 for Electron failed');
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(work, 'build/Release/better_sqlite3.node'), target);
  return target;
}
