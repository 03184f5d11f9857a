import type { TFunction } from 'i18next';
import type { ResidentListItem } from '../../../shared/contract/registryViews';
import type { PlotFeatureProps } from '../../../shared/contract/views';
import type { Locale } from '../../../shared/format/locale';
import { formatNumber } from '../../../shared/format/measure';
import type { TableColumn } from './tableModel';

/** A plot row of the attribute table: the map's plot properties with the park's name. */
export interface PlotRow extends PlotFeatureProps {
  readonly parkName: string;
}

/** The plots table's columns; areas exported as numbers so a spreadsheet can sum them. */
export function plotColumns(t: TFunction, locale: Locale): TableColumn<PlotRow>[] {
  return [
    { key: 'code', label: t('table.code'), value: (plot) => plot.code },
    { key: 'park', label: t('table.park'), value: (plot) => plot.parkName },
    { key: 'status', label: t('table.status'), value: (plot) => t(`status.${plot.status}`) },
    { key: 'zone', label: t('table.zone'), value: (plot) => t(`zone.${plot.zone}`) },
    { key: 'areaHa', label: t('table.areaHa'), value: (plot) => Number(plot.areaHa.toFixed(4)), text: (plot) => formatNumber(plot.areaHa, locale, 4), numeric: true },
    { key: 'areaM2', label: t('table.areaM2'), value: (plot) => Math.round(plot.areaM2), text: (plot) => formatNumber(plot.areaM2, locale), numeric: true },
    { key: 'resident', label: t('table.resident'), value: (plot) => plot.residentName },
  ];
}

/** The residents table's columns. INN and OGRN stay text: as numbers a spreadsheet would mangle them. */
export function residentColumns(t: TFunction, locale: Locale): TableColumn<ResidentListItem>[] {
  return [
    { key: 'name', label: t('table.name'), value: (resident) => resident.name },
    { key: 'inn', label: t('table.inn'), value: (resident) => resident.inn },
    { key: 'ogrn', label: t('table.ogrn'), value: (resident) => resident.ogrn },
    { key: 'status', label: t('table.status'), value: (resident) => t(`residentStatus.${resident.status}`) },
    { key: 'sector', label: t('table.sector'), value: (resident) => resident.sector },
    { key: 'okved', label: t('table.okved'), value: (resident) => resident.okved },
    { key: 'jobs', label: t('table.jobs'), value: (resident) => resident.jobsPlanned, text: (r) => (r.jobsPlanned === null ? '' : formatNumber(r.jobsPlanned, locale)), numeric: true },
    {
      key: 'investment',
      label: t('table.investment'),
      value: (resident) => resident.investmentMRub,
      text: (r) => (r.investmentMRub === null ? '' : formatNumber(r.investmentMRub, locale, 1)),
      numeric: true,
    },
    { key: 'plots', label: t('table.residentPlots'), value: (resident) => resident.plotCodes.join(', ') },
    { key: 'contact', label: t('table.contact'), value: (resident) => resident.contact },
  ];
}
