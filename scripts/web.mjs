// `npm run web -- [--project FILE] [--port N]`: builds the renderer if needed, then serves it on loopback.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureRendererBuilt } from './rendererBuild.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export function runWebMode(args) {
  ensureRendererBuilt();
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/main.ts', ...args], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 1));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) runWebMode(process.argv.slice(2));
