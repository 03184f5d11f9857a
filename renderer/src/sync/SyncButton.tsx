import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncOutcome, SyncStatus } from '../../../shared/contract/syncChannels';
import type { Failure } from '../../../shared/contract/result';
import { getBridge } from '../bridge';
import { useMessageText } from '../i18n/useMessageText';

/*
 * The Sync button of a working copy (issue 15): shown only when the file is linked to a server. It says
 * what waits to go and when the copy last synced; a sync answers with the counts in and out, and the
 * received features reach the map through the answer's change set like any other write.
 */

function shortTime(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' });
}

export function SyncButton() {
  const { t, i18n } = useTranslation();
  const word = useMessageText();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [outcome, setOutcome] = useState<SyncOutcome | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [running, setRunning] = useState(false);

  useEffect(() => {
    let current = true;
    void getBridge().invoke('sync:status', {}).then((result) => {
      if (current && result.ok) setStatus(result.value);
    });
    return () => {
      current = false;
    };
  }, []);

  if (status === null || !status.linked) return null;

  const run = (): void => {
    setRunning(true);
    setFailure(null);
    void getBridge().invoke('sync:run', {}).then((result) => {
      setRunning(false);
      if (result.ok) {
        setOutcome(result.value);
        setStatus(result.value.status);
      } else {
        setFailure(result.error);
      }
    });
  };

  return (
    <div className="sync-control" data-testid="sync-control">
      <button type="button" onClick={run} disabled={running} title={t('sync.hint', { server: status.server ?? '' })}>
        {running ? t('sync.running') : t('sync.button')}
      </button>
      <span className="sync-figures" data-testid="sync-figures">
        {outcome !== null && <span data-testid="sync-result">{t('sync.result', { sent: outcome.sent, received: outcome.received })}</span>}
        {status.changedHere > 0 && <span data-testid="sync-waiting">{t('sync.waiting', { count: status.changedHere })}</span>}
        <span data-testid="sync-last">{status.lastSyncedAt === null ? t('sync.never') : t('sync.lastSync', { time: shortTime(status.lastSyncedAt, i18n.language) })}</span>
        {status.openConflicts > 0 && <span className="sync-conflicts" data-testid="sync-conflicts">{t('sync.conflicts', { count: status.openConflicts })}</span>}
      </span>
      {failure !== null && <span className="sync-failure" role="alert">{word(failure)}</span>}
    </div>
  );
}
