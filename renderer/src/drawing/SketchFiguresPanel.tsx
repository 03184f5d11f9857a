import { useTranslation } from 'react-i18next';
import { formatHectares, formatMetres, formatSquareMetres } from '../../../shared/format/measure';
import { useLocale } from '../i18n/useLocale';
import type { SketchFigures } from './sketchFigures';

/** The live figures while drawing: geodesic area in ha and m², the segment under the cursor, the length. */
export function SketchFiguresPanel({ figures }: { readonly figures: SketchFigures }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="sketch-figures" aria-label={t('sketch.figures')} aria-live="polite">
      <dl>
        {figures.areaM2 !== null && (
          <div className="figure-area">
            <dt>{t('sketch.area')}</dt>
            <dd>
              <span className="area-ha">{formatHectares(figures.areaM2 / 10_000, locale)}</span>{' '}
              <span className="area-m2">{formatSquareMetres(figures.areaM2, locale, 1)}</span>
            </dd>
          </div>
        )}
        {figures.segmentM !== null && (
          <div className="figure-segment">
            <dt>{t('sketch.segment')}</dt>
            <dd>{formatMetres(figures.segmentM, locale, 2)}</dd>
          </div>
        )}
        <div className="figure-length">
          <dt>{t('sketch.length')}</dt>
          <dd>{formatMetres(figures.lengthM, locale, 2)}</dd>
        </div>
      </dl>
    </section>
  );
}
