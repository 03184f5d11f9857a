/*
 * What an allocation map sheet may be — paper, orientation, scale, resolution, the length of its title
 * and author — as plain constants, the one source for the export dialog, the request schemas
 * (mapSheetFields.ts), the CLI's flags and the map writer. No zod here: the CLI checks its flags with
 * these without loading the schemas.
 */

export const MAP_PAPERS = ['A4', 'A3', 'A2', 'A1', 'A0'] as const;
export type MapPaper = (typeof MAP_PAPERS)[number];
export const MAP_ORIENTATIONS = ['portrait', 'landscape'] as const;
export type MapOrientation = (typeof MAP_ORIENTATIONS)[number];
/** The true scale range of an allocation map, 1:500 to 1:10 000. */
export const MAP_SCALE_RANGE = [500, 10_000] as const;

/** The longest title the title block takes; a longer one would be cut at the block's edge anyway. */
export const MAP_TITLE_MAX = 160;
/** The longest author (a person or a department). */
export const MAP_AUTHOR_MAX = 120;
/** PNG resolution, pixels per inch: 36 for a thumbnail to 1200 for a print shop. */
export const MAP_DPI_RANGE = [36, 1200] as const;
/** The PNG resolutions the export dialog offers; the CLI and the contract take any whole number in range. */
export const MAP_DPI_CHOICES = [72, 96, 150, 200, 300, 600] as const;
export const DEFAULT_MAP_DPI = 150;

/**
 * Why `text` cannot go on a sheet, or null when it can: too long, or holding a control character (they
 * have no place on paper, and most are not even allowed in SVG's XML).
 *
 * @example
 * sheetTextProblem('Отдел генплана', MAP_AUTHOR_MAX); // null
 * sheetTextProblem('a\u0007b', MAP_AUTHOR_MAX); // 'no control characters'
 */
export function sheetTextProblem(text: string, max: number): string | null {
  if (text.length > max) return `at most ${max} characters`;
  if (/\p{Cc}/u.test(text)) return 'no control characters';
  return null;
}

/** The sheet's words and extras a request may carry; each one left out takes the writer's default. */
export interface MapSheetChoices {
  /** Draw the coordinate grid of the park's МСК zone (none when the park has no zone). */
  readonly grid?: boolean;
  /** Draw the park's ЕГРН parcels (imported Rosreestr extracts) as outlines with their cadastral numbers. */
  readonly parcels?: boolean;
  /** Replaces the sheet's heading; empty or absent keeps «Схема размещения резидентов». */
  readonly title?: string;
  readonly author?: string;
  /** YYYY-MM-DD: the date printed and the day whose allocations are drawn; today when absent. */
  readonly date?: string;
  /** Pixels per inch of a PNG, and of the underlays' raster in any map format. */
  readonly dpi?: number;
  /** Draw the project's visible underlays under the plan (the exported file; the preview leaves them out). */
  readonly underlays?: boolean;
}
