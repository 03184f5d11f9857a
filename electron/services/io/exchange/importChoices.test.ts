import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importOptions } from './importChoices';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', '..', 'test', 'fixtures', 'import');

describe('the import dialog’s choices as pipeline options', () => {
  it('passes every choice through, and null in the field map (the planner’s "none")', () => {
    expect(importOptions('/tmp/x/plots.dxf', { layer: 'plots', crs: 'MSK-62-1', units: 'mm', swapXY: true, fieldMap: { code: 'Участок_№', notes: null } })).toEqual({
      input: '/tmp/x/plots.dxf',
      layer: 'plots',
      crs: 'MSK-62-1',
      units: 'mm',
      swapXY: true,
      skipRejected: false,
      fieldMap: { code: 'Участок_№', notes: null },
    });
  });

  it('reads the first feature table that opens of a GeoPackage when none is chosen, and the chosen one otherwise', () => {
    // trigger.gpkg: "bad_view" (a view calling an unknown function) sorts before "участки".
    const input = join(mkdtempSync(join(tmpdir(), 'parkplan-choices-')), 'from-qgis.gpkg');
    copyFileSync(join(FIXTURES, 'gpkg/trigger.gpkg'), input);
    expect(importOptions(input, { layer: 'plots' }).table).toBe('участки');
    expect(importOptions(input, { layer: 'plots', table: 'bad_view' }).table).toBe('bad_view');
    expect(importOptions(join(FIXTURES, 'kml/plots.kml'), { layer: 'plots' }).table).toBeUndefined();
  });
});
