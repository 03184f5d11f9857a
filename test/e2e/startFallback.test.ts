import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm start` where the Electron binary could not be downloaded: one line saying so, then web mode.
const electronDir = 'node_modules/electron';
const binaryPresent = existsSync(join(electronDir, 'path.txt')) && existsSync(join(electronDir, 'dist', readFileSync(join(electronDir, 'path.txt'), 'utf8').trim()));

describe.skipIf(binaryPresent)('npm start without the Electron binary', () => {
  it('says so in one line and serves the demo in web mode on loopback', async () => {
    const home = mkdtempSync(join(tmpdir(), 'parkplan-start-'));
    const child = spawn(process.execPath, ['scripts/start.mjs', '--port', '0'], {
      env: { ...process.env, PARKPLAN_HOME: home },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 90_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const line = output.split('\n').find((candidate) => /^http:\/\/127\.0\.0\.1:\d+\/\?token=/.test(candidate));
        if (line !== undefined) {
          clearTimeout(timer);
          resolve(line.trim());
        }
      });
    });
    try {
      const notices = output.split('\n').filter((line) => /Electron/.test(line));
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(/web mode/);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root"');
      expect((await fetch(url.replace(/\?token=.*/, ''))).status).toBe(403);
      expect(existsSync(join(home, 'demo.gpkg'))).toBe(true);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
