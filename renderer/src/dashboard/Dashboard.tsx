import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParkBalanceSheet } from '../../../shared/contract/reportViews';
import type { PlotFeatureProps } from '../../../shared/contract/views';
import type { ParkId } from '../../../shared/domain/ids';
import { formatIsoDate } from '../../../shared/format/date';
import { DEFAULT_PROTECTION_ZONES } from '../../../shared/park/protectionZones';
import { formatHectares, formatNumber } from '../../../shared/format/measure';
import { message } from '../../../shared/messages/message';
import { useLocale } from '../i18n/useLocale';
import { useMessageText } from '../i18n/useMessageText';
import { useBridgeQuery } from '../views/useBridgeQuery';
import { LandBalanceCard } from './LandBalanceCard';
import { RailCard } from './RailCard';
import { ResidentStatusCard } from './ResidentStatusCard';
import { SectorCard } from './SectorCard';
import { CapacityForm } from './CapacityForm';
import { ConnectionsTable } from './ConnectionsTable';
import { ReportSettings } from './ReportSettings';
import { useReportSettings } from './useReportSettings';
import { UtilityCard } from './UtilityCard';

interface DashboardProps {
  readonly parkId: ParkId | null;
  /** The park's plots, for a new connection request. */
  readonly plots: readonly Pick<PlotFeatureProps, 'id' | 'code'>[];
}

/**
 * The park's balance sheet from `park:report`: land, occupancy, sectors, utilities, rail and residents;
 * capacities and connections edited in place; below, the rail distance and protection-zone table it is
 * computed with.
 */
/** The balance sheet reads the whole park (rail access, capacities, connections): it asks again after any change. */
const REPORT_READS = ['parks', 'plots', 'residents', 'allocations', 'utility_connections', 'park_capacities', 'utilityLines', 'railSpurs'] as const;

export function Dashboard({ parkId, plots }: DashboardProps) {
  const { t } = useTranslation();
  const settings = useReportSettings();
  // The regulatory table is the server's default: it is sent only once the planner has edited it.
  const zones = settings.zones === DEFAULT_PROTECTION_ZONES ? {} : { protectionZones: settings.zones };
  const request = parkId === null ? null : { parkId, railThresholdM: settings.railThresholdM, ...zones };
  const report = useBridgeQuery('park:report', request, REPORT_READS);
  if (parkId === null) return <p className="empty">{t('dashboard.noPark')}</p>;
  const controls = (
    <ReportSettings
      railThresholdM={settings.railThresholdM}
      onRailThreshold={settings.setRailThresholdM}
      zones={settings.zones}
      onZones={settings.setZones}
    />
  );
  if (report.status === 'loading') {
    return (
      <div className="dashboard">
        <p className="empty" role="status">{t('dashboard.loading')}</p>
        {controls}
      </div>
    );
  }
  if (report.status === 'failed') {
    return (
      <div className="dashboard">
        <p className="error" role="alert">
          {t('dashboard.failed', { message: report.message })}
        </p>
        {controls}
      </div>
    );
  }
  return <BalanceSheet sheet={report.value} plots={plots} controls={controls} />;
}

interface BalanceSheetProps {
  readonly sheet: ParkBalanceSheet;
  readonly plots: DashboardProps['plots'];
  readonly controls: ReactNode;
}

function BalanceSheet({ sheet, plots, controls }: BalanceSheetProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const land = sheet.landBalance;
  const jobs = sheet.sectors.reduce((sum, sector) => sum + sector.jobs, 0);
  const investment = sheet.sectors.reduce((sum, sector) => sum + sector.investmentMRub, 0);
  // «Резидентов» as the glossary defines it (holding a plot today): the sectors count exactly those.
  const residentCount = sheet.sectors.reduce((sum, sector) => sum + sector.residentCount, 0);
  const word = useMessageText();
  const occupancy = sheet.occupancyPct;
  return (
    <div className="dashboard" data-park-id={sheet.parkId}>
      <div className="dashboard-head">
        <h2 className="dashboard-title">{t('dashboard.title', { park: sheet.park })}</h2>
        <span className="dashboard-date">{t('dashboard.asOf', { date: formatIsoDate(sheet.today, locale) })}</span>
      </div>
      <div className="kpis">
        <div className="kpi kpi-occupancy" title={word(message('land.occupancy.means'))}>
          <span className="kpi-label">{word(message('land.occupancy'))}</span>
          <span className="kpi-value" data-testid="occupancy-pct">
            {occupancy === null ? '—' : `${formatNumber(occupancy, locale, 1)} %`}
          </span>
          <span className="kpi-track" aria-hidden="true">
            <span style={{ width: `${Math.min(100, occupancy ?? 0)}%` }} />
          </span>
        </div>
        <div className="kpi" title={word(message('land.parkArea.means'))}>
          <span className="kpi-label">{word(message('land.parkArea'))}</span>
          <span className="kpi-value" data-term="land.parkArea">{formatHectares(land.parkAreaHa, locale, 1)}</span>
        </div>
        <div className="kpi" title={word(message('land.occupied.means'))}>
          <span className="kpi-label">{word(message('land.occupied'))}</span>
          <span className="kpi-value" data-term="land.occupied">{formatHectares(land.occupiedHa, locale, 1)}</span>
        </div>
        <div className="kpi" title={word(message('land.free.means'))}>
          <span className="kpi-label">{word(message('land.free'))}</span>
          <span className="kpi-value" data-term="land.free">{formatHectares(land.parts.free, locale, 1)}</span>
        </div>
        <div className="kpi" title={word(message('land.residents.means'))}>
          <span className="kpi-label">{word(message('land.residents'))}</span>
          <span className="kpi-value" data-term="land.residents">{formatNumber(residentCount, locale)}</span>
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
        <UtilityCard utilities={sheet.utilities}>
          <CapacityForm key={sheet.parkId} parkId={sheet.parkId} utilities={sheet.utilities} />
          <ConnectionsTable key={`connections-${sheet.parkId}`} connections={sheet.connections} plots={plots} />
        </UtilityCard>
        <SectorCard sectors={sheet.sectors} />
      </div>
      {controls}
    </div>
  );
}
