import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlotDetails } from '../../../shared/contract/views';
import { formatIsoDate } from '../../../shared/format/date';
import { formatHectares, formatMetres, formatNumber, formatSquareMetres } from '../../../shared/format/measure';
import { useLocale } from '../i18n/useLocale';
import type { PlotDetailsState } from '../state/usePlotDetails';
import { StatusBadge } from './StatusBadge';

interface PlotDetailsPanelProps {
  readonly state: PlotDetailsState;
  readonly onClose: () => void;
  /** What follows the details of a loaded plot (its allocation and history). */
  readonly footer?: (details: PlotDetails) => ReactNode;
}

/** Everything known about the selected plot, from `plots:details`: areas exact to the square metre. */
export function PlotDetailsPanel({ state, onClose, footer }: PlotDetailsPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="panel plot-details" aria-label={t('details.title')} aria-busy={state.status === 'loading'}>
      <h2>{t('details.title')}</h2>
      {state.status === 'none' && <p className="empty">{t('details.none')}</p>}
      {state.status === 'loading' && <p className="empty">{t('details.loading')}</p>}
      {state.status === 'failed' && (
        <p className="error" role="alert">
          {t('details.failed', { message: state.message })}
        </p>
      )}
      {state.status === 'ready' && <DetailsBody details={state.details} onClose={onClose} />}
      {state.status === 'ready' && footer?.(state.details)}
    </section>
  );
}

function DetailsBody({ details, onClose }: { readonly details: PlotDetails; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const row = (key: string, label: string, value: ReactNode, title?: string) => (
    <div className={`detail detail-${key}`}>
      <dt title={title}>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  const resident = details.resident;
  return (
    <>
      <div className="details-title">
        <div>
          <p className="plot-code">{details.code}</p>
          <p className="plot-park">
            {t('details.park')}: {details.parkName}
          </p>
        </div>
        <button type="button" className="close" aria-label={t('details.close')} title={t('details.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <dl>
        {row('cadastral-number', t('details.cadastralNumber'), details.cadastralNumber ?? <em>{t('details.notRegistered')}</em>)}
        {row('status', t('details.status'), <StatusBadge status={details.status} />)}
        {row('zone', t('details.zone'), t(`zone.${details.zone}`))}
        {row(
          'area',
          t('details.area'),
          <>
            <span className="area-ha">{formatHectares(details.areaHa, locale)}</span>
            <span className="area-m2">{formatSquareMetres(details.areaM2, locale)}</span>
          </>,
        )}
        {row('perimeter', t('details.perimeter'), formatMetres(details.perimeterM, locale, 1))}
        {details.cadastralAreaM2 !== null &&
          row(
            'cadastral-area',
            t('details.cadastralArea'),
            formatSquareMetres(details.cadastralAreaM2, locale),
            t('details.cadastralAreaHint'),
          )}
        {row('vertices', t('details.vertices'), formatNumber(details.vertexCount, locale))}
        {row('resident', t('details.resident'), resident ? resident.name : <em>{t('details.noResident')}</em>)}
        {resident && row('sector', t('details.sector'), resident.sector)}
        {resident &&
          row(
            'allocation',
            t('details.allocation'),
            t('details.agreement', {
              kind: t(`allocationKind.${resident.kind}`),
              number: resident.agreementNo,
              date: formatIsoDate(resident.startDate, locale),
            }),
          )}
        {details.notes.trim() !== '' && row('notes', t('details.notes'), details.notes)}
      </dl>
    </>
  );
}
