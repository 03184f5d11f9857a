import { useTranslation } from 'react-i18next';
import { PLOT_STATUSES, type PlotStatus } from '../../../shared/domain/plot';
import type { LandBalance } from '../../../shared/park/landBalance';
import { formatHectares, formatNumber } from '../../../shared/format/measure';
import { useLocale } from '../i18n/useLocale';
import { STATUS_COLORS, STATUS_EDGE_COLORS } from '../map/statusColors';
import { StackedBar } from './charts';

type LandPart = PlotStatus | 'unplotted';

const UNPLOTTED_COLOUR = '#e9e6dc';

/** The land balance: the boundary split into plots by status and land not yet cut into plots. */
export function LandBalanceCard({ land }: { readonly land: LandBalance }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const parts: (readonly [LandPart, number])[] = [...PLOT_STATUSES.map((status) => [status, land.byStatus[status]] as const), ['unplotted', Math.max(0, land.unallocatedHa)]];
  const total = parts.reduce((sum, [, ha]) => sum + ha, 0);
  const colours: Record<LandPart, string> = { ...STATUS_COLORS, unplotted: UNPLOTTED_COLOUR };
  const name = (part: LandPart) => (part === 'unplotted' ? t('dashboard.unplotted') : t(`status.${part}`));
  return (
    <section className="card card-land" aria-label={t('dashboard.landBalance')}>
      <h3>{t('dashboard.landBalance')}</h3>
      <StackedBar parts={parts} colours={colours} label={t('dashboard.landBalance')} height={26} />
      <table className="figures">
        <tbody>
          {parts.map(([part, ha]) => (
            <tr key={part}>
              <th scope="row">
                <span
                  className="legend-fill"
                  aria-hidden="true"
                  style={{ background: colours[part], borderColor: part === 'unplotted' ? '#b9b5a8' : STATUS_EDGE_COLORS[part] }}
                />
                {name(part)}
              </th>
              <td>{formatHectares(ha, locale, 2)}</td>
              <td className="share">{total > 0 ? `${formatNumber((ha / total) * 100, locale, 1)} %` : '—'}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('dashboard.infrastructure')}</th>
            <td>{formatHectares(land.infrastructureHa, locale, 2)}</td>
            <td />
          </tr>
          <tr>
            <th scope="row">{t('dashboard.residentLand')}</th>
            <td>{formatHectares(land.residentLandHa, locale, 2)}</td>
            <td />
          </tr>
          <tr>
            <th scope="row">{t('dashboard.occupied')}</th>
            <td>{formatHectares(land.occupiedHa, locale, 2)}</td>
            <td />
          </tr>
          <tr className="total">
            <th scope="row">{t('dashboard.boundary')}</th>
            <td>{formatHectares(land.boundaryHa, locale, 2)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
