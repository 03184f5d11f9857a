import { useTranslation } from 'react-i18next';
import type { SectorFigures } from '../../../shared/park/parkReport';
import { formatNumber } from '../../../shared/format/measure';
import { useLocale } from '../i18n/useLocale';
import { niceCeiling } from './chartScale';
import { Meter } from './charts';

const MEASURES = [
  { key: 'areaHa', label: 'dashboard.sectorArea', colour: '#f4a259', digits: 1 },
  { key: 'jobs', label: 'dashboard.sectorJobs', colour: '#4e79a7', digits: 0 },
  { key: 'investmentMRub', label: 'dashboard.sectorInvestment', colour: '#59a14f', digits: 0 },
] as const;

/** Area, jobs and investment per sector as small multiples: one bar column per measure, each on its own axis. */
export function SectorCard({ sectors }: { readonly sectors: readonly SectorFigures[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const max = Object.fromEntries(MEASURES.map(({ key }) => [key, niceCeiling(Math.max(0, ...sectors.map((sector) => sector[key])))])) as Record<
    (typeof MEASURES)[number]['key'],
    number
  >;
  return (
    <section className="card card-sectors" aria-label={t('dashboard.sectors')}>
      <h3>{t('dashboard.sectors')}</h3>
      {sectors.length === 0 ? (
        <p className="empty">{t('dashboard.noSectors')}</p>
      ) : (
        <table className="sector-table">
          <thead>
            <tr>
              <th scope="col">{t('residents.sector')}</th>
              {MEASURES.map(({ key, label }) => (
                <th key={key} scope="col" className="numeric">
                  {t(label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sectors.map((sector) => (
              <tr key={sector.sector}>
                <th scope="row" title={sector.sector}>
                  {sector.sector || '—'}
                </th>
                {MEASURES.map(({ key, label, colour, digits }) => (
                  <td key={key} className="measure">
                    <span className="measure-value">{formatNumber(sector[key], locale, digits)}</span>
                    <Meter value={sector[key]} max={max[key]} colour={colour} label={`${sector.sector}, ${t(label)}: ${formatNumber(sector[key], locale, digits)}`} height={8} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
