import { describe, expect, it } from 'vitest';
import type { EditState, PlotEdited, PlotsEdited } from '../../../shared/contract/editViews';
import type { LineStringGeometry } from '../../../shared/domain/geometry';
import type { PlotId } from '../../../shared/domain/ids';
import type { Plot } from '../../../shared/domain/plot';
import { geodesicArea } from '../../../shared/geometry/geodesicArea';
import { type ChannelCalls } from '../__fixtures__/channelCalls';
import { openDemoPerTest } from '../__fixtures__/demoPerTest';
import { type DemoProject } from '../__fixtures__/demoStore';
import { wordedEditState } from '../__fixtures__/wordedEditState';

let demo: DemoProject;
let calls: ChannelCalls;
openDemoPerTest((opened) => ({ demo, calls } = opened));

/** A straight line across the plot through its centre, from far outside to far outside. */
function lineAcross(plot: Plot): LineStringGeometry {
  const ring = plot.geometry.coordinates[0]!.slice(0, -1);
  const lon = ring.reduce((sum, p) => sum + p[0], 0) / ring.length;
  const lat = ring.reduce((sum, p) => sum + p[1], 0) / ring.length;
  return { type: 'LineString', coordinates: [[lon - 0.0003, lat - 0.01], [lon + 0.0003, lat + 0.01]] };
}

const plotsOf = (ids: readonly PlotId[]): Plot[] => ids.map((id) => demo.store.plots.get(id)!);
const relative = (a: number, b: number): number => Math.abs(a - b) / b;

describe('plots:split', () => {
  it('cuts a plot into pieces whose areas add up to the original within 1e-9, codes Р-13/1, Р-13/2', async () => {
    const plot = demo.store.plots.update({ ...demo.plot('Р-13'), cadastralNumber: '62:15:0060301:55', notes: 'у дороги' });
    const { plotIds, edit } = await calls.value<PlotsEdited>('plots:split', { plotId: plot.id, line: lineAcross(plot) });
    expect(plotIds).toHaveLength(2);
    expect(plotIds[0]).toBe(plot.id);
    const pieces = plotsOf(plotIds);
    expect(pieces.map((piece) => piece.code)).toEqual(['Р-13/1', 'Р-13/2']);
    for (const piece of pieces) expect(piece).toMatchObject({ status: plot.status, zone: plot.zone, notes: 'у дороги', cadastralNumber: null, parkId: plot.parkId });
    const total = pieces.reduce((sum, piece) => sum + geodesicArea(piece.geometry), 0);
    expect(relative(total, geodesicArea(plot.geometry))).toBeLessThan(1e-9);
    expect(wordedEditState(edit).undoLabel).toBe('Split plot Р-13');

    await calls.value<EditState>('edits:undo', {});
    expect(demo.store.plots.get(plot.id)).toEqual(plot);
    expect(demo.store.plots.get(plotIds[1]!)).toBeNull();
    await calls.value<EditState>('edits:redo', {});
    expect(plotsOf(plotIds)).toEqual(pieces);
  });

  it('refuses a line that misses the plot, and a held plot naming its holder, writing nothing', async () => {
    const plot = demo.plot('Р-13');
    const before = demo.fileBytes();
    const far: LineStringGeometry = { type: 'LineString', coordinates: [[39.7, 54.8], [39.71, 54.81]] };
    const missed = await calls.failure('plots:split', { plotId: plot.id, line: far });
    expect(missed).toMatchObject({ code: 'refused', message: expect.stringMatching(/^Cannot split plot Р-13: /) });
    const held = demo.plot('Р-08');
    const refused = await calls.failure('plots:split', { plotId: held.id, line: lineAcross(held) });
    expect(refused.message).toMatch(/Cannot split plot Р-08: it is held by .+\. End that allocation first\./);
    expect(demo.fileBytes().equals(before)).toBe(true);
  });
});

describe('plots:merge', () => {
  it('merges the two halves of a split back into the original outline', async () => {
    const plot = demo.plot('Р-13');
    const { plotIds } = await calls.value<PlotsEdited>('plots:split', { plotId: plot.id, line: lineAcross(plot) });
    const merged = await calls.value<PlotEdited>('plots:merge', { plotIds: [plotIds[0], plotIds[1]] });
    expect(merged.plotId).toBe(plot.id);
    expect(wordedEditState(merged.edit).undoLabel).toBe('Merge plots Р-13/1 and Р-13/2');
    const after = demo.store.plots.get(plot.id)!;
    expect(relative(geodesicArea(after.geometry), geodesicArea(plot.geometry))).toBeLessThan(1e-9);
    expect(demo.store.plots.get(plotIds[1]!)).toBeNull();
    await calls.value('edits:undo', {});
    expect(plotsOf(plotIds).map((piece) => piece.code)).toEqual(['Р-13/1', 'Р-13/2']);
  });

  it('moves the removed plot\'s connections to the merged plot; undo moves them back', async () => {
    const plot = demo.plot('Р-13');
    const { plotIds } = await calls.value<PlotsEdited>('plots:split', { plotId: plot.id, line: lineAcross(plot) });
    const second = plotIds[1]!;
    const connection = demo.store.utilityConnections.insert({ plotId: second, network: 'gas', requestedCapacity: 40, status: 'approved' });
    await calls.value('plots:merge', { plotIds: [plotIds[0], second] });
    expect(demo.store.utilityConnections.get(connection.id)!.plotId).toBe(plot.id);
    await calls.value('edits:undo', {});
    expect(demo.store.utilityConnections.get(connection.id)).toEqual(connection);
  });

  it('refuses plots that lie apart, and a plot merged with itself, writing nothing', async () => {
    const before = demo.fileBytes();
    const apart = await calls.failure('plots:merge', { plotIds: [demo.plot('Р-13').id, demo.plot('Р-52').id] });
    expect(apart).toMatchObject({ code: 'refused', key: 'plot.mergeRefused', params: { a: 'Р-13', b: 'Р-52', reason: { key: 'geometry.apart' } } });
    expect(apart.message).toMatch(/^Cannot merge plots Р-13 and Р-52: The plots are apart/);
    const self = await calls.failure('plots:merge', { plotIds: [demo.plot('Р-13').id, demo.plot('Р-13').id] });
    expect(self.message).toContain('a plot cannot be merged with itself');
    expect(demo.fileBytes().equals(before)).toBe(true);
  });
});

describe('plots:subdivide', () => {
  it('cuts a plot into N plots of equal area along a chosen edge', async () => {
    const plot = demo.plot('Р-13');
    const { plotIds, edit } = await calls.value<PlotsEdited>('plots:subdivide', { plotId: plot.id, baseEdgeIndex: 0, count: 4 });
    expect(wordedEditState(edit).undoLabel).toBe('Subdivide plot Р-13 into 4');
    const pieces = plotsOf(plotIds);
    expect(pieces.map((piece) => piece.code)).toEqual(['Р-13/1', 'Р-13/2', 'Р-13/3', 'Р-13/4']);
    const whole = geodesicArea(plot.geometry);
    for (const piece of pieces) expect(relative(geodesicArea(piece.geometry), whole / 4)).toBeLessThan(1e-6);
    const total = pieces.reduce((sum, piece) => sum + geodesicArea(piece.geometry), 0);
    expect(relative(total, whole)).toBeLessThan(1e-9);
  });

  it('refuses a missing edge and asks for exactly one of count and targetAreaM2', async () => {
    const plot = demo.plot('Р-13');
    const count = demo.store.plots.list().length;
    expect((await calls.failure('plots:subdivide', { plotId: plot.id, baseEdgeIndex: 40, count: 2 })).message).toMatch(/^Cannot subdivide plot Р-13: /);
    expect((await calls.failure('plots:subdivide', { plotId: plot.id, baseEdgeIndex: 0, count: 2, targetAreaM2: 5000 })).message).toContain('give either count or targetAreaM2');
    expect(demo.store.plots.list().length).toBe(count);
  });
});
