import { DEFAULT_MAP_DPI, MAP_DPI_RANGE, MAP_SCALE_RANGE } from '../../../../shared/contract/mapSheetLimits';
import type { ParkId } from '../../../../shared/domain/ids';
import type { LegendBy } from './mapContent';
import type { Orientation, PaperSize } from './paperSizes';

export const MAP_FORMATS = ['pdf', 'svg', 'png'] as const;
export type MapFormat = (typeof MAP_FORMATS)[number];

/** What a planner chooses for an allocation map; everything but the format and park has a default. */
export interface AllocationMapOptions {
  readonly format: MapFormat;
  readonly parkId: ParkId;
  readonly paper?: PaperSize;
  readonly orientation?: Orientation;
  /** A true scale 1:N, N from 500 to 10 000, or 'fit' for the round scale that fits the park to the sheet. */
  readonly scale?: number | 'fit';
  readonly legendBy?: LegendBy;
  /** Draw the coordinate grid of the park's МСК zone. */
  readonly grid?: boolean;
  /** Draw the park's ЕГРН parcels as outlines with their cadastral numbers. */
  readonly parcels?: boolean;
  /** One page per resident holding land in the park, after an overview page. */
  readonly atlas?: boolean;
  /** Pixels per inch of a PNG, and of the underlays' raster in any format. */
  readonly dpi?: number;
  /** Draw the project's visible underlays (basemaps, orthophotos, placed scans) under the plan. */
  readonly underlays?: boolean;
  readonly title?: string;
  readonly author?: string;
  /** ISO YYYY-MM-DD: the date printed, and the day whose allocations the map shows. Today by default. */
  readonly date?: string;
}

export type ResolvedMapOptions = Required<Omit<AllocationMapOptions, 'title'>> & { readonly title: string | null };

export const SCALE_RANGE = MAP_SCALE_RANGE;
export const DPI_RANGE = MAP_DPI_RANGE;

const blankToNull = (text: string | undefined): string | null => (text === undefined || text.trim() === '' ? null : text.trim());

/**
 * Options with defaults filled in; a scale or DPI out of range is a RangeError naming the limits.
 * «Составил» is the author asked for, else the project's `preparedBy`, and a dash only when neither is known.
 */
export function resolveMapOptions(options: AllocationMapOptions, today: string, preparedBy: string | null = null): ResolvedMapOptions {
  const scale = options.scale ?? 'fit';
  if (scale !== 'fit' && (!Number.isFinite(scale) || scale < SCALE_RANGE[0] || scale > SCALE_RANGE[1])) {
    throw new RangeError(`The scale must be 1:${SCALE_RANGE[0]} to 1:${SCALE_RANGE[1]} or fit (got 1:${scale})`);
  }
  const dpi = options.dpi ?? DEFAULT_MAP_DPI;
  if (!Number.isFinite(dpi) || dpi < DPI_RANGE[0] || dpi > DPI_RANGE[1]) {
    throw new RangeError(`The PNG resolution must be ${DPI_RANGE[0]} to ${DPI_RANGE[1]} dpi (got ${dpi})`);
  }
  const date = options.date ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`The date must be YYYY-MM-DD (got ${date})`);
  return {
    format: options.format,
    parkId: options.parkId,
    paper: options.paper ?? 'A3',
    orientation: options.orientation ?? 'landscape',
    scale,
    legendBy: options.legendBy ?? 'status',
    grid: options.grid ?? false,
    parcels: options.parcels ?? false,
    atlas: options.atlas ?? false,
    underlays: options.underlays ?? false,
    dpi,
    // A blank title or author (an emptied field in the dialog) means the default, not an empty line.
    title: blankToNull(options.title),
    author: blankToNull(options.author) ?? blankToNull(preparedBy ?? undefined) ?? '—',
    date,
  };
}
