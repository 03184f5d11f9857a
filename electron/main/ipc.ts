import { ipcMain } from 'electron';
import { CHANNELS } from '../../shared/contract/channels';
import { dispatch } from '../handlers/dispatch';
import { windowActor } from '../services/editActor';
import type { HandlerMap } from '../handlers/handlerMap';
import { APP_ORIGIN } from './rendererProtocol';

/** Registers one IPC handler per contract channel; a message from any frame but the app's is refused. */
export function registerIpc(handlers: HandlerMap): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      const sender = event.senderFrame?.url ?? '';
      if (!sender.startsWith(`${APP_ORIGIN}/`)) {
        return { ok: false, error: { code: 'invalid-request', message: 'Request from an unknown page refused' } };
      }
      // One actor per window (its webContents): Ctrl+Z in one window never undoes another's edit.
      return dispatch(handlers, channel, payload, windowActor(String(event.sender.id)));
    });
  }
}
