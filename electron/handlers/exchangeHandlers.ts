import { exportParkFiles } from '../services/io/exchange/fileExport';
import { previewAllocationMap } from '../services/io/exchange/mapPreview';
import { readSnapshot } from '../services/project/projectSnapshot';
import type { HandlerMap } from './handlerMap';
import type { ServiceContext } from './serviceContext';

type ExchangeChannel = 'export:preview' | 'export:file';

/** The export and import dialogs: the same exporters and import pipeline as the CLI, files carried as base64. */
export function createExchangeHandlers({ store, today }: ServiceContext): Pick<HandlerMap, ExchangeChannel> {
  return {
    'export:preview': (request) => previewAllocationMap(readSnapshot(store), request, today()),
    'export:file': (request) => exportParkFiles(store, request, today()),
  };
}
