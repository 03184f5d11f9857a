import { isCadastralZone } from '../../../shared/crs/cadastralZones';
import type { ExportContext, ExporterEntry, ExportResult } from '../exporters/exporter';
import type { MapFormat } from './allocationMapOptions';
import { exportAllocationMap } from './exportAllocationMap';
import { scaleText } from './scaleBar';

/*
 * The allocation map in the export registry (electron/services/exporters/registry.ts): `parkplan
 * export FILE OUT.pdf|svg|png` ends here. A map shows one park, so a project of several parks needs
 * --park; the МСК grid is drawn whenever the park has a cadastral zone.
 */

function writeMap(format: MapFormat) {
  return async ({ snapshot, parks, options, outFile, today }: ExportContext): Promise<ExportResult> => {
    const [park, ...others] = parks;
    if (park === undefined) throw new Error('The project has no park to draw');
    if (others.length > 0) {
      throw new Error(`The project has ${parks.length} parks and a map shows one: choose it with --park NAME (${parks.map((each) => each.name).join('; ')})`);
    }
    const result = await exportAllocationMap(
      snapshot,
      {
        format,
        parkId: park.id,
        ...(options.paper === undefined ? {} : { paper: options.paper }),
        ...(options.orientation === undefined ? {} : { orientation: options.orientation }),
        ...(options.scale === undefined ? {} : { scale: options.scale }),
        ...(options.legend === undefined ? {} : { legendBy: options.legend }),
        ...(options.dpi === undefined ? {} : { dpi: options.dpi }),
        atlas: options.atlas ?? false,
        grid: park.cadastralCrs !== null && isCadastralZone(park.cadastralCrs),
        date: today,
      },
      outFile,
    );
    const pages = format === 'pdf' ? `${result.pageCount} page(s), ` : '';
    return { files: result.files.map((path) => ({ path, summary: `the allocation map (${pages}${scaleText(result.scale)})` })) };
  };
}

const MAP_OPTIONS = ['paper', 'orientation', 'scale', 'atlas', 'legend'] as const;

export const pdfMapExporter: ExporterEntry = {
  describe: 'vector allocation map: title block, legend, scale bar, МСК grid, allocation table; --atlas adds a sheet per resident',
  accepts: MAP_OPTIONS,
  write: writeMap('pdf'),
};

export const svgMapExporter: ExporterEntry = {
  describe: 'the same map as SVG, one file per sheet (OUT-2.svg… for atlas sheets and table continuations)',
  accepts: MAP_OPTIONS,
  write: writeMap('svg'),
};

export const pngMapExporter: ExporterEntry = {
  describe: 'the same map as PNG at --dpi (150 by default), one file per sheet',
  accepts: [...MAP_OPTIONS, 'dpi'],
  write: writeMap('png'),
};
