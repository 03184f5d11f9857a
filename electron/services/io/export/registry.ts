import type { ExporterEntry, ExportOptionName } from './exporter';

/*
 * Every export format, keyed by the output file's extension (lower case, with the dot). Add a format by
 * adding an entry here and its writer's file; the CLI and its usage text follow. The writers are
 * imported on first use only: pdfkit, resvg and the workbook writer cost a second to load, and a
 * GeoJSON export should not wait for them.
 */

/** The options every allocation-map format takes; --dpi is a PNG's resolution and the underlays' raster's in any. */
const MAP_OPTIONS = ['paper', 'orientation', 'scale', 'atlas', 'legend', 'grid', 'parcels', 'title', 'author', 'date', 'underlays', 'dpi'] as const satisfies readonly ExportOptionName[];

const geojson: ExporterEntry = {
  describe: 'every feature with a "layer" property; plots carry areaM2, areaHa, perimeterM',
  accepts: [],
  load: async () => (await import('./geojsonExporter')).geojsonExporter,
};

export const EXPORTERS: Readonly<Record<string, ExporterEntry>> = {
  '.geojson': geojson,
  '.json': geojson,
  '.gpkg': {
    describe: 'a clean copy of the project (a GeoPackage QGIS and GDAL open as it is)',
    accepts: [],
    load: async () => (await import('./gpkgExporter')).gpkgExporter,
  },
  '.kml': {
    describe: 'park outlines, plots styled by status (area, status, resident in ExtendedData), spurs, utility lines',
    accepts: [],
    load: async () => (await import('./kmlExporter')).kmlExporter,
  },
  '.csv': {
    describe: 'plots (OUT.csv), OUT-residents.csv, OUT-allocations.csv; --table writes one of them to OUT.csv',
    accepts: ['table'],
    load: async () => (await import('./csvExporter')).csvExporter,
  },
  '.xlsx': {
    describe: 'one workbook: sheets Участки, Резиденты, Предоставления',
    accepts: [],
    load: async () => (await import('./xlsxExporter')).xlsxExporter,
  },
  '.pdf': {
    describe: 'vector allocation map: title block, legend, scale bar, allocation table; --grid adds the МСК grid, --parcels the ЕГРН parcels; --atlas adds a sheet per resident; --underlays draws the visible underlays under the plan, raster at --dpi',
    accepts: MAP_OPTIONS,
    load: async () => (await import('../map/allocationMapExporter')).pdfMapWriter,
  },
  '.svg': {
    describe: 'the same map as SVG with its font embedded, one file per sheet (OUT-2.svg… for atlas sheets and table continuations)',
    accepts: MAP_OPTIONS,
    load: async () => (await import('../map/allocationMapExporter')).svgMapWriter,
  },
  '.png': {
    describe: 'the same map as PNG at --dpi (150 by default), one file per sheet',
    accepts: MAP_OPTIONS,
    load: async () => (await import('../map/allocationMapExporter')).pngMapWriter,
  },
};

/** The exporter for an output file's extension, or undefined when no format has it. */
export const exporterFor = (extension: string): ExporterEntry | undefined =>
  Object.hasOwn(EXPORTERS, extension.toLowerCase()) ? EXPORTERS[extension.toLowerCase()] : undefined;
