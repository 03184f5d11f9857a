import { useCallback, useEffect, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useTranslation } from 'react-i18next';
import type { SyncConflictView } from '../../../shared/contract/syncChannels';
import type { Failure } from '../../../shared/contract/result';
import { getBridge } from '../bridge';
import { useMessageText } from '../i18n/useMessageText';
import { clearConflictOutlines, conflictBounds, hasOutline, MINE_COLOR, showConflictOutlines, THEIRS_COLOR } from './conflictOutlines';
import { conflictFieldText, conflictValueText } from './conflictValueText';

interface ConflictsPanelProps {
  readonly map: MapLibreMap | null;
  /** Changes when a sync ran or a conflict was resolved elsewhere: the list is read again. */
  readonly stamp: number;
  /** A conflict was resolved here: the Sync button's count is read again. */
  readonly onResolved: () => void;
  readonly onClose: () => void;
}

/*
 * The review of a working copy's conflicts (issue 15), opened from the Sync button's count: each with its
 * plot (or row), field, and both values side by side; an outline's two versions drawn on the map, which flies
 * to them. «Keep mine» and «Take theirs» go through sync:resolve — the CLI's `resolve` — and a taken row
 * reaches the map in the answer's change set like any edit.
 */
export function ConflictsPanel({ map, stamp, onResolved, onClose }: ConflictsPanelProps) {
  const { t } = useTranslation();
  const word = useMessageText();
  const [conflicts, setConflicts] = useState<readonly SyncConflictView[] | null>(null);
  const [shownId, setShownId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  const read = useCallback(() => {
    void getBridge().invoke('sync:conflicts', {}).then((result) => {
      if (result.ok) setConflicts(result.value);
      else setFailure(result.error);
    });
  }, []);
  useEffect(read, [read, stamp]);

  // The outline shown: the one asked for, else the first conflict that has one.
  const shown = conflicts?.find((conflict) => conflict.id === shownId) ?? conflicts?.find(hasOutline) ?? null;
  useEffect(() => {
    if (map === null) return undefined;
    if (shown === null || !hasOutline(shown)) {
      clearConflictOutlines(map);
      return undefined;
    }
    showConflictOutlines(map, shown);
    const box = conflictBounds(shown);
    if (box !== null) map.fitBounds(box, { padding: 120, maxZoom: 18, maxDuration: 2000 });
    return () => clearConflictOutlines(map);
  }, [map, shown]);

  const resolve = (conflict: SyncConflictView, take: 'mine' | 'theirs'): void => {
    setBusy(true);
    setFailure(null);
    void getBridge().invoke('sync:resolve', { conflictId: conflict.id, take }).then((result) => {
      setBusy(false);
      if (!result.ok) setFailure(result.error);
      read();
      onResolved();
    });
  };

  return (
    <section className="panel conflicts-panel" aria-label={t('sync.review.title')} data-testid="conflicts-panel">
      <h2>
        {t('sync.review.title')}
        <button type="button" onClick={onClose}>{t('sync.review.close')}</button>
      </h2>
      <p className="conflicts-hint">{t('sync.review.hint')}</p>
      {failure !== null && <p className="sync-failure" role="alert">{word(failure)}</p>}
      {conflicts !== null && conflicts.length === 0 && <p role="status">{t('sync.review.empty')}</p>}
      <ul className="conflict-list">
        {(conflicts ?? []).map((conflict) => (
          <li key={conflict.id} data-testid="conflict" data-conflict-id={conflict.id} aria-current={shown?.id === conflict.id}>
            <div className="conflict-what">
              <strong>{conflict.feature}</strong> · {conflictFieldText(conflict, t)}
              {hasOutline(conflict) && (
                <button type="button" className="conflict-show" onClick={() => setShownId(conflict.id)}>{t('sync.review.show')}</button>
              )}
            </div>
            {conflict.reason !== null && <p className="conflict-reason">{word(conflict.reason)}</p>}
            <div className="conflict-sides">
              <div className="conflict-side" data-side="mine" style={{ borderColor: MINE_COLOR }}>
                <span className="conflict-side-label">{t('sync.review.mine')}</span>
                <span className="conflict-value">{conflictValueText(conflict, 'mine', t)}</span>
                <button type="button" disabled={busy} onClick={() => resolve(conflict, 'mine')}>{t('sync.review.keepMine')}</button>
              </div>
              <div className="conflict-side" data-side="theirs" style={{ borderColor: THEIRS_COLOR }}>
                <span className="conflict-side-label">
                  {t('sync.review.theirs')}
                  {conflict.theirPlanner !== null && ` · ${t('sync.review.by', { planner: conflict.theirPlanner })}`}
                </span>
                <span className="conflict-value">{conflictValueText(conflict, 'theirs', t)}</span>
                <button type="button" disabled={busy} onClick={() => resolve(conflict, 'theirs')}>{t('sync.review.takeTheirs')}</button>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
