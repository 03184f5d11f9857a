import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentListItem } from '../../../shared/contract/registryViews';
import type { MapLayers } from '../../../shared/contract/views';
import type { PlotStatus, PlotZone } from '../../../shared/domain/plot';
import type { ResidentStatus } from '../../../shared/domain/resident';
import { localIsoDate } from '../allocations/allocationDraft';
import { getBridge } from '../bridge';
import { useLocale } from '../i18n/useLocale';
import { useBridgeQuery } from '../views/useBridgeQuery';
import { PLOT_CELL_EDITS, RESIDENT_CELL_EDITS } from './cellEdits';
import { DataTable } from './DataTable';
import { EditableCell } from './EditableCell';
import { cellText, type TableColumn } from './tableModel';
import { plotColumns, residentColumns, type PlotRow } from './tableColumns';
import type { Failure } from '../../../shared/contract/result';
import { useMessageText } from '../i18n/useMessageText';

const SUBJECTS = ['plots', 'residents'] as const;
type Subject = (typeof SUBJECTS)[number];

interface AttributeTablesProps {
  readonly layers: MapLayers;
}

/** The attribute tables of all parks' plots and of the residents registry, each sortable, filterable, exportable. */
export function AttributeTables({ layers }: AttributeTablesProps) {
  const word = useMessageText();
  const { t } = useTranslation();
  const locale = useLocale();
  const [subject, setSubject] = useState<Subject>('plots');
  const registry = useBridgeQuery('residents:list', {}, ['residents', 'allocations']);
  const plots = useMemo<PlotRow[]>(() => {
    const parkNames = new Map(layers.parks.features.map((park) => [park.properties.id, park.properties.name]));
    return layers.plots.features.map((feature) => ({ ...feature.properties, parkName: parkNames.get(feature.properties.parkId) ?? '' }));
  }, [layers]);
  const columnsOfPlots = useMemo(() => plotColumns(t, locale), [t, locale]);
  const columnsOfResidents = useMemo(() => residentColumns(t, locale), [t, locale]);
  const today = localIsoDate();
  const answered = (result: { readonly ok: true } | { readonly ok: false; readonly error: Failure }): string | null => {
    // A saved cell's change set reaches the store with the answer.
    return result.ok ? null : word(result.error);
  };
  const plotEditor = (plot: PlotRow, column: TableColumn<PlotRow>) => {
    const edit = PLOT_CELL_EDITS[column.key];
    if (edit === undefined) return null;
    return (
      <EditableCell
        text={cellText(column, plot)}
        label={`${column.label} ${plot.code}`}
        initial={edit.initial(plot)}
        choices={edit.choices}
        choiceLabel={(value) => t(column.key === 'zone' ? `zone.${value as PlotZone}` : `status.${value as PlotStatus}`)}
        save={async (text) => answered(await getBridge().invoke('plots:updateAttributes', edit.request(plot, text)))}
      />
    );
  };
  const residentEditor = (resident: ResidentListItem, column: TableColumn<ResidentListItem>) => {
    const edit = RESIDENT_CELL_EDITS[column.key];
    if (edit === undefined) return null;
    return (
      <EditableCell
        text={cellText(column, resident)}
        label={`${column.label} ${resident.name}`}
        initial={edit.initial(resident)}
        choices={edit.choices}
        choiceLabel={(value) => t(`residentStatus.${value as ResidentStatus}`)}
        save={async (text) => answered(await getBridge().invoke('residents:update', edit.request(resident, text)))}
      />
    );
  };
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
        <DataTable key="plots" title={t('table.plots')} subject={t('table.plots').toLowerCase()} rows={plots} columns={columnsOfPlots} rowKey={(plot) => plot.id} today={today} cellEditor={plotEditor} />
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
          cellEditor={residentEditor}
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
