import type {
  RailSpurCreateRequest,
  RailSpurGeometryUpdateRequest,
  RailSpurIdRequest,
  UtilityLineCreateRequest,
  UtilityLineGeometryUpdateRequest,
  UtilityLineIdRequest,
} from '../../../shared/contract/editRequests';
import type { EditDone, RailSpurCreated, UtilityLineCreated } from '../../../shared/contract/editViews';
import { message } from '../../../shared/messages/message';
import type { RailSpurId, UtilityLineId } from '../../../shared/domain/ids';
import type { RailSpur } from '../../../shared/domain/railSpur';
import type { UtilityLine } from '../../../shared/domain/utility';
import type { ProjectStore } from '../../store/project';
import { editState, recordEdit } from '../journal/editJournal';
import { expectPark } from '../project/editTargets';
import { NotFoundError } from '../refusals/notFoundError';
import { assertSoundLine } from '../plots/outlineCheck';

/* "Draw rail spur" and "Draw utility line": LineStrings drawn, reshaped and deleted, each one journaled edit. */

function expectRailSpur(store: ProjectStore, id: RailSpurId): RailSpur {
  const spur = store.railSpurs.get(id);
  if (spur === null) throw new NotFoundError('notFound.railSpur', { id: id });
  return spur;
}

function expectUtilityLine(store: ProjectStore, id: UtilityLineId): UtilityLine {
  const line = store.utilityLines.get(id);
  if (line === null) throw new NotFoundError('notFound.utilityLine', { id: id });
  return line;
}

export function createRailSpur(store: ProjectStore, request: RailSpurCreateRequest): RailSpurCreated {
  const park = expectPark(store, request.parkId);
  assertSoundLine(request.geometry, message('outline.railSpur', { name: request.name }));
  const spur = recordEdit(store, message('edit.drawRailSpur', { name: request.name }), (recorder) => {
    const inserted = store.railSpurs.insert({ ...request, parkId: park.id });
    recorder.inserted('rail_spurs', inserted.id);
    return inserted;
  });
  return { railSpurId: spur.id, edit: editState(store) };
}

export function updateRailSpurGeometry(store: ProjectStore, request: RailSpurGeometryUpdateRequest): EditDone {
  const spur = expectRailSpur(store, request.railSpurId);
  assertSoundLine(request.geometry, message('outline.railSpur', { name: spur.name }));
  recordEdit(store, message('edit.reshapeRailSpur', { name: spur.name }), (recorder) => {
    recorder.willChange('rail_spurs', spur.id);
    store.railSpurs.update({ ...expectRailSpur(store, spur.id), geometry: request.geometry });
  });
  return { edit: editState(store) };
}

export function deleteRailSpur(store: ProjectStore, request: RailSpurIdRequest): EditDone {
  const spur = expectRailSpur(store, request.railSpurId);
  recordEdit(store, message('edit.deleteRailSpur', { name: spur.name }), (recorder) => {
    recorder.willChange('rail_spurs', spur.id);
    store.railSpurs.remove(spur.id);
  });
  return { edit: editState(store) };
}

export function createUtilityLine(store: ProjectStore, request: UtilityLineCreateRequest): UtilityLineCreated {
  const park = expectPark(store, request.parkId);
  assertSoundLine(request.geometry, message('outline.utilityLine', { name: request.name }));
  const line = recordEdit(store, message('edit.drawUtilityLine', { network: message(`edit.network.${request.network}`), name: request.name }), (recorder) => {
    const inserted = store.utilityLines.insert({ ...request, parkId: park.id });
    recorder.inserted('utility_lines', inserted.id);
    return inserted;
  });
  return { utilityLineId: line.id, edit: editState(store) };
}

export function updateUtilityLineGeometry(store: ProjectStore, request: UtilityLineGeometryUpdateRequest): EditDone {
  const line = expectUtilityLine(store, request.utilityLineId);
  assertSoundLine(request.geometry, message('outline.utilityLine', { name: line.name }));
  recordEdit(store, message('edit.reshapeUtilityLine', { network: message(`edit.network.${line.network}`), name: line.name }), (recorder) => {
    recorder.willChange('utility_lines', line.id);
    store.utilityLines.update({ ...expectUtilityLine(store, line.id), geometry: request.geometry });
  });
  return { edit: editState(store) };
}

export function deleteUtilityLine(store: ProjectStore, request: UtilityLineIdRequest): EditDone {
  const line = expectUtilityLine(store, request.utilityLineId);
  recordEdit(store, message('edit.deleteUtilityLine', { network: message(`edit.network.${line.network}`), name: line.name }), (recorder) => {
    recorder.willChange('utility_lines', line.id);
    store.utilityLines.remove(line.id);
  });
  return { edit: editState(store) };
}
