// `npm run web -- [--project FILE [--create]] [--port N]`: builds the renderer and the web host's bundle if needed, then serves it on loopback.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureBundle } from './batchBundle.mjs';
import { ensureRendererBuilt } from './rendererBuild.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function runWebMode(args) {
  ensureRendererBuilt();
  const host = await ensureBundle('web');
  const child = spawn(process.execPath, [host, ...args], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 1));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runWebMode(process.argv.slice(2));
