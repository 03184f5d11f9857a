import { useTranslation } from 'react-i18next';
import type { PlotStatus } from '../../../shared/domain/plot';
import { STATUS_COLORS, STATUS_EDGE_COLORS } from '../map/statusColors';

/** A plot's status as a swatch in the map's colour with its name beside it. */
export function StatusBadge({ status }: { readonly status: PlotStatus }) {
  const { t } = useTranslation();
  return (
    <span className="status-badge" data-status={status}>
      <span
        className="status-swatch"
        aria-hidden="true"
        style={{ background: STATUS_COLORS[status], borderColor: STATUS_EDGE_COLORS[status] }}
      />
      {t(`status.${status}`)}
    </span>
  );
}
