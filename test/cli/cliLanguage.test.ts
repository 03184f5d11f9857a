import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The real command in a child process: its refusals in English by default, in Russian when asked.
const dir = mkdtempSync(join(tmpdir(), 'parkplan-cli-lang-'));
const project = join(dir, 'demo.gpkg');
const empty = join(dir, 'empty.geojson');
const openRing = join(dir, 'open-ring.geojson');

const run = (env: Record<string, string>, ...args: string[]) => {
  const result = spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

beforeAll(() => {
  expect(run({}, 'demo', project).code).toBe(0);
  writeFileSync(empty, '{"type":"FeatureCollection","features":[]}');
  // An open ring just outside «Рязанский»'s plots: closed by the import, and warned about as outside the park.
  const ring = [[39.5, 54.76], [39.5005, 54.76], [39.5005, 54.7605], [39.5, 54.7605]];
  writeFileSync(openRing, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: 'ЯЗ-1' }, geometry: { type: 'Polygon', coordinates: [ring] } }] }));
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

  it('prints the import report and its outcome in the language asked for', () => {
    const english = run({}, 'import', project, openRing, '--park', 'Рязан', '--dry-run');
    expect(english.code).toBe(0);
    expect(english.stdout).toContain('Read 1 feature(s): GeoJSON, EPSG:4326 (WGS84 degrees)');
    expect(english.stdout).toContain('  feature 1 «ЯЗ-1» → plot ЯЗ-1: ring closed');
    expect(english.stdout).toContain('Dry run: nothing was written.');
    const russian = run({}, 'import', project, openRing, '--park', 'Рязан', '--dry-run', '--lang', 'ru');
    expect(russian.code).toBe(0);
    expect(russian.stdout.split('\n')).toEqual([
      'Прочитано объектов: 1 (GeoJSON, EPSG:4326 (градусы WGS84))',
      'Принято: 1 (исправлено или с замечаниями: 1; пересекают другие участки: 0, частично за границей парка: 1), отклонено: 0',
      'Исправлено:',
      '  объект 1 «ЯЗ-1» → участок ЯЗ-1: контур замкнут',
      'Частично за границей парка (предупреждение):',
      expect.stringMatching(/^ {2}объект 1 «ЯЗ-1» → участок ЯЗ-1: \d+,\d м² лежат за границей парка$/u),
      'Пробный прогон: ничего не записано.',
      '',
    ]);
  });
});
