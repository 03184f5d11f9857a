import { formatMessage } from '../../../shared/messages/message';
import { describe, expect, it } from 'vitest';
import type { EditState, PlotFinding, PlotSaved } from '../../../shared/contract/editViews';
import type { PolygonGeometry } from '../../../shared/domain/geometry';
import { geodesicArea } from '../../../shared/geometry/geodesicArea';
import { rectangleAt, ringAt, type ChannelCalls } from '../__fixtures__/channelCalls';
import { openDemoPerTest } from '../__fixtures__/demoPerTest';
import { type DemoProject } from '../__fixtures__/demoStore';
import { wordedEditState } from '../__fixtures__/wordedEditState';

let demo: DemoProject;
let calls: ChannelCalls;
openDemoPerTest((opened) => ({ demo, calls } = opened));

const parkId = (): number => demo.plot('Р-13').parkId;
const plotCount = (): number => demo.store.plots.list().length;

/** A bow tie: its first and third segments cross. */
const bowTie = (lon: number, lat: number): PolygonGeometry => ({
  type: 'Polygon',
  coordinates: [ringAt(lon, lat, [[0, 0], [100, 100], [100, 0], [0, 100]])],
});

describe('plots:create', () => {
  it('saves a drawn plot with the next Н-code, answers its findings and an undoable edit', async () => {
    const host = demo.plot('Р-13');
    // Half on Р-13: the overlap is saved and reported, with its area.
    const [lon, lat] = host.geometry.coordinates[0]![0]!;
    const geometry = rectangleAt(lon, lat, 80, 60);
    const saved = await calls.value<PlotSaved>('plots:create', { parkId: parkId(), geometry, zone: 'warehouse' });
    const plot = demo.store.plots.get(saved.plotId as never)!;
    expect(plot).toMatchObject({ code: 'Н-1', status: 'free', zone: 'warehouse', cadastralNumber: null });
    expect(plot.geometry).toEqual(geometry);
    const overlap = saved.findings.find((finding: PlotFinding) => finding.kind === 'overlap' && finding.otherPlotId === host.id);
    expect(overlap?.areaM2).toBeGreaterThan(10);
    expect(overlap?.message).toMatchObject({ key: 'finding.overlapOf', params: { code: 'Н-1', other: 'Р-13' } });
    expect(wordedEditState(saved.edit)).toEqual({ canUndo: true, canRedo: false, undoLabel: 'Draw plot Н-1', redoLabel: null, depth: 1 });
    expect(await calls.value<EditState>('edits:state', {})).toEqual(saved.edit);
    expect(await calls.failure('edits:state', { depth: 3 })).toMatchObject({ code: 'invalid-request' });
  });

  it('clips the new plot against its neighbours with avoidOverlaps', async () => {
    const host = demo.plot('Р-13');
    const [lon, lat] = host.geometry.coordinates[0]![0]!;
    const geometry = rectangleAt(lon - 0.0005, lat - 0.0003, 120, 90);
    const saved = await calls.value<PlotSaved>('plots:create', { parkId: parkId(), geometry, code: 'Н-77', avoidOverlaps: true });
    const plot = demo.store.plots.get(saved.plotId as never)!;
    expect(geodesicArea(plot.geometry)).toBeLessThan(geodesicArea(geometry));
    expect(saved.findings.filter((finding) => finding.kind === 'overlap')).toEqual([]);
  });

  it('refuses a self-intersecting outline naming the crossing segments, and writes nothing', async () => {
    const before = demo.fileBytes();
    const error = await calls.failure('plots:create', { parkId: parkId(), geometry: bowTie(39.6, 54.7) });
    expect(error.code).toBe('refused');
    expect(error.message).toContain('segment 1 (vertices 1–2) crosses segment 3 (vertices 3–4)');
    expect(demo.fileBytes().equals(before)).toBe(true);
  });

  it('refuses a code the park already uses and an open ring, naming them', async () => {
    const count = plotCount();
    const taken = await calls.failure('plots:create', { parkId: parkId(), geometry: rectangleAt(39.7, 54.7, 10, 10), code: 'Р-13' });
    expect(taken).toMatchObject({ code: 'refused', message: expect.stringContaining('plot code Р-13 is already used') });
    const open = rectangleAt(39.7, 54.7, 10, 10).coordinates[0]!.slice(0, 4);
    const ring = await calls.failure('plots:create', { parkId: parkId(), geometry: { type: 'Polygon', coordinates: [open] } });
    expect(ring.message).toContain('geometry.coordinates.0');
    expect(plotCount()).toBe(count);
  });

  it('takes «P-13» typed with a Latin P as the park’s «Р-13», and refuses it', async () => {
    const count = plotCount();
    const taken = await calls.failure('plots:create', { parkId: parkId(), geometry: rectangleAt(39.7, 54.7, 10, 10), code: 'p‑13' });
    expect(taken).toMatchObject({ code: 'refused', message: expect.stringContaining('plot code p‑13 is already used in Индустриальный парк «Рязанский» (as Р-13)') });
    expect(plotCount()).toBe(count);
  });

  it('codes a new plot with the park’s own prefix, after its highest code', async () => {
    const park = demo.store.parks.get(parkId() as never)!;
    demo.store.parks.update({ ...park, codePrefix: 'Т-' });
    await calls.value<PlotSaved>('plots:create', { parkId: park.id, geometry: rectangleAt(39.7, 54.7, 10, 10), code: 'T-7' });
    const saved = await calls.value<PlotSaved>('plots:create', { parkId: park.id, geometry: rectangleAt(39.71, 54.7, 10, 10) });
    expect(demo.store.plots.get(saved.plotId as never)?.code).toBe('Т-8');
  });
});

describe('plots:updateGeometry', () => {
  it('reshapes a plot, and undo and redo restore both outlines exactly', async () => {
    const plot = demo.plot('Р-13');
    const [lon, lat] = plot.geometry.coordinates[0]![0]!;
    const geometry = rectangleAt(lon, lat, 50.123456789, 40.987654321);
    const saved = await calls.value<PlotSaved>('plots:updateGeometry', { plotId: plot.id, geometry });
    expect(wordedEditState(saved.edit).undoLabel).toBe('Reshape plot Р-13');
    expect(demo.store.plots.get(plot.id)!.geometry).toEqual(geometry);
    const undone = await calls.value<EditState>('edits:undo', {});
    expect(wordedEditState(undone)).toMatchObject({ canRedo: true, redoLabel: 'Reshape plot Р-13' });
    expect(demo.store.plots.get(plot.id)).toEqual(plot);
    await calls.value<EditState>('edits:redo', {});
    expect(demo.store.plots.get(plot.id)!.geometry).toEqual(geometry);
  });

  it('refuses a kinked outline and leaves the plot as it was', async () => {
    const plot = demo.plot('Р-13');
    const before = demo.fileBytes();
    const error = await calls.failure('plots:updateGeometry', { plotId: plot.id, geometry: bowTie(39.6, 54.7) });
    expect(error.message).toMatch(/^Plot Р-13: The outline crosses itself: segment 1/);
    expect(demo.fileBytes().equals(before)).toBe(true);
    expect(await calls.failure('plots:updateGeometry', { plotId: 99_999, geometry: rectangleAt(39.6, 54.7, 5, 5) })).toMatchObject({ code: 'not-found' });
  });
});

describe('plots:updateAttributes', () => {
  it('edits code, cadastral number, status, zone and notes as one undoable edit', async () => {
    const plot = demo.plot('Р-13');
    const patch = { code: 'Р-13А', cadastralNumber: '62:15:0060301:1234', status: 'reserved', zone: 'office', notes: 'под склад' };
    const edited = await calls.value<{ plotId: number; edit: EditState }>('plots:updateAttributes', { plotId: plot.id, patch });
    expect(wordedEditState(edited.edit).undoLabel).toBe('Rename plot Р-13 to Р-13А');
    expect(demo.store.plots.get(plot.id)).toEqual({ ...plot, ...patch });
    await calls.value('edits:undo', {});
    expect(demo.store.plots.get(plot.id)).toEqual(plot);
    await calls.value('plots:updateAttributes', { plotId: plot.id, patch: { cadastralNumber: '62:15:006030:7' } });
    expect(demo.store.plots.get(plot.id)!.cadastralNumber).toBe('62:15:006030:7');
    await calls.value('plots:updateAttributes', { plotId: plot.id, patch: { cadastralNumber: '' } });
    expect(demo.store.plots.get(plot.id)!.cadastralNumber).toBeNull();
  });

  it('writes nothing for an empty patch or one that repeats the plot’s values: the file is byte for byte the same', async () => {
    const plot = demo.plot('Р-13');
    const before = demo.fileBytes();
    const empty = await calls.value<{ plotId: number; edit: EditState }>('plots:updateAttributes', { plotId: plot.id, patch: {} });
    expect(empty.edit.depth).toBe(0);
    const same = { code: plot.code, status: plot.status, zone: plot.zone, notes: plot.notes, cadastralNumber: plot.cadastralNumber ?? '' };
    const repeated = await calls.value<{ plotId: number; edit: EditState }>('plots:updateAttributes', { plotId: plot.id, patch: same });
    expect(repeated.edit.depth).toBe(0);
    expect(demo.fileBytes().equals(before)).toBe(true);
  });

  it('refuses a malformed cadastral number naming the field, and saves nothing', async () => {
    const plot = demo.plot('Р-13');
    const before = demo.fileBytes();
    for (const wrong of ['62:15:123:1', '62-15-0060301-1', '62:15:0060301:', '6:15:0060301:1']) {
      const error = await calls.failure('plots:updateAttributes', { plotId: plot.id, patch: { cadastralNumber: wrong, notes: 'x' } });
      expect(error.code).toBe('invalid-request');
      expect(error.message).toContain(`patch.cadastralNumber: cadastralNumber "${wrong}" is not a cadastral number`);
    }
    const taken = await calls.failure('plots:updateAttributes', { plotId: plot.id, patch: { code: 'Р-12' } });
    expect(taken.message).toContain('code: plot code Р-12 is already used');
    expect(demo.fileBytes().equals(before)).toBe(true);
  });
});

describe('plots:delete', () => {
  it('deletes a plot with its connections; undo brings both back under their ids', async () => {
    const plot = demo.plot('Р-13');
    const connection = demo.store.utilityConnections.insert({ plotId: plot.id, network: 'water', requestedCapacity: 12.5, status: 'requested' });
    const done = await calls.value<{ edit: EditState }>('plots:delete', { plotId: plot.id });
    expect(wordedEditState(done.edit).undoLabel).toBe('Delete plot Р-13');
    expect(demo.store.plots.get(plot.id)).toBeNull();
    expect(demo.store.utilityConnections.get(connection.id)).toBeNull();
    await calls.value('edits:undo', {});
    expect(demo.store.plots.get(plot.id)).toEqual(plot);
    expect(demo.store.utilityConnections.get(connection.id)).toEqual(connection);
  });

  it('refuses to delete a plot a resident holds, naming the holder; and one with allocation history', async () => {
    const held = demo.plot('Р-08');
    const before = demo.fileBytes();
    const error = await calls.failure('plots:delete', { plotId: held.id });
    expect(error.code).toBe('refused');
    const holder = demo.store.residents.get(demo.store.allocations.listByPlot(held.id)[0]!.residentId)!.name;
    expect(error.message).toContain(`Cannot delete plot Р-08: it is held by ${holder}`);
    const history = await calls.failure('plots:delete', { plotId: demo.plot('Р-31').id });
    expect(history).toMatchObject({ code: 'refused', key: 'plot.deleteWithHistory', params: { code: 'Р-31', count: 1 } });
    expect(history.message).toContain('ended allocation(s) name it');
    expect(formatMessage('ru', history)).toBe(
      'Нельзя удалить участок Р-31: на него ссылаются завершённые предоставления (1), они хранятся как история. Отметьте его как «инфраструктура» или объедините с соседним.',
    );
    expect(demo.fileBytes().equals(before)).toBe(true);
  });

  it('answers a malformed payload as invalid-request and a business refusal as refused (issue 9 item 7)', async () => {
    const malformed = await calls.failure('plots:delete', { plotId: 'Р-31' });
    const refused = await calls.failure('plots:delete', { plotId: demo.plot('Р-31').id });
    expect(malformed.code).toBe('invalid-request');
    expect(refused.code).toBe('refused');
    expect(await calls.failure('plots:delete', { plotId: 999_999 })).toMatchObject({ code: 'not-found', key: 'notFound.plot', params: { id: 999_999 } });
  });
});
