import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBigGeoJson } from './bigGeoJson';
import { demoCopy, expectUnchanged, fileState } from './importRun';

// The 100 MB GeoJSON is written here, at test time, and removed after: it is never committed.
const dir = mkdtempSync(join(tmpdir(), 'parkplan-big-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Peak memory the import may use, the whole CLI process included (tsx alone takes ~150 MB). */
const PEAK_RSS_LIMIT_MB = 300;

describe('a 100 MB GeoJSON', () => {
  it('is streamed in bounded memory, and its one bad feature, the last, refuses the import untouched', () => {
    const input = join(dir, 'big.geojson');
    const count = writeBigGeoJson(input, 100 * 1024 * 1024, true);
    expect(statSync(input).size).toBeGreaterThan(100 * 1024 * 1024);
    const project = demoCopy();
    const before = fileState(project);
    // The real CLI in a child process, which prints its own peak RSS as it exits.
    const probe = "process.on('exit', () => console.error('PEAK_RSS_KB ' + process.resourceUsage().maxRSS)); await import('./bin/parkplan.mjs');";
    const started = Date.now();
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', probe, 'parkplan', 'import', project, input, '--park', 'Рязанский'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    const seconds = (Date.now() - started) / 1000;
    const peakMb = Number(child.stderr.match(/PEAK_RSS_KB (\d+)/)?.[1]) / 1024;
    console.log(`100 MB GeoJSON: ${count} features, ${seconds.toFixed(1)} s, peak RSS ${peakMb.toFixed(0)} MB`);
    expect(child.stdout).toMatch(new RegExp(`Read ${count} feature\\(s\\)`));
    expect(child.stdout).toMatch(new RegExp(`feature ${count} «B-poison»: vertex 2 has the coordinate NaN`));
    expect(child.stderr).toMatch(/1 feature\(s\) rejected; nothing was imported/);
    expect(child.status).toBe(1);
    expect(peakMb).toBeLessThan(PEAK_RSS_LIMIT_MB);
    expectUnchanged(project, before);
  }, 300_000);
});
