import type { PlotFromCoordinatesRequest } from '../../../../shared/contract/editRequests';
import type { PlotSaved } from '../../../../shared/contract/editViews';
import type { Position } from '../../../../shared/domain/geometry';
import type { Park } from '../../../../shared/domain/park';
import type { ProjectStore } from '../../../store/project';
import { expectPark, expectPlot } from '../../project/editTargets';
import { parseCoordinateList } from './coordinateList';
import { assertSoundOutline } from '../../plots/outlineCheck';
import { nextNewPlotCode } from '../../plots/plotCodes';
import { insertPlot, replaceOutline, savedPlot } from '../../plots/plotEditing';
import { RefusedError } from '../../refusals/refusedError';
import { message } from '../../../../shared/messages/message';

/** A point inside the park's extent, to tell "lon lat" lists from "lat lon" ones. */
function parkCentre(park: Park): Position {
  const positions = park.boundary.type === 'Polygon' ? park.boundary.coordinates.flat() : park.boundary.coordinates.flat(2);
  let lon = 0;
  let lat = 0;
  for (const [x, y] of positions) {
    lon += x;
    lat += y;
  }
  return positions.length === 0 ? [0, 0] : [lon / positions.length, lat / positions.length];
}

/**
 * "Paste coordinates": a vertex list from a cadastral extract or a survey creates a plot (code Н-n) or
 * replaces the outline of `plotId`. A line that does not read is refused with its number; nothing is
 * written. A plot saved partly or wholly outside the park is answered with that finding and its area.
 */
export function plotFromCoordinates(store: ProjectStore, request: PlotFromCoordinatesRequest): PlotSaved {
  const park = expectPark(store, request.parkId);
  const geometry = parseCoordinateList(request.text, request.crs, parkCentre(park));
  if (request.plotId === undefined) {
    assertSoundOutline(geometry, message('outline.pasted'));
    const code = nextNewPlotCode(store, park);
    const fields = { code, cadastralNumber: null, status: 'free', zone: 'production', notes: '', geometry } as const;
    const plot = insertPlot(store, park, fields, message('edit.plotFromCoordinates', { code }), false);
    return savedPlot(store, park, plot);
  }
  const plot = expectPlot(store, request.plotId);
  if (plot.parkId !== park.id) throw new RefusedError('plot.notInPark', { code: plot.code, park: park.name });
  assertSoundOutline(geometry, message('outline.pastedOfPlot', { code: plot.code }));
  return savedPlot(store, park, replaceOutline(store, plot, geometry, message('edit.outlineFromCoordinates', { code: plot.code }), false));
}
