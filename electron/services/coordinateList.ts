import { fromCadastral } from '../../shared/crs/cadastralArea';
import { CADASTRAL_ZONES, type CadastralZoneKey } from '../../shared/crs/cadastralZones';
import type { CoordinateSystem } from '../../shared/contract/editRequests';
import type { LinearRing, PolygonGeometry, Position } from '../../shared/domain/geometry';
import { isValidLonLat } from '../../shared/geometry/positionChecks';
import { RefusedError } from './refusal';

/*
 * Vertex lists pasted from a cadastral extract or a survey: one point a line, "N X Y" in the park's МСК
 * zone (metres; X is the northing, Y the easting, as ЕГРН prints them) or degrees "lon lat" / "lat lon"
 * (decimal, or 54°42'12.3"). A point repeating the first point of its contour closes it; the next points
 * begin a hole. Lines without any figure are headers and are skipped; any other line that does not
 * read is refused with its number.
 */

interface Point {
  readonly line: number;
  readonly label: string | null;
  readonly a: number;
  readonly b: number;
}

const NUMBER = /^[-+]?\d+(?:\.\d+)?$/;
const DMS = /^([-+]?\d+(?:\.\d+)?)°(?:(\d+(?:\.\d+)?)['′])?(?:(\d+(?:\.\d+)?)(?:["″]|''))?([NSEWСЮВЗ])?$/i;

/** A figure, decimal or degrees-minutes-seconds; NaN when the token is not one. */
function readFigure(token: string): number {
  if (NUMBER.test(token)) return Number(token);
  const dms = token.match(DMS);
  if (dms === null) return Number.NaN;
  const [, d = '0', m = '0', s = '0', hemisphere = ''] = dms;
  const value = Math.abs(Number(d)) + Number(m) / 60 + Number(s) / 3600;
  const negative = d.startsWith('-') || /^[SWЮЗ]$/i.test(hemisphere);
  return negative ? -value : value;
}

/** The tokens of a line; decimal commas (512345,67) are read as points unless the line uses points. */
function tokensOf(text: string): string[] {
  const parts = text.trim().split(/[\s;]+/).filter((part) => part !== '');
  return text.includes('.') ? parts.flatMap((part) => part.split(',')).filter((part) => part !== '') : parts.map((part) => part.replace(',', '.'));
}

function readPoints(text: string, metric: boolean): Point[] {
  const points: Point[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (!/\d/.test(raw)) return;
    const tokens = tokensOf(raw);
    const figures = tokens.map(readFigure);
    // "N X Y": a point number first when three or more figures are given (extra columns, such as the
    // survey's mean error, are ignored).
    const labelled = figures.length >= 3;
    const a = figures[labelled ? 1 : 0];
    const b = figures[labelled ? 2 : 1];
    const expected = metric ? '"N X Y" (point number, X and Y in metres)' : '"lon lat" or "lat lon" in degrees';
    if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b)) {
      throw RefusedError.untranslated(`Line ${line}: "${raw.trim().slice(0, 80)}" is not ${expected}.`);
    }
    points.push({ line, label: labelled ? (tokens[0] ?? null) : null, a, b });
  });
  if (points.length === 0) throw RefusedError.untranslated('The coordinate list holds no points.');
  return points;
}

function fromZone(points: readonly Point[], zone: CadastralZoneKey): Position[] {
  const [west, east] = CADASTRAL_ZONES[zone].coversLongitude;
  return points.map(({ line, a: x, b: y }) => {
    const position = fromCadastral({ x, y }, zone);
    // A point far outside the zone is almost always X and Y given the other way round.
    if (!isValidLonLat(position[0], position[1]) || position[0] < west - 1.5 || position[0] > east + 1.5) {
      throw RefusedError.untranslated(`Line ${line}: X ${x}, Y ${y} lies outside ${CADASTRAL_ZONES[zone].label.en}; X is the northing and Y the easting — are they swapped?`);
    }
    return position;
  });
}

/** Degrees in either order: the order that puts the points nearer the park is taken. */
function fromDegrees(points: readonly Point[], near: Position): Position[] {
  const orders: Position[][] = [points.map((p) => [p.a, p.b]), points.map((p) => [p.b, p.a])];
  const usable = orders.filter((order) => order.every(([lon, lat]) => isValidLonLat(lon, lat)));
  const spread = (order: readonly Position[]): number =>
    order.reduce((sum, [lon, lat]) => sum + Math.hypot((lon - near[0]) * Math.cos((near[1] * Math.PI) / 180), lat - near[1]), 0);
  const best = usable.sort((x, y) => spread(x) - spread(y))[0];
  if (best === undefined) {
    const bad = points.find((p) => !isValidLonLat(p.a, p.b) && !isValidLonLat(p.b, p.a)) ?? points[0];
    throw RefusedError.untranslated(`Line ${bad?.line ?? 1}: ${bad?.a}, ${bad?.b} are not longitude and latitude in degrees.`);
  }
  return best;
}

function sameSpot(p: Position, q: Position): boolean {
  return p[0] === q[0] && p[1] === q[1];
}

/**
 * Reads a pasted vertex list into a polygon (outer contour, then holes), in WGS84 degrees.
 *
 * @example
 * parseCoordinateList('1 451607.60 1322107.20\n2 451607.60 1322207.20\n3 451507.60 1322207.20', 'MSK-62-1', [39.6, 54.7]);
 * // → a Polygon with one closed ring of 3 vertices (+ the closing one)
 */
export function parseCoordinateList(text: string, crs: CoordinateSystem, near: Position): PolygonGeometry {
  const points = readPoints(text, crs !== 'WGS84');
  const positions = crs === 'WGS84' ? fromDegrees(points, near) : fromZone(points, crs);
  const rings: LinearRing[] = [];
  let ring: Position[] = [];
  let startLine = points[0]?.line ?? 1;
  let startLabel: string | null = null;
  const close = (lastLine: number): void => {
    const first = ring[0];
    if (first === undefined) return;
    const distinct = new Set(ring.map(([lon, lat]) => `${lon} ${lat}`)).size;
    if (distinct < 3) throw RefusedError.untranslated(`Lines ${startLine}–${lastLine}: a contour needs at least 3 distinct points.`);
    const last = ring[ring.length - 1];
    rings.push(last !== undefined && sameSpot(first, last) ? ring : [...ring, first]);
    ring = [];
  };
  positions.forEach((position, i) => {
    const point = points[i] as Point;
    const first = ring[0];
    if (first === undefined) {
      startLine = point.line;
      startLabel = point.label;
      ring.push(position);
      return;
    }
    ring.push(position);
    if (sameSpot(first, position)) {
      close(point.line);
    } else if (point.label !== null && point.label === startLabel) {
      throw RefusedError.untranslated(`Line ${point.line}: point ${point.label} closes the contour but its coordinates differ from line ${startLine}.`);
    }
  });
  close(points[points.length - 1]?.line ?? 1);
  return { type: 'Polygon', coordinates: rings };
}
