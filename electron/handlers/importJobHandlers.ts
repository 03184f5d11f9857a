import { createImportJobs, type OpenWriter } from '../services/io/exchange/importJobs';
import type { StagedUploads } from '../services/io/exchange/stagedUploads';
import type { HandlerMap } from './handlerMap';
import type { ServiceContext } from './serviceContext';

type ImportJobChannel = 'import:upload' | 'import:discard' | 'import:start' | 'import:progress' | 'import:cancel';

/** The import dialog: a file staged in chunks (the park form reads a boundary from one too), then preview and commit jobs it polls and may cancel. */
export function createImportJobHandlers({ store }: ServiceContext, uploads: StagedUploads, openWriter?: OpenWriter): Pick<HandlerMap, ImportJobChannel> {
  const jobs = createImportJobs(store, uploads, openWriter);
  return {
    'import:upload': (request) => uploads.receive(request),
    'import:discard': ({ uploadId }) => {
      // A job still reading the file is stopped first (a write rolled back), then the file goes.
      jobs.cancelForUpload(uploadId);
      return { discarded: uploads.discard(uploadId) };
    },
    'import:start': (request) => jobs.start(request),
    'import:progress': ({ jobId }) => jobs.progress(jobId),
    'import:cancel': ({ jobId }) => jobs.cancel(jobId),
  };
}
