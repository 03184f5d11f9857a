import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectFileState } from '../../../shared/contract/projectFileChannels';
import type { Failure } from '../../../shared/contract/result';
import { useMessageText } from '../i18n/useMessageText';
import { isTypingTarget, shortcutFor } from '../shortcuts/keymap';
import { openRecent, runFileAction, type FileAction } from './fileActions';
import { ProjectChooser } from './ProjectChooser';
import { startAgainOnOpenedProject } from './projectFileState';
import './projectFiles.css';

interface ProjectMenuProps {
  readonly state: ProjectFileState;
}

/**
 * The File button: New, Open, Save As and the recent projects. Under Electron the commands ask with the
 * system's dialogs (and the window's File menu has the same); in web mode a chooser over the project folder.
 */
export function ProjectMenu({ state }: ProjectMenuProps) {
  const { t } = useTranslation();
  const text = useMessageText();
  const [open, setOpen] = useState(false);
  const [chooser, setChooser] = useState<FileAction | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const menu = useRef<HTMLDivElement>(null);
  const canSave = state.access.mode !== 'none';

  const answered = (result: Awaited<ReturnType<typeof openRecent>>) => {
    if (!result.ok) setFailure(result.error);
    else if (result.value !== null) startAgainOnOpenedProject();
  };
  const choose = useCallback(
    (action: FileAction) => {
      setOpen(false);
      setFailure(null);
      if (state.chooser === 'folder') setChooser(action);
      else void runFileAction(action).then(answered);
    },
    [state.chooser],
  );
  const closeChooser = useCallback(() => setChooser(null), []);

  // Web mode only: the desktop app's menu accelerators already answer these keys.
  useEffect(() => {
    if (state.chooser !== 'folder') return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target)) return;
      const command = shortcutFor(event)?.type;
      if (command !== 'open-project' && (command !== 'save-project-as' || !canSave)) return;
      event.preventDefault();
      choose(command === 'open-project' ? 'open' : 'saveAs');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state.chooser, canSave, choose]);

  useEffect(() => {
    if (!open) return undefined;
    const onDown = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('mousedown', onDown);
    return () => window.removeEventListener('mousedown', onDown);
  }, [open]);

  return (
    <div className="project-menu" ref={menu}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} title={t('projectFiles.menuHint')} onClick={() => setOpen((was) => !was)}>
        {t('projectFiles.menu')}
      </button>
      {open && (
        <div role="menu" className="project-menu-items" aria-label={t('projectFiles.menu')}>
          <button type="button" role="menuitem" onClick={() => choose('new')}>{t('projectFiles.new')}</button>
          <button type="button" role="menuitem" onClick={() => choose('open')}>{t('projectFiles.open')}</button>
          <button type="button" role="menuitem" disabled={!canSave} onClick={() => choose('saveAs')}>{t('projectFiles.saveAs')}</button>
          <div role="group" aria-label={t('projectFiles.recent')} className="project-recent">
            <span className="project-recent-title">{t('projectFiles.recent')}</span>
            {state.recent.length === 0 && <span className="project-recent-none">{t('projectFiles.noRecent')}</span>}
            {state.recent.map((entry) => (
              <button key={entry.file} type="button" role="menuitem" title={entry.file} disabled={entry.file === state.file} onClick={() => void openRecent(entry.file).then(answered)}>
                {entry.name}
              </button>
            ))}
          </div>
        </div>
      )}
      {failure !== null && (
        <p role="alert" className="project-menu-failure error">
          {text(failure)}
        </p>
      )}
      {chooser !== null && <ProjectChooser action={chooser} state={state} onClose={closeChooser} />}
    </div>
  );
}
