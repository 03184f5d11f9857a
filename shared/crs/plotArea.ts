import type { AreaGeometry } from '../domain/geometry';
import { geodesicArea } from '../geometry/geodesicArea';
import { cadastralArea } from './cadastralArea';
import { cadastralCrsOf, type CadastralCrs } from './cadastralCrs';

/*
 * The area a planner reads. The ЕГРН's area of a land plot is the planar area of its coordinates in the
 * region's МСК, rounded to a whole square metre; so where the park has a cadastral CRS that is the
 * plot's «Площадь», labelled with the CRS, and the WGS84 geodesic area stands beside it. A park without
 * one reads the geodesic area.
 */

export interface PlotAreaFigures {
  /** The headline «Площадь», m²: the ЕГРН-rounded МСК area where there is a CRS, else the geodesic area. */
  readonly areaM2: number;
  /** WGS84 ellipsoidal area, m², unrounded. */
  readonly geodesicAreaM2: number;
  /** Planar area in the CRS rounded to 1 m² as the ЕГРН rounds; null without a CRS. */
  readonly cadastralAreaM2: number | null;
  /** The same before rounding (for comparisons and tests against PROJ). */
  readonly cadastralAreaExactM2: number | null;
  /** The CRS the headline is in; null when the headline is geodesic. */
  readonly crs: CadastralCrs | null;
}

/** Rounds a planar area the way the ЕГРН states it: whole square metres, halves up. */
export function roundAsEgrn(areaM2: number): number {
  return Math.floor(areaM2 + 0.5);
}

/**
 * The figures for one plot of a park whose cadastral CRS is `parkCrs` (a stored key, proj4 or WKT).
 *
 * @example
 * plotAreaFigures(plot.geometry, 'MSK-62-1'); // { areaM2: 10000, geodesicAreaM2: 9998.7, crs: { shortLabel: { ru: 'МСК-62, зона 1' … } } … }
 * plotAreaFigures(plot.geometry, null).areaM2; // the geodesic area
 */
export function plotAreaFigures(geometry: AreaGeometry, parkCrs: string | null): PlotAreaFigures {
  const geodesicAreaM2 = geodesicArea(geometry);
  const crs = cadastralCrsOf(parkCrs);
  if (crs === null) return { areaM2: geodesicAreaM2, geodesicAreaM2, cadastralAreaM2: null, cadastralAreaExactM2: null, crs: null };
  const exact = cadastralArea(geometry, crs.key);
  const rounded = roundAsEgrn(exact);
  return { areaM2: rounded, geodesicAreaM2, cadastralAreaM2: rounded, cadastralAreaExactM2: exact, crs };
}

/** Just the headline figure, m². */
export function plotAreaM2(geometry: AreaGeometry, parkCrs: string | null): number {
  return plotAreaFigures(geometry, parkCrs).areaM2;
}
