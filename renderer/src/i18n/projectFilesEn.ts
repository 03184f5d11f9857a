import type { Messages } from './ru';

/** The project file: the File menu, the chooser, the read-only banner (issue 11), spread into en.ts. */
export const projectFilesEn: Pick<Messages, 'projectFiles'> = {
  projectFiles: {
    menu: 'File',
    menuHint: 'New project, open, save as',
    new: 'New project…',
    open: 'Open…',
    saveAs: 'Save as…',
    recent: 'Recent',
    noRecent: 'No recent projects',
    newTitle: 'New project',
    openTitle: 'Open project',
    saveAsTitle: 'Save project as',
    folder: 'Project folder: {{folder}}',
    name: 'File name',
    create: 'Create',
    save: 'Save',
    openFile: 'Open',
    files: 'Projects in the folder',
    noFiles: 'The project folder holds no .gpkg files',
    size: '{{size}} KB',
    working: 'Opening…',
    readOnly: 'read-only',
    readOnlyTitle: 'The project is open read-only',
    repair: 'Repair',
    repairHint: 'Back the file up, drop the foreign triggers and views, and open it for editing',
    noProject: 'No project is open',
    startHint: 'Create a new project or open an existing one.',
  },
};
