import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { message, type Message } from '../../../../shared/messages/message';
import { RefusedError } from '../../refusals/refusedError';
import type { AttributeValue, FeatureSource, SourceFeature, SourceGeometry, SourcePosition } from './sourceFeature';
import { xmlEvents } from './xmlTokens';
import { ZipArchive } from './zipArchive';

/*
 * KML and KMZ: every Placemark becomes a feature with its name, description and ExtendedData
 * (Data/value and SchemaData/SimpleData) as attributes. KML is always WGS84 "lon,lat[,alt]".
 */

interface XmlNode {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  text: string;
}

const child = (node: XmlNode, name: string): XmlNode | undefined => node.children.find((c) => c.name === name);
const children = (node: XmlNode, name: string): XmlNode[] => node.children.filter((c) => c.name === name);

function positions(node: XmlNode | undefined): SourcePosition[] {
  const text = node === undefined ? '' : (child(node, 'coordinates')?.text ?? '');
  return text
    .trim()
    .split(/\s+/)
    .filter((tuple) => tuple !== '')
    .map((tuple) => tuple.split(',').map((part) => (part.trim() === '' ? Number.NaN : Number(part))));
}

function geometryOf(node: XmlNode): SourceGeometry | null {
  switch (node.name) {
    case 'Point':
      return { type: 'Point', coordinates: positions(node)[0] ?? [Number.NaN, Number.NaN] };
    case 'LineString':
      return { type: 'LineString', coordinates: positions(node) };
    case 'Polygon': {
      const outer = child(node, 'outerBoundaryIs');
      const inner = children(node, 'innerBoundaryIs');
      const ring = (boundary: XmlNode | undefined): SourcePosition[] => positions(boundary === undefined ? undefined : child(boundary, 'LinearRing'));
      return { type: 'Polygon', coordinates: [ring(outer), ...inner.map(ring)] };
    }
    case 'MultiGeometry': {
      const parts = node.children.map(geometryOf).filter((g): g is SourceGeometry => g !== null);
      if (parts.length === 1) return parts[0] ?? null;
      if (parts.length > 0 && parts.every((p) => p.type === 'Polygon')) {
        return { type: 'MultiPolygon', coordinates: parts.map((p) => (p.type === 'Polygon' ? p.coordinates : [])) };
      }
      if (parts.length > 0 && parts.every((p) => p.type === 'LineString')) {
        return { type: 'MultiLineString', coordinates: parts.map((p) => (p.type === 'LineString' ? p.coordinates : [])) };
      }
      return parts.length === 0 ? null : { type: 'Unsupported', what: message('import.geometry.mixedMulti', { types: parts.map((p) => p.type).join(', ') }) };
    }
    default:
      return null;
  }
}

function featureOf(placemark: XmlNode, index: number): SourceFeature {
  const attributes: Record<string, AttributeValue> = {};
  const name = child(placemark, 'name')?.text.trim();
  if (name !== undefined && name !== '') attributes.name = name;
  const description = child(placemark, 'description')?.text.trim();
  if (description !== undefined && description !== '') attributes.description = description;
  const extended = child(placemark, 'ExtendedData');
  for (const data of extended === undefined ? [] : children(extended, 'Data')) {
    const key = data.attributes.name;
    if (key !== undefined) attributes[key] = child(data, 'value')?.text.trim() ?? '';
  }
  for (const schemaData of extended === undefined ? [] : children(extended, 'SchemaData')) {
    for (const simple of children(schemaData, 'SimpleData')) {
      const key = simple.attributes.name;
      if (key !== undefined) attributes[key] = simple.text.trim();
    }
  }
  const geometries = placemark.children.map(geometryOf).filter((g): g is SourceGeometry => g !== null);
  return { label: name ? message('importLabel.placemarkNamed', { n: index, name }) : message('importLabel.placemark', { n: index }), geometry: geometries[0] ?? null, attributes };
}

/** The Placemarks of a KML document, each read completely before the next begins. */
function* placemarks(xml: string, file: string): Generator<SourceFeature> {
  const stack: XmlNode[] = [];
  let count = 0;
  let depth = 0;
  for (const event of xmlEvents(xml, file)) {
    if (event.kind === 'open') {
      depth++;
      if (event.name === 'Placemark' || stack.length > 0) {
        const node: XmlNode = { name: event.name, attributes: event.attributes, children: [], text: '' };
        stack[stack.length - 1]?.children.push(node);
        stack.push(node);
      }
    } else if (event.kind === 'close') {
      depth--;
      if (depth < 0) throw new RefusedError('import.xml.closesUnopened', { file, tag: event.name });
      const node = stack.pop();
      if (node !== undefined && node.name !== event.name) throw new RefusedError('import.xml.closedByOther', { file, open: node.name, tag: event.name });
      if (node !== undefined && stack.length === 0) yield featureOf(node, ++count);
    } else {
      const top = stack[stack.length - 1];
      if (top !== undefined) top.text += event.text;
    }
  }
  if (depth !== 0) throw new RefusedError('import.xml.endsInsideTag', { file });
}

/** Reads the KML text of a .kml file or of the main .kml entry inside a .kmz. */
function kmlText(file: string): { xml: string; notes: Message[] } {
  if (!file.toLowerCase().endsWith('.kmz')) return { xml: readFileSync(file, 'utf8'), notes: [] };
  const zip = ZipArchive.open(file);
  try {
    const kmls = zip.entries.filter((entry) => entry.name.toLowerCase().endsWith('.kml'));
    const main = kmls.find((entry) => entry.name.toLowerCase() === 'doc.kml') ?? kmls.find((entry) => !entry.name.includes('/')) ?? kmls[0];
    if (main === undefined) throw new RefusedError('import.kml.noDocument', { file });
    return { xml: zip.read(main).toString('utf8'), notes: [message('import.note.kmz', { entry: main.name })] };
  } finally {
    zip.close();
  }
}

/**
 * Opens a .kml or .kmz file for import.
 *
 * @example
 * for (const feature of readKml('plots.kmz').features) console.log(feature.label);
 */
export function readKml(file: string): FeatureSource {
  const { xml, notes } = kmlText(file);
  return { format: message('import.format.kml'), declaredCrs: 'EPSG:4326', notes, features: placemarks(xml, basename(file)) };
}
