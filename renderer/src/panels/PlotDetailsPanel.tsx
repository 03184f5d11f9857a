import { useEffect, useState, type ReactNode } from 'react';
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
  /** What follows the details of a loaded plot (its vertices, allocation and history). */
  readonly footer?: (details: PlotDetails) => ReactNode;
  /** The attribute form shown in edit mode; left out, the panel only reads. */
  readonly attributesForm?: (details: PlotDetails, done: () => void) => ReactNode;
  /** What the panel always ends with, a plot selected or not (pasting coordinates). */
  readonly after?: ReactNode;
}

/** Everything known about the selected plot, from `plots:details`: areas exact to the square metre. */
export function PlotDetailsPanel({ state, onClose, footer, attributesForm, after }: PlotDetailsPanelProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const plotId = state.status === 'none' ? null : state.plotId;
  // Another plot selected: back to reading.
  useEffect(() => setEditing(false), [plotId]);
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
      {state.status === 'ready' && (
        <DetailsBody
          details={state.details}
          onClose={onClose}
          onEdit={attributesForm && !editing ? () => setEditing(true) : undefined}
          form={attributesForm && editing ? attributesForm(state.details, () => setEditing(false)) : undefined}
        />
      )}
      {state.status === 'ready' && footer?.(state.details)}
      {after}
    </section>
  );
}

interface DetailsBodyProps {
  readonly details: PlotDetails;
  readonly onClose: () => void;
  readonly onEdit: (() => void) | undefined;
  /** In edit mode, the attribute form takes the place of the attribute rows it edits. */
  readonly form: ReactNode;
}

function DetailsBody({ details, onClose, onEdit, form }: DetailsBodyProps) {
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
        <div className="details-buttons">
          {onEdit && (
            <button type="button" className="edit" onClick={onEdit}>
              {t('attributesForm.edit')}
            </button>
          )}
          <button type="button" className="close" aria-label={t('details.close')} title={t('details.close')} onClick={onClose}>
            ×
          </button>
        </div>
      </div>
      {form}
      <dl>
        {!form && row('cadastral-number', t('details.cadastralNumber'), details.cadastralNumber ?? <em>{t('details.notRegistered')}</em>)}
        {!form && row('status', t('details.status'), <StatusBadge status={details.status} />)}
        {!form && row('zone', t('details.zone'), t(`zone.${details.zone}`))}
        {row(
          'area',
          t('details.area'),
          <>
            <span className="area-ha">{formatHectares(details.areaHa, locale)}</span>
            <span className="area-m2">{formatSquareMetres(details.areaM2, locale)}</span>
            {details.areaCrsLabel !== null && <span className="area-crs">{details.areaCrsLabel[locale]}</span>}
          </>,
          details.areaCrsLabel === null ? t('details.geodesicAreaHint') : t('details.areaCadastralHint'),
        )}
        {details.areaCrsLabel !== null &&
          row(
            'geodesic-area',
            t('details.geodesicArea'),
            <span className="geodesic-area-m2">{formatSquareMetres(details.geodesicAreaM2, locale, 1)}</span>,
            t('details.geodesicAreaHint'),
          )}
        {row('perimeter', t('details.perimeter'), formatMetres(details.perimeterM, locale, 1))}
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
        {!form && details.notes.trim() !== '' && row('notes', t('details.notes'), details.notes)}
      </dl>
    </>
  );
}
