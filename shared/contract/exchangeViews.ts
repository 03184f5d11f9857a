import type { DomainGeometry } from '../domain/geometry';
import type { ExportFileRequest, ExportPreviewRequest, ImportRequest } from './exchangeRequests';

/** Page 1 of the allocation map as SVG text, drawn by the same code as the exported file. */
export interface ExportPreview {
  readonly svg: string;
  readonly pageCount: number;
  /** The scale denominator drawn at (the round scale chosen when the request said fit). */
  readonly scale: number;
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

export interface ImportFeatureNote {
  readonly label: string;
  readonly messages: readonly string[];
}

/** What the import pipeline made of the file, feature by feature (lists kept to the first 200). */
export interface ImportReportView {
  readonly format: string;
  readonly crs: string;
  readonly notes: readonly string[];
  readonly read: number;
  readonly accepted: number;
  readonly repairedCount: number;
  readonly rejectedCount: number;
  readonly repaired: readonly ImportFeatureNote[];
  readonly rejected: readonly ImportFeatureNote[];
  readonly written: number;
  readonly journaled: boolean;
}

/** The dry run: the report and the accepted features, in WGS84, for a preview layer on the map. */
export interface ImportPreview {
  readonly report: ImportReportView;
  readonly accepted: {
    readonly type: 'FeatureCollection';
    readonly features: readonly { readonly type: 'Feature'; readonly geometry: DomainGeometry; readonly properties: { readonly label: string } }[];
  };
}

/** The exchange channels (issue 5), merged into ChannelMap by channels.ts. */
export interface ExchangeChannelMap {
  'export:preview': [ExportPreviewRequest, ExportPreview];
  'export:file': [ExportFileRequest, ExportedFiles];
  'import:preview': [ImportRequest, ImportPreview];
  /** All or nothing: any rejected feature refuses the whole import and writes nothing. */
  'import:commit': [ImportRequest, ImportReportView];
}
