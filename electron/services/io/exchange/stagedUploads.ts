import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_UPLOAD_BYTES, type ImportUploadRequest, type ImportUploadView } from '../../../../shared/contract/importJobs';
import { NotFoundError } from '../../refusals/notFoundError';
import { RefusedError } from '../../refusals/refusedError';
import { uploadName } from './uploadedImport';

/*
 * The import dialog's file, staged chunk by chunk into a private temp folder of this process (each upload
 * in its own sub-folder, under the planner's cleaned-up file name, whose extension picks the reader).
 * Chunks must come in order: a chunk at any offset but the bytes received so far is refused, so a lost or
 * repeated chunk can never leave a file with a hole or a doubled stretch.
 */

interface Staged {
  readonly path: string;
  readonly folder: string;
  readonly totalBytes: number;
  receivedBytes: number;
}

export interface StagedUploads {
  receive(request: ImportUploadRequest): ImportUploadView;
  /** The staged file, complete; NotFoundError or RefusedError otherwise. */
  path(uploadId: string): string;
  discard(uploadId: string): boolean;
  /** Removes every staged file and the folder (the host is closing). */
  dispose(): void;
}

// Staged files go with the process, even when it ends without dispose() (a closed window, Ctrl+C in web mode).
const liveRoots = new Set<string>();
process.once('exit', () => {
  for (const root of liveRoots) rmSync(root, { recursive: true, force: true });
});

export function createStagedUploads(): StagedUploads {
  let root: string | null = null;
  const uploads = new Map<string, Staged>();
  const rootFolder = (): string => {
    if (root === null) {
      root = mkdtempSync(join(tmpdir(), 'parkplan-uploads-'));
      liveRoots.add(root);
    }
    return root;
  };
  const staged = (uploadId: string): Staged => {
    const upload = uploads.get(uploadId);
    if (upload === undefined) throw new NotFoundError('notFound.upload', { id: uploadId });
    return upload;
  };

  return {
    receive(request) {
      const bytes = Buffer.from(request.chunkBase64, 'base64');
      if (request.totalBytes > MAX_UPLOAD_BYTES) throw new RefusedError('upload.tooLarge', { file: request.fileName, limit: MAX_UPLOAD_BYTES / 1024 ** 3 });
      if (request.uploadId === undefined) {
        if (request.offset !== 0) throw new RefusedError('upload.firstChunk', { file: request.fileName, offset: request.offset });
        const uploadId = randomBytes(12).toString('base64url');
        const folder = join(rootFolder(), uploadId);
        mkdirSync(folder);
        const upload: Staged = { path: join(folder, uploadName(request.fileName)), folder, totalBytes: request.totalBytes, receivedBytes: 0 };
        writeFileSync(upload.path, new Uint8Array(0));
        uploads.set(uploadId, upload);
        return append(uploadId, upload, bytes);
      }
      const upload = staged(request.uploadId);
      if (request.totalBytes !== upload.totalBytes) throw new RefusedError('upload.sizeChanged', { started: upload.totalBytes, now: request.totalBytes });
      if (request.offset !== upload.receivedBytes) {
        throw new RefusedError('upload.outOfOrder', { offset: request.offset, received: upload.receivedBytes });
      }
      return append(request.uploadId, upload, bytes);
    },
    path(uploadId) {
      const upload = staged(uploadId);
      if (upload.receivedBytes !== upload.totalBytes) throw new RefusedError('upload.incomplete', { received: upload.receivedBytes, total: upload.totalBytes });
      return upload.path;
    },
    discard(uploadId) {
      const upload = uploads.get(uploadId);
      if (upload === undefined) return false;
      uploads.delete(uploadId);
      rmSync(upload.folder, { recursive: true, force: true });
      return true;
    },
    dispose() {
      uploads.clear();
      if (root !== null) {
        rmSync(root, { recursive: true, force: true });
        liveRoots.delete(root);
      }
      root = null;
    },
  };
}

function append(uploadId: string, upload: Staged, bytes: Buffer): ImportUploadView {
  if (upload.receivedBytes + bytes.length > upload.totalBytes) {
    throw new RefusedError('upload.pastSize', { end: upload.receivedBytes + bytes.length, total: upload.totalBytes });
  }
  appendFileSync(upload.path, bytes);
  upload.receivedBytes += bytes.length;
  return { uploadId, receivedBytes: upload.receivedBytes };
}
