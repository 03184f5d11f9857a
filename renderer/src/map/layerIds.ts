/** Source and layer ids of the planner's map, shared by the style, the visibility toggles and click handling. */
export const SOURCE = {
  parks: 'parks',
  plots: 'plots',
  railSpurs: 'rail-spurs',
  utilityLines: 'utility-lines',
  cadastralParcels: 'cadastral-parcels',
  /** The selected plot alone: a selection redraws this one feature, never the plot tiles. */
  plotSelection: 'plot-selection',
} as const;

export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];

export const LAYER = {
  background: 'background',
  parkFill: 'park-fill',
  parkOutline: 'park-outline',
  plotFill: 'plot-fill',
  plotOutline: 'plot-outline',
  utilityLines: 'utility-lines',
  railCasing: 'rail-casing',
  railTies: 'rail-ties',
  railLabel: 'rail-label',
  plotSelected: 'plot-selected',
  plotAreaLabel: 'plot-area-label',
  plotLabel: 'plot-label',
  parcelHit: 'parcel-hit',
  parcelOutline: 'parcel-outline',
  parcelPicked: 'parcel-picked',
  parcelLabel: 'parcel-label',
} as const;

export type LayerId = (typeof LAYER)[keyof typeof LAYER];
