import type { PlotStatus } from '../domain/plot';
import type { Network } from '../domain/utility';

/**
 * The map's palette, in one place so the legend, the list badges and the tests read the same colours.
 * Plot fills are light enough to carry black labels and to print; the status order runs from free (green)
 * through the held states (warm) to infrastructure (neutral blue-grey).
 */
export const STATUS_COLORS = {
  free: '#a8dc8c',
  reserved: '#ffd966',
  allocated: '#f4a259',
  built: '#c9826b',
  infrastructure: '#b7c3d3',
} as const satisfies Record<PlotStatus, string>;

/** A darker edge per status for list badges, so a badge still reads on white. */
export const STATUS_EDGE_COLORS = {
  free: '#4f9a35',
  reserved: '#c79a00',
  allocated: '#c8661a',
  built: '#8e4a36',
  infrastructure: '#6b7c93',
} as const satisfies Record<PlotStatus, string>;

/** Utility networks after the usual engineering-plan conventions (power red, gas yellow, water blue...). */
export const NETWORK_COLORS = {
  power: '#d62728',
  gas: '#d4a000',
  water: '#1f6fd1',
  sewer: '#7b4a2a',
  heat: '#c2185b',
  telecom: '#6a3d9a',
  storm: '#0f9aa8',
} as const satisfies Record<Network, string>;

/** The selected plot's outline: a saturated blue that no status fill or network line uses. */
export const SELECTION_COLOR = '#0b4fd6';

export const MAP_COLORS = {
  background: '#f2f1ec',
  parkFill: '#e3ead9',
  parkOutline: '#2f3e46',
  plotOutline: '#4d4d4d',
  rail: '#3a3a3a',
  railTie: '#ffffff',
  labelText: '#1a1a1a',
  labelHalo: '#ffffff',
  /** ЕГРН parcels: magenta, the colour cadastral maps draw registered boundaries in. */
  parcelOutline: '#b0177a',
} as const;
