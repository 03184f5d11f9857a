import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectFileState, ProjectFolderEntry } from '../../../shared/contract/projectFileChannels';
import type { Failure } from '../../../shared/contract/result';
import { getBridge } from '../bridge';
import { Modal } from '../exchange/Modal';
import { useMessageText } from '../i18n/useMessageText';
import { startAgainOnOpenedProject } from './projectFileState';
import { runFileAction, type FileAction } from './fileActions';
import '../exchange/exchange.css';
import './projectFiles.css';

interface ProjectChooserProps {
  readonly action: FileAction;
  readonly state: ProjectFileState;
  readonly onClose: () => void;
}

const TITLE = { new: 'projectFiles.newTitle', open: 'projectFiles.openTitle', saveAs: 'projectFiles.saveAsTitle' } as const;

/**
 * Web mode's chooser: the project folder's files to open, or a name for a new project or a copy. The page
 * names a file of that folder and nothing else; the Node side refuses any other name.
 */
export function ProjectChooser({ action, state, onClose }: ProjectChooserProps) {
  const { t } = useTranslation();
  const text = useMessageText();
  const [files, setFiles] = useState<readonly ProjectFolderEntry[] | null>(null);
  const [name, setName] = useState('');
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (action !== 'open') return;
    void getBridge()
      .invoke('projectFiles:list', {})
      .then((result) => (result.ok ? setFiles(result.value) : setFailure(result.error)));
  }, [action]);
  const run = async (chosen: string) => {
    setBusy(true);
    setFailure(null);
    const result = await runFileAction(action, chosen);
    setBusy(false);
    if (!result.ok) setFailure(result.error);
    else if (result.value !== null) startAgainOnOpenedProject();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(name.trim());
  };
  return (
    <Modal title={t(TITLE[action])} className="project-chooser" onClose={onClose}>
      <p className="project-folder">{t('projectFiles.folder', { folder: state.folder })}</p>
      {action === 'open' ? (
        <section aria-label={t('projectFiles.files')}>
          {files !== null && files.length === 0 && <p>{t('projectFiles.noFiles')}</p>}
          <ul className="project-files">
            {files?.map((file) => (
              <li key={file.name}>
                <button type="button" disabled={busy} aria-current={file.name === state.name ? 'true' : undefined} onClick={() => void run(file.name)}>
                  <span className="project-file-name">{file.name}</span>
                  <span className="project-file-size">{t('projectFiles.size', { size: Math.ceil(file.sizeBytes / 1024) })}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <form onSubmit={submit}>
          <label>
            {t('projectFiles.name')}
            <input value={name} onChange={(event) => setName(event.target.value)} required autoFocus />
          </label>
          <button type="submit" disabled={busy || name.trim() === ''}>{t(action === 'new' ? 'projectFiles.create' : 'projectFiles.save')}</button>
        </form>
      )}
      {busy && <p role="status">{t('projectFiles.working')}</p>}
      {failure !== null && <p role="alert" className="error">{text(failure)}</p>}
    </Modal>
  );
}
