import type { ExporterEntry } from './exporter';
import { csvExporter } from './csvExporter';
import { geojsonExporter } from './geojsonExporter';
import { gpkgExporter } from './gpkgExporter';
import { kmlExporter } from './kmlExporter';
import { pdfMapExporter, pngMapExporter, svgMapExporter } from '../mapExport/allocationMapExporter';
import { xlsxExporter } from './xlsxExporter';

/**
 * Every export format, keyed by the output file's extension (lower case, with the dot). Add a format by
 * adding one line here and one file beside this one; the CLI and its usage text follow.
 */
export const EXPORTERS: Readonly<Record<string, ExporterEntry>> = {
  '.geojson': geojsonExporter,
  '.json': geojsonExporter,
  '.gpkg': gpkgExporter,
  '.kml': kmlExporter,
  '.csv': csvExporter,
  '.xlsx': xlsxExporter,
  '.pdf': pdfMapExporter,
  '.svg': svgMapExporter,
  '.png': pngMapExporter,
};

/** The exporter for an output file's extension, or undefined when no format has it. */
export const exporterFor = (extension: string): ExporterEntry | undefined =>
  Object.hasOwn(EXPORTERS, extension.toLowerCase()) ? EXPORTERS[extension.toLowerCase()] : undefined;
