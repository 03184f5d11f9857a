import { useTranslation } from 'react-i18next';
import type { Message } from '../../../shared/messages/message';
import type { ProjectFileState } from '../../../shared/contract/projectFileChannels';
import { useMessageText } from '../i18n/useMessageText';
import { ProjectMenu } from './ProjectMenu';

/** No project is open (the one named at start was damaged or not a project): why, and New / Open beside it. */
export function StartScreen({ state, failure }: { readonly state: ProjectFileState; readonly failure: Message }) {
  const { t } = useTranslation();
  const text = useMessageText();
  return (
    <main className="start-screen">
      <h1>{t('projectFiles.noProject')}</h1>
      <p role="alert" className="error">{text(failure)}</p>
      <p>{t('projectFiles.startHint')}</p>
      <ProjectMenu state={state} />
    </main>
  );
}
