import { z } from 'zod';
import type { ParkId } from '../domain/ids';
import { importChoiceFields, type ImportChoices } from './exchangeRequests';
import type { ImportPreview, ImportReportView } from './exchangeViews';
import { parkIdField } from './requestFields';

/*
 * Large imports (issue 5: "a progress bar and Cancel for large files, cancel changes nothing"). The file is
 * staged in chunks (`import:upload`), then an import job reads it in time slices on the Node side while the
 * dialog polls `import:progress`; `import:cancel` stops it, and a cancelled write is rolled back whole.
 */

/** The biggest file the dialog stages; the streamed readers keep memory bounded whatever the size. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;
/** What the dialog sends per `import:upload` call; web mode's body limit for that channel follows. */
export const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024;

export const IMPORT_JOB_MODES = ['preview', 'commit'] as const;
export type ImportJobMode = (typeof IMPORT_JOB_MODES)[number];
export const IMPORT_JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export type ImportJobState = (typeof IMPORT_JOB_STATES)[number];
/** Checking reads the file against the project; writing is the commit's second pass, in one transaction. */
export const IMPORT_JOB_PHASES = ['checking', 'writing'] as const;
export type ImportJobPhase = (typeof IMPORT_JOB_PHASES)[number];

export interface ImportUploadRequest {
  /** Absent on the first chunk: the Node side names the staged file. */
  readonly uploadId?: string;
  readonly fileName: string;
  /** Where this chunk starts: exactly the bytes received so far. */
  readonly offset: number;
  readonly chunkBase64: string;
  readonly totalBytes: number;
}

export interface ImportUploadView {
  readonly uploadId: string;
  readonly receivedBytes: number;
}

export interface ImportStartRequest extends ImportChoices {
  readonly parkId: ParkId;
  readonly uploadId: string;
  readonly mode: ImportJobMode;
}

export interface ImportJobView {
  readonly jobId: string;
  readonly mode: ImportJobMode;
  readonly state: ImportJobState;
  readonly phase: ImportJobPhase;
  /** 0..1 over the whole job (a commit's check is the first half, its write the second). */
  readonly fraction: number;
  /** Features read in the current phase. */
  readonly read: number;
  /** When done: the preview for a preview job, the report for a commit job. */
  readonly preview?: ImportPreview;
  readonly report?: ImportReportView;
  /** When failed: what to tell the planner. */
  readonly error?: string;
}

/** The import job channels, merged into ChannelMap by channels.ts. */
export interface ImportJobChannelMap {
  'import:upload': [ImportUploadRequest, ImportUploadView];
  /** Removes a staged file (the dialog closed, or another file was chosen). */
  'import:discard': [{ readonly uploadId: string }, { readonly discarded: boolean }];
  'import:start': [ImportStartRequest, { readonly jobId: string }];
  'import:progress': [{ readonly jobId: string }, ImportJobView];
  /** Stops the job; a write in progress is rolled back, so the project is as it was. */
  'import:cancel': [{ readonly jobId: string }, ImportJobView];
}

const idField = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'expected an id the server gave');

export const importJobRequestSchemas: { readonly [C in keyof ImportJobChannelMap]: z.ZodType<ImportJobChannelMap[C][0], unknown> } = {
  'import:upload': z
    .object({
      uploadId: idField.optional(),
      fileName: z.string().min(1).max(255),
      offset: z.number().int().min(0),
      // base64 is 4/3 of the bytes; the pattern keeps anything but base64 out before it reaches a decoder.
      chunkBase64: z
        .string()
        .max(Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4 + 4, `a chunk is at most ${UPLOAD_CHUNK_BYTES / 1024 / 1024} MB`)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64'),
      totalBytes: z.number().int().min(1).max(MAX_UPLOAD_BYTES, `the file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024 / 1024} GB`),
    })
    .strict(),
  'import:discard': z.object({ uploadId: idField }).strict(),
  'import:start': z.object({ parkId: parkIdField, uploadId: idField, mode: z.enum(IMPORT_JOB_MODES), ...importChoiceFields }).strict(),
  'import:progress': z.object({ jobId: idField }).strict(),
  'import:cancel': z.object({ jobId: idField }).strict(),
};
