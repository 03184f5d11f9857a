import proj4 from 'proj4';
import type { Position } from '../../../../shared/domain/geometry';
import type { PagePoint, Rect } from './drawing';
import { PT_PER_MM } from './paperSizes';

/*
 * Ground to paper at a true scale. Positions go first into a transverse Mercator on the WGS84
 * ellipsoid whose central meridian and origin are the centre of the map, with scale 1 there: within
 * the few kilometres of a park its scale error is below 1e-7 (a millimetre per ten kilometres), so a
 * metre on this plane is a geodesic metre and grid north is true north at the centre. Then metres on
 * the ground become millimetres on paper through the scale denominator, and millimetres points.
 */

export interface PaperProjection {
  /** The scale denominator N of 1:N. */
  readonly scale: number;
  /** The map frame on the page, in points. */
  readonly frame: Rect;
  /** [lon, lat] → page point (y down). */
  toPage(position: Position): PagePoint;
  /** Page point → [lon, lat], the inverse of toPage. */
  toPosition(point: PagePoint): Position;
  /** Points on paper per metre on the ground. */
  readonly ptPerMetre: number;
}

/** Points on paper that a ground length of `metres` takes at 1:scale. */
export const paperPt = (metres: number, scale: number): number => ((metres * 1000) / scale) * PT_PER_MM;

/**
 * A projection that puts `centre` in the middle of `frame` at 1:`scale`.
 *
 * @example
 * const projection = createPaperProjection([39.6, 54.7], 1000, { x: 0, y: 0, width: 500, height: 500 });
 * projection.toPage([39.6, 54.7]); // [250, 250]
 * // 100 m east of the centre lands 100 mm (≈ 283.46 pt) to the right
 */
export function createPaperProjection(centre: Position, scale: number, frame: Rect): PaperProjection {
  if (!Number.isFinite(scale) || scale <= 0) throw new RangeError(`The map scale must be a positive 1:N (got ${scale})`);
  const local = proj4(
    'WGS84',
    `+proj=tmerc +lat_0=${centre[1]} +lon_0=${centre[0]} +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs`,
  );
  const ptPerMetre = paperPt(1, scale);
  const cx = frame.x + frame.width / 2;
  const cy = frame.y + frame.height / 2;
  return {
    scale,
    frame,
    ptPerMetre,
    toPage(position) {
      const [east, north] = local.forward([position[0], position[1]]);
      return [cx + east * ptPerMetre, cy - north * ptPerMetre];
    },
    toPosition(point) {
      const [lon, lat] = local.inverse([(point[0] - cx) / ptPerMetre, (cy - point[1]) / ptPerMetre]);
      return [lon, lat];
    },
  };
}

/** Round scales a planner expects on a sheet: 1:500, 1:1000, 1:2000, 1:2500, 1:5000 and on. */
const NICE_STEPS = [1, 1.25, 2, 2.5, 3, 4, 5] as const;

/**
 * The scale denominator at which a ground extent (metres east × north) exactly fills the frame; any
 * larger denominator fits, any smaller one cuts the extent off at the frame.
 *
 * @example
 * exactFitScale(2400, 2300, { x: 0, y: 0, width: 1800, height: 1600 }); // ≈ 4081 (the height decides)
 */
export function exactFitScale(extentEastM: number, extentNorthM: number, frame: Rect): number {
  const neededMmPerM = Math.min(frame.width / PT_PER_MM / Math.max(extentEastM, 1), frame.height / PT_PER_MM / Math.max(extentNorthM, 1));
  return 1000 / neededMmPerM;
}

/**
 * The smallest round scale at which a ground extent (metres east × north) fits the frame.
 *
 * @example
 * fitScale(2400, 2300, { x: 0, y: 0, width: 1800, height: 1600 }); // 5000
 */
export function fitScale(extentEastM: number, extentNorthM: number, frame: Rect): number {
  const exact = exactFitScale(extentEastM, extentNorthM, frame);
  const decade = 10 ** Math.floor(Math.log10(exact));
  for (const step of [...NICE_STEPS, 10]) {
    if (step * decade >= exact) return step * decade;
  }
  return 10 * decade;
}
