import { app, BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { createHandlers } from '../handlers/projectHandlers';
import { createChangeFeed } from '../services/journal/changeFeed/changeFeed';
import { openOrCreateProject } from '../services/project/demoProject';
import { openProject } from '../store/project';
import { defaultProjectFile } from '../services/project/defaultProject';
import { registerIpc } from './ipc';
import { createMainWindow } from './mainWindow';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './rendererProtocol';
import { createUnderlayTiles } from '../services/underlays/underlayTiles';
import { guardSession, guardWebContents } from './webContentsGuard';

// Thin by design: everything here is wiring; the logic lives in plain modules tested under Node.
const here = fileURLToPath(new URL('.', import.meta.url));

/** better-sqlite3 built for Electron's ABI by scripts/start.mjs, beside the Node build the tests use. */
function electronSqliteBinding(): string | undefined {
  const candidate = join(here, '../../build/electron-native', process.versions.electron, 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}

registerAppScheme();
// Every web contents the app ever creates (windows, frames, devtools) is guarded, not only the main window's.
app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

app.whenReady().then(() => {
  guardSession(session.defaultSession);
  const file = process.env['PARKPLAN_PROJECT'] ?? defaultProjectFile(join(app.getPath('documents'), 'ParkPlan'));
  const store = openOrCreateProject(file, electronSqliteBinding());
  const feed = createChangeFeed(store);
  app.on('will-quit', () => {
    feed.close();
    store.close();
  });
  const openWriter = (project: string) => openProject(project, { nativeBinding: electronSqliteBinding() });
  const underlayTiles = createUnderlayTiles(store, electronSqliteBinding());
  registerIpc(createHandlers({ store, file, host: 'desktop', openWriter, underlayTiles }), feed);
  serveRenderer(join(here, '../renderer'), underlayTiles);
  const window = createMainWindow(join(here, '../preload/index.cjs'));
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createMainWindow(join(here, '../preload/index.cjs')).loadURL(`${APP_ORIGIN}/index.html`);
  });
}).catch((error: unknown) => {
  console.error(error);
  app.exit(1);
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
