import { useTranslation } from 'react-i18next';
import type { ParkBalanceSheet } from '../../../shared/contract/reportViews';
import type { ParkId } from '../../../shared/domain/ids';
import { formatIsoDate } from '../../../shared/format/date';
import { formatHectares, formatNumber } from '../../../shared/format/measure';
import { useLocale } from '../i18n/useLocale';
import { useBridgeQuery } from '../views/useBridgeQuery';
import { LandBalanceCard } from './LandBalanceCard';
import { RailCard } from './RailCard';
import { ResidentStatusCard } from './ResidentStatusCard';
import { SectorCard } from './SectorCard';
import { UtilityCard } from './UtilityCard';

interface DashboardProps {
  readonly parkId: ParkId | null;
  readonly revision: number;
}

/** The park's balance sheet from `park:report`: land, occupancy, sectors, utilities, rail and residents. */
export function Dashboard({ parkId, revision }: DashboardProps) {
  const { t } = useTranslation();
  const report = useBridgeQuery('park:report', parkId === null ? null : { parkId }, revision);
  if (parkId === null) return <p className="empty">{t('dashboard.noPark')}</p>;
  if (report.status === 'loading') return <p className="empty" role="status">{t('dashboard.loading')}</p>;
  if (report.status === 'failed') {
    return (
      <p className="error" role="alert">
        {t('dashboard.failed', { message: report.message })}
      </p>
    );
  }
  return <BalanceSheet sheet={report.value} />;
}

function BalanceSheet({ sheet }: { readonly sheet: ParkBalanceSheet }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const land = sheet.landBalance;
  const jobs = sheet.sectors.reduce((sum, sector) => sum + sector.jobs, 0);
  const investment = sheet.sectors.reduce((sum, sector) => sum + sector.investmentMRub, 0);
  const residentCount = Object.values(sheet.residents).reduce((sum, count) => sum + count, 0);
  const occupancy = sheet.occupancyPct;
  return (
    <div className="dashboard" data-park-id={sheet.parkId}>
      <div className="dashboard-head">
        <h2 className="dashboard-title">{t('dashboard.title', { park: sheet.park })}</h2>
        <span className="dashboard-date">{t('dashboard.asOf', { date: formatIsoDate(sheet.today, locale) })}</span>
      </div>
      <div className="kpis">
        <div className="kpi kpi-occupancy" title={t('dashboard.occupancyHint')}>
          <span className="kpi-label">{t('dashboard.occupancy')}</span>
          <span className="kpi-value" data-testid="occupancy-pct">
            {occupancy === null ? '—' : `${formatNumber(occupancy, locale, 1)} %`}
          </span>
          <span className="kpi-track" aria-hidden="true">
            <span style={{ width: `${Math.min(100, occupancy ?? 0)}%` }} />
          </span>
        </div>
        <div className="kpi">
          <span className="kpi-label">{t('dashboard.boundary')}</span>
          <span className="kpi-value">{formatHectares(land.boundaryHa, locale, 1)}</span>
        </div>
        <div className="kpi">
          <span className="kpi-label">{t('status.free')}</span>
          <span className="kpi-value">{formatHectares(land.byStatus.free, locale, 1)}</span>
        </div>
        <div className="kpi">
          <span className="kpi-label">{t('summary.residents')}</span>
          <span className="kpi-value">{formatNumber(residentCount, locale)}</span>
        </div>
        <div className="kpi">
          <span className="kpi-label">{t('dashboard.sectorJobs')}</span>
          <span className="kpi-value">{formatNumber(jobs, locale)}</span>
        </div>
        <div className="kpi">
          <span className="kpi-label">{t('dashboard.sectorInvestment')}</span>
          <span className="kpi-value">{formatNumber(investment, locale)}</span>
        </div>
      </div>
      <div className="dashboard-grid">
        <LandBalanceCard land={land} />
        <div className="card-column">
          <ResidentStatusCard residents={sheet.residents} />
          <RailCard sheet={sheet} />
        </div>
        <UtilityCard utilities={sheet.utilities} />
        <SectorCard sectors={sheet.sectors} />
      </div>
    </div>
  );
}
