import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParkId, PlotId, UtilityConnectionId } from '../../../shared/domain/ids';
import { openDemoProject, type DemoProject } from '../__fixtures__/demoStore';
import { createConnection, setParkCapacity, updateConnection } from './utilityDemand';

let demo: DemoProject;
beforeEach(() => {
  demo = openDemoProject();
});
afterEach(() => demo.dispose());

describe('setParkCapacity', () => {
  it('replaces a network capacity and adds one the park did not have', () => {
    const park = demo.store.parks.list().find((candidate) => candidate.name.includes('Карандаш'))!;
    const before = demo.store.parkCapacities.listByPark(park.id);
    expect(before.some((row) => row.network === 'gas')).toBe(false);
    setParkCapacity(demo.store, { parkId: park.id, network: 'gas', capacity: 450.5 });
    setParkCapacity(demo.store, { parkId: park.id, network: 'power', capacity: 3200 });
    demo.reopen();
    const after = demo.store.parkCapacities.listByPark(park.id);
    expect(after).toHaveLength(before.length + 1);
    expect(demo.store.parkCapacities.get(park.id, 'gas')?.capacity).toBe(450.5);
    expect(demo.store.parkCapacities.get(park.id, 'power')?.capacity).toBe(3200);
  });

  it('names a park that does not exist', () => {
    expect(() => setParkCapacity(demo.store, { parkId: 404 as ParkId, network: 'gas', capacity: 1 })).toThrow('Park 404 does not exist');
  });
});

describe('connections', () => {
  it('records a request and moves it through approved to connected', () => {
    const plot = demo.plot('Р-03');
    const created = createConnection(demo.store, { plotId: plot.id, network: 'heat', requestedCapacity: 0.8, status: 'requested' });
    expect(created).toMatchObject({ plotId: plot.id, network: 'heat', requestedCapacity: 0.8, status: 'requested' });
    expect(updateConnection(demo.store, { connectionId: created.id, status: 'approved' })).toEqual({ ...created, status: 'approved' });
    const connected = updateConnection(demo.store, { connectionId: created.id, status: 'connected', requestedCapacity: 1.1 });
    demo.reopen();
    expect(demo.store.utilityConnections.get(created.id)).toEqual(connected);
    expect(connected).toMatchObject({ status: 'connected', requestedCapacity: 1.1, network: 'heat' });
  });

  it('names a missing plot or connection and writes nothing', () => {
    const count = demo.store.utilityConnections.list().length;
    expect(() => createConnection(demo.store, { plotId: 9999 as PlotId, network: 'gas', requestedCapacity: 1, status: 'requested' })).toThrow('Plot 9999 does not exist');
    expect(() => updateConnection(demo.store, { connectionId: 9999 as UtilityConnectionId, status: 'approved' })).toThrow('Utility connection 9999 does not exist');
    expect(demo.store.utilityConnections.list()).toHaveLength(count);
  });
});
