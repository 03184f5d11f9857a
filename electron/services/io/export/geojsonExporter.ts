import { writeFileAtomic } from './atomicOutput';
import { projectToGeoJson } from './projectGeoJson';
import type { ExportWriter } from './exporter';

/** GeoJSON: every feature of the chosen parks in one FeatureCollection, full-precision coordinates. */
export const geojsonExporter: ExportWriter = {
  write({ snapshot, outFile, today }) {
    const collection = projectToGeoJson(snapshot, today);
    writeFileAtomic(outFile, JSON.stringify(collection));
    return { files: [{ path: outFile, summary: `${collection.features.length} features` }] };
  },
};
