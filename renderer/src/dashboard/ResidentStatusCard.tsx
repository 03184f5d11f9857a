import { useTranslation } from 'react-i18next';
import { RESIDENT_STATUSES, type ResidentStatus } from '../../../shared/domain/resident';
import { formatNumber } from '../../../shared/format/measure';
import { useLocale } from '../i18n/useLocale';
import { niceCeiling } from './chartScale';
import { Meter } from './charts';

const STATUS_BAR: Readonly<Record<ResidentStatus, string>> = {
  prospect: '#9fb7d9',
  agreement: '#e0b64f',
  resident: '#4f9a35',
  left: '#a0a7b2',
};

/** Residents with land in the park (now or before), counted by their status. */
export function ResidentStatusCard({ residents }: { readonly residents: Readonly<Record<ResidentStatus, number>> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const max = niceCeiling(Math.max(...RESIDENT_STATUSES.map((status) => residents[status])));
  return (
    <section className="card card-residents" aria-label={t('dashboard.residents')}>
      <h3>{t('dashboard.residents')}</h3>
      <table className="bar-table">
        <tbody>
          {RESIDENT_STATUSES.map((status) => (
            <tr key={status}>
              <th scope="row">{t(`residentStatus.${status}`)}</th>
              <td className="bar-cell">
                <Meter value={residents[status]} max={max} colour={STATUS_BAR[status]} label={`${t(`residentStatus.${status}`)}: ${residents[status]}`} />
              </td>
              <td className="numeric">{formatNumber(residents[status], locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
