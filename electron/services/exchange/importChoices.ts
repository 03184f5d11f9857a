import type { ImportChoices } from '../../../shared/contract/exchangeRequests';
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
  return {
    input,
    layer: choices.layer,
    fieldMap: { ...choices.fieldMap },
    skipRejected: choices.skipRejected ?? false,
    swapXY: choices.swapXY ?? false,
    ...(choices.crs === undefined ? {} : { crs: choices.crs }),
    ...(choices.table === undefined ? {} : { table: choices.table }),
    ...(choices.units === undefined ? {} : { units: choices.units }),
  };
}
