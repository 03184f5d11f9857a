import type { ParkSummary } from '../../../shared/contract/views';
import { formatHectares, formatNumber } from '../../../shared/format/measure';
import { message, type MessageKey } from '../../../shared/messages/message';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/useLocale';
import { useMessageText } from '../i18n/useMessageText';
import { declaredDifference } from './declaredArea';

/**
 * The current park in figures, each labelled with the land balance's glossary term (its definition as the
 * tooltip), so they read as the dashboard's and `report`'s same-named figures: its area (against the
 * declared one, where known), its plots, what residents hold and what is free; plots reaching outside
 * the boundary are flagged, since the balance leaves their part outside out.
 */
export function ParkFigures({ park }: { readonly park: ParkSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const word = useMessageText();
  const ha = (value: number) => formatHectares(value, locale, 1);
  // The declared area only where the documents give one, with the boundary's difference from it under it
  // (one figure, not two, so the header keeps to one row at 1280 px).
  const declared: readonly (readonly [MessageKey, string])[] = park.declaredAreaHa === null ? [] : [['land.declaredArea', ha(park.declaredAreaHa)]];
  const difference = park.declaredAreaHa === null ? null : declaredDifference(park.declaredAreaHa, park.boundaryAreaHa, locale);
  const figures: readonly (readonly [MessageKey, string])[] = [
    ['land.parkArea', ha(park.land.parkAreaHa)],
    ...declared,
    ['land.plotCount', formatNumber(park.plotCount, locale)],
    ['land.occupied', ha(park.land.occupiedHa)],
    ['land.free', ha(park.land.parts.free)],
    ['land.residents', formatNumber(park.residentCount, locale)],
  ];
  const outside = park.outsidePlots;
  return (
    <section className="park-figures" aria-label={t('header.summary')}>
      <dl>
        {figures.map(([key, value]) => (
          <div key={key} className="figure" data-term={key} title={word(message(`${key}.means` as MessageKey))}>
            <dt>{word(message(key))}</dt>
            <dd>{value}</dd>
            {key === 'land.declaredArea' && difference !== null && (
              <dd className="figure-difference" data-term="land.areaDifference" title={word(message('land.areaDifference.means'))}>
                {/* The term is the figure's name for a screen reader and the tooltip; the sign says it to the eye. */}
                <span className="visually-hidden">{word(message('land.areaDifference'))}</span>
                {difference}
              </dd>
            )}
          </div>
        ))}
        {outside.length > 0 && (
          // A flag rather than a figure: its term is read out and shown in the tooltip, the header keeps one row. No
          // alert role: it stays while the plots stay outside; the warning after the save is the edit notice's.
          <div
            className="figure figure-outside"
            data-term="land.outside"
            title={`${word(message('land.outsidePlots', { count: outside.length, area: Math.round(park.land.outsideHa * 10_000) }))}: ${outside.map((plot) => plot.code).join(', ')}`}
          >
            <dt className="visually-hidden">{word(message('land.outside'))}</dt>
            <dd>⚠ {formatNumber(outside.length, locale)}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
