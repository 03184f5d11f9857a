import { useTranslation } from 'react-i18next';
import type { ResidentStatus } from '../../../shared/domain/resident';

/** A resident's status as a small pill; the colours are in registry.css under `data-status`. */
export function ResidentStatusBadge({ status }: { readonly status: ResidentStatus }) {
  const { t } = useTranslation();
  return (
    <span className="resident-status" data-status={status}>
      {t(`residentStatus.${status}`)}
    </span>
  );
}
