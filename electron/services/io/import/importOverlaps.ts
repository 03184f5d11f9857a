import Flatbush from 'flatbush';
import type { PolygonGeometry, Position } from '../../../../shared/domain/geometry';
import type { Park } from '../../../../shared/domain/park';
import type { Plot } from '../../../../shared/domain/plot';
import { geodesicArea } from '../../../../shared/geometry/geodesicArea';
import { localFrameAround, type XY } from '../../../../shared/geometry/localFrame';
import { ON_EDGE_TOLERANCE_M } from '../../../../shared/geometry/planarSegments';
import { openRing } from '../../../../shared/geometry/polygonRings';
import { interiorsOverlap, leavesRegion } from '../../../../shared/validation/interiorTests';
import { liesWithin } from '../../../../shared/validation/containment';
import { areaOutsideM2, sharedAreaM2 } from '../../../../shared/validation/overlapArea';
import { plotAreaFigures } from '../../../../shared/crs/plotArea';
import { checkPlotShape, type ProjectedPlot } from '../../../../shared/validation/plotShape';
import { message, type Message } from '../../../../shared/messages/message';

/*
 * Imported plots that overlap plots already in the park, or plots earlier in the same file, or that
 * leave the park boundary: not rejected (a surveyor's outline may be right and the plan wrong) but
 * warned about, with the area involved (overlaps geodesic, the part outside in the park's МСК where it
 * has one, as the land balance leaves it out). The same pieces as validatePark: outlines projected
 * into the park's local frame, boxes in an R-tree (Flatbush) for the park's plots and a grid for the
 * file's, the 1 mm interior tests, and sharedAreaM2 for the area.
 */

/** Overlaps and excursions smaller than this (1 cm²) are rounding, as in validatePark. */
const SMALLEST_AREA_M2 = 1e-4;
/** Grid cell for the file's own plots, metres. */
const CELL_M = 250;
/**
 * The file's plots are remembered, for overlaps among them, up to this many vertices in all (~8 MB):
 * a 100 MB file is streamed in bounded memory, and past this its later plots are checked against the
 * park and the plots remembered only.
 */
export const REMEMBERED_FILE_VERTICES = 50_000;
const E = ON_EDGE_TOLERANCE_M;

export interface PlotWarnings {
  /** "overlaps plot П-12 by 123.4 m²", one per plot overlapped. */
  readonly overlaps: readonly Message[];
  /** "56.0 m² lie outside the park boundary", or null. */
  readonly outside: Message | null;
}

export interface PlotOverlapCheck {
  /** Warnings for a plot about to be imported; the plot is then remembered for the file's later plots. */
  check(code: string, geometry: PolygonGeometry): PlotWarnings;
  /** The number of plots remembered when memory ran out, or null while every plot is remembered. */
  readonly stoppedRemembering: number | null;
}

/** A repaired outline (rings closed, RFC 7946 winding) in the frame: open rings, interior on the left. */
function project(geometry: PolygonGeometry, toXY: (position: Position) => XY): ProjectedPlot {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const rings = geometry.coordinates.map((ring) =>
    openRing(ring).map((position) => {
      const p = toXY(position);
      if (p[0] < minX) minX = p[0];
      if (p[0] > maxX) maxX = p[0];
      if (p[1] < minY) minY = p[1];
      if (p[1] > maxY) maxY = p[1];
      return p;
    }),
  );
  return { rings, minX, minY, maxX, maxY };
}

interface Known {
  readonly code: string;
  readonly geometry: PolygonGeometry;
  readonly projected: ProjectedPlot;
}

/** An area as the report gives it: to 0.1 m², worded per language (a decimal comma in Russian). */
const squareMetres = (area: number): number => Math.round(area * 10) / 10;

/**
 * A checker for one import into `park`, whose plots are `existing`.
 *
 * @example
 * const overlaps = plotOverlapCheck(park, store.plots.listByPark(park.id));
 * overlaps.check('Г-1', outline); // { overlaps: [message('import.warn.overlaps', { code: 'П-12', area: 123.4 })], outside: null }
 */
export function plotOverlapCheck(park: Pick<Park, 'boundary' | 'cadastralCrs'>, existing: readonly Pick<Plot, 'code' | 'geometry'>[]): PlotOverlapCheck {
  const boundaryPolygons = park.boundary.type === 'Polygon' ? [park.boundary.coordinates] : park.boundary.coordinates;
  const frame = localFrameAround(boundaryPolygons.flat(2));
  const region: XY[][] = boundaryPolygons.flatMap((rings) => rings.map((ring) => openRing(ring).map(frame.toXY)));
  const regionEdges = region.flatMap((ring) => ring.map((p, i): readonly [XY, XY] => [ring[(i + ring.length - 1) % ring.length] as XY, p]));
  const edgeIndex = new Flatbush(Math.max(1, regionEdges.length));
  for (const [a, b] of regionEdges) edgeIndex.add(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
  if (regionEdges.length === 0) edgeIndex.add(0, 0, 0, 0);
  edgeIndex.finish();

  const parkPlots: Known[] = existing.flatMap((plot) => {
    const projected = checkPlotShape(plot.geometry, frame).projected;
    return projected === undefined ? [] : [{ code: plot.code, geometry: plot.geometry, projected }];
  });
  const index = new Flatbush(Math.max(1, parkPlots.length));
  for (const { projected: p } of parkPlots) index.add(p.minX, p.minY, p.maxX, p.maxY);
  if (parkPlots.length === 0) index.add(0, 0, 0, 0);
  index.finish();

  // The file's plots arrive one by one, so a static R-tree will not do; a grid of cells holds them.
  const filePlots: Known[] = [];
  const grid = new Map<string, number[]>();
  const cellsOf = (p: ProjectedPlot): string[] => {
    const keys: string[] = [];
    for (let x = Math.floor((p.minX - E) / CELL_M); x <= Math.floor((p.maxX + E) / CELL_M); x++) {
      for (let y = Math.floor((p.minY - E) / CELL_M); y <= Math.floor((p.maxY + E) / CELL_M); y++) keys.push(`${x} ${y}`);
    }
    return keys;
  };

  const overlapWith = (plot: PolygonGeometry, p: ProjectedPlot, other: Known): number => {
    const q = other.projected;
    if (p.maxX + E < q.minX || q.maxX + E < p.minX || p.maxY + E < q.minY || q.maxY + E < p.minY) return 0;
    if (!interiorsOverlap(p.rings, q.rings, p, q)) return 0;
    // One wholly inside the other shares itself: its own area, without the overlay.
    const area = liesWithin(p.rings, q.rings, p) ? geodesicArea(plot) : liesWithin(q.rings, p.rings, q) ? geodesicArea(other.geometry) : sharedAreaM2(plot, other.geometry);
    return area < SMALLEST_AREA_M2 ? 0 : area;
  };

  let rememberedVertices = 0;
  let stoppedRemembering: number | null = null;
  return {
    get stoppedRemembering() {
      return stoppedRemembering;
    },
    check(code, geometry) {
      // The pipeline has repaired the outline already (closed, wound, no self-intersection).
      const p = project(geometry, frame.toXY);
      const overlaps: Message[] = [];
      for (const slot of index.search(p.minX - E, p.minY - E, p.maxX + E, p.maxY + E)) {
        const other = parkPlots[slot];
        const area = other === undefined ? 0 : overlapWith(geometry, p, other);
        if (other !== undefined && area > 0) overlaps.push(message('import.warn.overlaps', { code: other.code, area: squareMetres(area) }));
      }
      const cells = cellsOf(p);
      const nearby = new Set(cells.flatMap((key) => grid.get(key) ?? []));
      for (const slot of [...nearby].sort((a, b) => a - b)) {
        const other = filePlots[slot] as Known;
        const area = overlapWith(geometry, p, other);
        if (area > 0) overlaps.push(message('import.warn.overlapsEarlier', { code: other.code, area: squareMetres(area) }));
      }
      let outside: Message | null = null;
      if (region.length > 0) {
        const near = edgeIndex
          .search(p.minX - E, p.minY - E, p.maxX + E, p.maxY + E)
          .map((k) => regionEdges[k])
          .filter((edge): edge is readonly [XY, XY] => edge !== undefined);
        if (leavesRegion(p.rings, region, near)) {
          // No boundary edge near the plot's box: it lies wholly outside, and the overlay is not needed.
          // Measured as the land balance leaves it out: in the park's МСК where it has one.
          const whole = plotAreaFigures(geometry, park.cadastralCrs);
          const area = near.length === 0 ? (whole.cadastralAreaExactM2 ?? whole.geodesicAreaM2) : areaOutsideM2(geometry, park.boundary, park.cadastralCrs);
          if (!(area < SMALLEST_AREA_M2)) outside = message('import.warn.outside', { area: squareMetres(area) });
        }
      }
      const vertices = p.rings.reduce((sum, ring) => sum + ring.length, 0);
      if (stoppedRemembering === null && rememberedVertices + vertices > REMEMBERED_FILE_VERTICES) stoppedRemembering = filePlots.length;
      if (stoppedRemembering === null) {
        rememberedVertices += vertices;
        filePlots.push({ code, geometry, projected: p });
        for (const key of cells) {
          const slots = grid.get(key);
          if (slots === undefined) grid.set(key, [filePlots.length - 1]);
          else slots.push(filePlots.length - 1);
        }
      }
      return { overlaps, outside };
    },
  };
}
