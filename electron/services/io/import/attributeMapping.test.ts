import { describe, expect, it } from 'vitest';
import { fieldValue, parseFieldMap, readCadastralNumber, readNetwork, readPlotStatus, readPlotZone } from './attributeMapping';

describe('attribute mapping', () => {
  it('finds fields by the names cadastral extracts and engineers use, ignoring case', () => {
    const attributes = { НОМЕР: 'Р-12', КН: '62:15:0000000:123', Статус: 'Резерв', empty: '' };
    expect(fieldValue(attributes, 'code', {})).toBe('Р-12');
    expect(fieldValue(attributes, 'cadastralNumber', {})).toBe('62:15:0000000:123');
    expect(readPlotStatus(fieldValue(attributes, 'status', {}))).toBe('reserved');
    expect(fieldValue(attributes, 'notes', {})).toBeNull();
  });

  it('lets --map name the column, and refuses a map it cannot read', () => {
    const map = parseFieldMap(['code=empty', 'notes=КН']);
    expect(fieldValue({ empty: '', КН: 'x' }, 'code', map)).toBeNull();
    expect(fieldValue({ empty: '', КН: 'x' }, 'notes', map)).toBe('x');
    expect(() => parseFieldMap(['colour=red'])).toThrow(/FIELD one of code, status/);
  });

  it('reads Russian and English values and gives null for the rest', () => {
    expect([readPlotZone('Складская'), readPlotZone('office'), readPlotZone('луна')]).toEqual(['warehouse', 'office', null]);
    expect([readNetwork('Газ'), readNetwork('ливневка'), readNetwork('steam')]).toEqual(['gas', 'storm', null]);
    expect([readCadastralNumber(' 62:15:0000000:7 '), readCadastralNumber('62:15:7')]).toEqual(['62:15:0000000:7', null]);
  });
});
