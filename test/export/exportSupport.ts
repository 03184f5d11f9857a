import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Each CLI run loads the TypeScript sources through tsx: seconds apiece on a busy two-core machine. */
export const CLI_TIMEOUT = 180_000;

/** The real command, as a planner runs it: a child process on real files. */
export const parkplan = (...args: string[]): Run => {
  const result = spawnSync(process.execPath, ['bin/parkplan.mjs', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

/** Writes the demo project to `file` through the CLI. */
export function writeDemo(file: string): void {
  const created = parkplan('demo', file);
  expect(created.stderr).toBe('');
  expect(created.code).toBe(0);
}

/** Runs an export that must succeed and returns its stdout. */
export function exportOk(...args: string[]): string {
  const result = parkplan('export', ...args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

export interface GdalFeature {
  readonly id?: number;
  readonly properties: Record<string, unknown>;
  readonly geometry: { readonly type: string; readonly coordinates: unknown } | null;
}

/** One layer of any file GDAL reads, as GDAL sees it (the independent reading of what we wrote). */
export function gdalLayer(file: string, layer: string, ...options: string[]): GdalFeature[] {
  const result = spawnSync('/usr/bin/ogr2ogr', ['-f', 'GeoJSON', ...options, '/vsistdout/', file, layer], { encoding: 'utf8', maxBuffer: 64 << 20 });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return (JSON.parse(result.stdout) as { features: GdalFeature[] }).features;
}

export interface OurFeature {
  readonly id?: number;
  readonly properties: Record<string, unknown> & { readonly layer: string };
  readonly geometry: { readonly type: string; readonly coordinates: unknown };
}

/** Our own GeoJSON export, read back. */
export const readGeoJson = (file: string): OurFeature[] => (JSON.parse(readFileSync(file, 'utf8')) as { features: OurFeature[] }).features;

/** Temporary files an export might leave behind (ours end in .partial; SQLite adds -wal, -shm, -journal). */
export const leftovers = (dir: string): string[] => readdirSync(dir).filter((name) => /\.partial(-wal|-shm|-journal)?$/.test(name));

export const snapshotOf = (file: string): Buffer => readFileSync(file);

export { join };
