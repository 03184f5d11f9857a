import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlotId, ResidentId } from '../../shared/domain/ids';
import { createDemoProject } from '../../electron/services/project/demoProject';
import { allocatePlots } from '../../electron/services/registry/plotAllocation';
import { RefusedError } from '../../electron/services/refusals/refusedError';
import { openProject, type ProjectStore } from '../../electron/store/project';

/*
 * The one-active-allocation rule under concurrent edits: the same project file open in two connections
 * (a second window) and in other processes (the CLI), each allocating the same free plot. Dated
 * allocations are used on purpose: the file's trigger guards only open-ended ones, so here the service's
 * check inside its BEGIN IMMEDIATE transaction is all that keeps the rule.
 */

const TODAY = '2026-06-15';
let dir: string;
let file: string;
let plotId: PlotId;
let residents: ResidentId[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parkplan-race-'));
  file = join(dir, 'demo.gpkg');
  const store = createDemoProject(file);
  try {
    const plot = store.plots.list().find((candidate) => candidate.status === 'free' && store.allocations.listByPlot(candidate.id).length === 0);
    if (plot === undefined) throw new Error('the demo has no never-allocated free plot');
    plotId = plot.id;
    residents = store.residents.list().filter((resident) => resident.status !== 'left').slice(0, 4).map((resident) => resident.id);
  } finally {
    store.close();
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lease = (residentId: ResidentId, agreementNo: string) =>
  ({ residentId, plotIds: [plotId], kind: 'lease', agreementNo, startDate: '2026-06-01', endDate: '2030-12-31' }) as const;

/** Allocations of the plot that overlap TODAY, read through a fresh connection. */
function activeAllocationsOfPlot(): number {
  const store = openProject(file, { readonly: true });
  try {
    return store.allocations.listByPlot(plotId).filter((a) => a.startDate <= TODAY && (a.endDate === null || a.endDate >= TODAY)).length;
  } finally {
    store.close();
  }
}

interface WorkerResult {
  readonly ok: boolean;
  readonly message?: string;
}

/** Starts a worker process; it opens the file, says it is ready, then waits for the go signal. */
function startWorker(name: string, residentId: ResidentId, agreementNo: string): Promise<WorkerResult> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/store/support/allocateWorker.ts', file, String(plotId), String(residentId), agreementNo, '2026-06-01', '2030-12-31', dir, name],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`worker ${name} exited with ${code}: ${stderr}`));
      try {
        resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '') as WorkerResult);
      } catch {
        reject(new Error(`worker ${name} printed no result: ${stdout} ${stderr}`));
      }
    });
  });
}

async function waitFor(files: readonly string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!files.every((name) => existsSync(join(dir, name)))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${files.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Blocks the thread (and so keeps a transaction open) without spinning the CPU. */
function holdFor(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

describe('one active allocation per plot, under concurrent edits', () => {
  it('two connections to the same file: the second sees the first one\'s allocation and is refused', () => {
    const first: ProjectStore = openProject(file);
    const second: ProjectStore = openProject(file);
    try {
      // Both connections have read the plot before either writes (as two open windows would have).
      expect(second.allocations.listByPlot(plotId)).toEqual([]);
      expect(first.allocations.listByPlot(plotId)).toEqual([]);
      allocatePlots(first, lease(residents[0]!, 'A'), TODAY);
      const holder = first.residents.get(residents[0]!)!.name;
      expect(() => allocatePlots(second, lease(residents[1]!, 'B'), TODAY)).toThrow(RefusedError);
      expect(() => allocatePlots(second, lease(residents[1]!, 'B'), TODAY)).toThrow(`is held by ${holder}`);
    } finally {
      first.close();
      second.close();
    }
    expect(activeAllocationsOfPlot()).toBe(1);
  });

  it('another process waiting on the write lock is refused once the holder commits', async () => {
    const store = openProject(file);
    try {
      const worker = startWorker('late', residents[1]!, 'B');
      await waitFor(['ready-late']);
      store.transaction(() => {
        allocatePlots(store, lease(residents[0]!, 'A'), TODAY);
        writeFileSync(join(dir, 'go'), '');
        // The worker now tries BEGIN IMMEDIATE and waits on the busy timeout while this transaction is open.
        holdFor(700);
      });
      const result = await worker;
      expect(result.ok).toBe(false);
      expect(result.message).toContain(`RefusedError: Cannot allocate: plot ${store.plots.get(plotId)!.code} is held by ${store.residents.get(residents[0]!)!.name}`);
    } finally {
      store.close();
    }
    expect(activeAllocationsOfPlot()).toBe(1);
  });

  it('three processes racing for the same plot: exactly one wins, the others get the refusal', async () => {
    const names = ['p1', 'p2', 'p3'];
    const workers = names.map((name, i) => startWorker(name, residents[i]!, `Д-${name}`));
    await waitFor(names.map((name) => `ready-${name}`));
    writeFileSync(join(dir, 'go'), '');
    const results = await Promise.all(workers);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const refused = results.filter((result) => !result.ok);
    expect(refused).toHaveLength(2);
    for (const result of refused) expect(result.message).toMatch(/^RefusedError: Cannot allocate: plot .+ is held by ООО/);
    expect(activeAllocationsOfPlot()).toBe(1);
  });
});
