import { spawnSync } from 'node:child_process';

/** Builds the renderer once for every end-to-end test: they run the same bundle web mode serves. */
export default function setup(): void {
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('The renderer build failed');
}
