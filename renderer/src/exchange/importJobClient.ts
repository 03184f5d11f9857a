import { UPLOAD_CHUNK_BYTES, type ImportJobView } from '../../../shared/contract/importJobs';
import { fail, type Result } from '../../../shared/contract/result';
import { getBridge } from '../bridge';
import { bytesToBase64 } from './fileTransfer';

/*
 * The import dialog's side of the import jobs: the file staged in chunks (so a big file never sits in one
 * request, and the dialog can show how far the upload is), then a job polled until it stops.
 */

/** How often the dialog asks how far a job is. */
export const POLL_MS = 200;

/**
 * Stages `file` chunk by chunk; `onProgress` gets the share sent. `stillWanted` is asked before each chunk:
 * false (the dialog closed, another file chosen) stops, and what was staged is discarded.
 */
export async function uploadFile(file: File, onProgress: (fraction: number) => void, stillWanted: () => boolean): Promise<Result<string> | null> {
  const bridge = getBridge();
  let uploadId: string | undefined;
  let offset = 0;
  do {
    if (!stillWanted()) {
      if (uploadId !== undefined) void bridge.invoke('import:discard', { uploadId });
      return null;
    }
    const bytes = new Uint8Array(await file.slice(offset, offset + UPLOAD_CHUNK_BYTES).arrayBuffer());
    const result = await bridge.invoke('import:upload', {
      ...(uploadId === undefined ? {} : { uploadId }),
      fileName: file.name,
      offset,
      chunkBase64: bytesToBase64(bytes),
      totalBytes: file.size,
    });
    if (!result.ok) {
      if (uploadId !== undefined) void bridge.invoke('import:discard', { uploadId });
      return result;
    }
    uploadId = result.value.uploadId;
    offset = result.value.receivedBytes;
    onProgress(file.size === 0 ? 1 : offset / file.size);
  } while (offset < file.size);
  return uploadId === undefined ? fail('invalid-request', 'import.emptyFile', { name: file.name }) : { ok: true, value: uploadId };
}

/**
 * Polls the job every POLL_MS, handing each view to `onView`, until it stops or `stillWanted` says false.
 * Resolves to the last view, or null when no longer wanted.
 */
export async function followJob(jobId: string, onView: (view: ImportJobView) => void, stillWanted: () => boolean): Promise<Result<ImportJobView> | null> {
  for (;;) {
    if (!stillWanted()) return null;
    const result = await getBridge().invoke('import:progress', { jobId });
    if (!stillWanted()) return null;
    if (!result.ok) return result;
    onView(result.value);
    if (result.value.state !== 'running') return result;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
