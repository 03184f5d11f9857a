import { writeFileAtomic } from '../atomicWrite';
import { projectToGeoJson } from '../geojsonExport';
import type { ExporterEntry } from './exporter';

/** GeoJSON: every feature of the chosen parks in one FeatureCollection, full-precision coordinates. */
export const geojsonExporter: ExporterEntry = {
  describe: 'every feature with a "layer" property; plots carry areaM2, areaHa, perimeterM',
  accepts: [],
  write({ snapshot, outFile, today }) {
    const collection = projectToGeoJson(snapshot, today);
    writeFileAtomic(outFile, JSON.stringify(collection));
    return { files: [{ path: outFile, summary: `${collection.features.length} features` }] };
  },
};
