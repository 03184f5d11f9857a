import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import type { ImportJobMode, ImportJobPhase, ImportJobState, ImportJobView, ImportStartRequest } from '../../../../shared/contract/importJobs';
import type { ImportPreview, ImportReportView } from '../../../../shared/contract/exchangeViews';
import type { Park } from '../../../../shared/domain/park';
import { openProject, type ProjectStore } from '../../../store/project';
import { beginSpanningTransaction, type SpanningTransaction } from '../../../store/spanningTransaction';
import { actingAs, currentActor, type EditActor } from '../../journal/editActor';
import { NotFoundError } from '../../refusals/notFoundError';
import { checkSteps, commitSteps, type ImportOptions, type PassStep } from '../import/importPipeline';
import { RefusedError } from '../../refusals/refusedError';
import { importOptions } from './importChoices';
import { holdImportWriteLock, releaseImportWriteLock } from './importWriteLock';
import type { StagedUploads } from './stagedUploads';
import { assertImportable, checkParcelImport, commitParcelImport, isRosreestrInput, type ParcelImportOptions } from '../import/parcelImport';
import { importPark, previewCollector, reportView } from './uploadedImport';

/*
 * Import jobs: the pipeline's passes run in time slices of SLICE_MS, then setImmediate, so the host keeps
 * answering other requests (the map, the dialog's polling) while a big file is read. A commit checks the
 * file first (no lock held), then writes through a SECOND connection inside one BEGIN IMMEDIATE … COMMIT
 * spanning the slices: the main connection goes on serving the committed state. Cancel, or any error,
 * rolls that transaction back, so the project is as it was. Between slices the job's generator is
 * suspended, so cancel() can stop it at once, on the same thread.
 */

/** How long one slice may run before the job lets other requests in. */
export const SLICE_MS = 25;
/** Finished jobs are forgotten after this long (the dialog reads the result within a poll or two). */
const KEEP_FINISHED_MS = 10 * 60_000;

interface Job {
  readonly id: string;
  readonly mode: ImportJobMode;
  readonly uploadId: string;
  /** Who started it: the import's journal entry is theirs to undo. */
  readonly actor: EditActor;
  state: ImportJobState;
  phase: ImportJobPhase;
  fraction: number;
  read: number;
  preview?: ImportPreview;
  report?: ImportReportView;
  error?: string;
  finishedAt: number;
  steps: Generator<PassStep, void>;
  readonly settled: Promise<void>;
  settle(): void;
}

export interface ImportJobs {
  start(request: ImportStartRequest): { jobId: string };
  progress(jobId: string): ImportJobView;
  /** Stops a running job now (a write is rolled back before this returns); a finished job is left as it is. */
  cancel(jobId: string): ImportJobView;
  /** Cancels the jobs reading `uploadId` (its file is about to be removed). */
  cancelForUpload(uploadId: string): void;
  /** Resolves when the job is no longer running (tests and benchmarks wait on it). */
  settled(jobId: string): Promise<ImportJobView>;
}

/** Opens the connection a commit writes through: the same file (Electron passes its own native binding). */
export type OpenWriter = (file: string) => ProjectStore;

export function createImportJobs(store: ProjectStore, uploads: StagedUploads, openWriter: OpenWriter = (file) => openProject(file)): ImportJobs {
  const jobs = new Map<string, Job>();

  const jobOf = (jobId: string): Job => {
    const job = jobs.get(jobId);
    if (job === undefined) throw new NotFoundError('notFound.importJob', { id: jobId });
    return job;
  };

  const finish = (job: Job, state: Exclude<ImportJobState, 'running'>, error?: string): void => {
    job.state = state;
    job.finishedAt = Date.now();
    if (state === 'done') job.fraction = 1;
    if (error !== undefined) job.error = error;
    job.settle();
  };

  const slice = (job: Job): void => {
    if (job.state !== 'running') return;
    const end = performance.now() + SLICE_MS;
    try {
      while (performance.now() < end) {
        if (actingAs(job.actor, () => job.steps.next()).done === true) return finish(job, 'done');
      }
    } catch (error) {
      // The generator's finally blocks have rolled back and closed the writer by now.
      return finish(job, 'failed', error instanceof Error ? error.message : String(error));
    }
    setImmediate(() => slice(job));
  };

  const forgetOld = (): void => {
    const now = Date.now();
    for (const [id, job] of jobs) if (job.state !== 'running' && now - job.finishedAt > KEEP_FINISHED_MS) jobs.delete(id);
  };

  const cancel = (job: Job): void => {
    if (job.state !== 'running') return;
    try {
      // Runs the generators' finally blocks: the file is closed, a write transaction rolled back.
      job.steps.return();
      finish(job, 'cancelled');
    } catch (error) {
      finish(job, 'failed', error instanceof Error ? error.message : String(error));
    }
  };

  return {
    start(request) {
      forgetOld();
      const park = importPark(store, request.parkId);
      const input = uploads.path(request.uploadId);
      if (request.mode === 'commit' && [...jobs.values()].some((job) => job.mode === 'commit' && job.state === 'running')) {
        throw new RefusedError('import.anotherRunning');
      }
      const options = importOptions(input, request);
      let settle = (): void => undefined;
      const settled = new Promise<void>((resolve) => (settle = resolve));
      const job: Job = {
        id: randomBytes(12).toString('base64url'),
        mode: request.mode,
        uploadId: request.uploadId,
        actor: currentActor(),
        state: 'running',
        phase: 'checking',
        fraction: 0,
        read: 0,
        finishedAt: 0,
        steps: (function* idle(): Generator<PassStep, void> {})(),
        settled,
        settle,
      };
      job.steps = request.mode === 'preview' ? previewSteps(job, store, park, options) : commitJobSteps(job, store, park, options, openWriter);
      jobs.set(job.id, job);
      setImmediate(() => slice(job));
      return { jobId: job.id };
    },
    progress: (jobId) => view(jobOf(jobId)),
    cancel(jobId) {
      const job = jobOf(jobId);
      cancel(job);
      return view(job);
    },
    cancelForUpload(uploadId) {
      for (const job of jobs.values()) if (job.uploadId === uploadId) cancel(job);
    },
    async settled(jobId) {
      const job = jobOf(jobId);
      await job.settled;
      return view(job);
    },
  };
}

function view(job: Job): ImportJobView {
  return {
    jobId: job.id,
    mode: job.mode,
    state: job.state,
    phase: job.phase,
    fraction: Math.round(job.fraction * 1000) / 1000,
    read: job.read,
    ...(job.preview === undefined ? {} : { preview: job.preview }),
    ...(job.report === undefined ? {} : { report: job.report }),
    ...(job.error === undefined ? {} : { error: job.error }),
  };
}

/** A pass's steps, reported on the job as the share `from`..`to` of the whole; stopping this stops the pass. */
function* tracked<T>(job: Job, from: number, to: number, steps: Generator<PassStep, T>): Generator<PassStep, T> {
  try {
    for (;;) {
      const step = steps.next();
      if (step.done === true) return step.value;
      job.read = step.value.read;
      if (step.value.fraction !== null) job.fraction = from + (to - from) * step.value.fraction;
      yield step.value;
    }
  } finally {
    steps.return(undefined as never);
  }
}

/** A Rosreestr extract goes into cadastral_parcels, whatever layer the dialog had chosen. */
const parcelOptions = (options: ImportOptions): ParcelImportOptions => ({
  input: options.input,
  skipRejected: options.skipRejected,
  ...(options.crs === undefined ? {} : { crs: options.crs }),
});

// eslint-disable-next-line require-yield -- one synchronous step: an extract is small enough to read at once
function* parcelPreviewSteps(job: Job, store: ProjectStore, park: Park, options: ImportOptions): Generator<PassStep, void> {
  const check = checkParcelImport(store, park, parcelOptions(options));
  job.read = check.report.read;
  job.fraction = 1;
  const features = check.parcels.map((parcel) => ({ type: 'Feature' as const, geometry: parcel.geometry, properties: { label: parcel.cadastralNumber } }));
  job.preview = { report: reportView(check.report), accepted: { type: 'FeatureCollection', features } };
}

// eslint-disable-next-line require-yield -- one transaction: parcels are reference data, written at once
function* parcelCommitSteps(job: Job, store: ProjectStore, park: Park, options: ImportOptions, openWriter: OpenWriter): Generator<PassStep, void> {
  assertImportable(checkParcelImport(store, park, parcelOptions(options)), parcelOptions(options));
  job.phase = 'writing';
  const writer = openWriter(store.file);
  try {
    holdImportWriteLock(store, basename(options.input));
    const done = commitParcelImport(writer, park, parcelOptions(options));
    job.read = done.report.read;
    job.fraction = 1;
    job.report = reportView(done.report);
  } finally {
    try {
      releaseImportWriteLock(store);
    } finally {
      writer.close();
    }
  }
}

function* previewSteps(job: Job, store: ProjectStore, park: Park, options: ImportOptions): Generator<PassStep, void> {
  if (isRosreestrInput(options.input)) return yield* parcelPreviewSteps(job, store, park, options);
  const collector = previewCollector();
  const report = yield* tracked(job, 0, 1, checkSteps(store, park, options, (row) => collector.accept(row)));
  job.read = report.read;
  job.preview = collector.preview(report);
}

function* commitJobSteps(job: Job, store: ProjectStore, park: Park, options: ImportOptions, openWriter: OpenWriter): Generator<PassStep, void> {
  if (isRosreestrInput(options.input)) return yield* parcelCommitSteps(job, store, park, options, openWriter);
  // The check reads through the main connection and holds no lock: a refused file never blocks anyone.
  const check = yield* tracked(job, 0, 0.5, checkSteps(store, park, options));
  if (check.rejectedCount > 0 && !options.skipRejected) throw new RefusedError('import.rejected', { count: check.rejectedCount });
  if (check.accepted === 0) throw new RefusedError('import.nothing');
  job.phase = 'writing';
  job.read = 0;
  const writer = openWriter(store.file);
  let transaction: SpanningTransaction | null = null;
  try {
    holdImportWriteLock(store, basename(options.input));
    // A transaction spanning many slices cannot be one store.transaction(fn) call, so it is opened by hand.
    transaction = beginSpanningTransaction(writer);
    const report = yield* tracked(job, 0.5, 1, commitSteps(writer, park, options, check));
    transaction.commit();
    job.read = report.read;
    job.report = reportView(report);
  } finally {
    try {
      transaction?.rollback();
    } finally {
      releaseImportWriteLock(store);
      writer.close();
    }
  }
}
