import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlotFinding } from '../../../shared/contract/editViews';
import type { PlotFeatureProps } from '../../../shared/contract/views';
import type { PlotId } from '../../../shared/domain/ids';
import { useLocale } from '../i18n/useLocale';
import { shortcutFor } from '../shortcuts/keymap';
import { plotMatches, searchPlots } from '../state/plotSearch';
import { DEFAULT_SORT, nextSort, sortPlots, type PlotSort } from '../state/plotSort';
import type { SelectionOrigin } from '../state/viewState';
import { SortableHeader } from './SortableHeader';
import { PlotListRow } from './PlotListRow';
import { scrollShowingRow, useWindowedRows } from './useWindowedRows';

/** Every row is this high (app.css), so the list can be windowed. */
const ROW_PX = 31;

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

/**
 * The park's plots as a sortable table; a row click selects the plot, a map click brings its row into view.
 * The search field (Ctrl+F) keeps the rows that answer it; Enter selects the best hit and the map flies to it.
 */
export function PlotList({ plots, selectedPlotId, selectionOrigin, onSelect, findings = NO_FINDINGS }: PlotListProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [sort, setSort] = useState<PlotSort>(DEFAULT_SORT);
  const [query, setQuery] = useState('');
  const sorted = useMemo(() => sortPlots(plots, sort, locale).filter((plot) => plotMatches(plot, query)), [plots, sort, locale, query]);
  const scroller = useRef<HTMLDivElement>(null);
  const shown = useWindowedRows(scroller, sorted.length, ROW_PX);
  const searchField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (shortcutFor(event)?.type !== 'find-plot') return;
      event.preventDefault();
      searchField.current?.focus();
      searchField.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      setQuery('');
      return;
    }
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const [best] = searchPlots(plots, query);
    if (best !== undefined) onSelect(best);
  };

  // The selected row scrolled into view by index (it may not be rendered: the list is windowed).
  const revealSelected = () => {
    const element = scroller.current;
    if (element === null) return;
    const index = sorted.findIndex((plot) => plot.id === selectedPlotId);
    if (index < 0) return;
    const header = element.querySelector('thead')?.clientHeight ?? 0;
    element.scrollTop = scrollShowingRow(index, ROW_PX, header, element.scrollTop, element.clientHeight);
  };
  // A plot picked on the map; the order changes only with the sort, not with a selection: leave `sorted` out.
  useEffect(() => {
    if (selectionOrigin === 'map') revealSelected();
  }, [selectedPlotId, selectionOrigin]);
  // A new sort moves the selected row: it stays in view, as it would in a list that is not windowed.
  useEffect(revealSelected, [sort]);

  const onSort = (key: PlotSort['key']) => setSort((current) => nextSort(current, key));

  return (
    <section className="panel plot-list" aria-label={t('plotList.title')}>
      <h2>
        {t('plotList.title')} <span className="count">{t('plotList.count', { count: plots.length })}</span>
      </h2>
      {plots.length > 0 && (
        <input
          ref={searchField}
          type="search"
          className="plot-search"
          aria-label={t('plotList.search')}
          placeholder={t('plotList.searchPlaceholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onSearchKey}
        />
      )}
      {plots.length === 0 ? (
        <p className="empty">{t('plotList.empty')}</p>
      ) : sorted.length === 0 ? (
        <p className="empty">{t('plotList.noHits', { query: query.trim() })}</p>
      ) : (
        <div className="table-scroll" ref={scroller}>
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
              {shown.before > 0 && <tr aria-hidden="true" className="spacer" style={{ height: shown.before }} />}
              {sorted.slice(shown.start, shown.end).map((plot) => (
                <PlotListRow key={plot.id} plot={plot} selected={plot.id === selectedPlotId} findings={findings.get(plot.id)} locale={locale} onSelect={onSelect} />
              ))}
              {shown.after > 0 && <tr aria-hidden="true" className="spacer" style={{ height: shown.after }} />}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
