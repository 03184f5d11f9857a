// `npm start`: the desktop app. Where the Electron binary is missing (it could not be downloaded), say so in
// one line and serve the same app in web mode instead.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electronBinary.mjs';
import { ensureElectronSqlite } from './electronSqlite.mjs';
import { runWebMode } from './web.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const binary = electronBinary();

if (binary === null) {
  console.log('Electron binary not installed (its download was skipped or failed) — serving ParkPlan in web mode instead.');
  await runWebMode(process.argv.slice(2));
} else {
  const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  ensureElectronSqlite();
  const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
