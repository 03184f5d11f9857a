import { message, type Message } from '../../../../shared/messages/message';
import type { SourceFeature } from './sourceFeature';

/*
 * A plot is one polygon and a line one LineString, but GIS files often hold several parts in one
 * feature (QGIS writes MultiPolygon layers; a cable with a gap is a MultiLineString). Each part is
 * imported as a feature of its own, labelled and marked with its place among the parts, so the
 * pipeline can number its code or name and say what it did.
 */

/** Which part of a multi-part feature this is, 1-based. */
export interface FeaturePart {
  readonly index: number;
  readonly count: number;
}

export type PartFeature = SourceFeature & { readonly part?: FeaturePart };

const partLabel = (feature: SourceFeature, index: number, count: number): Message => message('importLabel.part', { feature: feature.label, index, count });

/**
 * The features with every multi-part geometry of the layer's kind split into one feature per part;
 * single-part and other geometries pass unchanged (the repair step decides about them).
 *
 * @example
 * [...featureParts([{ label: 'feature 1', attributes: {}, geometry: { type: 'MultiPolygon', coordinates: [a, b] } }], 'plots')];
 * // [{ label: 'feature 1, part 1 of 2', part: { index: 1, count: 2 }, geometry: { type: 'Polygon', coordinates: a } }, …]
 */
export function* featureParts(features: Iterable<SourceFeature>, layer: 'plots' | 'rail_spurs' | 'utility_lines'): Generator<PartFeature> {
  for (const feature of features) {
    const geometry = feature.geometry;
    if (layer === 'plots' && geometry?.type === 'MultiPolygon' && Array.isArray(geometry.coordinates) && geometry.coordinates.length > 1) {
      const count = geometry.coordinates.length;
      for (const [offset, rings] of geometry.coordinates.entries()) {
        yield { ...feature, label: partLabel(feature, offset + 1, count), part: { index: offset + 1, count }, geometry: { type: 'Polygon', coordinates: rings } };
      }
    } else if (layer !== 'plots' && geometry?.type === 'MultiLineString' && Array.isArray(geometry.coordinates) && geometry.coordinates.length > 1) {
      const count = geometry.coordinates.length;
      for (const [offset, line] of geometry.coordinates.entries()) {
        yield { ...feature, label: partLabel(feature, offset + 1, count), part: { index: offset + 1, count }, geometry: { type: 'LineString', coordinates: line } };
      }
    } else {
      yield feature;
    }
  }
}
