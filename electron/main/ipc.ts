import { ipcMain } from 'electron';
import { CHANNELS } from '../../shared/contract/channels';
import { dispatch } from '../handlers/dispatch';
import type { HandlerMap } from '../handlers/handlerMap';
import { isAppPage } from './contentsPolicy';

/** Registers one IPC handler per contract channel; a message from any frame but the app's is refused. */
export function registerIpc(handlers: HandlerMap): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isAppPage(event.senderFrame?.url ?? '')) {
        return { ok: false, error: { code: 'invalid-request', message: 'Request from an unknown page refused' } };
      }
      return dispatch(handlers, channel, payload);
    });
  }
}
