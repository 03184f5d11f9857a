import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParkFeatureProps } from '../../../shared/contract/views';
import type { ParkId } from '../../../shared/domain/ids';
import type { PolygonGeometry } from '../../../shared/domain/geometry';
import { getBridge } from '../bridge';
import { useMessageText } from '../i18n/useMessageText';
import { ParkForm } from './ParkForm';
import './parks.css';

interface ParkPanelProps {
  readonly park: ParkFeatureProps | null;
  readonly onDrawBoundary: (take: (polygon: PolygonGeometry) => void) => void;
  readonly drawing: boolean;
  readonly onShowPark: (parkId: ParkId) => void;
  /** Whether the plot tools are on the park's boundary now. */
  readonly boundaryEdited: boolean;
  /** Puts the plot tools on the boundary of `parkId` (null: back to plots). */
  readonly onEditBoundary: (parkId: ParkId | null) => void;
}

type Open = { readonly form: 'create' } | { readonly form: 'edit'; readonly park: ParkFeatureProps } | { readonly form: 'delete'; readonly park: ParkFeatureProps } | null;

/** The sidebar's park section (issue 11): a new park, the park on screen changed or deleted (asked first; Ctrl+Z undoes). */
export function ParkPanel({ park, onDrawBoundary, drawing, onShowPark, boundaryEdited, onEditBoundary }: ParkPanelProps) {
  const { t } = useTranslation();
  const text = useMessageText();
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<{ readonly kind: 'info' | 'error'; readonly text: string } | null>(null);
  const remove = async (target: ParkFeatureProps) => {
    const result = await getBridge().invoke('parks:delete', { parkId: target.id });
    setOpen(null);
    setNotice(result.ok ? { kind: 'info', text: t('parks.deleted', { name: target.name }) } : { kind: 'error', text: text(result.error) });
  };
  return (
    <section className="park-panel" aria-label={t('parks.title')}>
      <div className="park-panel-actions">
        <button type="button" onClick={() => setOpen({ form: 'create' })}>{t('parks.create')}</button>
        <button type="button" disabled={park === null} onClick={() => park && setOpen({ form: 'edit', park })}>{t('parks.edit')}</button>
        <button type="button" disabled={park === null} onClick={() => park && setOpen({ form: 'delete', park })}>{t('parks.delete')}</button>
        <button
          type="button"
          aria-pressed={boundaryEdited}
          disabled={park === null}
          title={t('parks.editBoundaryHint')}
          onClick={() => onEditBoundary(boundaryEdited || park === null ? null : park.id)}
        >
          {boundaryEdited ? t('parks.editBoundaryDone') : t('parks.editBoundary')}
        </button>
      </div>
      {boundaryEdited && <p role="status" className="park-notice info">{t('parks.editingBoundary')}</p>}
      {open?.form === 'delete' && (
        <div className="park-delete-confirm" role="alertdialog" aria-label={t('parks.delete')}>
          <p>{t('parks.confirmDelete', { name: open.park.name })}</p>
          <button type="button" onClick={() => void remove(open.park)}>{t('parks.confirm')}</button>
          <button type="button" onClick={() => setOpen(null)}>{t('parks.cancel')}</button>
        </div>
      )}
      {(open?.form === 'create' || open?.form === 'edit') && (
        <ParkForm
          key={open.form === 'edit' ? open.park.id : 'new'}
          {...(open.form === 'edit' ? { park: open.park } : {})}
          onDrawBoundary={onDrawBoundary}
          drawing={drawing}
          onCancel={() => setOpen(null)}
          onSaved={(edited, name) => {
            setOpen(null);
            setNotice({ kind: 'info', text: open.form === 'create' ? t('parks.created', { name }) : t('parks.saved') });
            onShowPark(edited.parkId);
          }}
        />
      )}
      {notice !== null && (
        <p className={`park-notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
    </section>
  );
}
