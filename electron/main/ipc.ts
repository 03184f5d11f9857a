import { BrowserWindow, ipcMain } from 'electron';
import { PROJECT_EVENT_CHANNEL } from '../../shared/contract/bridge';
import { CHANNELS } from '../../shared/contract/channels';
import { dispatch } from '../handlers/dispatch';
import { windowActor } from '../services/journal/editActor';
import type { HandlerMap } from '../handlers/handlerMap';
import type { ChangeFeed } from '../services/journal/changeFeed/changeFeed';
import { isAppPage } from './contentsPolicy';

/**
 * Registers one IPC handler per contract channel; a message from any frame but the app's is refused.
 * The change feed's events go to every window.
 */
export function registerIpc(handlers: HandlerMap, feed: ChangeFeed): void {
  feed.subscribe((event) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(PROJECT_EVENT_CHANNEL, event);
  });
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isAppPage(event.senderFrame?.url ?? '')) {
        return { ok: false, error: { code: 'invalid-request', message: 'Request from an unknown page refused' } };
      }
      // One actor per window (its webContents): Ctrl+Z in one window never undoes another's edit.
      return dispatch(handlers, channel, payload, feed, windowActor(String(event.sender.id)));
    });
  }
}
