import { useTranslation } from 'react-i18next';
import { ariaSort, type PlotSort, type SortKey } from '../state/plotSort';

interface SortableHeaderProps {
  readonly sortKey: SortKey;
  readonly label: string;
  readonly sort: PlotSort;
  readonly onSort: (key: SortKey) => void;
  readonly className?: string;
}

/** A column header whose button sorts by it; `aria-sort` tells assistive technology the current order. */
export function SortableHeader({ sortKey, label, sort, onSort, className }: SortableHeaderProps) {
  const { t } = useTranslation();
  const state = ariaSort(sort, sortKey);
  return (
    <th scope="col" aria-sort={state} className={className}>
      <button type="button" title={t('plotList.sortBy', { column: label })} onClick={() => onSort(sortKey)}>
        {label}
        <span className="sort-mark" aria-hidden="true">
          {state === 'ascending' ? '▲' : state === 'descending' ? '▼' : ''}
        </span>
      </button>
    </th>
  );
}
