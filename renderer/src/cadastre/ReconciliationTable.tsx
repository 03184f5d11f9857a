import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format/measure';
import type { Reconciliation } from '../../../shared/park/reconciliation';
import { useLocale } from '../i18n/useLocale';

interface ReconciliationTableProps {
  readonly reconciliation: Reconciliation;
  /** Shows a plot by its code (selects it and frames it on the map). */
  readonly onShowPlot: (plotCode: string) => void;
  /** Frames an ЕГРН parcel on the map by its cadastral number. */
  readonly onShowParcel: (cadastralNumber: string) => void;
}

const signed = (value: number, text: string): string => (value > 0 ? `+${text}` : text);

/**
 * Each plot with a cadastral number against its ЕГРН parcel — declared area and inaccuracy, ours, the
 * difference in m² and as a share of the inaccuracy (a row over 1 is outside what the register allows),
 * the largest boundary deviation — then what does not pair up: plots without a parcel, parcels over plots
 * of other numbers, parcels no plot carries.
 */
export function ReconciliationTable({ reconciliation, onShowPlot, onShowParcel }: ReconciliationTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const figure = (value: number | null, digits = 0) => (value === null ? '—' : formatNumber(value, locale, digits));
  const { matched, plotsWithoutParcel, parcelsOverlappingOtherPlots, parcelsWithoutPlot } = reconciliation;
  const plotButton = (code: string) => (
    <button type="button" className="link" onClick={() => onShowPlot(code)}>
      {code}
    </button>
  );
  const parcelButton = (number: string) => (
    <button type="button" className="link" onClick={() => onShowParcel(number)}>
      {number}
    </button>
  );
  return (
    <>
      <h3>{t('cadastre.matchedTitle', { count: matched.length })}</h3>
      {matched.length === 0 ? (
        <p className="empty">{t('cadastre.noneMatched')}</p>
      ) : (
        <table className="reconciliation-table" aria-label={t('cadastre.matchedTitle', { count: matched.length })}>
          <thead>
            <tr>
              <th scope="col">{t('cadastre.plot')}</th>
              <th scope="col">{t('cadastre.declared')}</th>
              <th scope="col">{t('cadastre.ours')}</th>
              <th scope="col">{t('cadastre.difference')}</th>
              <th scope="col" title={t('cadastre.shareHint')}>{t('cadastre.share')}</th>
              <th scope="col" title={t('cadastre.deviationHint')}>{t('cadastre.deviation')}</th>
            </tr>
          </thead>
          <tbody>
            {matched.map((row) => {
              const outside = row.shareOfInaccuracy !== null && row.shareOfInaccuracy > 1;
              return (
                <tr key={`${row.plotCode} ${row.cadastralNumber}`} className={outside ? 'outside-tolerance' : undefined} data-plot={row.plotCode}>
                  <th scope="row">
                    {plotButton(row.plotCode)}
                    <small>{row.cadastralNumber}</small>
                  </th>
                  <td>
                    {figure(row.declaredAreaM2)}
                    {row.areaInaccuracyM2 !== null && <small> ± {figure(row.areaInaccuracyM2)}</small>}
                  </td>
                  <td>{figure(row.plotAreaM2)}</td>
                  <td>{row.differenceM2 === null ? '—' : signed(row.differenceM2, figure(row.differenceM2))}</td>
                  <td>
                    {figure(row.shareOfInaccuracy, 2)}
                    {outside && <span className="tolerance-mark" title={t('cadastre.outsideTolerance')}> ⚠</span>}
                  </td>
                  <td>{figure(row.maxDeviationM, 2)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h3>{t('cadastre.plotsWithoutParcel', { count: plotsWithoutParcel.length })}</h3>
      <ul className="reconciliation-list" aria-label={t('cadastre.plotsWithoutParcel', { count: plotsWithoutParcel.length })}>
        {plotsWithoutParcel.map((plot) => (
          <li key={plot.plotCode}>
            {plotButton(plot.plotCode)} {plot.cadastralNumber}
          </li>
        ))}
      </ul>
      <h3>{t('cadastre.overlapping', { count: parcelsOverlappingOtherPlots.length })}</h3>
      <ul className="reconciliation-list" aria-label={t('cadastre.overlapping', { count: parcelsOverlappingOtherPlots.length })}>
        {parcelsOverlappingOtherPlots.map((overlap) => (
          <li key={`${overlap.cadastralNumber} ${overlap.plotCode}`}>
            {parcelButton(overlap.cadastralNumber)} {t('cadastre.overlapRow', { area: figure(overlap.overlapM2, 1) })} {plotButton(overlap.plotCode)}
            {overlap.plotCadastralNumber !== null && <small> ({overlap.plotCadastralNumber})</small>}
          </li>
        ))}
      </ul>
      <h3>{t('cadastre.parcelsWithoutPlot', { count: parcelsWithoutPlot.length })}</h3>
      <ul className="reconciliation-list" aria-label={t('cadastre.parcelsWithoutPlot', { count: parcelsWithoutPlot.length })}>
        {parcelsWithoutPlot.map((number) => (
          <li key={number}>{parcelButton(number)}</li>
        ))}
      </ul>
    </>
  );
}
