import type { DomainGeometry } from '../domain/geometry';
import type { Message } from '../messages/message';
import type { ExportFileRequest, ExportPreviewRequest, MappedField } from './exchangeRequests';

/** Page 1 of the allocation map as SVG text, drawn by the same code as the exported file. */
export interface ExportPreview {
  readonly svg: string;
  readonly pageCount: number;
  /** The scale denominator drawn at (the round scale chosen when the request said fit). */
  readonly scale: number;
  /** When the request named a dpi: the PNG's size in pixels at it. */
  readonly pixels?: { readonly width: number; readonly height: number };
  /** Set when the fixed scale is too large for the sheet and cuts the park off: the round scale that fits it. */
  readonly cutOff?: { readonly fittingScale: number };
}

export interface ExportedFile {
  readonly name: string;
  readonly mimeType: string;
  readonly base64: string;
}

/** Every file an export wrote: one for most formats, several for CSV (a table per file) and SVG/PNG atlases. */
export interface ExportedFiles {
  readonly files: readonly ExportedFile[];
}

/** One feature of the report and what was said about it, as keys with parameters worded where shown. */
export interface ImportFeatureNote {
  readonly label: Message;
  readonly messages: readonly Message[];
}

/** What the import pipeline made of the file, feature by feature (lists kept to the first 200). */
export interface ImportReportView {
  readonly things: 'features' | 'parcels';
  readonly format: Message;
  readonly crs: Message;
  readonly notes: readonly Message[];
  readonly read: number;
  readonly accepted: number;
  readonly repairedCount: number;
  readonly rejectedCount: number;
  readonly repaired: readonly ImportFeatureNote[];
  readonly rejected: readonly ImportFeatureNote[];
  readonly written: number;
  readonly journaled: boolean;
  /** Accepted plots overlapping plots of the park or earlier plots of the file (a warning, not a rejection). */
  readonly overlappingCount?: number;
  readonly overlapping?: readonly ImportFeatureNote[];
  /** Accepted plots lying partly outside the park boundary (a warning). */
  readonly outsideCount?: number;
  readonly outside?: readonly ImportFeatureNote[];
}

/** A column of the file with up to 3 distinct values seen in it, for the attribute mapping table. */
export interface ImportSourceColumn {
  readonly name: string;
  readonly samples: readonly string[];
}

/** What the file offers to choose from: its columns, which column fills each field, its feature tables. */
export interface ImportSourceView {
  readonly format: Message;
  /** Columns in file order, from the first 1000 features. */
  readonly columns: readonly ImportSourceColumn[];
  /** For each field of the chosen layer: the column that fills it (the planner's or the automatic pick), or null. */
  readonly fieldMap: Partial<Record<MappedField, string | null>>;
  /** For each field of the chosen layer: the column the common-name rule would pick, or null. */
  readonly automatic: Partial<Record<MappedField, string | null>>;
  /** A GeoPackage's feature tables (empty for other formats) and the one read. */
  readonly tables: readonly string[];
  readonly table: string | null;
}

/** Properties of an accepted feature on the preview map; overlaps/outside flag a plot to look at. */
export interface ImportPreviewProperties {
  readonly label: string;
  readonly overlaps?: boolean;
  readonly outside?: boolean;
}

/** The dry run: the report and the accepted features, in WGS84, for a preview layer on the map. */
export interface ImportPreview {
  readonly report: ImportReportView;
  readonly accepted: {
    readonly type: 'FeatureCollection';
    readonly features: readonly { readonly type: 'Feature'; readonly geometry: DomainGeometry; readonly properties: ImportPreviewProperties }[];
  };
  readonly source?: ImportSourceView;
}

/** The exchange channels (issue 5), merged into ChannelMap by channels.ts. */
export interface ExchangeChannelMap {
  'export:preview': [ExportPreviewRequest, ExportPreview];
  'export:file': [ExportFileRequest, ExportedFiles];
}
