import type { ParcelRecord } from '../../../../shared/domain/cadastralParcel';
import { message, type Message } from '../../../../shared/messages/message';
import { child, childrenNamed, descendants, path, textOf, type XmlElement } from './xmlTree';

/*
 * The land parcels of a Rosreestr extract, in the extract's own plane: X is the northing and Y the
 * easting, in metres of a CRS the file only names generically («СК кадастрового округа», «МСК-62»), so the
 * CRS is the planner's choice and the conversion happens later (parcelImport). Four formats:
 * - KPT_v10 (urn://x-artefacts-rosreestr-ru/outgoing/kpt/10.0.1) and KVZU_v07: Parcel @CadastralNumber,
 *   EntitySpatial / SpatialElement / SpelementUnit / Ordinate @X @Y, several contours under Contours;
 * - extract_cadastral_plan_territory (the current КПТ) and extract_about_property_land: land_record,
 *   contours_location / contours / contour / entity_spatial / spatials_elements / spatial_element /
 *   ordinates / ordinate with x, y.
 * In each contour the first element is the outer ring and the rest are holes; a circle (a point with a
 * radius r) becomes a 64-sided polygon. Parts of a parcel (SubParcels, object_parts) are not parcels and
 * are skipped.
 */

export type ExtractFormat = 'KPT_v10' | 'KVZU_v07' | 'extract_cadastral_plan_territory' | 'extract_about_property_land';

export interface PlanarPoint {
  readonly x: number;
  readonly y: number;
}

/** One contour: its outer ring, then its holes, each closed. */
export type PlanarContour = readonly (readonly PlanarPoint[])[];

/** A parcel as the extract gives it: its record (area, category, use, address, state) and its contours. */
export interface ExtractParcel extends ParcelRecord {
  /** How the report names it: the cadastral number, or «parcel 3» when it has none. */
  readonly label: Message;
  readonly cadastralNumber: string | null;
  readonly contours: readonly PlanarContour[];
  /** What was repaired on the way (a ring closed, a circle made a polygon, a list of numbers split). */
  readonly repairs: readonly Message[];
  /** Why the parcel cannot be taken; empty when it can. */
  readonly problems: readonly Message[];
}

export interface RosreestrExtract {
  readonly format: ExtractFormat;
  /** The coordinate system as the file names it, if it does. */
  readonly crsName: string | null;
  readonly parcels: readonly ExtractParcel[];
}

const CIRCLE_SIDES = 64;
const SKIP_OLD = new Set(['subparcels', 'contours', 'entityspatial']);
const SKIP_NEW = new Set(['object_parts', 'contours_location', 'parts']);

/** Which of the four formats a root element is, or null when it is none of them. */
export function extractFormatOf(root: XmlElement): ExtractFormat | null {
  const name = root.name.toLowerCase();
  if (name === 'kpt') return 'KPT_v10';
  if (name === 'kvzu') return 'KVZU_v07';
  if (name === 'extract_cadastral_plan_territory') return 'extract_cadastral_plan_territory';
  if (name === 'extract_about_property_land') return 'extract_about_property_land';
  return null;
}

/** A figure as extracts write it: a decimal point or comma, spaces as thousands separators. */
function figure(text: string | undefined): number {
  if (text === undefined) return Number.NaN;
  const cleaned = text.trim().replace(/\s+/g, '').replace(',', '.');
  return cleaned === '' ? Number.NaN : Number(cleaned);
}

const optionalFigure = (text: string): number | null => (Number.isFinite(figure(text)) && text.trim() !== '' ? figure(text) : null);

interface RawPoint {
  readonly x: number;
  readonly y: number;
  readonly r: number | null;
}

/** Turns the points of one spatial element into a closed ring, noting what was mended and what is wrong. */
function ringOf(points: readonly RawPoint[], where: Message, repairs: Message[], problems: Message[]): PlanarPoint[] | null {
  const bad = points.findIndex((point) => !Number.isFinite(point.x) || !Number.isFinite(point.y));
  if (bad >= 0) {
    problems.push(message('parcelReport.pointNotNumbers', { where, n: bad + 1 }));
    return null;
  }
  const circle = points.length === 1 && points[0] !== undefined && points[0].r !== null && points[0].r > 0 ? points[0] : null;
  if (circle !== null && circle.r !== null) {
    repairs.push(message('parcelReport.circle', { where, r: circle.r, sides: CIRCLE_SIDES }));
    const ring = Array.from({ length: CIRCLE_SIDES }, (_, i) => {
      const angle = (2 * Math.PI * i) / CIRCLE_SIDES;
      return { x: circle.x + (circle.r ?? 0) * Math.cos(angle), y: circle.y + (circle.r ?? 0) * Math.sin(angle) };
    });
    return [...ring, ring[0] as PlanarPoint];
  }
  const ring: PlanarPoint[] = [];
  let duplicates = 0;
  for (const { x, y } of points) {
    const last = ring[ring.length - 1];
    if (last !== undefined && last.x === x && last.y === y) duplicates++;
    else ring.push({ x, y });
  }
  if (duplicates > 0) repairs.push(message(duplicates === 1 ? 'parcelReport.repeatedPoint' : 'parcelReport.repeatedPoints', { where, count: duplicates }));
  const distinct = new Set(ring.map(({ x, y }) => `${x} ${y}`)).size;
  if (distinct < 3) {
    problems.push(message('parcelReport.tooFewPoints', { where, count: distinct }));
    return null;
  }
  const first = ring[0] as PlanarPoint;
  const last = ring[ring.length - 1] as PlanarPoint;
  if (first.x !== last.x || first.y !== last.y) {
    repairs.push(message('parcelReport.ringClosed', { where }));
    ring.push(first);
  }
  return ring;
}

function contourOf(elements: readonly (readonly RawPoint[])[], index: number, count: number, repairs: Message[], problems: Message[]): PlanarContour | null {
  const contour = count > 1 ? message('parcelReport.contourN', { n: index + 1 }) : message('parcelReport.contour');
  const rings = elements.map((points, i) => ringOf(points, i === 0 ? message('parcelReport.outerRing', { contour }) : message('parcelReport.hole', { contour, n: i }), repairs, problems));
  return rings.every((ring) => ring !== null) && rings.length > 0 ? (rings as PlanarPoint[][]) : null;
}

/** A list of cadastral numbers in one field: the first is the parcel's, the others are noted. */
function splitNumbers(text: string, repairs: Message[]): string | null {
  const numbers = text.split(/[\s,;]+/).filter((part) => part !== '');
  if (numbers.length > 1) repairs.push(message('parcelReport.severalNumbers', { count: numbers.length, numbers: numbers.join(', '), first: numbers[0] ?? '' }));
  return numbers[0] ?? null;
}

const parcelLabel = (cadastralNumber: string | null, index: number): Message =>
  cadastralNumber === null ? message('importLabel.parcel', { n: index }) : message('import.text', { text: cadastralNumber });

// KPT_v10 and KVZU_v07 --------------------------------------------------------------------------

function oldEntitySpatial(entity: XmlElement): RawPoint[][] {
  return childrenNamed(entity, 'SpatialElement').map((element) =>
    childrenNamed(element, 'SpelementUnit').flatMap((unit) =>
      childrenNamed(unit, 'Ordinate').map((ordinate) => ({
        x: figure(ordinate.attributes['X']),
        y: figure(ordinate.attributes['Y']),
        r: optionalFigure(textOf(child(unit, 'R')) || (unit.attributes['R'] ?? '')),
      })),
    ),
  );
}

function oldAddress(parcel: XmlElement): string {
  const address = path(parcel, 'Location', 'Address');
  if (address === undefined) return '';
  const note = textOf(child(address, 'Note'));
  if (note !== '') return note;
  return address.children.map((part) => [part.attributes['Type'], part.attributes['Name']].filter(Boolean).join(' ')).filter(Boolean).join(', ');
}

function oldParcel(parcel: XmlElement, index: number): ExtractParcel {
  const repairs: Message[] = [];
  const problems: Message[] = [];
  const cadastralNumber = splitNumbers(parcel.attributes['CadastralNumber'] ?? '', repairs);
  const label = parcelLabel(cadastralNumber, index);
  const entities = [
    ...childrenNamed(parcel, 'EntitySpatial'),
    ...childrenNamed(child(parcel, 'Contours') ?? parcel, 'Contour').flatMap((contour) => childrenNamed(contour, 'EntitySpatial')),
  ];
  const contours: PlanarContour[] = [];
  entities.forEach((entity, i) => {
    const contour = contourOf(oldEntitySpatial(entity), i, entities.length, repairs, problems);
    if (contour !== null) contours.push(contour);
  });
  if (cadastralNumber === null) problems.push(message('parcelReport.noNumber'));
  if (entities.length === 0) problems.push(message('parcelReport.noBoundary', { element: 'EntitySpatial' }));
  const utilization = child(parcel, 'Utilization');
  const area = child(parcel, 'Area');
  return {
    label,
    cadastralNumber,
    declaredAreaM2: optionalFigure(textOf(child(area, 'Area'))),
    areaInaccuracyM2: optionalFigure(textOf(child(area, 'Inaccuracy'))),
    category: textOf(child(parcel, 'Category')) || (parcel.attributes['Category'] ?? ''),
    permittedUse: utilization?.attributes['ByDoc'] ?? utilization?.attributes['Utilization'] ?? '',
    address: oldAddress(parcel),
    state: parcel.attributes['State'] ?? '',
    contours,
    repairs,
    problems,
  };
}

// extract_cadastral_plan_territory and extract_about_property_land ------------------------------

function newEntitySpatial(entity: XmlElement): RawPoint[][] {
  return childrenNamed(child(entity, 'spatials_elements') ?? entity, 'spatial_element').map((element) =>
    childrenNamed(child(element, 'ordinates') ?? element, 'ordinate').map((ordinate) => ({
      x: figure(textOf(child(ordinate, 'x'))),
      y: figure(textOf(child(ordinate, 'y'))),
      r: optionalFigure(textOf(child(ordinate, 'r'))),
    })),
  );
}

function newParcel(record: XmlElement, index: number): ExtractParcel {
  const repairs: Message[] = [];
  const problems: Message[] = [];
  const cadastralNumber = splitNumbers(textOf(path(record, 'object', 'common_data', 'cad_number')), repairs);
  const contoursElement = path(record, 'contours_location', 'contours');
  const entities = contoursElement === undefined ? [] : childrenNamed(contoursElement, 'contour').map((contour) => child(contour, 'entity_spatial')).filter((e) => e !== undefined);
  const contours: PlanarContour[] = [];
  entities.forEach((entity, i) => {
    const contour = contourOf(newEntitySpatial(entity), i, entities.length, repairs, problems);
    if (contour !== null) contours.push(contour);
  });
  if (cadastralNumber === null) problems.push(message('parcelReport.noNumber'));
  if (entities.length === 0) problems.push(message('parcelReport.noBoundary', { element: 'contours_location' }));
  const params = child(record, 'params');
  const category = path(params, 'category', 'type');
  const status = descendants(record, 'status', SKIP_NEW)[0];
  return {
    label: parcelLabel(cadastralNumber, index),
    cadastralNumber,
    declaredAreaM2: optionalFigure(textOf(path(params, 'area', 'value'))),
    areaInaccuracyM2: optionalFigure(textOf(path(params, 'area', 'inaccuracy'))),
    category: textOf(child(category, 'value')) || textOf(child(category, 'code')),
    permittedUse:
      textOf(path(params, 'permitted_use', 'permitted_use_established', 'by_document')) ||
      textOf(path(params, 'permitted_use', 'permitted_use_established', 'land_use', 'value')),
    address: textOf(path(record, 'address_location', 'address', 'readable_address')) || textOf(path(record, 'address_location', 'address', 'note')),
    state: textOf(child(status, 'value')) || textOf(status),
    contours,
    repairs,
    problems,
  };
}

function crsNameOf(root: XmlElement, format: ExtractFormat): string | null {
  if (format === 'KPT_v10' || format === 'KVZU_v07') {
    const system = descendants(root, 'CoordSystem')[0];
    return system?.attributes['Name'] ?? null;
  }
  const sk = descendants(root, 'sk_id')[0];
  return sk === undefined ? null : textOf(sk) || null;
}

/**
 * The parcels of a parsed extract, or null when the root is not one of the four formats.
 *
 * @example
 * readRosreestrExtract(xmlTree(text, 'kpt.xml'))?.parcels[0]?.cadastralNumber; // '62:15:0060201:123'
 */
export function readRosreestrExtract(root: XmlElement): RosreestrExtract | null {
  const format = extractFormatOf(root);
  if (format === null) return null;
  const parcels =
    format === 'KPT_v10' || format === 'KVZU_v07'
      ? descendants(root, 'Parcel', SKIP_OLD).map((parcel, i) => oldParcel(parcel, i + 1))
      : descendants(root, 'land_record', SKIP_NEW).map((record, i) => newParcel(record, i + 1));
  return { format, crsName: crsNameOf(root, format), parcels };
}
