import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const manifest = join(root, 'out/cli/inputs.json');
const builtAt = (): number => (JSON.parse(readFileSync(manifest, 'utf8')) as { builtAt: number }).builtAt;
// Logs every module Node resolves, so the test sees whether a run touched TypeScript or tsx.
const TRACE = `data:text/javascript,${encodeURIComponent(
  "import { register } from 'node:module'; register('data:text/javascript,' + encodeURIComponent(\"export async function resolve(s, c, n) { const r = await n(s, c); process.stderr.write('resolved ' + r.url + '\\\\n'); return r; }\"));",
)}`;
const run = (...args: string[]) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 60_000 });

describe('the batch path runs compiled JavaScript', () => {
  it('bin/parkplan.mjs runs the out/cli bundle, loading no TypeScript and no tsx', () => {
    expect(run('scripts/batchBundle.mjs').status).toBe(0);
    const help = run('--import', TRACE, 'bin/parkplan.mjs', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: parkplan');
    const resolved = help.stderr.split('\n').filter((line) => line.startsWith('resolved '));
    expect(resolved.some((line) => line.includes('/out/cli/parkplan.mjs'))).toBe(true);
    expect(resolved.filter((line) => line.endsWith('.ts') || line.includes('/tsx/'))).toEqual([]);
  }, 60_000);

  it('rebuilds on the next run when a source it was built from is newer', () => {
    expect(run('scripts/batchBundle.mjs').status).toBe(0);
    const before = builtAt();
    const source = join(root, 'electron/cli/main.ts');
    const { atime, mtime } = statSync(source);
    try {
      utimesSync(source, atime, new Date(Date.now() + 1000));
      expect(run('bin/parkplan.mjs', '--help').status).toBe(0);
      expect(builtAt()).toBeGreaterThan(before);
    } finally {
      utimesSync(source, atime, mtime);
    }
  }, 60_000);
});
