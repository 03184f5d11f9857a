import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlotFinding } from '../../../shared/contract/editViews';
import type { PlotFeatureProps } from '../../../shared/contract/views';
import type { PlotId } from '../../../shared/domain/ids';
import { formatNumber } from '../../../shared/format/measure';
import { useLocale } from '../i18n/useLocale';
import { DEFAULT_SORT, nextSort, sortPlots, type PlotSort } from '../state/plotSort';
import type { SelectionOrigin } from '../state/viewState';
import { SortableHeader } from './SortableHeader';
import { StatusBadge } from './StatusBadge';
import { useMessageText } from '../i18n/useMessageText';

interface PlotListProps {
  /** The current park's plots. */
  readonly plots: readonly PlotFeatureProps[];
  readonly selectedPlotId: PlotId | null;
  readonly selectionOrigin: SelectionOrigin | null;
  readonly onSelect: (plot: PlotFeatureProps) => void;
  /** The last validation's findings by plot: a marker with their count, the findings as its tooltip. */
  readonly findings?: ReadonlyMap<PlotId, readonly PlotFinding[]>;
}

const NO_FINDINGS: ReadonlyMap<PlotId, readonly PlotFinding[]> = new Map();

/** The park's plots as a sortable table; a row click selects the plot, a map click brings its row into view. */
export function PlotList({ plots, selectedPlotId, selectionOrigin, onSelect, findings = NO_FINDINGS }: PlotListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [sort, setSort] = useState<PlotSort>(DEFAULT_SORT);
  const sorted = useMemo(() => sortPlots(plots, sort, locale), [plots, sort, locale]);
  const selectedRow = useRef<HTMLTableRowElement>(null);

  useEffect(() => {
    if (selectionOrigin === 'map') selectedRow.current?.scrollIntoView({ block: 'nearest' });
  }, [selectedPlotId, selectionOrigin]);

  const onKey = (event: KeyboardEvent, plot: PlotFeatureProps) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect(plot);
  };
  const onSort = (key: PlotSort['key']) => setSort((current) => nextSort(current, key));

  return (
    <section className="panel plot-list" aria-label={t('plotList.title')}>
      <h2>
        {t('plotList.title')} <span className="count">{t('plotList.count', { count: plots.length })}</span>
      </h2>
      {plots.length === 0 ? (
        <p className="empty">{t('plotList.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <colgroup>
              <col className="col-code" />
              <col className="col-area" />
              <col className="col-status" />
              <col className="col-findings" />
              <col className="col-resident" />
            </colgroup>
            <thead>
              <tr>
                <SortableHeader sortKey="code" label={t('plotList.code')} sort={sort} onSort={onSort} />
                <SortableHeader sortKey="area" label={t('plotList.area')} sort={sort} onSort={onSort} className="numeric" />
                <SortableHeader sortKey="status" label={t('plotList.status')} sort={sort} onSort={onSort} />
                <th scope="col" className="findings" title={t('plotFindings.column')}>
                  <span aria-hidden="true">⚠</span>
                  <span className="visually-hidden">{t('plotFindings.column')}</span>
                </th>
                <th scope="col">{t('plotList.resident')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((plot) => {
                const selected = plot.id === selectedPlotId;
                return (
                  <tr
                    key={plot.id}
                    ref={selected ? selectedRow : undefined}
                    data-plot-id={plot.id}
                    aria-selected={selected}
                    tabIndex={0}
                    onClick={() => onSelect(plot)}
                    onKeyDown={(event) => onKey(event, plot)}
                  >
                    <td className="code">{plot.code}</td>
                    <td className="numeric">{formatNumber(plot.areaHa, locale, 2)}</td>
                    <td>
                      <StatusBadge status={plot.status} />
                    </td>
                    <FindingsCell findings={findings.get(plot.id)} />
                    <td className="resident" title={plot.residentName ?? undefined}>
                      {plot.residentName ?? '—'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

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
