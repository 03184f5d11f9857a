import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportJobView } from '../../shared/contract/importJobs';
import { createImportJobs, type ImportJobs } from '../../electron/services/io/exchange/importJobs';
import { createStagedUploads, type StagedUploads } from '../../electron/services/io/exchange/stagedUploads';
import { createDemoProject } from '../../electron/services/project/demoProject';
import { writeBigGeoJson } from '../import/bigGeoJson';
import type { BenchResult } from './benchResult';

/*
 * The import dialog's path for a 100 MB GeoJSON (the file test/import/bigGeoJson.test.ts reads through the
 * CLI): staged in 4 MB chunks, then a preview job run to its end in time slices while this loop polls it
 * like the dialog does, then Cancel measured during a check and during a write (a commit job, after
 * its check, cancelled some seconds into writing: the rollback is part of the latency).
 */

const FILE_BYTES = 100 * 1024 * 1024;
const CHUNK = 4 * 1024 * 1024;
const POLL_MS = 5;
/** How long the write runs before Cancel (the more rows written, the more there is to roll back). */
const WRITE_BEFORE_CANCEL_MS = 5_000;

const digest = (file: string): string => (existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12) : 'none');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function stage(uploads: StagedUploads, file: string): string {
  const total = statSync(file).size;
  const fd = openSync(file, 'r');
  const buffer = Buffer.alloc(CHUNK);
  let uploadId: string | undefined;
  try {
    for (let offset = 0; offset < total; ) {
      const read = readSync(fd, buffer, 0, CHUNK, offset);
      const view = uploads.receive({ ...(uploadId === undefined ? {} : { uploadId }), fileName: 'big.geojson', offset, chunkBase64: buffer.subarray(0, read).toString('base64'), totalBytes: total });
      uploadId = view.uploadId;
      offset = view.receivedBytes;
    }
  } finally {
    closeSync(fd);
  }
  return uploadId ?? '';
}

interface Followed {
  readonly last: ImportJobView;
  readonly seconds: number;
  /** Longest time between two polls that saw the fraction move. */
  readonly maxGapMs: number;
  readonly updates: number;
  /** Longest time a poll waited for its answer (the thread was in a slice). */
  readonly maxPollMs: number;
  readonly peakRssMb: number;
}

/** Polls every POLL_MS until `until` says stop (or the job ends). */
async function follow(jobs: ImportJobs, jobId: string, until: (view: ImportJobView) => boolean = () => false): Promise<Followed> {
  const started = performance.now();
  let lastMove = started;
  let lastFraction = -1;
  let maxGapMs = 0;
  let updates = 0;
  let maxPollMs = 0;
  let peakRss = 0;
  for (;;) {
    const asked = performance.now();
    await sleep(POLL_MS);
    maxPollMs = Math.max(maxPollMs, performance.now() - asked - POLL_MS);
    const view = jobs.progress(jobId);
    const now = performance.now();
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    if (view.fraction !== lastFraction) {
      if (lastFraction >= 0) maxGapMs = Math.max(maxGapMs, now - lastMove);
      lastMove = now;
      lastFraction = view.fraction;
      updates++;
    }
    if (view.state !== 'running' || until(view)) return { last: view, seconds: (now - started) / 1000, maxGapMs, updates, maxPollMs, peakRssMb: peakRss / 1024 / 1024 };
  }
}

function timedCancel(jobs: ImportJobs, jobId: string): { ms: number; state: string } {
  const started = performance.now();
  const view = jobs.cancel(jobId);
  return { ms: performance.now() - started, state: view.state };
}

export async function runImportJobsBench(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'parkplan-bench-import-'));
  const store = createDemoProject(join(dir, 'demo.gpkg'));
  const uploads = createStagedUploads();
  try {
    const input = join(dir, 'big.geojson');
    const features = writeBigGeoJson(input, FILE_BYTES, false);
    const park = store.parks.list().find((candidate) => candidate.name.includes('Рязанский'));
    if (park === undefined) throw new Error('the demo has no «Рязанский»');
    const jobs = createImportJobs(store, uploads);

    const stagingStarted = performance.now();
    const uploadId = stage(uploads, input);
    const stagingSeconds = (performance.now() - stagingStarted) / 1000;

    const request = { parkId: park.id, uploadId, layer: 'plots' as const };
    const preview = await follow(jobs, jobs.start({ ...request, mode: 'preview' }).jobId);
    if (preview.last.state !== 'done') throw new Error(`the preview job ended ${preview.last.state}: ${preview.last.error ?? ''}`);

    const plotsBefore = store.plots.list().length;
    const [mainBefore, walBefore] = [digest(store.file), digest(`${store.file}-wal`)];
    const checking = jobs.start({ ...request, mode: 'commit' }).jobId;
    await follow(jobs, checking, (view) => view.fraction >= 0.15);
    const cancelChecking = timedCancel(jobs, checking);

    const writing = jobs.start({ ...request, mode: 'commit' }).jobId;
    let writingSince = 0;
    const beforeCancel = await follow(jobs, writing, (view) => {
      if (view.phase !== 'writing') return false;
      writingSince ||= performance.now();
      return performance.now() - writingSince >= WRITE_BEFORE_CANCEL_MS;
    });
    const cancelWriting = timedCancel(jobs, writing);
    const plotsAfter = store.plots.list().length;

    return {
      name: 'import job, 100 MB GeoJSON (dialog path)',
      figures: {
        features,
        'staging in 4 MB chunks, s': Number(stagingSeconds.toFixed(1)),
        'preview job, s': Number(preview.seconds.toFixed(1)),
        'preview features/s': Math.round(features / preview.seconds),
        'progress updates seen': preview.updates,
        'max gap between progress updates, ms': Math.round(preview.maxGapMs),
        'max wait of a poll (a slice running), ms': Math.round(preview.maxPollMs),
        'peak RSS during the preview, MB': Math.round(preview.peakRssMb),
        'peak RSS of the process, MB': Math.round(process.resourceUsage().maxRSS / 1024),
        'cancel while checking, ms': Number(cancelChecking.ms.toFixed(1)),
        'cancel while writing, ms': Number(cancelWriting.ms.toFixed(1)),
        'rows written before that cancel': beforeCancel.last.read,
        'states after cancel': `${cancelChecking.state}/${cancelWriting.state}`,
        'plots before/after the cancelled write': `${plotsBefore}/${plotsAfter}`,
        // The main file must not change; the -wal may hold frames of the rolled-back write that spilled
        // from the page cache: SQLite never reads frames without a commit record, so the data is unchanged.
        'main file unchanged': String(digest(store.file) === mainBefore),
        '-wal unchanged': String(digest(`${store.file}-wal`) === walBefore),
      },
    };
  } finally {
    uploads.dispose();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
