import { BrowserWindow, dialog, type FileFilter } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../shared/format/locale';
import { formatMessage, message } from '../../shared/messages/message';
import type { ProjectFilePicker } from '../services/projectFiles/projectFilePicker';
import { withProjectExtension } from '../services/projectFiles/projectFolder';
import { RefusedError } from '../services/refusals/refusedError';

/** The desktop app's picker: the operating system's Open and Save dialogs, starting in the project folder. */
export function dialogPicker(folder: string, locale: Locale): ProjectFilePicker {
  const word = (key: Parameters<typeof message>[0]) => formatMessage(locale, message(key));
  const filters: FileFilter[] = [{ name: word('menu.projectFilter'), extensions: ['gpkg'] }];
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  return {
    chooser: 'native',
    folder,
    async chooseExisting() {
      const options = { title: word('menu.openTitle'), defaultPath: folder, properties: ['openFile' as const], filters };
      const window = parent();
      const answer = window === undefined ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options);
      return answer.canceled ? null : (answer.filePaths[0] ?? null);
    },
    async chooseNew(_name, purpose) {
      const options = { title: word(purpose === 'new' ? 'menu.newTitle' : 'menu.saveAsTitle'), defaultPath: join(folder, purpose === 'new' ? 'project.gpkg' : 'copy.gpkg'), filters };
      const window = parent();
      const answer = window === undefined ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(window, options);
      if (answer.canceled || answer.filePath === undefined || answer.filePath === '') return null;
      const file = withProjectExtension(answer.filePath);
      // The dialog asked about overwriting the name as typed, not with .gpkg added; and a new project is
      // never written over a file.
      if ((purpose === 'new' || file !== answer.filePath) && existsSync(file)) throw new RefusedError('project.new.exists', { file });
      return file;
    },
  };
}
