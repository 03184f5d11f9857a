import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkBalance } from '../../../shared/park/utilityBalance';
import { formatNumber } from '../../../shared/format/measure';
import { useLocale } from '../i18n/useLocale';
import { niceCeiling } from './chartScale';
import { CAPACITY_COLOURS, CapacityBar } from './charts';

/** Fractional units (Gcal/h) need decimals; kW and m³ read best whole. */
const digitsOf = (balance: NetworkBalance): number => (balance.unit === 'Gcal/h' ? 2 : 0);

/** Capacity against demand per network, with a warning on every over-committed one; `children` edit them. */
export function UtilityCard({ utilities, children }: { readonly utilities: readonly NetworkBalance[]; readonly children?: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const figure = (value: number | null, balance: NetworkBalance) => (value === null ? '—' : formatNumber(value, locale, digitsOf(balance)));
  return (
    <section className="card card-utilities" aria-label={t('dashboard.utilities')}>
      <h3>{t('dashboard.utilities')}</h3>
      {utilities.length === 0 ? (
        <p className="empty">{t('dashboard.noUtilities')}</p>
      ) : (
        <>
          <table className="utility-table">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.network')}</th>
                <th scope="col" className="numeric">{t('dashboard.capacity')}</th>
                <th scope="col" className="numeric">{t('dashboard.requested')}</th>
                <th scope="col" className="numeric">{t('dashboard.approved')}</th>
                <th scope="col" className="numeric">{t('dashboard.connected')}</th>
                <th scope="col" className="numeric" title={t('dashboard.reserveHint')}>{t('dashboard.reserve')}</th>
                <th scope="col" className="bar-head" aria-hidden="true" />
              </tr>
            </thead>
            <tbody>
              {utilities.map((balance) => {
                const demand = balance.connected + balance.approved + balance.requested;
                const max = niceCeiling(Math.max(balance.capacity ?? 0, demand));
                return (
                  <tr key={balance.network} data-network={balance.network} className={balance.overCommitted ? 'over' : undefined}>
                    <th scope="row">
                      {t(`network.${balance.network}`)}
                      <span className="unit">{t(`unit.${balance.unit}`)}</span>
                    </th>
                    <td className="numeric">{balance.capacity === null ? <em>{t('dashboard.noCapacity')}</em> : figure(balance.capacity, balance)}</td>
                    <td className="numeric">{figure(balance.requested, balance)}</td>
                    <td className="numeric">{figure(balance.approved, balance)}</td>
                    <td className="numeric">{figure(balance.connected, balance)}</td>
                    <td className={`numeric reserve${balance.reserve !== null && balance.reserve < 0 ? ' negative' : ''}`}>{figure(balance.reserve, balance)}</td>
                    <td className="bar-cell">
                      <CapacityBar
                        connected={balance.connected}
                        approved={balance.approved}
                        requested={balance.requested}
                        capacity={balance.capacity}
                        max={max}
                        overCommitted={balance.overCommitted}
                        label={t(`network.${balance.network}`)}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {utilities
            .filter((balance) => balance.overCommitted)
            .map((balance) => (
              <p key={balance.network} className="warning" role="alert">
                ⚠ {t(`network.${balance.network}`)}: {t('dashboard.overCommitted')}
              </p>
            ))}
          <ul className="chart-key" aria-hidden="true">
            {(['connected', 'approved', 'requested'] as const).map((key) => (
              <li key={key}>
                <span className="legend-fill" style={{ background: CAPACITY_COLOURS[key], borderColor: CAPACITY_COLOURS[key] }} />
                {t(`dashboard.${key}`)}
              </li>
            ))}
            <li>
              <span className="legend-tick" />
              {t('dashboard.capacity')}
            </li>
          </ul>
        </>
      )}
      {children}
    </section>
  );
}
