import type { Message } from '../messages/message';
import type { LineStringGeometry, MultiPolygonGeometry, PolygonGeometry, AreaGeometry } from '../domain/geometry';
import type { ParkId, PlotId, RailSpurId, ResidentId, UtilityLineId } from '../domain/ids';
import type { PlotStatus, PlotZone } from '../domain/plot';
import type { RailSpurStatus } from '../domain/railSpur';
import type { Network, UtilityStatus } from '../domain/utility';
import type { AllocationKind } from '../domain/allocation';
import type { LandFigures } from '../park/landParts';

/**
 * Figures for one park, all derived: the land balance's glossary figures (shared/park/landParts.ts, in
 * hectares of the «Площадь» kind, counting only what lies inside the boundary), as the dashboard and
 * `report` give them.
 */
export interface ParkSummary {
  readonly id: ParkId;
  readonly name: string;
  readonly region: string;
  readonly illustrative: boolean;
  readonly declaredAreaHa: number | null;
  readonly boundaryAreaHa: number;
  /** The cadastral CRS key the areas are planar in; null when they are geodesic. */
  readonly areaCrs: string | null;
  readonly plotCount: number;
  readonly land: LandFigures;
  /** The plots reaching outside the boundary, each with its part outside (m²), in plot order. */
  readonly outsidePlots: readonly { readonly plotId: PlotId; readonly code: string; readonly outsideM2: number }[];
  /** Residents holding a plot of the park today. */
  readonly residentCount: number;
}

/**
 * A row another tool wrote that is not what its table holds (a MultiPolygon plot, a SpatiaLite blob, a
 * blob that does not decode): named by table and fid. `read` says whether it was read all the same (a
 * SpatiaLite blob is) or left out of the project's views; either way the file keeps it as it is.
 */
export interface RowFinding {
  readonly table: 'plots' | 'rail_spurs' | 'utility_lines' | 'cadastral_parcels';
  readonly fid: number;
  /** The row's code or name, as stored. */
  readonly name: string;
  readonly problem: Message;
  readonly read: boolean;
}

export interface ProjectSummary {
  readonly file: string;
  readonly parks: readonly ParkSummary[];
  /** Rows that could not be read as their table's features, and rows read though non-conforming. */
  readonly rowFindings: readonly RowFinding[];
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
  readonly region: string;
  readonly illustrative: boolean;
  readonly declaredAreaHa: number | null;
  readonly boundaryAreaHa: number;
  /** Key of the park's cadastral МСК zone (Park.cadastralCrs), or null when it has none. */
  readonly cadastralCrs: string | null;
  /** New plots are coded prefix + number (the park form shows it). */
  readonly codePrefix: string;
}

/** What the map and the plot list need of a plot. */
export interface PlotFeatureProps {
  readonly id: PlotId;
  readonly parkId: ParkId;
  readonly code: string;
  readonly status: PlotStatus;
  readonly zone: PlotZone;
  /** The «Площадь»: planar area in the park's cadastral CRS rounded to 1 m² as the ЕГРН, else geodesic. */
  readonly areaM2: number;
  readonly areaHa: number;
  /** WGS84 ellipsoidal area, m². */
  readonly areaM2Geodesic: number;
  /** The ЕГРН-rounded planar area in the park's cadastral CRS; null when the park has none. */
  readonly areaM2Cadastral: number | null;
  /** The cadastral CRS key (Park.cadastralCrs) areaM2 is in; null when areaM2 is geodesic. */
  readonly areaCrs: string | null;
  /** The part of areaM2 inside the park boundary, m² (areaM2 within it): what the land balance counts. */
  readonly areaInsideParkM2: number;
  /** The part outside the park boundary, m² (0 within it): the land balance leaves it out. */
  readonly areaOutsideParkM2: number;
  /** The resident holding the plot today (its active allocation), for the header's resident count. */
  readonly residentId: ResidentId | null;
  readonly residentName: string | null;
  /** The ЕГРН number (62:15:0000000:123), for finding the plot by it; null when it has none. */
  readonly cadastralNumber: string | null;
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

/** A parcel from a Rosreestr extract, as the map draws it: an outline with its cadastral number. */
export interface CadastralParcelFeatureProps {
  readonly id: number;
  readonly parkId: ParkId;
  readonly cadastralNumber: string;
  /** The area the ЕГРН states for it, m². */
  readonly declaredAreaM2: number | null;
  /** Its area as ParkPlan reads it (the park's МСК, rounded as the ЕГРН), m². */
  readonly areaM2: number;
}

export interface MapLayers {
  readonly parks: FeatureCollection<AreaGeometry, ParkFeatureProps>;
  readonly plots: FeatureCollection<PolygonGeometry, PlotFeatureProps>;
  readonly railSpurs: FeatureCollection<LineStringGeometry, RailSpurFeatureProps>;
  readonly utilityLines: FeatureCollection<LineStringGeometry, UtilityLineFeatureProps>;
  /** Reference parcels from Rosreestr extracts (read-only; the plot tools never edit them). */
  readonly cadastralParcels: FeatureCollection<MultiPolygonGeometry, CadastralParcelFeatureProps>;
  /** Rows of these layers another tool wrote that are not what their table holds (the plot list shows them). */
  readonly rowFindings: readonly RowFinding[];
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
  /** The «Площадь»: the ЕГРН-rounded planar area in the park's cadastral CRS, else the geodesic area. */
  readonly areaM2: number;
  readonly areaHa: number;
  readonly perimeterM: number;
  /** WGS84 ellipsoidal area, m², shown beside the headline. */
  readonly geodesicAreaM2: number;
  /** The ЕГРН-rounded planar area in the park's cadastral CRS, when the park has one. */
  readonly cadastralAreaM2: number | null;
  /** The CRS the headline is in («МСК-62, зона 1»); null when the headline is geodesic. */
  readonly areaCrsLabel: { readonly ru: string; readonly en: string } | null;
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
