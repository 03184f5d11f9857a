import type { MenuItemConstructorOptions } from 'electron';
import type { ProjectFileChannelMap, RecentProject } from '../../shared/contract/projectFileChannels';
import type { Locale } from '../../shared/format/locale';
import { formatMessage, message, type MessageKey } from '../../shared/messages/message';

/** A File menu command: the project-file channel it sends, and with what. */
export type FileCommand =
  | { readonly channel: 'projectFiles:new' | 'projectFiles:saveAs'; readonly request: ProjectFileChannelMap['projectFiles:new'][0] }
  | { readonly channel: 'projectFiles:open'; readonly request: ProjectFileChannelMap['projectFiles:open'][0] };

/**
 * The desktop app's File menu as data, so that its items and shortcuts are tested under Node: New (Ctrl+N),
 * Open (Ctrl+O), Open Recent, Save As (Ctrl+Shift+S), Quit. Each item runs the same project-file channel a
 * window would send; the dialogs come from the host's picker.
 */
export function fileMenuTemplate(locale: Locale, recent: readonly RecentProject[], run: (command: FileCommand) => void): MenuItemConstructorOptions[] {
  const label = (key: MessageKey) => formatMessage(locale, message(key));
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: label('menu.noRecent'), enabled: false }]
      : recent.map((entry) => ({ label: entry.name, toolTip: entry.file, click: () => run({ channel: 'projectFiles:open', request: { recent: entry.file } }) }));
  return [
    {
      label: label('menu.file'),
      submenu: [
        { label: label('menu.new'), accelerator: 'CmdOrCtrl+N', click: () => run({ channel: 'projectFiles:new', request: {} }) },
        { label: label('menu.open'), accelerator: 'CmdOrCtrl+O', click: () => run({ channel: 'projectFiles:open', request: {} }) },
        { label: label('menu.openRecent'), submenu: recentItems },
        { type: 'separator' },
        { label: label('menu.saveAs'), accelerator: 'CmdOrCtrl+Shift+S', click: () => run({ channel: 'projectFiles:saveAs', request: {} }) },
        { type: 'separator' },
        { label: label('menu.quit'), role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
}
