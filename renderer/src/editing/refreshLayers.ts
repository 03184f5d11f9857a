import type { MapLayers } from '../../../shared/contract/views';
import { getBridge } from '../bridge';

/** The map layers again after an edit; null when the fetch failed (the old layers stay on screen). */
export async function fetchMapLayers(): Promise<MapLayers | null> {
  const result = await getBridge().invoke('map:layers', {});
  return result.ok ? result.value : null;
}
