import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlotFinding } from '../../../shared/contract/editViews';
import type { PlotFeatureProps } from '../../../shared/contract/views';
import { formatNumber } from '../../../shared/format/measure';
import type { Locale } from '../../../shared/format/locale';
import { useMessageText } from '../i18n/useMessageText';
import { StatusBadge } from './StatusBadge';

interface PlotListRowProps {
  readonly plot: PlotFeatureProps;
  readonly selected: boolean;
  readonly findings: readonly PlotFinding[] | undefined;
  readonly locale: Locale;
  readonly onSelect: (plot: PlotFeatureProps) => void;
}

/**
 * One row of the plot list. Memoised (issue 9): a plot's props object stays the same until a change set
 * touches it, so a selection re-renders two rows and an edit one, not the ~150 rows in the DOM.
 */
export const PlotListRow = memo(function PlotListRow({ plot, selected, findings, locale, onSelect }: PlotListRowProps) {
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(plot);
  };
  return (
    <tr data-plot-id={plot.id} aria-selected={selected} tabIndex={0} onClick={() => onSelect(plot)} onKeyDown={onKey}>
      <td className="code">{plot.code}</td>
      <td className="numeric">{formatNumber(plot.areaHa, locale, 2)}</td>
      <td>
        <StatusBadge status={plot.status} />
      </td>
      <FindingsCell findings={findings} />
      <td className="resident" title={plot.residentName ?? undefined}>
        {plot.residentName ?? '—'}
      </td>
    </tr>
  );
});

/** A plot's findings as a count with a marker; the sentences are its tooltip and its accessible description. */
function FindingsCell({ findings }: { readonly findings: readonly PlotFinding[] | undefined }) {
  const { t } = useTranslation();
  const word = useMessageText();
  if (findings === undefined || findings.length === 0) return <td className="findings" />;
  const text = findings.map((finding) => `${t(`finding.${finding.kind}`)}: ${word(finding.message)}`).join('\n');
  return (
    <td className="findings has-findings" title={text} aria-label={`${t('plotFindings.count', { count: findings.length })}. ${text}`}>
      <span aria-hidden="true">⚠ {findings.length}</span>
    </td>
  );
}
