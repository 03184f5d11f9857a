import { describe, expect, it } from 'vitest';
import { automaticColumn, fieldValue } from './attributeMapping';
import { collectColumns, mappingInEffect } from './sourceColumns';

describe('source columns', () => {
  it('keeps columns in file order with up to 3 distinct non-empty samples', () => {
    const collector = collectColumns();
    collector.see({ 'Участок_№': 'П-1', КН: '62:15:0000000:1', Примечание: null });
    collector.see({ 'Участок_№': 'П-1', КН: '', Площадь: 1200 });
    for (const code of ['П-2', 'П-3', 'П-4']) collector.see({ 'Участок_№': code });
    expect(collector.columns()).toEqual([
      { name: 'Участок_№', samples: ['П-1', 'П-2', 'П-3'] },
      { name: 'КН', samples: ['62:15:0000000:1'] },
      { name: 'Примечание', samples: [] },
      { name: 'Площадь', samples: ['1200'] },
    ]);
  });

  it('looks only at the first features', () => {
    const collector = collectColumns(2);
    collector.see({ a: 1 });
    collector.see({ a: 2 });
    collector.see({ a: 3, late: 'x' });
    expect(collector.columns()).toEqual([{ name: 'a', samples: ['1', '2'] }]);
  });

  it('cuts a long sample', () => {
    const collector = collectColumns();
    collector.see({ notes: 'ж'.repeat(100) });
    expect(collector.columns()[0]?.samples[0]).toHaveLength(40);
  });
});

describe('the automatic pick', () => {
  const columns = [
    { name: 'Номер', samples: ['П-1'] },
    { name: 'KN', samples: [] },
    { name: 'КН', samples: ['62:15:0000000:1'] },
    { name: 'Статус ', samples: ['резерв'] },
  ];

  it('takes the first common name a column with values answers to, ignoring case and spaces', () => {
    expect(automaticColumn('code', columns)).toBe('Номер');
    // "kn" comes before "кн" in the list, but the KN column is empty throughout.
    expect(automaticColumn('cadastralNumber', columns)).toBe('КН');
    expect(automaticColumn('status', columns)).toBe('Статус ');
    expect(automaticColumn('zone', columns)).toBeNull();
  });

  it('gives the mapping in effect for the layer: the planner first, then the rule', () => {
    expect(mappingInEffect('plots', columns, { code: 'КН' })).toEqual({
      fieldMap: { code: 'КН', status: 'Статус ', zone: null, cadastralNumber: 'КН', notes: null },
      automatic: { code: 'Номер', status: 'Статус ', zone: null, cadastralNumber: 'КН', notes: null },
    });
    expect(Object.keys(mappingInEffect('rail_spurs', columns, {}).fieldMap)).toEqual(['name', 'status', 'station']);
    // "none": the field stays empty even though the rule would fill it.
    expect(mappingInEffect('plots', columns, { cadastralNumber: null }).fieldMap.cadastralNumber).toBeNull();
    expect(fieldValue({ КН: '62:15:0000000:1' }, 'cadastralNumber', { cadastralNumber: null })).toBeNull();
    expect(fieldValue({ КН: '62:15:0000000:1' }, 'cadastralNumber', {})).toBe('62:15:0000000:1');
  });
});
