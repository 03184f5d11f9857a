import { useTranslation } from 'react-i18next';
import type { PlotId } from '../../../shared/domain/ids';
import { formatSquareMetres } from '../../../shared/format/measure';
import { useLocale } from '../i18n/useLocale';
import { useMessageText } from '../i18n/useMessageText';
import type { EditFinding } from './editChannels';

interface FindingsListProps {
  readonly findings: ReadonlyMap<PlotId, readonly EditFinding[]>;
  readonly codeOf: (plotId: PlotId) => string;
  readonly onSelect: (plotId: PlotId) => void;
}

/** "Validate"'s findings, plot by plot, each with its overlap or excursion area; a row selects the plot. */
export function FindingsList({ findings, codeOf, onSelect }: FindingsListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = useMessageText();
  return (
    <section className="findings-list" aria-label={t('finding.column')}>
      <h2>{t('finding.column')}</h2>
      <ul>
        {[...findings].map(([plotId, list]) => (
          <li key={plotId} data-plot-id={plotId}>
            <button type="button" onClick={() => onSelect(plotId)}>
              <strong>{codeOf(plotId)}</strong>
            </button>
            <ul>
              {list.map((finding, i) => (
                <li key={i} className={`finding finding-${finding.kind}`} title={text(finding.message)}>
                  {t(`finding.${finding.kind}`)}
                  {finding.otherPlotId !== undefined && ` — ${codeOf(finding.otherPlotId)}`}
                  {finding.areaM2 !== undefined && `, ${formatSquareMetres(finding.areaM2, locale, 1)}`}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
