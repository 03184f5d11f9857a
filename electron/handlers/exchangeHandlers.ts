import { exportParkFiles } from '../services/exchange/fileExport';
import { previewAllocationMap } from '../services/exchange/mapPreview';
import { commitUploadedImport, previewUploadedImport } from '../services/exchange/uploadedImport';
import { readSnapshot } from '../services/projectSnapshot';
import type { HandlerMap } from './handlerMap';
import type { ServiceContext } from './serviceContext';

type ExchangeChannel = 'export:preview' | 'export:file' | 'import:preview' | 'import:commit';

/** The export and import dialogs: the same exporters and import pipeline as the CLI, files carried as base64. */
export function createExchangeHandlers({ store, today }: ServiceContext): Pick<HandlerMap, ExchangeChannel> {
  return {
    'export:preview': (request) => previewAllocationMap(readSnapshot(store), request, today()),
    'export:file': (request) => exportParkFiles(store, request, today()),
    'import:preview': (request) => previewUploadedImport(store, request),
    'import:commit': (request) => commitUploadedImport(store, request),
  };
}
