import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// Plots imported partly and wholly outside a park with an МСК-62 zone: `report` and `info` warn about
// them with the area outside, planar in the МСК, and leave that part out of the balance. Everything is
// drawn as squares in МСК-62 zone 1 metres, so the true areas are the squares' sides squared.
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

const dir = mkdtempSync(join(tmpdir(), 'parkplan-outside-'));
const project = join(dir, 'own.gpkg');

/** A coordinate list of the square with its south-west corner at (x north, y east) and side `side` metres. */
function square(name: string, x: number, y: number, side: number): string {
  const file = join(dir, `${name}.txt`);
  const corners = [[x + side, y], [x + side, y + side], [x, y + side], [x, y]];
  writeFileSync(file, `N X Y\n${corners.map(([cx, cy], i) => `${i + 1} ${cx!.toFixed(2)} ${cy!.toFixed(2)}`).join('\n')}\n`);
  return file;
}

// The park: 400 m × 400 m = 16 ha. «inside» (1 ha); «across» 100 m × 100 m, its east half past the
// boundary (5 000 m² outside); «far» 1 km north of the park (1 ha, wholly outside).
const X0 = 451_207.6;
const Y0 = 1_322_107.2;
const INSIDE_M2 = 10_000;
const ACROSS_OUTSIDE_M2 = 5_000;
const FAR_M2 = 10_000;
/** Edges straight in the МСК and straight in the map's frame part by millimetres: a square metre at most. */
const WITHIN_M2 = 1;

interface Land { parkAreaHa: number; parts: Record<string, number>; outsideHa: number }
const importOutput = new Map<string, string>();

beforeAll(() => {
  expect(run('new', project).code).toBe(0);
  expect(run('park', 'add', project, '--name', 'Окский', '--boundary', square('park', X0, Y0, 400), '--crs', 'MSK-62-1').stderr).toBe('');
  for (const [name, x, y] of [['inside', X0 + 100, Y0 + 100], ['across', X0 + 100, Y0 + 350], ['far', X0 + 1_400, Y0 + 100]] as const) {
    const imported = run('import', project, square(name, x, y, 100), '--crs', 'MSK-62-1');
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    importOutput.set(name, imported.stdout);
  }
});

describe('plots outside their park, in report and info', () => {
  it('import warns with the МСК area outside', () => {
    expect(importOutput.get('across')).toMatch(/Partly outside the park boundary \(warning\):\n.*: (4999(\.\d)?|5000(\.\d)?) m² lie outside the park boundary/);
    expect(importOutput.get('inside')).not.toContain('outside the park boundary');
  });

  it('report --json names each plot outside with its МСК area outside, and counts only the part inside', () => {
    const result = run('report', project, '--json');
    expect(result.code).toBe(0);
    const land = (JSON.parse(result.stdout) as { parks: { landBalance: Land & { outsidePlots: { code: string; outsideM2: number; wholly: boolean }[] } }[] }).parks[0]!.landBalance;
    expect(land.outsidePlots.map((plot) => [plot.code, plot.wholly])).toEqual([['across', false], ['far', true]]);
    expect(Math.abs(land.outsidePlots[0]!.outsideM2 - ACROSS_OUTSIDE_M2)).toBeLessThan(WITHIN_M2);
    expect(Math.abs(land.outsidePlots[1]!.outsideM2 - FAR_M2)).toBeLessThan(WITHIN_M2);
    expect(land.parkAreaHa).toBeCloseTo(16, 4);
    // «Свободно» is «inside» and the half of «across» inside, not the 3 ha of the three plots.
    expect(Math.abs(land.parts['free']! * 10_000 - (INSIDE_M2 + 10_000 - ACROSS_OUTSIDE_M2))).toBeLessThan(2 * WITHIN_M2);
    expect(Math.abs(land.parts['unplotted']! * 10_000 - (160_000 - INSIDE_M2 - 5_000))).toBeLessThan(2 * WITHIN_M2);
    expect(Math.abs(land.outsideHa * 10_000 - ACROSS_OUTSIDE_M2 - FAR_M2)).toBeLessThan(2 * WITHIN_M2);
  });

  it('report and info print the warning with the plots and their area outside', () => {
    const report = run('report', project);
    expect(report.stdout).toMatch(/Outside the boundary\s+\d+\.\d{4} ha/);
    expect(report.stdout).toContain(`! across: ${ACROSS_OUTSIDE_M2} m² outside the park boundary\n`);
    expect(report.stdout).toContain(`! far: ${FAR_M2} m² outside the park boundary (wholly outside)`);
    const info = run('info', project);
    expect(info.stdout).toContain('left out of the figures above');
    expect(info.stdout).toContain(`! far: ${FAR_M2} m² outside the park boundary`);
  });

  it('the committee pack’s overview sheet prints the same balance, in the glossary’s words', () => {
    const pdf = join(dir, 'pack.pdf');
    expect(run('export', project, pdf, '--paper', 'A3').stderr).toBe('');
    const text = spawnSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replaceAll('\u00a0', ' ');
    const land = (JSON.parse(run('report', project, '--json').stdout) as { parks: { landBalance: Land }[] }).parks[0]!.landBalance;
    const ha = (value: number) => `${value.toFixed(2).replace('.', ',')} га`;
    expect(text).toContain('Баланс территории');
    expect(text).toMatch(new RegExp(`Площадь парка\\s+${ha(land.parkAreaHa)}`));
    expect(text).toMatch(new RegExp(`Свободно\\s+${ha(land.parts['free']!)}`));
    expect(text).toMatch(new RegExp(`Не разбито на участки\\s+${ha(land.parts['unplotted']!)}`));
    expect(text).toMatch(new RegExp(`За границей парка\\s+${ha(land.outsideHa)}`));
  });

  it('info --json gives the same parts as report --json', () => {
    const info = (JSON.parse(run('info', project, '--json').stdout) as { parks: { land: Land }[] }).parks[0]!.land;
    const report = (JSON.parse(run('report', project, '--json').stdout) as { parks: { landBalance: Land }[] }).parks[0]!.landBalance;
    expect(info.parts).toEqual(report.parts);
    expect(info.outsideHa).toBe(report.outsideHa);
  });
});
