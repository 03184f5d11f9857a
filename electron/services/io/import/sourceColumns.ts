import type { FieldMap, ImportTargetLayer, MappedField } from '../../../../shared/contract/exchangeRequests';
import { LAYER_MAPPED_FIELDS } from '../../../../shared/contract/exchangeRequests';
import type { ImportSourceColumn } from '../../../../shared/contract/exchangeViews';
import { automaticColumn } from './attributeMapping';
import type { AttributeValue } from './sourceFeature';

/*
 * The columns a file offers for attribute mapping, with a few values from each so the planner can tell
 * "Участок_№" from "КН" at a glance. Only the first features are looked at: enough to meet every
 * column of a well-formed file, and a 2 GB file is not read twice for it.
 */

/** Features looked at for columns and sample values. */
export const COLUMN_SAMPLE_FEATURES = 1000;
/** Distinct sample values kept per column. */
export const SAMPLES_PER_COLUMN = 3;
/** A sample longer than this is cut (a notes column can hold paragraphs). */
const SAMPLE_CHARS = 40;

export interface ColumnCollector {
  /** Looks at one feature's attributes (only the first COLUMN_SAMPLE_FEATURES count). */
  see(attributes: Readonly<Record<string, AttributeValue>>): void;
  /** The columns met so far, in the order the file first gave them. */
  columns(): ImportSourceColumn[];
}

/**
 * Collects column names in file order and up to 3 distinct non-empty values of each.
 *
 * @example
 * const collector = collectColumns();
 * collector.see({ 'Участок_№': 'П-1', КН: '62:15:0000000:1' });
 * collector.columns(); // [{ name: 'Участок_№', samples: ['П-1'] }, { name: 'КН', samples: ['62:15:0000000:1'] }]
 */
export function collectColumns(limit = COLUMN_SAMPLE_FEATURES): ColumnCollector {
  const seen = new Map<string, Set<string>>();
  let looked = 0;
  return {
    see(attributes) {
      if (looked >= limit) return;
      looked++;
      for (const [name, value] of Object.entries(attributes)) {
        let samples = seen.get(name);
        if (samples === undefined) {
          samples = new Set();
          seen.set(name, samples);
        }
        const text = value === null ? '' : String(value).trim();
        if (text !== '' && samples.size < SAMPLES_PER_COLUMN) samples.add(text.length > SAMPLE_CHARS ? `${text.slice(0, SAMPLE_CHARS - 1)}…` : text);
      }
    },
    columns: () => [...seen].map(([name, samples]) => ({ name, samples: [...samples] })),
  };
}

/**
 * For each field of the layer, the column the pipeline reads it from: the planner's choice (null when
 * they chose none), else the common-name rule's pick (`automatic`), else null.
 *
 * @example
 * mappingInEffect('rail_spurs', columns, { station: 'Станция_прим' });
 * // { fieldMap: { name: 'Название', status: null, station: 'Станция_прим' }, automatic: { name: 'Название', status: null, station: null } }
 */
export function mappingInEffect(
  layer: ImportTargetLayer,
  columns: readonly ImportSourceColumn[],
  chosen: FieldMap,
): { fieldMap: Partial<Record<MappedField, string | null>>; automatic: Partial<Record<MappedField, string | null>> } {
  const fieldMap: Partial<Record<MappedField, string | null>> = {};
  const automatic: Partial<Record<MappedField, string | null>> = {};
  for (const field of LAYER_MAPPED_FIELDS[layer]) {
    automatic[field] = automaticColumn(field, columns);
    const column = chosen[field];
    fieldMap[field] = column === undefined ? (automatic[field] ?? null) : column;
  }
  return { fieldMap, automatic };
}
