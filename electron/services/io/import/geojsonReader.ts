import { basename } from 'node:path';
import { message } from '../../../../shared/messages/message';
import { RefusedError } from '../../refusals/refusedError';
import { JsonStream, type JsonValue } from './jsonStream';
import type { AttributeValue, FeatureSource, SourceFeature, SourceGeometry } from './sourceFeature';

/*
 * GeoJSON, streamed: the FeatureCollection's `features` array is walked one feature at a time, so a
 * file of any size needs memory for one feature. A legacy `crs` member (GeoJSON 2008) names the CRS;
 * it must come before `features`, as every writer puts it, for the features to be read in it.
 */

const isObject = (value: JsonValue | undefined): value is { [key: string]: JsonValue } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const GEOJSON = message('import.format.geojson');

const SHAPED = ['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'] as const;

function geometryOf(value: JsonValue | undefined): SourceGeometry | null {
  if (value === null || value === undefined) return null;
  if (!isObject(value) || typeof value.type !== 'string') return { type: 'Unsupported', what: message('import.geometry.noType') };
  const type = value.type;
  if (!(SHAPED as readonly string[]).includes(type)) return { type: 'Unsupported', what: message('import.geometry.other', { type }) };
  // The shape of the coordinates is checked by the pipeline, which reports per feature what is wrong.
  return { type, coordinates: value.coordinates } as SourceGeometry;
}

function attributesOf(value: JsonValue | undefined): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {};
  if (!isObject(value)) return attributes;
  for (const [key, item] of Object.entries(value)) {
    attributes[key] = item === null || typeof item !== 'object' ? item : JSON.stringify(item);
  }
  return attributes;
}

function featureOf(value: JsonValue, index: number): SourceFeature {
  if (!isObject(value) || value.type !== 'Feature') {
    return { label: message('importLabel.feature', { n: index }), geometry: { type: 'Unsupported', what: message('import.geometry.notFeature') }, attributes: {} };
  }
  const attributes = attributesOf(value.properties);
  const name = attributes.code ?? attributes.name;
  const label = typeof name === 'string' || typeof name === 'number' ? message('importLabel.featureNamed', { n: index, name: String(name) }) : message('importLabel.feature', { n: index });
  return { label, geometry: geometryOf(value.geometry), attributes };
}

function crsName(value: JsonValue): string | null {
  if (!isObject(value) || !isObject(value.properties)) return null;
  const name = value.properties.name ?? value.properties.code;
  return typeof name === 'string' || typeof name === 'number' ? String(name) : null;
}

/**
 * Opens a GeoJSON file for import; the features are read lazily while the pipeline iterates.
 *
 * @example
 * const source = readGeoJson('plots.geojson');
 * @param crsGiven `--crs` was given, so a `crs` member after the features does not matter
 * for (const feature of source.features) console.log(feature.label);
 */
export function readGeoJson(file: string, crsGiven = false): FeatureSource {
  const stream = new JsonStream(file, basename(file));
  let declaredCrs: string | null = null;
  let pendingFeatures = false;
  let single: JsonValue | null = null;
  const top: { [key: string]: JsonValue } = {};
  try {
    stream.expect('{');
    if (!stream.take('}')) {
      do {
        const key = stream.string();
        stream.expect(':');
        if (key === 'features') {
          pendingFeatures = true;
          break;
        }
        const value = stream.value();
        if (key === 'crs') declaredCrs = crsName(value);
        else top[key] = value;
      } while (stream.take(','));
      if (!pendingFeatures) stream.expect('}');
    }
    if (!pendingFeatures) {
      stream.close();
      if (top.type === 'Feature') single = top;
      else if (top.type === 'FeatureCollection') throw new RefusedError('import.json.noFeatures', { file });
      else single = { type: 'Feature', properties: {}, geometry: top };
    }
  } catch (error) {
    stream.close();
    throw error;
  }
  if (single !== null) return { format: GEOJSON, declaredCrs, notes: [], features: [featureOf(single, 1)] };
  return { format: GEOJSON, declaredCrs, notes: [], features: collection(stream, crsGiven), progress: () => stream.fractionRead() };
}

function* collection(stream: JsonStream, crsGiven: boolean): Generator<SourceFeature> {
  try {
    stream.expect('[');
    let index = 0;
    if (!stream.take(']')) {
      do yield featureOf(stream.value(), ++index);
      while (stream.take(','));
      stream.expect(']');
    }
    while (stream.take(',')) {
      const key = stream.string();
      stream.expect(':');
      const value = stream.value();
      if (key === 'crs' && crsName(value) !== null && !crsGiven) {
        throw stream.fail(message('import.json.crsAfterFeatures'));
      }
    }
    stream.expect('}');
    if (stream.peek() !== '') throw stream.fail(message('import.json.textAfterEnd'));
  } finally {
    stream.close();
  }
}
