import type { LineStringGeometry, PolygonGeometry, AreaGeometry } from '../domain/geometry';
import type { ParkId, PlotId, RailSpurId, UtilityLineId } from '../domain/ids';
import type { PlotStatus, PlotZone } from '../domain/plot';
import type { RailSpurStatus } from '../domain/railSpur';
import type { Network, UtilityStatus } from '../domain/utility';
import type { AllocationKind } from '../domain/allocation';

/** Figures for one park, all derived (geodesic areas in hectares). */
export interface ParkSummary {
  readonly id: ParkId;
  readonly name: string;
  readonly region: string;
  readonly illustrative: boolean;
  readonly declaredAreaHa: number | null;
  readonly boundaryAreaHa: number;
  readonly plotCount: number;
  readonly plotAreaHa: number;
  readonly allocatedAreaHa: number;
  readonly freeAreaHa: number;
  readonly residentCount: number;
}

export interface ProjectSummary {
  readonly file: string;
  readonly parks: readonly ParkSummary[];
}

export interface Feature<G, P> {
  readonly type: 'Feature';
  readonly id: number;
  readonly geometry: G;
  readonly properties: P;
}

export interface FeatureCollection<G, P> {
  readonly type: 'FeatureCollection';
  readonly features: readonly Feature<G, P>[];
}

export interface ParkFeatureProps {
  readonly id: ParkId;
  readonly name: string;
  readonly boundaryAreaHa: number;
  /** Key of the park's cadastral МСК zone (Park.cadastralCrs), or null when it has none. */
  readonly cadastralCrs: string | null;
}

/** What the map and the plot list need of a plot. */
export interface PlotFeatureProps {
  readonly id: PlotId;
  readonly parkId: ParkId;
  readonly code: string;
  readonly status: PlotStatus;
  readonly zone: PlotZone;
  readonly areaM2: number;
  readonly areaHa: number;
  readonly residentName: string | null;
}

export interface RailSpurFeatureProps {
  readonly id: RailSpurId;
  readonly parkId: ParkId;
  readonly name: string;
  readonly status: RailSpurStatus;
  readonly station: string;
  readonly lengthM: number;
}

export interface UtilityLineFeatureProps {
  readonly id: UtilityLineId;
  readonly parkId: ParkId;
  readonly name: string;
  readonly network: Network;
  readonly capacity: number | null;
  readonly serviceClass: string;
  readonly status: UtilityStatus;
  readonly lengthM: number;
}

export interface MapLayers {
  readonly parks: FeatureCollection<AreaGeometry, ParkFeatureProps>;
  readonly plots: FeatureCollection<PolygonGeometry, PlotFeatureProps>;
  readonly railSpurs: FeatureCollection<LineStringGeometry, RailSpurFeatureProps>;
  readonly utilityLines: FeatureCollection<LineStringGeometry, UtilityLineFeatureProps>;
}

/** Everything the details panel shows for one plot. */
export interface PlotDetails {
  readonly id: PlotId;
  readonly parkId: ParkId;
  readonly parkName: string;
  readonly code: string;
  readonly cadastralNumber: string | null;
  readonly status: PlotStatus;
  readonly zone: PlotZone;
  readonly notes: string;
  readonly areaM2: number;
  readonly areaHa: number;
  readonly perimeterM: number;
  /** Planar area in the park's cadastral МСК zone, when the park has one. */
  readonly cadastralAreaM2: number | null;
  readonly vertexCount: number;
  readonly resident: {
    readonly name: string;
    readonly sector: string;
    readonly kind: AllocationKind;
    readonly agreementNo: string;
    readonly startDate: string;
  } | null;
}

export interface AppInfo {
  readonly version: string;
  /** 'desktop' under Electron, 'web' when served to a browser. */
  readonly host: 'desktop' | 'web';
  readonly file: string;
}
