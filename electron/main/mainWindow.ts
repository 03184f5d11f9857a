import { BrowserWindow } from 'electron';
import { guardSession, guardWebContents } from './webContentsGuard';

/**
 * The planner's window, locked down: an isolated, sandboxed renderer with no Node, which can neither
 * navigate, redirect or frame-navigate away from the app nor open new windows, and gets no permission. It reaches the project only through the preload's bridge.
 */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    title: 'ParkPlan',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  // Also guarded from the app-wide 'web-contents-created' (index.ts); guarding twice is harmless, and a
  // window made here stays locked down even if it were created before that listener.
  guardWebContents(window.webContents);
  guardSession(window.webContents.session);
  window.once('ready-to-show', () => window.show());
  return window;
}
