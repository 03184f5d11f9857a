import { useTranslation } from 'react-i18next';
import type { ParkSummary } from '../../../shared/contract/views';
import { formatHectares, formatNumber } from '../../../shared/format/measure';
import { useLocale } from '../i18n/useLocale';
import { declaredDifference } from './declaredArea';

/** The current park in figures: its area (against the declared one, where known), its plots, what is allocated and what is still free. */
export function ParkFigures({ park }: { readonly park: ParkSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const ha = (value: number) => formatHectares(value, locale, 1);
  // The declared area and the difference only where the documents give one.
  const declared = park.declaredAreaHa === null ? [] : ([['declaredArea', ha(park.declaredAreaHa)], ['areaDifference', declaredDifference(park.declaredAreaHa, park.boundaryAreaHa, locale)]] as const);
  const figures = [
    ['boundaryArea', ha(park.boundaryAreaHa)],
    ...declared,
    ['plots', formatNumber(park.plotCount, locale)],
    ['plotArea', ha(park.plotAreaHa)],
    ['allocatedArea', ha(park.allocatedAreaHa)],
    ['freeArea', ha(park.freeAreaHa)],
    ['residents', formatNumber(park.residentCount, locale)],
  ] as const;
  return (
    <section className="park-figures" aria-label={t('header.summary')}>
      <dl>
        {figures.map(([key, value]) => (
          <div key={key} className={`figure figure-${key}`}>
            <dt>{t(`summary.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
