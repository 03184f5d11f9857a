import type { CapacitySetRequest, ConnectionCreateRequest, ConnectionUpdateRequest } from '../../../shared/contract/utilityRequests';
import type { ParkCapacity, UtilityConnection } from '../../../shared/domain/utility';
import type { ProjectStore } from '../../store/project';
import { NotFoundError } from '../refusals/notFoundError';

/** Sets what one network can give the park's residents, replacing the previous figure. */
export function setParkCapacity(store: ProjectStore, request: CapacitySetRequest): ParkCapacity {
  return store.transaction(() => {
    if (store.parks.get(request.parkId) === null) throw new NotFoundError('notFound.park', { id: request.parkId });
    return store.parkCapacities.set(request);
  });
}

/** Records a plot's request to connect to a network. */
export function createConnection(store: ProjectStore, request: ConnectionCreateRequest): UtilityConnection {
  return store.transaction(() => {
    if (store.plots.get(request.plotId) === null) throw new NotFoundError('notFound.plot', { id: request.plotId });
    return store.utilityConnections.insert(request);
  });
}

/** Changes the given fields of a connection (most often its status: requested → approved → connected). */
export function updateConnection(store: ProjectStore, request: ConnectionUpdateRequest): UtilityConnection {
  const { connectionId, ...changes } = request;
  return store.transaction(() => {
    const current = store.utilityConnections.get(connectionId);
    if (current === null) throw new NotFoundError('notFound.utilityConnection', { id: connectionId });
    const next: UtilityConnection = {
      ...current,
      plotId: changes.plotId ?? current.plotId,
      network: changes.network ?? current.network,
      requestedCapacity: changes.requestedCapacity ?? current.requestedCapacity,
      status: changes.status ?? current.status,
    };
    if (store.plots.get(next.plotId) === null) throw new NotFoundError('notFound.plot', { id: next.plotId });
    return store.utilityConnections.update(next);
  });
}
