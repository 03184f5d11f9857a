import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentListItem } from '../../../shared/contract/registryViews';
import type { ResidentListRequest } from '../../../shared/contract/residentRequests';
import type { ResidentId } from '../../../shared/domain/ids';
import { RESIDENT_STATUSES, type ResidentStatus } from '../../../shared/domain/resident';
import { useLocale } from '../i18n/useLocale';
import { useBridgeQuery } from '../views/useBridgeQuery';
import { ResidentStatusBadge } from './ResidentStatusBadge';

interface ResidentsPanelProps {
  readonly selectedId: ResidentId | null;
  readonly onSelect: (resident: ResidentListItem) => void;
  readonly onCreate: () => void;
}

/** The residents registry: search by name or INN, filter by status and sector, pick one to see its card. */
export function ResidentsPanel({ selectedId, onSelect, onCreate }: ResidentsPanelProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ResidentStatus | ''>('');
  const [sector, setSector] = useState('');
  const request = useMemo<ResidentListRequest>(
    () => ({
      ...(search.trim() === '' ? {} : { search: search.trim() }),
      ...(status === '' ? {} : { status }),
      ...(sector === '' ? {} : { sector }),
    }),
    [search, status, sector],
  );
  const all = useBridgeQuery('residents:list', {}, ['residents', 'allocations']);
  const shown = useBridgeQuery('residents:list', request, ['residents', 'allocations']);
  const sectors = useMemo(() => {
    if (all.status !== 'ready') return [];
    const collator = new Intl.Collator(locale);
    return [...new Set(all.value.map((resident) => resident.sector).filter((name) => name !== ''))].sort(collator.compare);
  }, [all, locale]);
  const onKey = (event: KeyboardEvent, resident: ResidentListItem) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(resident);
  };

  return (
    <section className="panel residents-panel" aria-label={t('residents.title')}>
      <div className="panel-title-row">
        <h2>{t('residents.title')}</h2>
        <button type="button" className="primary small" onClick={onCreate}>
          + {t('residents.create')}
        </button>
      </div>
      <div className="registry-filters">
        <input
          type="search"
          aria-label={t('residents.search')}
          placeholder={t('residents.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <select aria-label={t('residents.status')} value={status} onChange={(event) => setStatus(event.target.value as ResidentStatus | '')}>
          <option value="">{t('residents.anyStatus')}</option>
          {RESIDENT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`residentStatus.${value}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('residents.sector')} value={sector} onChange={(event) => setSector(event.target.value)}>
          <option value="">{t('residents.anySector')}</option>
          {sectors.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </div>
      {shown.status === 'loading' && <p className="empty">{t('residents.loading')}</p>}
      {shown.status === 'failed' && (
        <p className="error" role="alert">
          {t('residents.failed', { message: shown.message })}
        </p>
      )}
      {shown.status === 'ready' && (
        <>
          <p className="registry-count">{t('residents.count', { count: shown.value.length })}</p>
          {shown.value.length === 0 ? (
            <p className="empty">{t('residents.empty')}</p>
          ) : (
            <ul className="resident-list" role="listbox" aria-label={t('residents.title')}>
              {shown.value.map((resident) => (
                <li
                  key={resident.id}
                  data-resident-id={resident.id}
                  aria-selected={resident.id === selectedId}
                  aria-label={resident.name}
                  role="option"
                  tabIndex={0}
                  onClick={() => onSelect(resident)}
                  onKeyDown={(event) => onKey(event, resident)}
                >
                  <div className="resident-row-main">
                    <span className="resident-name">{resident.name}</span>
                    <ResidentStatusBadge status={resident.status} />
                  </div>
                  <div className="resident-row-meta">
                    <span className="resident-inn">
                      {t('residents.inn')} {resident.inn || '—'}
                    </span>
                    <span className="resident-sector">{resident.sector}</span>
                  </div>
                  <div className="resident-row-plots">
                    {resident.plotCodes.length === 0 ? <em>{t('residents.noPlots')}</em> : resident.plotCodes.join(', ')}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
