import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentListItem } from '../../../shared/contract/registryViews';
import type { Resident } from '../../../shared/domain/resident';
import { formatNumber } from '../../../shared/format/measure';
import { AllocatePlotsForm } from '../allocations/AllocatePlotsForm';
import { AllocationTimeline } from '../allocations/AllocationTimeline';
import { useLocale } from '../i18n/useLocale';
import { ResidentForm } from './ResidentForm';
import { ResidentStatusBadge } from './ResidentStatusBadge';
import type { ResidentEditing } from './useResidentSelection';

interface ResidentCardProps {
  readonly resident: ResidentListItem | null;
  readonly editing: ResidentEditing;
  readonly onEdit: () => void;
  readonly onSaved: (resident: Resident) => void;
  readonly onCancel: () => void;
  readonly onClose: () => void;
}

/** The right-hand panel of the residents view: a resident's card and timeline, or the form to create or edit one. */
export function ResidentCard({ resident, editing, onEdit, onSaved, onCancel, onClose }: ResidentCardProps) {
  const { t } = useTranslation();
  return (
    <section className="panel plot-details resident-card" aria-label={t('residents.card')}>
      <h2>{t('residents.card')}</h2>
      {editing === 'new' && <ResidentForm key="new" resident={null} onSaved={onSaved} onCancel={onCancel} />}
      {editing === 'edit' && resident && <ResidentForm key={resident.id} resident={resident} onSaved={onSaved} onCancel={onCancel} />}
      {editing === null && resident === null && <p className="empty">{t('residents.none')}</p>}
      {editing === null && resident && <ResidentFacts key={resident.id} resident={resident} onEdit={onEdit} onClose={onClose} onAllocated={() => onSaved(resident)} />}
    </section>
  );
}

interface ResidentFactsProps {
  readonly resident: ResidentListItem;
  readonly onEdit: () => void;
  readonly onClose: () => void;
  /** Plots were allocated from the card: the registry, map and dashboard ask again. */
  readonly onAllocated: () => void;
}

function ResidentFacts({ resident, onEdit, onClose, onAllocated }: ResidentFactsProps) {
  const { t } = useTranslation();
  const [allocating, setAllocating] = useState(false);
  const locale = useLocale();
  const none = <em>—</em>;
  const row = (key: string, label: string, value: ReactNode) => (
    <div className={`detail detail-${key}`}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <>
      <div className="details-title">
        <div>
          <p className="resident-title">{resident.name}</p>
          <ResidentStatusBadge status={resident.status} />
        </div>
        <button type="button" className="close" aria-label={t('residents.close')} title={t('residents.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <dl>
        {row('inn', t('residents.inn'), resident.inn || none)}
        {row('ogrn', t('residents.ogrn'), resident.ogrn ?? none)}
        {row('sector', t('residents.sector'), resident.sector || none)}
        {row('okved', t('residents.okved'), resident.okved ?? none)}
        {row('jobs', t('residents.jobs'), resident.jobsPlanned === null ? none : formatNumber(resident.jobsPlanned, locale))}
        {row('investment', t('residents.investment'), resident.investmentMRub === null ? none : formatNumber(resident.investmentMRub, locale, 1))}
        {row('contact', t('residents.contact'), resident.contact || none)}
        {row('plots', t('residents.plots'), resident.plotCodes.length === 0 ? <em>{t('residents.noPlots')}</em> : resident.plotCodes.join(', '))}
      </dl>
      {allocating ? (
        <AllocatePlotsForm
          resident={resident}
          onDone={() => {
            setAllocating(false);
            onAllocated();
          }}
          onCancel={() => setAllocating(false)}
        />
      ) : (
        <div className="form-actions">
          <button type="button" onClick={onEdit}>
            {t('residents.edit')}
          </button>
          {resident.status !== 'left' && (
            <button type="button" onClick={() => setAllocating(true)}>
              {t('allocatePlots.action')}
            </button>
          )}
        </div>
      )}
      <AllocationTimeline of={{ residentId: resident.id }} title={t('residents.timeline')} />
    </>
  );
}
