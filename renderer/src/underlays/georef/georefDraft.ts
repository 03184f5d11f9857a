import type { ControlPoint, GeorefTransformKind, ScanGeoreference } from '../../../../shared/domain/underlay';
import { fitGeoreference, type GeorefFitOutcome } from '../../../../shared/underlay/georefTransform';

/*
 * The georeferencing panel's state as data and one pure function from an action to the next state: a
 * control point is begun by a click on the scan (its pixel) and finished by a click on the map or a typed
 * map point; any point can be moved on either side or deleted, and the fit is recomputed from the points
 * each time, so the residuals follow every change.
 */

export interface GeorefDraft {
  readonly crs: string;
  readonly transform: GeorefTransformKind;
  readonly points: readonly ControlPoint[];
  /** A pixel clicked on the scan, waiting for its map point. */
  readonly pending: { readonly px: number; readonly py: number } | null;
}

export type GeorefAction =
  | { readonly type: 'place-pixel'; readonly px: number; readonly py: number }
  | { readonly type: 'place-map'; readonly x: number; readonly y: number }
  | { readonly type: 'cancel-pending' }
  | { readonly type: 'move-pixel'; readonly index: number; readonly px: number; readonly py: number }
  | { readonly type: 'move-map'; readonly index: number; readonly x: number; readonly y: number }
  | { readonly type: 'delete'; readonly index: number }
  | { readonly type: 'transform'; readonly transform: GeorefTransformKind }
  | { readonly type: 'crs'; readonly crs: string }
  | { readonly type: 'reset'; readonly draft: GeorefDraft };

/** The draft a stored scan starts from. */
export function draftOf(georeference: ScanGeoreference): GeorefDraft {
  return { crs: georeference.crs, transform: georeference.transform, points: georeference.controlPoints, pending: null };
}

const replaced = (points: readonly ControlPoint[], index: number, change: Partial<ControlPoint>): readonly ControlPoint[] =>
  points.map((point, i) => (i === index ? { ...point, ...change } : point));

/**
 * @example
 * const begun = georefReducer(draft, { type: 'place-pixel', px: 120, py: 40 });
 * georefReducer(begun, { type: 'place-map', x: 452_160, y: 1_322_100 }).points.length; // one more point
 */
export function georefReducer(draft: GeorefDraft, action: GeorefAction): GeorefDraft {
  switch (action.type) {
    case 'place-pixel':
      return { ...draft, pending: { px: action.px, py: action.py } };
    case 'place-map':
      if (draft.pending === null) return draft;
      return { ...draft, points: [...draft.points, { ...draft.pending, x: action.x, y: action.y }], pending: null };
    case 'cancel-pending':
      return { ...draft, pending: null };
    case 'move-pixel':
      return { ...draft, points: replaced(draft.points, action.index, { px: action.px, py: action.py }) };
    case 'move-map':
      return { ...draft, points: replaced(draft.points, action.index, { x: action.x, y: action.y }) };
    case 'delete':
      return { ...draft, points: draft.points.filter((_, i) => i !== action.index) };
    case 'transform':
      return { ...draft, transform: action.transform };
    case 'crs':
      // The numbers stay as typed: the planner picks the CRS to say which zone they were typed in.
      return { ...draft, crs: action.crs };
    case 'reset':
      return action.draft;
  }
}

/** The fit of the draft's points, as the panel shows it (residuals per point and the RMS, in metres). */
export const draftFit = (draft: GeorefDraft): GeorefFitOutcome => fitGeoreference(draft.transform, draft.points);

/** Whether two drafts store the same georeference (the pending pixel is not stored). */
export const sameStored = (a: GeorefDraft, b: GeorefDraft): boolean =>
  a.crs === b.crs && a.transform === b.transform && JSON.stringify(a.points) === JSON.stringify(b.points);
