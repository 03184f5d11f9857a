import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type * as maplibregl from 'maplibre-gl';
import type { UnderlayView } from '../../../../shared/contract/underlayChannels';
import type { ControlPoint, ScanGeoreference } from '../../../../shared/domain/underlay';
import type { GeorefFitOutcome } from '../../../../shared/underlay/georefTransform';
import { mapPointConverter, scanCorners } from '../../../../shared/underlay/scanCorners';
import type { Underlays } from '../useUnderlays';
import { moveScanImage } from '../underlayLayers';
import { draftFit, draftOf, georefReducer, sameStored, type GeorefAction, type GeorefDraft } from './georefDraft';

export interface GeorefSession {
  /** The draft with a marker being dragged where it is now. */
  readonly shown: GeorefDraft;
  readonly fit: GeorefFitOutcome;
  readonly converter: ReturnType<typeof mapPointConverter>;
  readonly dispatch: (action: GeorefAction) => void;
  /** A scan marker dragged (`done` false: only the view follows) or let go (stored). */
  readonly dragPixel: (index: number, px: number, py: number, done: boolean) => void;
}

/**
 * One scan's georeferencing: the draft, its fit recomputed on every change, the map's image moved with a
 * dragged marker, and every finished change stored (underlays:georeference), which redraws the scan from
 * the fitted corners as a colleague opening the file will see it.
 */
export function useGeorefSession(view: UnderlayView & { readonly georeference: ScanGeoreference }, map: maplibregl.Map | null, change: Underlays['change']): GeorefSession {
  const stored = useMemo(() => draftOf(view.georeference), [view.georeference]);
  const [draft, dispatch] = useReducer(georefReducer, stored);
  const [drag, setDrag] = useState<{ readonly index: number; readonly px: number; readonly py: number } | null>(null);

  const shown = useMemo<GeorefDraft>(() => {
    if (drag === null) return draft;
    const points = draft.points.map((p, i): ControlPoint => (i === drag.index ? { ...p, px: drag.px, py: drag.py } : p));
    return { ...draft, points };
  }, [draft, drag]);
  const fit = useMemo(() => draftFit(shown), [shown]);
  const converter = useMemo(() => mapPointConverter(shown.crs), [shown.crs]);

  useEffect(() => {
    if (sameStored(draft, stored)) return;
    void change('underlays:georeference', { id: view.id, crs: draft.crs, transform: draft.transform, controlPoints: draft.points });
  }, [draft, stored, change, view.id]);

  useEffect(() => {
    if (map === null || drag === null) return;
    const placed = scanCorners({ ...view.georeference, crs: shown.crs, transform: shown.transform, controlPoints: shown.points });
    if (placed !== null) moveScanImage(map, view.id, placed.corners);
  }, [map, drag, shown, view.georeference, view.id]);

  const dragPixel = useCallback((index: number, px: number, py: number, done: boolean) => {
    if (!done) {
      setDrag({ index, px, py });
      return;
    }
    setDrag(null);
    dispatch({ type: 'move-pixel', index, px, py });
  }, []);

  return { shown, fit, converter, dispatch, dragPixel };
}
