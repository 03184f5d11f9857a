import { useTranslation } from 'react-i18next';
import type { AllocationHistoryRequest } from '../../../shared/contract/allocationRequests';
import type { AllocationEntry } from '../../../shared/contract/registryViews';
import { formatIsoDate } from '../../../shared/format/date';
import { useLocale } from '../i18n/useLocale';
import { useBridgeQuery } from '../views/useBridgeQuery';

interface AllocationTimelineProps {
  /** A plot's timeline names the residents; a resident's names the plots. */
  readonly of: AllocationHistoryRequest;
  readonly title: string;
}

/** Who held what and when, newest first, from `allocations:history`; the active allocation is marked. */
export function AllocationTimeline({ of, title }: AllocationTimelineProps) {
  const { t } = useTranslation();
  const history = useBridgeQuery('allocations:history', of, ['allocations', 'residents']);
  return (
    <section className="allocation-timeline" aria-label={title}>
      <h3>{title}</h3>
      {history.status === 'failed' && (
        <p className="error" role="alert">
          {t('allocation.historyFailed', { message: history.message })}
        </p>
      )}
      {history.status === 'ready' &&
        (history.value.length === 0 ? (
          <p className="empty">{t('allocation.noHistory')}</p>
        ) : (
          <ol>
            {history.value.map((entry) => (
              <TimelineEntry key={entry.id} entry={entry} subject={'plotId' in of ? 'resident' : 'plot'} />
            ))}
          </ol>
        ))}
    </section>
  );
}

function TimelineEntry({ entry, subject }: { readonly entry: AllocationEntry; readonly subject: 'resident' | 'plot' }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const to = entry.endDate === null ? t('allocation.openEnded') : formatIsoDate(entry.endDate, locale);
  return (
    <li className={entry.active ? 'active' : 'ended'} data-allocation-id={entry.id}>
      <span className="timeline-dot" aria-hidden="true" />
      <div className="timeline-body">
        <div className="timeline-head">
          <strong>{subject === 'resident' ? entry.residentName : `${entry.plotCode} · ${entry.parkName}`}</strong>
          <span className={`timeline-state ${entry.active ? 'active' : 'ended'}`}>{t(entry.active ? 'allocation.active' : 'allocation.ended')}</span>
        </div>
        <div className="timeline-meta">
          {t(`allocationKind.${entry.kind}`)} ·{' '}
          {entry.agreementNo === '' ? t('allocation.noAgreement') : t('allocation.agreement', { number: entry.agreementNo })}
        </div>
        <div className="timeline-period">{t('allocation.period', { from: formatIsoDate(entry.startDate, locale), to })}</div>
      </div>
    </li>
  );
}
