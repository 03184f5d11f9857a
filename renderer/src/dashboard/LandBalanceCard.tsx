import { useTranslation } from 'react-i18next';
import { formatHectares, formatNumber } from '../../../shared/format/measure';
import { message, type MessageKey } from '../../../shared/messages/message';
import type { LandBalance } from '../../../shared/park/landBalance';
import { LAND_PART_TERMS, LAND_PARTS, type LandPart } from '../../../shared/park/landParts';
import { useLocale } from '../i18n/useLocale';
import { useMessageText } from '../i18n/useMessageText';
import { STATUS_COLORS, STATUS_EDGE_COLORS } from '../map/statusColors';
import { StackedBar } from './charts';

const UNPLOTTED_COLOUR = '#e9e6dc';
const COLOURS: Record<LandPart, string> = { ...STATUS_COLORS, unplotted: UNPLOTTED_COLOUR };
const EDGES: Record<LandPart, string> = { ...STATUS_EDGE_COLORS, unplotted: '#b9b5a8' };

/**
 * The land balance: the park area split into the glossary's parts (each plot's land in one part, only its
 * part inside the boundary), the figures derived from them, and the plots reaching outside the boundary.
 */
export function LandBalanceCard({ land }: { readonly land: LandBalance }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const word = useMessageText();
  const term = (key: MessageKey) => word(message(key));
  const means = (key: MessageKey) => word(message(`${key}.means` as MessageKey));
  const parts = LAND_PARTS.map((part) => [part, Math.max(0, land.parts[part])] as const);
  const figure = (key: MessageKey, ha: number, className?: string) => (
    <tr key={key} className={className} data-term={key}>
      <th scope="row" title={means(key)}>{term(key)}</th>
      <td>{formatHectares(ha, locale, 2)}</td>
      <td />
    </tr>
  );
  return (
    <section className="card card-land" aria-label={t('dashboard.landBalance')}>
      <h3>{t('dashboard.landBalance')}</h3>
      <StackedBar parts={parts} colours={COLOURS} label={t('dashboard.landBalance')} height={26} />
      <table className="figures">
        <tbody>
          {parts.map(([part, ha]) => (
            <tr key={part} data-term={LAND_PART_TERMS[part]}>
              <th scope="row" title={means(LAND_PART_TERMS[part])}>
                <span className="legend-fill" aria-hidden="true" style={{ background: COLOURS[part], borderColor: EDGES[part] }} />
                {term(LAND_PART_TERMS[part])}
              </th>
              <td>{formatHectares(ha, locale, 2)}</td>
              <td className="share">{land.parkAreaHa > 0 ? `${formatNumber((ha / land.parkAreaHa) * 100, locale, 1)} %` : '—'}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {figure('land.residentLand', land.residentLandHa)}
          {figure('land.occupied', land.occupiedHa)}
          {figure('land.parkArea', land.parkAreaHa, 'total')}
          {land.outsidePlots.length > 0 && figure('land.outside', land.outsideHa, 'outside')}
        </tfoot>
      </table>
      {land.outsidePlots.length > 0 && (
        <p className="land-outside" role="note">
          {word(message('land.outsidePlots', { count: land.outsidePlots.length, area: Math.round(land.outsideHa * 10_000) }))}
          {': '}
          {land.outsidePlots.map((plot) => plot.code).join(', ')}
        </p>
      )}
    </section>
  );
}
