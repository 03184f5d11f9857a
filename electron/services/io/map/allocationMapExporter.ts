import type { ExportContext, ExportResult, ExportWriter } from '../export/exporter';
import type { MapFormat } from './allocationMapOptions';
import { exportAllocationMap } from './exportAllocationMap';
import { createUnderlayTiles } from '../../underlays/underlayTiles';
import { scaleText } from './scaleBar';

/*
 * The allocation map in the export registry (electron/services/exporters/registry.ts): `parkplan
 * export FILE OUT.pdf|svg|png` ends here. A map shows one park, so a project of several parks needs
 * --park; the МСК grid is drawn when asked for (--grid) and the park has a cadastral zone, the underlays
 * when asked for (--underlays), from the project's own files.
 */

function writeMap(format: MapFormat) {
  return async ({ store, snapshot, parks, options, outFile, today }: ExportContext): Promise<ExportResult> => {
    const [park, ...others] = parks;
    if (park === undefined) throw new Error('The project has no park to draw');
    if (others.length > 0) {
      throw new Error(`The project has ${parks.length} parks and a map shows one: choose it with --park NAME (${parks.map((each) => each.name).join('; ')})`);
    }
    const { paper, orientation, scale, legend, dpi, grid, parcels, title, author, date } = options;
    const tiles = createUnderlayTiles(store);
    const result = await exportAllocationMap(
      snapshot,
      {
        format,
        parkId: park.id,
        paper,
        orientation,
        scale,
        legendBy: legend,
        dpi,
        grid,
        parcels,
        title,
        author,
        atlas: options.atlas ?? false,
        underlays: options.underlays ?? false,
        date: date ?? today,
      },
      outFile,
      { store, tiles },
    ).finally(() => tiles.closeAll());
    const pages = format === 'pdf' ? `${result.pageCount} page(s), ` : '';
    const files = result.files.map((path) => ({ path, summary: `the allocation map (${pages}${scaleText(result.scale)})` }));
    const warnings = [...result.underlayWarnings];
    if (result.cutOff !== null) {
      const sheet = `${paper ?? 'A3'} ${orientation ?? 'landscape'}`;
      warnings.push(`at ${scaleText(result.scale)} ${park.name} does not fit the ${sheet} sheet, so it is drawn on several sheets after a key map; it fits one sheet at ${scaleText(result.cutOff.fittingScale)} (which --scale fit chooses) or a larger sheet`);
    }
    return warnings.length === 0 ? { files } : { files, warnings };
  };
}

export const pdfMapWriter: ExportWriter = { write: writeMap('pdf') };
export const svgMapWriter: ExportWriter = { write: writeMap('svg') };
export const pngMapWriter: ExportWriter = { write: writeMap('png') };
