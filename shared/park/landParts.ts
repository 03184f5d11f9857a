import type { PlotStatus, PlotZone } from '../domain/plot';
import type { MessageKey } from '../messages/message';

/*
 * The land balance as one partition of the park: every square metre inside the boundary is in exactly
 * one part (plots that overlap each other aside), so the parts add up to the park area and no term means
 * two numbers. The glossary (shared/messages/landTermMessages.ts) words each part and each figure derived
 * from them; the header, the dashboard, `report` and `info` all take their figures from here.
 */

/** Zones that carry the park's own infrastructure (substations, treatment works, roads, green buffers). */
export const INFRASTRUCTURE_ZONES: ReadonlySet<PlotZone> = new Set(['utility', 'green', 'road']);

/** The parts, in the order the balance lists them. */
export const LAND_PARTS = ['free', 'reserved', 'allocated', 'built', 'infrastructure', 'unplotted'] as const;
export type LandPart = (typeof LAND_PARTS)[number];

/** The glossary entry of each part. */
export const LAND_PART_TERMS: Readonly<Record<LandPart, MessageKey>> = {
  free: 'land.free',
  reserved: 'land.reserved',
  allocated: 'land.allocated',
  built: 'land.built',
  infrastructure: 'land.infrastructure',
  unplotted: 'land.unplotted',
};

/** A park's land in figures, hectares of the «Площадь» kind (МСК planar where the park has a CRS). */
export interface LandFigures {
  /** «Площадь парка»: the area inside the boundary. */
  readonly parkAreaHa: number;
  /** The partition; `unplotted` is the park area minus the plots inside it. */
  readonly parts: Readonly<Record<LandPart, number>>;
  /** «Земли для резидентов»: free + reserved + allocated + built. */
  readonly residentLandHa: number;
  /** «Занято резидентами»: reserved + allocated + built. */
  readonly occupiedHa: number;
  /** «Заполняемость»: occupied / resident land × 100, null without resident land. */
  readonly occupancyPct: number | null;
  /** «За границей парка»: plot area outside the boundary, in no part. */
  readonly outsideHa: number;
  /** How many plots reach outside. */
  readonly plotsOutsideCount: number;
}

/** What a plot brings to the balance: its status and zone and its area inside and outside the park, m². */
export interface PlotLand {
  readonly status: PlotStatus;
  readonly zone: PlotZone;
  readonly insideM2: number;
  readonly outsideM2: number;
}

/**
 * True for a plot residents can hold: neither status `infrastructure` nor a zone of the park's own
 * infrastructure (utility, green, road).
 *
 * @example
 * isResidentLand({ status: 'free', zone: 'production' }); // true
 * isResidentLand({ status: 'free', zone: 'road' });       // false
 */
export function isResidentLand(plot: { readonly status: PlotStatus; readonly zone: PlotZone }): boolean {
  return plot.status !== 'infrastructure' && !INFRASTRUCTURE_ZONES.has(plot.zone);
}

/**
 * The part of the balance a plot's land is in: infrastructure by status or zone, else its status.
 *
 * @example
 * landPartOf({ status: 'allocated', zone: 'road' });       // 'infrastructure'
 * landPartOf({ status: 'allocated', zone: 'production' }); // 'allocated'
 */
export function landPartOf(plot: { readonly status: PlotStatus; readonly zone: PlotZone }): Exclude<LandPart, 'unplotted'> {
  return isResidentLand(plot) ? (plot.status as Exclude<PlotStatus, 'infrastructure'>) : 'infrastructure';
}

const HECTARE = 10_000;

/**
 * The figures from the park area and its plots' land.
 *
 * @example
 * landFigures(5_600_000, plots.map((plot) => ({ ...plot, ...inPark(plot.geometry) }))).parts.free; // ha on offer
 */
export function landFigures(parkAreaM2: number, plots: Iterable<PlotLand>): LandFigures {
  const m2 = Object.fromEntries(LAND_PARTS.map((part) => [part, 0])) as Record<LandPart, number>;
  let plotted = 0;
  let outside = 0;
  let plotsOutside = 0;
  for (const plot of plots) {
    m2[landPartOf(plot)] += plot.insideM2;
    plotted += plot.insideM2;
    outside += plot.outsideM2;
    if (plot.outsideM2 > 0) plotsOutside += 1;
  }
  m2.unplotted = parkAreaM2 - plotted;
  const parts = Object.fromEntries(LAND_PARTS.map((part) => [part, m2[part] / HECTARE])) as Record<LandPart, number>;
  const occupiedHa = parts.reserved + parts.allocated + parts.built;
  const residentLandHa = parts.free + occupiedHa;
  return {
    parkAreaHa: parkAreaM2 / HECTARE,
    parts,
    residentLandHa,
    occupiedHa,
    occupancyPct: residentLandHa > 0 ? (occupiedHa / residentLandHa) * 100 : null,
    outsideHa: outside / HECTARE,
    plotsOutsideCount: plotsOutside,
  };
}
