import type { ProjectFileChannelMap } from '../../shared/contract/projectFileChannels';
import type { ProjectFilePicker } from '../services/projectFiles/projectFilePicker';
import { listProjectFolder } from '../services/projectFiles/projectFolder';
import type { RecentProjects } from '../services/projectFiles/recentProjects';
import { RefusedError } from '../services/refusals/refusedError';
import type { HandlerMap } from './handlerMap';
import type { ProjectSession } from './projectSession';

/** New, Open, Save As, Recent and Repair (issue 11): the file comes from the host's picker or the recent list, never from the page. */
export function createProjectFileHandlers(session: ProjectSession, picker: ProjectFilePicker, recent: RecentProjects): Pick<HandlerMap, keyof ProjectFileChannelMap> {
  return {
    'projectFiles:state': () => session.state(),
    'projectFiles:list': () => listProjectFolder(picker.folder),
    'projectFiles:new': async ({ name }) => {
      const file = await picker.chooseNew(name, 'new');
      return file === null ? null : session.create(file);
    },
    'projectFiles:open': async ({ name, recent: recentFile }) => {
      if (recentFile !== undefined) {
        if (!recent.has(recentFile)) throw new RefusedError('projectFiles.notRecent', { file: recentFile });
        return session.open(recentFile);
      }
      const file = await picker.chooseExisting(name);
      return file === null ? null : session.open(file);
    },
    'projectFiles:saveAs': async ({ name }) => {
      const file = await picker.chooseNew(name, 'saveAs');
      return file === null ? null : session.saveAs(file);
    },
    'projectFiles:repair': () => session.repair(),
  };
}
