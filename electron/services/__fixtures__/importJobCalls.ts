import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { ImportJobView, ImportUploadView } from '../../../shared/contract/importJobs';
import type { ChannelCalls } from './channelCalls';

/** A file staged through `import:upload` in chunks of `chunkBytes`, as the dialog sends it. */
export async function stageFile(calls: ChannelCalls, path: string, fileName: string, chunkBytes = 1024 * 1024): Promise<string> {
  const totalBytes = statSync(path).size;
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(chunkBytes);
  let uploadId: string | undefined;
  try {
    for (let offset = 0; offset < totalBytes; ) {
      const read = readSync(fd, buffer, 0, chunkBytes, offset);
      const view = await calls.value<ImportUploadView>('import:upload', {
        ...(uploadId === undefined ? {} : { uploadId }),
        fileName,
        offset,
        chunkBase64: buffer.subarray(0, read).toString('base64'),
        totalBytes,
      });
      uploadId = view.uploadId;
      offset = view.receivedBytes;
    }
  } finally {
    closeSync(fd);
  }
  if (uploadId === undefined) throw new Error(`${path} is empty`);
  return uploadId;
}

/** Polls `import:progress` like the dialog (every `everyMs`), handing each view to `seen`, until the job stops. */
export async function pollJob(calls: ChannelCalls, jobId: string, seen: (view: ImportJobView) => void | Promise<void> = () => undefined, everyMs = 5): Promise<ImportJobView> {
  for (;;) {
    const view = await calls.value<ImportJobView>('import:progress', { jobId });
    await seen(view);
    if (view.state !== 'running') return view;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
