import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectAccess } from '../../../shared/contract/projectFileChannels';
import type { Failure } from '../../../shared/contract/result';
import { getBridge } from '../bridge';
import { useMessageText } from '../i18n/useMessageText';
import { startAgainOnOpenedProject } from './projectFileState';

/**
 * Says, over the workspace, that the file is open read-only and why edits are refused (issue 10 items 1
 * and 3); a colleague's file with foreign triggers or views gets Repair: a backup first, then the
 * objects dropped, then the file opened for editing.
 */
export function ReadOnlyBanner({ access }: { readonly access: Extract<ProjectAccess, { mode: 'read-only' }> }) {
  const { t } = useTranslation();
  const text = useMessageText();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const repair = async () => {
    setBusy(true);
    const result = await getBridge().invoke('projectFiles:repair', {});
    setBusy(false);
    if (result.ok) startAgainOnOpenedProject();
    else setFailure(result.error);
  };
  return (
    <section className="read-only-banner" role="alert" aria-label={t('projectFiles.readOnlyTitle')}>
      <strong>{t('projectFiles.readOnlyTitle')}</strong> <span className="read-only-reason">{text(access.reason)}</span>
      {access.repairable && (
        <button type="button" disabled={busy} title={t('projectFiles.repairHint')} onClick={() => void repair()}>
          {t('projectFiles.repair')}
        </button>
      )}
      {failure !== null && <span className="error">{text(failure)}</span>}
    </section>
  );
}
