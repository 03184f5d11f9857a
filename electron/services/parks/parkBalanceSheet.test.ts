import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParkId } from '../../../shared/domain/ids';
import { plotAreaM2 } from '../../../shared/crs/plotArea';
import { DEFAULT_PROTECTION_ZONES } from '../../../shared/park/protectionZones';
import { dispatch } from '../../handlers/dispatch';
import { createHandlers } from '../../handlers/projectHandlers';
import { openDemoProject, TODAY, type DemoProject } from '../__fixtures__/demoStore';
import { parkBalanceSheet } from './parkBalanceSheet';
import { allocatePlots } from '../registry/plotAllocation';
import { createConnection } from '../utilities/utilityDemand';

let demo: DemoProject;
let ryazansky: ParkId;
beforeEach(() => {
  demo = openDemoProject();
  ryazansky = demo.store.parks.list().find((park) => park.name.includes('Рязанский'))!.id;
});
afterEach(() => demo.dispose());

describe('parkBalanceSheet', () => {
  it('lists rail access per plot and per spur, consistent with the rail-served count', () => {
    const sheet = parkBalanceSheet(demo.store, ryazansky, TODAY);
    expect(sheet.railThresholdM).toBe(50);
    const served = sheet.railAccess.plots.filter((plot) => plot.railServed);
    expect(served.map((plot) => plot.code).sort()).toEqual([...sheet.railServedPlots.codes].sort());
    for (const plot of served) expect(plot.distanceM).toBeLessThanOrEqual(50);
    for (const plot of sheet.railAccess.plots.filter((row) => !row.railServed)) expect(plot.distanceM).toBeGreaterThan(50);
    const bySpur = new Set(sheet.railAccess.spurs.flatMap((spur) => spur.servedPlotCodes));
    expect(bySpur).toEqual(new Set(sheet.railServedPlots.codes));
    expect(sheet.railAccess.spurs.map((spur) => spur.name)).toEqual(demo.store.railSpurs.listByPark(ryazansky).map((spur) => spur.name));
    const plotCodes = new Set(demo.store.plots.listByPark(ryazansky).map((plot) => plot.code));
    for (const conflict of sheet.protectionZones) expect(plotCodes.has(conflict.plotCode)).toBe(true);
  });

  it('follows an allocation: the free land shrinks by the plot (its МСК-62 area), occupancy and demand rise', () => {
    const before = parkBalanceSheet(demo.store, ryazansky, TODAY);
    const plot = demo.plot('Р-39');
    const areaHa = plotAreaM2(plot.geometry, 'MSK-62-1') / 10_000;
    allocatePlots(demo.store, { residentId: demo.resident('Рязанские композиты').id, plotIds: [plot.id], kind: 'lease', agreementNo: 'Л-9', startDate: TODAY }, TODAY);
    createConnection(demo.store, { plotId: plot.id, network: 'power', requestedCapacity: 1200, status: 'approved' });
    const after = parkBalanceSheet(demo.store, ryazansky, TODAY);
    expect(after.landBalance.parts.free).toBeCloseTo(before.landBalance.parts.free - areaHa, 9);
    expect(after.landBalance.parts.allocated).toBeCloseTo(before.landBalance.parts.allocated + areaHa, 9);
    expect(after.occupancyPct!).toBeGreaterThan(before.occupancyPct!);
    const power = (sheet: typeof before) => sheet.utilities.find((row) => row.network === 'power')!;
    expect(power(after).approved).toBe(power(before).approved + 1200);
    expect(power(after).reserve).toBe(power(before).reserve! - 1200);
  });

  it('answers over the channel with a threshold, and refuses a bad one or an unknown park', async () => {
    const handlers = createHandlers({ store: demo.store, file: demo.file, host: 'web', today: () => TODAY });
    const wide = await dispatch(handlers, 'park:report', { parkId: ryazansky, railThresholdM: 500 });
    expect(wide.ok && (wide.value as { railThresholdM: number }).railThresholdM).toBe(500);
    expect(await dispatch(handlers, 'park:report', { parkId: ryazansky, railThresholdM: -5 })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await dispatch(handlers, 'park:report', { parkId: 999 })).toMatchObject({ ok: false, error: { code: 'not-found', message: 'Park 999 does not exist' } });
  });

  it('lists the park\'s connections, and they add up to the utility balance', () => {
    const sheet = parkBalanceSheet(demo.store, ryazansky, TODAY);
    const parkPlots = new Set(demo.store.plots.listByPark(ryazansky).map((plot) => plot.id));
    const expected = demo.store.utilityConnections.list().filter((connection) => parkPlots.has(connection.plotId));
    expect(sheet.connections.map((row) => row.id).sort((a, b) => a - b)).toEqual(expected.map((row) => row.id).sort((a, b) => a - b));
    for (const balance of sheet.utilities) {
      const sum = (status: string) =>
        sheet.connections.filter((row) => row.network === balance.network && row.status === status).reduce((total, row) => total + row.requestedCapacity, 0);
      expect(sum('approved')).toBeCloseTo(balance.approved, 6);
      expect(sum('connected')).toBeCloseTo(balance.connected, 6);
    }
  });

  it('draws protection zones from the planner\'s edited table, and refuses a bad one', async () => {
    const handlers = createHandlers({ store: demo.store, file: demo.file, host: 'web', today: () => TODAY });
    const report = async (protectionZones: unknown) => {
      const answer = await dispatch(handlers, 'park:report', { parkId: ryazansky, protectionZones });
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.value as ReturnType<typeof parkBalanceSheet>;
    };
    const defaults = parkBalanceSheet(demo.store, ryazansky, TODAY);
    const scaled = (factor: number) => DEFAULT_PROTECTION_ZONES.map((row) => ({ ...row, halfWidthM: row.halfWidthM * factor }));
    const wide = await report(scaled(4));
    const narrow = await report(scaled(0.05));
    const area = (sheet: typeof defaults) => sheet.protectionZones.reduce((total, row) => total + row.overlapM2, 0);
    expect(area(wide)).toBeGreaterThan(area(defaults));
    expect(area(narrow)).toBeLessThan(area(defaults));
    const rail = wide.protectionZones.find((row) => row.network === 'rail');
    expect(rail?.halfWidthM).toBe(80);
    const bad = await dispatch(handlers, 'park:report', { parkId: ryazansky, protectionZones: [{ network: 'gas', halfWidthM: -2, source: '' }] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const unknown = await dispatch(handlers, 'park:report', { parkId: ryazansky, protectionZones: [{ network: 'lava', halfWidthM: 2, source: '' }] });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
