import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { formatMessage, message } from '../../shared/messages/message';
import type { Locale } from '../../shared/format/locale';
import { dispatch } from '../handlers/dispatch';
import { startProjectSession } from '../handlers/projectSession';
import { createSessionHandlers } from '../handlers/sessionHandlers';
import { createDemoProject } from '../services/project/demoProject';
import { defaultProjectFile } from '../services/project/defaultProject';
import { createRecentProjects } from '../services/projectFiles/recentProjects';
import { openProject } from '../store/project';
import { fileMenuTemplate, type FileCommand } from './fileMenuTemplate';
import { registerIpc } from './ipc';
import { createMainWindow } from './mainWindow';
import { dialogPicker } from './projectDialogs';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './rendererProtocol';
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
  const locale: Locale = app.getLocale().startsWith('en') ? 'en' : 'ru';
  const folder = join(app.getPath('documents'), 'ParkPlan');
  const nativeBinding = electronSqliteBinding();
  const file = process.env['PARKPLAN_PROJECT'] ?? defaultProjectFile(folder);
  // The demo on first start, so the app opens with something to look at; New gives an empty project.
  if (!existsSync(file)) createDemoProject(file, nativeBinding).close();
  const picker = dialogPicker(folder, locale);
  const recent = createRecentProjects(join(app.getPath('userData'), 'recent-projects.json'));
  const projects = startProjectSession(file, {
    host: 'desktop',
    recent,
    picker,
    ...(nativeBinding === undefined ? {} : { nativeBinding }),
    openWriter: (project) => openProject(project, { nativeBinding }),
  });
  const handlers = createSessionHandlers(projects, picker, recent);
  app.on('will-quit', () => void projects.close());
  registerIpc(handlers, projects.feed);
  serveRenderer(join(here, '../renderer'), projects.underlays);

  // The File menu runs the same channels as a window; a refusal is shown in a message box.
  const run = (command: FileCommand) => {
    void dispatch(handlers, command.channel, command.request, projects.feed).then((result) => {
      if (!result.ok) dialog.showErrorBox(formatMessage(locale, message('menu.failed')), formatMessage(locale, result.error));
    });
  };
  const buildMenu = () => Menu.setApplicationMenu(Menu.buildFromTemplate(fileMenuTemplate(locale, recent.list(), run)));
  buildMenu();
  // Another file open (from the menu or a window) changes the Recent list.
  projects.feed.subscribe((event) => {
    if (event.kind === 'opened') buildMenu();
  });

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
