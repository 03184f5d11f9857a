import type { ImportPreview } from '../../../../shared/contract/exchangeViews';
import type { ImportReport } from '../import/importReport';
import { sourceFacts } from '../import/importWatch';

/**
 * The dry run's preview with what the pass learnt about the file: its columns, the mapping in effect and
 * its tables (`source`), and on each accepted plot whether it overlaps others or leaves the park, so the
 * preview map can colour it apart.
 *
 * @example
 * withSourceFacts({ report: view, accepted }, report).source?.columns; // [{ name: 'КН', samples: ['62:15:0000000:7'] }, …]
 */
export function withSourceFacts(preview: ImportPreview, report: ImportReport): ImportPreview {
  const facts = sourceFacts(report);
  if (facts === null) return preview;
  const flagged = facts.overlappingCodes.size + facts.outsideCodes.size > 0;
  const features = !flagged
    ? preview.accepted.features
    : preview.accepted.features.map((feature) => {
        const overlaps = facts.overlappingCodes.has(feature.properties.label);
        const outside = facts.outsideCodes.has(feature.properties.label);
        return overlaps || outside ? { ...feature, properties: { ...feature.properties, ...(overlaps ? { overlaps } : {}), ...(outside ? { outside } : {}) } } : feature;
      });
  return { ...preview, accepted: { type: 'FeatureCollection', features }, source: facts.view };
}
