import { useTranslation } from 'react-i18next';
import { PLOT_STATUSES } from '../../../shared/domain/plot';
import { MAP_COLORS, SELECTION_COLOR, STATUS_COLORS, STATUS_EDGE_COLORS } from '../map/statusColors';

/** The key to the map: plot fills by status, then the boundary, rail and selection line styles. */
export function StatusLegend() {
  const { t } = useTranslation();
  return (
    <aside className="map-legend" aria-label={t('legend.title')}>
      <h2>{t('legend.title')}</h2>
      <ul>
        {PLOT_STATUSES.map((status) => (
          <li key={status}>
            <span
              className="legend-fill"
              aria-hidden="true"
              style={{ background: STATUS_COLORS[status], borderColor: STATUS_EDGE_COLORS[status] }}
            />
            {t(`status.${status}`)}
          </li>
        ))}
      </ul>
      <ul className="legend-lines">
        <li>
          <span className="legend-line legend-boundary" aria-hidden="true" style={{ borderColor: MAP_COLORS.parkOutline }} />
          {t('layers.boundary')}
        </li>
        <li>
          <span className="legend-line legend-rail" aria-hidden="true" />
          {t('layers.railSpurs')}
        </li>
        <li>
          <span className="legend-line legend-selected" aria-hidden="true" style={{ borderColor: SELECTION_COLOR }} />
          {t('legend.selected')}
        </li>
      </ul>
    </aside>
  );
}
