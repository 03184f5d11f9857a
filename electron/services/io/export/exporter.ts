import type { Park } from '../../../../shared/domain/park';
import type { ProjectStore } from '../../../store/project';
import type { Orientation, PaperSize } from '../map/paperSizes';
import type { ProjectSnapshot } from '../../project/projectSnapshot';

export const LEGEND_KINDS = ['status', 'resident'] as const;
export type LegendKind = (typeof LEGEND_KINDS)[number];

export const CSV_TABLES = ['plots', 'residents', 'allocations'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/**
 * What the planner asked for on the command line (or in the export dialog). Every field is optional: an
 * exporter takes the ones it understands and its own defaults for the rest; the dispatcher has already
 * checked each value against its list or range.
 */
export interface ExportOptions {
  /** The `--park` text as given; the chosen parks are in ExportContext.parks. */
  readonly park?: string;
  readonly paper?: PaperSize;
  readonly orientation?: Orientation;
  /** True scale denominator: 2000 means 1:2000. Absent means fit to the page. */
  readonly scale?: number;
  /** One page per resident. */
  readonly atlas?: boolean;
  readonly legend?: LegendKind;
  readonly dpi?: number;
  /** Draw the park's МСК zone grid on the map. */
  readonly grid?: boolean;
  /** Draw the project's visible underlays under the plan (raster at `dpi`). */
  readonly underlays?: boolean;
  /** Draw the park's ЕГРН parcels as outlines with their cadastral numbers. */
  readonly parcels?: boolean;
  /** The map sheet's heading, in place of «Схема размещения резидентов». */
  readonly title?: string;
  /** Who drew the sheet, for its title block. */
  readonly author?: string;
  /** YYYY-MM-DD: the date the map prints and whose allocations it draws (today by default). */
  readonly date?: string;
  /** For CSV: the one table to write; absent writes all three (OUT.csv, OUT-residents.csv, OUT-allocations.csv). */
  readonly table?: CsvTable;
}

/** Everything an exporter needs; the snapshot is already narrowed to the chosen parks. */
export interface ExportContext {
  /** The open project (read-only in the CLI). Use it only for what the snapshot cannot give, e.g. backup(). */
  readonly store: ProjectStore;
  readonly snapshot: ProjectSnapshot;
  /** The parks being exported: all of them, or the one `--park` named. */
  readonly parks: readonly Park[];
  /** True when `--park` narrowed the export, so an exporter copying whole files must drop the rest. */
  readonly narrowed: boolean;
  readonly options: ExportOptions;
  /** The file to write, as given; write it atomically (writeFileAtomic or withAtomicOutput). */
  readonly outFile: string;
  /** ISO date that decides which allocations are active. */
  readonly today: string;
}

/** What an exporter reports back: the files it wrote and a one-line summary per file for the CLI. */
export interface ExportResult {
  readonly files: readonly { readonly path: string; readonly summary: string }[];
  /** What the planner should know about the output (a map cut off at its frame); the files are written. */
  readonly warnings?: readonly string[];
}

/** Writes one format. Must write every file atomically: on failure no partial output is left behind. */
export type Exporter = (context: ExportContext) => ExportResult | Promise<ExportResult>;

/** The options a format may take beyond --park; the CLI refuses the others for that format. */
export type ExportOptionName = Exclude<keyof ExportOptions, 'park'>;

/** What a format's module exports: its writer. */
export interface ExportWriter {
  readonly write: Exporter;
}

/**
 * A registry entry: the options the format understands, a short description for the usage text, and its
 * writer's module, loaded only when that format is asked for (a CLI run pays for one format, not eight).
 */
export interface ExporterEntry {
  readonly describe: string;
  readonly accepts: readonly ExportOptionName[];
  readonly load: () => Promise<ExportWriter>;
}
