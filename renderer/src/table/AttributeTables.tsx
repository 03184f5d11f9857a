import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapLayers } from '../../../shared/contract/views';
import { localIsoDate } from '../allocations/allocationDraft';
import { useLocale } from '../i18n/useLocale';
import { useBridgeQuery } from '../views/useBridgeQuery';
import { DataTable } from './DataTable';
import { plotColumns, residentColumns, type PlotRow } from './tableColumns';

const SUBJECTS = ['plots', 'residents'] as const;
type Subject = (typeof SUBJECTS)[number];

interface AttributeTablesProps {
  readonly layers: MapLayers;
  readonly revision: number;
}

/** The attribute tables of all parks' plots and of the residents registry, each sortable, filterable, exportable. */
export function AttributeTables({ layers, revision }: AttributeTablesProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [subject, setSubject] = useState<Subject>('plots');
  const registry = useBridgeQuery('residents:list', {}, revision);
  const plots = useMemo<PlotRow[]>(() => {
    const parkNames = new Map(layers.parks.features.map((park) => [park.properties.id, park.properties.name]));
    return layers.plots.features.map((feature) => ({ ...feature.properties, parkName: parkNames.get(feature.properties.parkId) ?? '' }));
  }, [layers]);
  const columnsOfPlots = useMemo(() => plotColumns(t, locale), [t, locale]);
  const columnsOfResidents = useMemo(() => residentColumns(t, locale), [t, locale]);
  const today = localIsoDate();
  return (
    <section className="attribute-tables" aria-label={t('table.title')}>
      <div className="panel-title-row">
        <h2>{t('table.title')}</h2>
        <div className="segmented" role="group" aria-label={t('table.subject')}>
          {SUBJECTS.map((value) => (
            <button key={value} type="button" aria-pressed={value === subject} onClick={() => setSubject(value)}>
              {t(`table.${value}`)}
            </button>
          ))}
        </div>
      </div>
      {subject === 'plots' && (
        <DataTable key="plots" title={t('table.plots')} subject={t('table.plots').toLowerCase()} rows={plots} columns={columnsOfPlots} rowKey={(plot) => plot.id} today={today} />
      )}
      {subject === 'residents' && registry.status === 'ready' && (
        <DataTable
          key="residents"
          title={t('table.residents')}
          subject={t('table.residents').toLowerCase()}
          rows={registry.value}
          columns={columnsOfResidents}
          rowKey={(resident) => resident.id}
          today={today}
        />
      )}
      {subject === 'residents' && registry.status === 'failed' && (
        <p className="error" role="alert">
          {t('residents.failed', { message: registry.message })}
        </p>
      )}
    </section>
  );
}
