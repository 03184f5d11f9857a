import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The real command in a child process: its refusals in English by default, in Russian when asked.
const dir = mkdtempSync(join(tmpdir(), 'parkplan-cli-lang-'));
const project = join(dir, 'demo.gpkg');
const empty = join(dir, 'empty.geojson');

const run = (env: Record<string, string>, ...args: string[]) => {
  const result = spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
  return { code: result.status, stderr: result.stderr };
};

beforeAll(() => {
  expect(run({}, 'demo', project).code).toBe(0);
  writeFileSync(empty, '{"type":"FeatureCollection","features":[]}');
});

describe('parkplan --lang', () => {
  it('refuses in English by default, even under a non-Russian locale', () => {
    const refused = run({ LANG: 'de_DE.UTF-8' }, 'import', project, empty, '--park', 'Рязан');
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe('parkplan import: empty.geojson holds no features.');
  });

  it('refuses in Russian with --lang ru', () => {
    const refused = run({}, 'import', project, empty, '--park', 'Рязан', '--lang', 'ru');
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe('parkplan import: В файле empty.geojson нет объектов.');
  });

  it('refuses in Russian under a Russian locale, and --lang en overrides it', () => {
    const ru = run({ LANG: 'ru_RU.UTF-8' }, 'import', project, join(dir, 'plan.xyz'), '--park', 'Рязан');
    expect(ru.stderr).toContain('plan.xyz: импорт читает файлы .geojson');
    const en = run({ LC_ALL: 'ru_RU.UTF-8' }, 'import', project, empty, '--park', 'Рязан', '--lang=en');
    expect(en.stderr.trim()).toBe('parkplan import: empty.geojson holds no features.');
  });
});
