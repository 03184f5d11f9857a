import type { ParkBoundarySource, ParkCreateRequest, ParkEdited, ParkUpdateRequest } from '../../../shared/contract/parkChannels';
import type { AreaGeometry, PolygonGeometry } from '../../../shared/domain/geometry';
import type { ParkId } from '../../../shared/domain/ids';
import { message } from '../../../shared/messages/message';
import type { ProjectStore } from '../../store/project';
import type { StagedUploads } from '../io/exchange/stagedUploads';
import { parseCoordinateList } from '../io/import/coordinateList';
import { editState, recordEdit, type EditRecorder } from '../journal/editJournal';
import { assertSoundOutline } from '../plots/outlineCheck';
import { expectPark } from '../project/editTargets';
import { readParkBoundary } from './parkBoundaryInput';
import { addPark, checkParkFields, refuseTakenParkName, removePark } from './parkSetup';

/*
 * The app's park form (issue 11): a park created, changed (name, CRS, declared area, prefix, boundary)
 * and deleted, each one undoable edit. The checks are parkSetup's, which `parkplan park add` uses too.
 */

/** The boundary the planner gave: drawn, pasted or from a staged file; an outline that crosses itself is refused. */
export function boundaryFrom(source: ParkBoundarySource, uploads: StagedUploads, parkName: string): AreaGeometry {
  const what = message('park.boundary.what', { park: parkName });
  const sound = (polygon: PolygonGeometry): PolygonGeometry => {
    assertSoundOutline(polygon, what);
    return polygon;
  };
  switch (source.kind) {
    case 'drawn':
      return sound(source.geometry);
    case 'coordinates':
      // No park yet to tell "lon lat" from "lat lon" by: degrees are read as the list's own order says.
      return sound(parseCoordinateList(source.text, source.crs, null));
    case 'upload':
      return readParkBoundary({ input: uploads.path(source.uploadId), ...(source.crs === undefined ? {} : { crs: source.crs }), ...(source.table === undefined ? {} : { table: source.table }) });
  }
}

/** Adds the park as one undoable edit. */
export function createPark(store: ProjectStore, uploads: StagedUploads, request: ParkCreateRequest): ParkEdited {
  const fields = checkParkFields(request);
  const boundary = boundaryFrom(request.boundary, uploads, fields.name);
  const park = recordEdit(store, `Park ${fields.name}`, (recorder) => {
    const added = addPark(store, { ...fields, boundary });
    recorder.inserted('parks', added.id);
    return added;
  });
  return { parkId: park.id, edit: editState(store) };
}

/** Changes the fields given (a rename, a new CRS, declared area or prefix, a reshaped boundary) as one undoable edit. */
export function updatePark(store: ProjectStore, uploads: StagedUploads, request: ParkUpdateRequest): ParkEdited {
  const park = expectPark(store, request.parkId);
  const fields = checkParkFields({
    name: request.name ?? park.name,
    cadastralCrs: request.cadastralCrs === undefined ? park.cadastralCrs : request.cadastralCrs,
    declaredAreaHa: request.declaredAreaHa === undefined ? park.declaredAreaHa : request.declaredAreaHa,
    codePrefix: request.codePrefix === undefined ? park.codePrefix : request.codePrefix,
  });
  const boundary = request.boundary === undefined ? park.boundary : boundaryFrom(request.boundary, uploads, fields.name);
  recordEdit(store, `Park ${fields.name}`, (recorder) => {
    refuseTakenParkName(store, fields.name, park.id);
    recorder.willChange('parks', park.id);
    store.parks.update({ ...park, ...fields, boundary });
  });
  return { parkId: park.id, edit: editState(store) };
}

/** Every row that goes with the park (ON DELETE CASCADE), so that undo puts them all back. */
function recordParkContents(store: ProjectStore, parkId: ParkId, recorder: EditRecorder): void {
  recorder.willChange('parks', parkId);
  for (const plot of store.plots.listByPark(parkId)) {
    recorder.willChange('plots', plot.id);
    for (const connection of store.journalRows.connectionIdsOfPlot(plot.id)) recorder.willChange('utility_connections', connection);
  }
  for (const spur of store.railSpurs.listByPark(parkId)) recorder.willChange('rail_spurs', spur.id);
  for (const line of store.utilityLines.listByPark(parkId)) recorder.willChange('utility_lines', line.id);
  for (const capacity of store.journalRows.capacityIdsOfPark(parkId)) recorder.willChange('park_capacities', capacity);
  for (const parcel of store.journalRows.parcelIdsOfPark(parkId)) recorder.willChange('cadastral_parcels', parcel);
}

/** Deletes the park with everything in it, refused while a plot of it is allocated; undo brings it all back. */
export function deletePark(store: ProjectStore, parkId: ParkId): ParkEdited {
  const park = expectPark(store, parkId);
  recordEdit(store, `Delete park ${park.name}`, (recorder) => {
    recordParkContents(store, park.id, recorder);
    removePark(store, park);
  });
  return { parkId: park.id, edit: editState(store) };
}
