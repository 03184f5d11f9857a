import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject } from '../../electron/store/project';
import { damagePlotsPage } from '../../electron/store/__fixtures__/hostileFiles';

describe('npm run web -- --project FILE', () => {
  it('refuses a project file that does not exist unless --create is given, and creates nothing', () => {
    const typo = join(mkdtempSync(join(tmpdir(), 'parkplan-web-typo-')), 'TYPO.gpkg');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/web/main.ts', '--project', typo, '--port', '0'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${typo} does not exist`);
    expect(result.stderr).toContain('--create');
    expect(result.stdout).not.toContain('http://127.0.0.1');
    expect(existsSync(typo)).toBe(false);
  });
});

describe('npm run web on a project that cannot be opened', () => {
  it('serves the page, which says why and offers New and Open, instead of exiting', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'parkplan-web-damaged-'));
    const file = join(folder, 'damaged.gpkg');
    openProject(file, { create: true }).close();
    damagePlotsPage(file);
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/main.ts', '--project', file, '--port', '0'], { env: { ...process.env, PARKPLAN_HOME: folder }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 60_000);
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString('utf8');
          const line = output.split('\n').find((candidate) => candidate.startsWith('http://127.0.0.1'));
          if (line === undefined) return;
          clearTimeout(timer);
          resolve(line.trim());
        });
      });
      expect(output).toContain('could not be opened');
      const { origin, searchParams } = new URL(url);
      const answer = await fetch(`${origin}/api/projectFiles:state`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parkplan-token': searchParams.get('token') ?? '' }, body: '{}' });
      const body = (await answer.json()) as { ok: boolean; value: { file: string | null; access: { mode: string; failure: { key: string } } } };
      expect(body.value.file).toBeNull();
      expect(body.value.access).toMatchObject({ mode: 'none', failure: { key: 'projectFile.damaged' } });
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
