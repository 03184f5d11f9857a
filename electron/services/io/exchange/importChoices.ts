import { extname } from 'node:path';
import type { ImportChoices } from '../../../../shared/contract/exchangeRequests';
import { openForeignGeoPackage } from '../../../store/foreignGeoPackage';
import type { ImportOptions } from '../import/importPipeline';

/**
 * The import dialog's choices as the pipeline's options for the file staged at `input`: the dialog and
 * `parkplan import` then run the very same pipeline.
 *
 * @example
 * importOptions('/tmp/x/plots.zip', { layer: 'plots', crs: 'MSK-62-1' });
 * // { input: '/tmp/x/plots.zip', layer: 'plots', fieldMap: {}, skipRejected: false, swapXY: false, crs: 'MSK-62-1' }
 */
export function importOptions(input: string, choices: ImportChoices): ImportOptions {
  const table = choices.table ?? firstFeatureTable(input);
  return {
    input,
    layer: choices.layer,
    fieldMap: { ...choices.fieldMap },
    skipRejected: choices.skipRejected ?? false,
    swapXY: choices.swapXY ?? false,
    ...(choices.crs === undefined ? {} : { crs: choices.crs }),
    ...(table === undefined ? {} : { table }),
    ...(choices.units === undefined ? {} : { units: choices.units }),
  };
}

/**
 * A GeoPackage's first readable feature table (by name) when the planner has not chosen one: the dialog
 * reads it and offers the others, where the CLI asks for --table. A table whose rows cannot be opened (a
 * view calling an unknown function) is passed over, so the dialog still gets a preview to choose from.
 * Undefined for other files, or one that does not open (the reader then says why).
 */
function firstFeatureTable(input: string): string | undefined {
  if (extname(input).toLowerCase() !== '.gpkg') return undefined;
  try {
    const gpkg = openForeignGeoPackage(input);
    try {
      const tables = gpkg.featureTables();
      const opens = (name: string): boolean => {
        try {
          gpkg.rows(name).return?.();
          return true;
        } catch {
          return false;
        }
      };
      return (tables.find((table) => opens(table.name)) ?? tables[0])?.name;
    } finally {
      gpkg.close();
    }
  } catch {
    return undefined;
  }
}
