import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

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
