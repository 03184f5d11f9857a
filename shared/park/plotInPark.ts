import type { PolygonGeometry } from '../domain/geometry';
import type { Park } from '../domain/park';
import { plotAreaFigures } from '../crs/plotArea';
import { checkPlotShape } from '../validation/plotShape';
import { areaOutsideM2 } from '../validation/overlapArea';
import { parkRegion } from '../validation/parkRegion';

/*
 * How much of a plot lies inside its park. The land balance counts only that part: a plot pasted 1 km
 * away must not swell «Свободно». Areas are the plot's «Площадь» kind — planar in the park's МСК where it
 * has one, else geodesic — so the part inside plus the part outside is the plot's own headline area.
 */

/** Excursions smaller than this (1 cm²) are rounding, not land outside the park. */
const SMALLEST_AREA_M2 = 1e-4;

export interface PlotInPark {
  /** The plot's «Площадь», m² (as plotAreaFigures gives it). */
  readonly areaM2: number;
  /** The part inside the park boundary, m²: areaM2 − outsideM2. */
  readonly insideM2: number;
  /** The part outside, m², unrounded; 0 for a plot within the boundary. */
  readonly outsideM2: number;
}

/**
 * A measure of plots against one park, prepared once for the park (its boundary projected and indexed):
 * only plots that reach past the boundary pay for the intersection.
 *
 * @example
 * const inPark = plotInParkMeasure(park);
 * inPark(farAwayPlot.geometry); // { areaM2: 10000, insideM2: 0, outsideM2: 10000 }
 * inPark(plotInside.geometry);  // { areaM2: 10000, insideM2: 10000, outsideM2: 0 }
 */
export function plotInParkMeasure(park: Pick<Park, 'boundary' | 'cadastralCrs'>): (geometry: PolygonGeometry) => PlotInPark {
  const region = parkRegion(park.boundary, []);
  return (geometry) => {
    const figures = plotAreaFigures(geometry, park.cadastralCrs);
    const areaM2 = figures.areaM2;
    const projected = checkPlotShape(geometry, region.frame).projected;
    // An outline too broken to project is refused before it is saved; counting it whole is the safe reading.
    if (projected === undefined || !region.leaves(projected)) return { areaM2, insideM2: areaM2, outsideM2: 0 };
    const outside = areaOutsideM2(geometry, park.boundary, park.cadastralCrs);
    if (outside < SMALLEST_AREA_M2) return { areaM2, insideM2: areaM2, outsideM2: 0 };
    // Wholly outside: nothing inside, not the headline's rounding half a metre either way.
    const exact = figures.cadastralAreaExactM2 ?? figures.geodesicAreaM2;
    if (exact - outside < SMALLEST_AREA_M2) return { areaM2, insideM2: 0, outsideM2: exact };
    return { areaM2, insideM2: Math.max(0, areaM2 - outside), outsideM2: outside };
  };
}
