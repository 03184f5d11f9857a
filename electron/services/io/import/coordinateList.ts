import { fromCadastral } from '../../../../shared/crs/cadastralArea';
import { cadastralCrsOf, type CadastralCrs } from '../../../../shared/crs/cadastralCrs';
import type { LinearRing, PolygonGeometry, Position } from '../../../../shared/domain/geometry';
import { isValidLonLat } from '../../../../shared/geometry/positionChecks';
import { RefusedError } from '../../refusals/refusedError';

/*
 * Vertex lists pasted from a cadastral extract or a survey: one point a line, "N X Y", "N;X;Y" (decimal
 * commas welcome) in an МСК zone of the table or any proj4/WKT (metres; X is the northing, Y the easting,
 * as ЕГРН prints them), or degrees "lon lat" / "lat lon" (decimal, or 54°42'12.3"). A point repeating the first point of its contour closes it; the next points
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

/** 'WGS84' for degrees, else the CRS the metres are in. */
type ListCrs = 'WGS84' | CadastralCrs;

function readPoints(text: string, crs: ListCrs): Point[] {
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
    if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b)) {
      const shown = raw.trim().slice(0, 80);
      if (crs === 'WGS84') throw new RefusedError('cadastre.list.notDegreePoint', { line, text: shown });
      throw new RefusedError('cadastre.list.notMetricPoint', { line, text: shown, crs: crsName(crs) });
    }
    points.push({ line, label: labelled ? (tokens[0] ?? null) : null, a, b });
  });
  if (points.length === 0) throw new RefusedError('cadastre.list.noPoints');
  return points;
}

/** How a refusal names the CRS: its zone key (MSK-62-1) or, for a custom one, its WKT name or proj4. */
const crsName = (crs: CadastralCrs): string => (crs.coversLongitude === null ? crs.label.en : crs.key);

/**
 * Metres → degrees. A point far outside the zone's band (or, for a custom CRS with no band, far from the
 * park) is almost always X and Y given the other way round, or a list in another zone.
 */
function fromMetres(points: readonly Point[], crs: CadastralCrs, near: Position | null): Position[] {
  // Without a park yet (its boundary being read), a custom CRS has no band to hold the points to.
  const around = near ?? [0, 0];
  const reach = near === null ? 360 : 3;
  const [west, east] = crs.coversLongitude ?? [around[0] - reach, around[0] + reach];
  const [south, north] = crs.coversLongitude === null ? [around[1] - reach, around[1] + reach] : [40, 72];
  return points.map(({ line, a: x, b: y }) => {
    let position: Position;
    try {
      position = fromCadastral({ x, y }, crs.key);
    } catch {
      position = [Number.NaN, Number.NaN];
    }
    const [lon, lat] = position;
    if (!isValidLonLat(lon, lat) || lon < west - 1.5 || lon > east + 1.5 || lat < south || lat > north) {
      throw new RefusedError('cadastre.list.outsideCrs', { line, x, y, crs: crsName(crs) });
    }
    return position;
  });
}

/**
 * Degrees in either order: the order that puts the points nearer the park is taken. Without a park
 * (`near` null: the list is a new park's boundary) "lon lat" is taken when it reads, as GeoJSON orders them.
 */
function fromDegrees(points: readonly Point[], near: Position | null): Position[] {
  const orders: Position[][] = [points.map((p) => [p.a, p.b]), points.map((p) => [p.b, p.a])];
  const usable = orders.filter((order) => order.every(([lon, lat]) => isValidLonLat(lon, lat)));
  if (near === null) return fromDegreesInOrder(points, usable);
  const spread = (order: readonly Position[]): number =>
    order.reduce((sum, [lon, lat]) => sum + Math.hypot((lon - near[0]) * Math.cos((near[1] * Math.PI) / 180), lat - near[1]), 0);
  return fromDegreesInOrder(points, usable.sort((x, y) => spread(x) - spread(y)));
}

/** The first usable order, or the refusal naming the first point no order reads. */
function fromDegreesInOrder(points: readonly Point[], usable: readonly Position[][]): Position[] {
  const best = usable[0];
  if (best === undefined) {
    const bad = points.find((p) => !isValidLonLat(p.a, p.b) && !isValidLonLat(p.b, p.a)) ?? points[0];
    throw new RefusedError('cadastre.list.notLonLat', { line: bad?.line ?? 1, a: bad?.a ?? Number.NaN, b: bad?.b ?? Number.NaN });
  }
  return best;
}

/** The list's CRS from its name; a name nobody can read is refused naming it. */
function listCrsOf(crs: string): ListCrs {
  if (/^(EPSG:)?4326$|^WGS84$/i.test(crs.trim())) return 'WGS84';
  const resolved = cadastralCrsOf(crs);
  if (resolved === null) throw new RefusedError('cadastre.crs.unknown', { text: crs.trim().slice(0, 80) });
  if (/\+proj=(longlat|latlong)|^\s*GEOG(CS|CRS)\[/i.test(resolved.definition)) throw new RefusedError('cadastre.list.geographicCrs', { crs: crsName(resolved) });
  return resolved;
}

function sameSpot(p: Position, q: Position): boolean {
  return p[0] === q[0] && p[1] === q[1];
}

/**
 * Reads a pasted vertex list into a polygon (outer contour, then holes), in WGS84 degrees. `crs` is
 * 'WGS84' for degrees, else an МСК zone key (MSK-50-1) or name («МСК-50, зона 1»), a proj4 string or WKT.
 * `near` is a point of the park the list belongs to, or null for a park's own boundary.
 *
 * @example
 * parseCoordinateList('1 451607.60 1322107.20\n2 451607.60 1322207.20\n3 451507.60 1322207.20', 'MSK-62-1', [39.6, 54.7]);
 * // → a Polygon with one closed ring of 3 vertices (+ the closing one)
 */
export function parseCoordinateList(text: string, crs: string, near: Position | null): PolygonGeometry {
  const system = listCrsOf(crs);
  const points = readPoints(text, system);
  const positions = system === 'WGS84' ? fromDegrees(points, near) : fromMetres(points, system, near);
  const rings: LinearRing[] = [];
  let ring: Position[] = [];
  let startLine = points[0]?.line ?? 1;
  let startLabel: string | null = null;
  const close = (lastLine: number): void => {
    const first = ring[0];
    if (first === undefined) return;
    const distinct = new Set(ring.map(([lon, lat]) => `${lon} ${lat}`)).size;
    if (distinct < 3) throw new RefusedError('cadastre.list.shortContour', { from: startLine, to: lastLine });
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
      throw new RefusedError('cadastre.list.closesElsewhere', { line: point.line, label: point.label, first: startLine });
    }
  });
  close(points[points.length - 1]?.line ?? 1);
  return { type: 'Polygon', coordinates: rings };
}
