import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYER_MAPPED_FIELDS, type FieldMap, type ImportTargetLayer, type MappedField } from '../../../shared/contract/exchangeRequests';
import type { ImportSourceColumn, ImportSourceView } from '../../../shared/contract/exchangeViews';

const FIELD_LABELS = {
  code: 'importChoices.fieldCode',
  status: 'importChoices.fieldStatus',
  zone: 'importChoices.fieldZone',
  cadastralNumber: 'importChoices.fieldCadastralNumber',
  notes: 'importChoices.fieldNotes',
  name: 'importChoices.fieldName',
  station: 'importChoices.fieldStation',
  network: 'importChoices.fieldNetwork',
  capacity: 'importChoices.fieldCapacity',
  serviceClass: 'importChoices.fieldServiceClass',
} as const satisfies Record<MappedField, string>;

// Option values: a column's name could be anything, so every value says by its prefix what it is.
const AUTOMATIC = 'automatic:';
const NONE = 'none:';
const COLUMN = 'column:';

interface FieldMappingTableProps {
  readonly layer: ImportTargetLayer;
  readonly source: ImportSourceView;
  readonly fieldMap: FieldMap;
  readonly onChange: (fieldMap: FieldMap) => void;
}

/** The choice a field's select shows: automatic when the planner has not chosen, none when they chose null. */
function selected(fieldMap: FieldMap, field: MappedField): string {
  const column = fieldMap[field];
  if (column === undefined) return AUTOMATIC;
  return column === null ? NONE : `${COLUMN}${column}`;
}

/**
 * One row per field of the chosen layer with a select of the file's columns (each with a few of its
 * values), "automatic (→ the column the common-name rule picks)" and "none".
 */
export function FieldMappingTable({ layer, source, fieldMap, onChange }: FieldMappingTableProps) {
  const { t } = useTranslation();
  const id = useId();
  const choose = (field: MappedField, value: string) => {
    const next: FieldMap = Object.fromEntries(Object.entries(fieldMap).filter(([key]) => key !== field));
    if (value === NONE) next[field] = null;
    else if (value.startsWith(COLUMN)) next[field] = value.slice(COLUMN.length);
    onChange(next);
  };
  const columnText = (column: ImportSourceColumn): string =>
    column.samples.length === 0 ? t('importChoices.noSamples', { column: column.name }) : t('importChoices.samples', { column: column.name, samples: column.samples.join(', ') });
  return (
    <fieldset className="import-mapping">
      <legend>{t('importChoices.mapping')}</legend>
      <p className="exchange-hint" id={`${id}-hint`}>{t('importChoices.mappingHint')}</p>
      <table aria-describedby={`${id}-hint`}>
        <thead>
          <tr>
            <th scope="col">{t('importChoices.field')}</th>
            <th scope="col">{t('importChoices.column')}</th>
          </tr>
        </thead>
        <tbody>
          {LAYER_MAPPED_FIELDS[layer].map((field) => {
            const automatic = source.automatic[field] ?? null;
            const label = t(FIELD_LABELS[field]);
            const chosen = fieldMap[field];
            const missing = typeof chosen === 'string' && !source.columns.some((column) => column.name === chosen);
            return (
              <tr key={field}>
                <th scope="row">
                  <label htmlFor={`${id}-${field}`}>{label}</label>
                </th>
                <td>
                  <select
                    id={`${id}-${field}`}
                    data-field={field}
                    aria-label={t('importChoices.columnFor', { field: label })}
                    value={selected(fieldMap, field)}
                    onChange={(event) => choose(field, event.target.value)}
                  >
                    <option value={AUTOMATIC}>{automatic === null ? t('importChoices.automaticNone') : t('importChoices.automatic', { column: automatic })}</option>
                    <option value={NONE}>{t('importChoices.none')}</option>
                    {source.columns.map((column) => <option key={column.name} value={`${COLUMN}${column.name}`}>{columnText(column)}</option>)}
                    {missing && <option value={`${COLUMN}${chosen}`}>{chosen}</option>}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
