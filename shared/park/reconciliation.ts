import { toCadastral } from '../crs/cadastralArea';
import { cadastralCrsOf } from '../crs/cadastralCrs';
import { plotAreaM2 } from '../crs/plotArea';
import type { CadastralParcel } from '../domain/cadastralParcel';
import type { AreaGeometry, Position } from '../domain/geometry';
import type { Park } from '../domain/park';
import type { Plot } from '../domain/plot';
import { localFrameAround } from '../geometry/localFrame';
import { sharedAreaM2 } from '../validation/overlapArea';

/*
 * Plots against the ЕГРН: each plot with a cadastral number beside the parcel of that number — the
 * declared area and its inaccuracy, our area in the park's МСК (as the ЕГРН rounds it), the difference in
 * m² and as a share of the inaccuracy (over 1: outside what the register allows), and the largest distance
 * between the two boundaries in metres — then plots whose number has no parcel, parcels that overlap plots
 * of other numbers, and parcels no plot carries.
 */

export interface PlotParcelMatch {
  readonly plotCode: string;
  readonly cadastralNumber: string;
  readonly declaredAreaM2: number | null;
  readonly areaInaccuracyM2: number | null;
  /** The plot's «Площадь»: its МСК area rounded to 1 m² (geodesic when the park has no CRS). */
  readonly plotAreaM2: number;
  /** plotAreaM2 − declaredAreaM2; null without a declared area. */
  readonly differenceM2: number | null;
  /** |difference| / inaccuracy; null without either. Above 1 the plot is outside the register's tolerance. */
  readonly shareOfInaccuracy: number | null;
  /** The largest distance from a vertex of either outline to the other outline, metres. */
  readonly maxDeviationM: number;
}

export interface ParcelOverlap {
  readonly cadastralNumber: string;
  readonly plotCode: string;
  readonly plotCadastralNumber: string | null;
  readonly overlapM2: number;
}

export interface Reconciliation {
  readonly park: string;
  /** The CRS the areas and distances are in, or null (geodesic areas, local-frame distances). */
  readonly crs: string | null;
  readonly matched: readonly PlotParcelMatch[];
  readonly plotsWithoutParcel: readonly { readonly plotCode: string; readonly cadastralNumber: string }[];
  readonly parcelsOverlappingOtherPlots: readonly ParcelOverlap[];
  readonly parcelsWithoutPlot: readonly string[];
}

/** Overlaps below this are the noise of two outlines drawn along the same line. */
const OVERLAP_NOISE_M2 = 0.5;

const normalised = (number: string): string => number.replace(/\s+/g, '');

type Planar = (position: Position) => readonly [number, number];

function ringsOf(geometry: AreaGeometry): (readonly Position[])[] {
  return geometry.type === 'Polygon' ? [...geometry.coordinates] : geometry.coordinates.flat();
}

function distanceToSegment(p: readonly [number, number], a: readonly [number, number], b: readonly [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** The largest distance from a vertex of `from` to the boundary of `to`, in the plane. */
function directedDeviation(from: AreaGeometry, to: AreaGeometry, planar: Planar): number {
  const segments = ringsOf(to).flatMap((ring) => {
    const points = ring.map(planar);
    return points.slice(1).map((point, i) => [points[i] as readonly [number, number], point] as const);
  });
  let worst = 0;
  for (const ring of ringsOf(from)) {
    for (const position of ring) {
      const p = planar(position);
      let nearest = Number.POSITIVE_INFINITY;
      for (const [a, b] of segments) nearest = Math.min(nearest, distanceToSegment(p, a, b));
      worst = Math.max(worst, nearest);
    }
  }
  return worst;
}

/** Symmetric largest boundary deviation (Hausdorff over the vertices), metres. */
export function maxBoundaryDeviationM(a: AreaGeometry, b: AreaGeometry, planar: Planar): number {
  return Math.max(directedDeviation(a, b, planar), directedDeviation(b, a, planar));
}

interface Box {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

function boxOf(geometry: AreaGeometry): Box {
  const positions = ringsOf(geometry).flat();
  return {
    west: Math.min(...positions.map((p) => p[0])),
    south: Math.min(...positions.map((p) => p[1])),
    east: Math.max(...positions.map((p) => p[0])),
    north: Math.max(...positions.map((p) => p[1])),
  };
}

const boxesMeet = (a: Box, b: Box): boolean => a.west <= b.east && b.west <= a.east && a.south <= b.north && b.south <= a.north;

/**
 * The reconciliation of one park's plots with its ЕГРН parcels.
 *
 * @example
 * reconcilePark(park, plots, parcels).matched[0]; // { plotCode: 'Р-13', differenceM2: 0, maxDeviationM: 0.5, … }
 */
export function reconcilePark(park: Park, plots: readonly Plot[], parcels: readonly CadastralParcel[]): Reconciliation {
  const ownPlots = plots.filter((plot) => plot.parkId === park.id);
  const ownParcels = parcels.filter((parcel) => parcel.parkId === park.id);
  const crs = cadastralCrsOf(park.cadastralCrs);
  const frame = crs === null ? localFrameAround(ringsOf(park.boundary).flat()) : null;
  const planar: Planar = (position) => {
    if (frame !== null) return frame.toXY(position);
    const { x, y } = toCadastral(position, crs?.key ?? '');
    return [y, x];
  };
  const parcelByNumber = new Map(ownParcels.map((parcel) => [normalised(parcel.cadastralNumber), parcel]));
  const plotNumbers = new Set(ownPlots.flatMap((plot) => (plot.cadastralNumber === null ? [] : [normalised(plot.cadastralNumber)])));

  const matched: PlotParcelMatch[] = [];
  const plotsWithoutParcel: { plotCode: string; cadastralNumber: string }[] = [];
  for (const plot of ownPlots) {
    if (plot.cadastralNumber === null || plot.cadastralNumber.trim() === '') continue;
    const parcel = parcelByNumber.get(normalised(plot.cadastralNumber));
    if (parcel === undefined) {
      plotsWithoutParcel.push({ plotCode: plot.code, cadastralNumber: plot.cadastralNumber });
      continue;
    }
    const areaM2 = plotAreaM2(plot.geometry, park.cadastralCrs);
    const differenceM2 = parcel.declaredAreaM2 === null ? null : areaM2 - parcel.declaredAreaM2;
    matched.push({
      plotCode: plot.code,
      cadastralNumber: parcel.cadastralNumber,
      declaredAreaM2: parcel.declaredAreaM2,
      areaInaccuracyM2: parcel.areaInaccuracyM2,
      plotAreaM2: areaM2,
      differenceM2,
      shareOfInaccuracy: differenceM2 === null || parcel.areaInaccuracyM2 === null || parcel.areaInaccuracyM2 === 0 ? null : Math.abs(differenceM2) / parcel.areaInaccuracyM2,
      maxDeviationM: maxBoundaryDeviationM(plot.geometry, parcel.geometry, planar),
    });
  }

  const plotBoxes = ownPlots.map((plot) => ({ plot, box: boxOf(plot.geometry) }));
  const parcelsOverlappingOtherPlots: ParcelOverlap[] = [];
  for (const parcel of ownParcels) {
    const box = boxOf(parcel.geometry);
    for (const { plot, box: plotBox } of plotBoxes) {
      if (plot.cadastralNumber !== null && normalised(plot.cadastralNumber) === normalised(parcel.cadastralNumber)) continue;
      if (!boxesMeet(box, plotBox)) continue;
      const overlapM2 = sharedAreaM2(plot.geometry, parcel.geometry);
      if (overlapM2 > OVERLAP_NOISE_M2) {
        parcelsOverlappingOtherPlots.push({ cadastralNumber: parcel.cadastralNumber, plotCode: plot.code, plotCadastralNumber: plot.cadastralNumber, overlapM2 });
      }
    }
  }

  return {
    park: park.name,
    crs: crs?.key ?? null,
    matched,
    plotsWithoutParcel,
    parcelsOverlappingOtherPlots,
    parcelsWithoutPlot: ownParcels.filter((parcel) => !plotNumbers.has(normalised(parcel.cadastralNumber))).map((parcel) => parcel.cadastralNumber),
  };
}
