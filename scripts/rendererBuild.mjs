// Builds the renderer into out/renderer when its sources are newer than the last build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = ['renderer', 'shared', 'assets/public'];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function ensureRendererBuilt({ force = false } = {}) {
  const built = join(root, 'out/renderer/index.html');
  const stale = force || !existsSync(built) || SOURCES.some((dir) => existsSync(join(root, dir)) && newestMtime(join(root, dir)) > statSync(built).mtimeMs);
  if (!stale) return;
  console.log('Building the renderer (vite)…');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('The renderer build failed');
}
