import type { UnderlayStatus, UnderlayView } from '../../../shared/contract/underlayChannels';
import type { Underlay } from '../../../shared/domain/underlay';
import { message, type Message } from '../../../shared/messages/message';
import { scanCorners } from '../../../shared/underlay/scanCorners';
import { fitGeoreference } from '../../../shared/underlay/georefTransform';
import { vectorSchemaOf } from '../../../shared/underlay/vectorSchema';
import { UnderlayFileError } from './tileSource';
import type { UnderlayTiles } from './underlayTiles';

/** The message a planner reads for a file that cannot be drawn. */
export function underlayProblem(underlay: Underlay, error: unknown): Message {
  const params = { name: underlay.name, path: underlay.path };
  if (!(error instanceof UnderlayFileError)) return message('underlay.file.unreadable', { ...params, detail: error instanceof Error ? error.message : String(error) });
  if (error.reason === 'missing') return message('underlay.file.missing', params);
  if (error.reason === 'format' && error.detail === 'no CRS') return message('underlay.file.noCrs', params);
  if (error.reason === 'format') return message('underlay.file.format', { ...params, detail: error.detail });
  return message('underlay.file.unreadable', { ...params, detail: error.detail });
}

async function statusOf(underlay: Underlay, tiles: UnderlayTiles): Promise<UnderlayStatus> {
  if (underlay.kind === 'scan' && underlay.georeference !== null) {
    const placed = scanCorners(underlay.georeference);
    const outcome = fitGeoreference(underlay.georeference.transform, underlay.georeference.controlPoints);
    return {
      state: 'scan',
      corners: placed?.corners ?? null,
      residuals: outcome.ok ? outcome.fit.residuals : [],
      rms: outcome.ok ? outcome.fit.rms : null,
    };
  }
  try {
    const { info } = await tiles.source(underlay);
    return { state: 'tiles', minZoom: info.minZoom, maxZoom: info.maxZoom, bounds: info.bounds, tileSize: info.tileSize, vector: info.vectorLayers === null ? null : { layers: info.vectorLayers, schema: vectorSchemaOf(info.vectorLayers) } };
  } catch (error) {
    return { state: 'unavailable', problem: underlayProblem(underlay, error) };
  }
}

/** Every underlay of the project with what can be drawn of it now; a missing file is a status, never a failure. */
export async function listUnderlayViews(underlays: readonly Underlay[], tiles: UnderlayTiles): Promise<UnderlayView[]> {
  return Promise.all(underlays.map(async (underlay) => ({ ...underlay, status: await statusOf(underlay, tiles) })));
}
