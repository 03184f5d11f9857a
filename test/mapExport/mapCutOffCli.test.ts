import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoSnapshot } from './demoSheets';

/*
 * A fixed scale too large for one sheet: the map is still written (the planner may want exactly that
 * detail), on a series of sheets after a key map, and the CLI says so and names the round scale that fits one sheet.
 * The scale it names must then fit; one at 0.45 of it must not (round steps are at most 2 apart, the margin 6 %).
 */

const run = (...args: string[]) => spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], { encoding: 'utf8' });
const { dir } = demoSnapshot();
const project = join(dir, 'demo.gpkg');
const WARNING = /^Warning: at 1:([\d\s]+) .*«Рязанский» does not fit the A2 landscape sheet, so it is drawn on several sheets after a key map; it fits one sheet at 1:([\d\s]+) /mu;
const denominator = (text: string): number => Number(text.replace(/\s/gu, ''));

describe('parkplan export at a scale the sheet cannot hold', () => {
  it('writes the map, warns that the park takes several sheets and names the scale that fits one', () => {
    const tooDetailed = run('export', project, join(dir, 'cut.svg'), '--park', 'рязан', '--paper', 'A2', '--scale', '2000');
    expect(tooDetailed.status).toBe(0);
    expect(tooDetailed.stdout).toMatch(/Exported the allocation map/);
    const warning = tooDetailed.stdout.match(WARNING);
    expect(warning, tooDetailed.stdout).not.toBeNull();
    expect(denominator(warning?.[1] ?? '')).toBe(2000);
    const fitting = denominator(warning?.[2] ?? '');
    // «Рязанский» spans about 2.5 km: an A2 map frame (≈ 0.4 m) holds it somewhere between 1:5 000 and 1:10 000.
    expect(fitting).toBeGreaterThan(5000);
    expect(fitting).toBeLessThanOrEqual(10_000);

    const atFitting = run('export', project, join(dir, 'fits.svg'), '--park', 'рязан', '--paper', 'A2', '--scale', String(fitting));
    expect(atFitting.status).toBe(0);
    expect(atFitting.stdout).not.toMatch(/Warning/);
    const justBelow = run('export', project, join(dir, 'below.svg'), '--park', 'рязан', '--paper', 'A2', '--scale', String(Math.round(fitting * 0.45)));
    expect(justBelow.stdout).toMatch(/Warning: .* drawn on several sheets/);
  });

  it('says nothing when the scale is fitted or the sheet is big enough', () => {
    const fitted = run('export', project, join(dir, 'fitted.svg'), '--park', 'рязан', '--paper', 'A4');
    expect(fitted.status).toBe(0);
    expect(fitted.stdout).not.toMatch(/Warning/);
    const large = run('export', project, join(dir, 'a0.svg'), '--park', 'рязан', '--paper', 'A0', '--scale', '5000');
    expect(large.status).toBe(0);
    expect(large.stdout).not.toMatch(/Warning/);
  });
});
