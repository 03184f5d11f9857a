import type { Messages } from './ru';

/** The import dialog's progress and Cancel for large files (issue 5) in English, spread into en.ts. */
export const importJobsEn: Pick<Messages, 'importJobs'> = {
  importJobs: {
    uploading: 'Uploading the file: {{percent}} %',
    checking: 'Reading and checking: {{percent}} %, {{read}} features',
    writing: 'Writing to the project: {{percent}} %, {{read}} features',
    progressLabel: 'Import progress',
    cancel: 'Cancel',
    cancelled: 'Cancelled: the project is unchanged.',
    previewLimited: 'The map previews the first {{shown}} of the {{accepted}} accepted features; the report and the import cover them all.',
    staleReport: 'The report of the previous check is shown; a new check is running.',
  },
};
