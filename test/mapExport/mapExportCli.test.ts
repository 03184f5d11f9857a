import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoSnapshot, poppler } from './demoSheets';

// `parkplan export` as a planner runs it, through the export registry to the map writer.
const run = (...args: string[]) => spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], { encoding: 'utf8' });
const { dir } = demoSnapshot();
const project = join(dir, 'demo.gpkg');

describe('parkplan export FILE OUT.pdf', () => {
  it('writes the A1 landscape map at 1:2000 of the park named by a part of its name, leaving the project as it was', () => {
    const before = readFileSync(project);
    const out = join(dir, 'cli-a1.pdf');
    const result = run('export', project, out, '--park', 'рязан', '--paper', 'A1', '--orientation', 'landscape', '--scale', '2000');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1:2');
    expect(poppler('pdfinfo', out)).toMatch(/Page size:\s+2383\.\d+ x 1683\.\d+ pts/);
    expect(poppler('pdftotext', out, '-').replaceAll('\u00a0', ' ')).toContain('Масштаб 1:2 000');
    expect(readFileSync(project).equals(before)).toBe(true);
  });

  it('asks for --park when the project has several parks, and writes nothing', () => {
    const out = join(dir, 'cli-none.pdf');
    const result = run('export', project, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--park');
    expect(() => readFileSync(out)).toThrow();
  });
});
