import { describe, expect, it } from 'vitest';
import type { EditDone, RailSpurCreated, UtilityLineCreated } from '../../../shared/contract/editViews';
import type { LineStringGeometry } from '../../../shared/domain/geometry';
import { type ChannelCalls } from '../__fixtures__/channelCalls';
import { openDemoPerTest } from '../__fixtures__/demoPerTest';
import { type DemoProject } from '../__fixtures__/demoStore';
import { wordedEditState } from '../__fixtures__/wordedEditState';

let demo: DemoProject;
let calls: ChannelCalls;
openDemoPerTest((opened) => ({ demo, calls } = opened));

const line = (shift: number): LineStringGeometry => ({
  type: 'LineString',
  coordinates: [[39.59012345678901 + shift, 54.69], [39.6 + shift, 54.695], [39.61 + shift, 54.7001]],
});

describe('railSpurs channels', () => {
  it('draws, reshapes and deletes a spur, each an undoable edit', async () => {
    const parkId = demo.plot('Р-13').parkId;
    const created = await calls.value<RailSpurCreated>('railSpurs:create', { parkId, name: 'Путь 3', status: 'planned', station: 'Дягилево', geometry: line(0) });
    expect(demo.store.railSpurs.get(created.railSpurId)).toMatchObject({ name: 'Путь 3', station: 'Дягилево', geometry: line(0) });
    expect(wordedEditState(created.edit).undoLabel).toBe('Draw rail spur Путь 3');
    const moved = await calls.value<EditDone>('railSpurs:updateGeometry', { railSpurId: created.railSpurId, geometry: line(0.001) });
    expect(wordedEditState(moved.edit).undoLabel).toBe('Reshape rail spur Путь 3');
    expect(demo.store.railSpurs.get(created.railSpurId)!.geometry).toEqual(line(0.001));
    await calls.value('railSpurs:delete', { railSpurId: created.railSpurId });
    expect(demo.store.railSpurs.get(created.railSpurId)).toBeNull();
    await calls.value('edits:undo', {});
    await calls.value('edits:undo', {});
    expect(demo.store.railSpurs.get(created.railSpurId)!.geometry).toEqual(line(0));
    const state = await calls.value<EditDone['edit']>('edits:undo', {});
    expect(demo.store.railSpurs.get(created.railSpurId)).toBeNull();
    expect(wordedEditState(state)).toMatchObject({ canUndo: false, canRedo: true, redoLabel: 'Draw rail spur Путь 3', depth: 0 });
  });

  it('refuses a line of one point and an unknown spur; nothing is saved', async () => {
    const before = demo.fileBytes();
    const parkId = demo.plot('Р-13').parkId;
    const point: LineStringGeometry = { type: 'LineString', coordinates: [[39.6, 54.7], [39.6, 54.7]] };
    const error = await calls.failure('railSpurs:create', { parkId, name: 'Тупик', status: 'planned', station: '', geometry: point });
    expect(error).toMatchObject({ code: 'refused', message: 'Rail spur Тупик: a line needs at least two distinct vertices.' });
    expect(await calls.failure('railSpurs:delete', { railSpurId: 9999 })).toMatchObject({ code: 'not-found' });
    expect(demo.fileBytes().equals(before)).toBe(true);
  });
});

describe('utilityLines channels', () => {
  it('draws, reshapes and deletes a line; redo after undo re-applies it', async () => {
    const parkId = demo.plot('Р-13').parkId;
    const request = { parkId, network: 'water', name: 'Водовод В1', capacity: 1200, serviceClass: 'Ду 300', status: 'construction', geometry: line(0) };
    const created = await calls.value<UtilityLineCreated>('utilityLines:create', request);
    expect(demo.store.utilityLines.get(created.utilityLineId)).toMatchObject({ ...request, id: created.utilityLineId });
    await calls.value('utilityLines:updateGeometry', { utilityLineId: created.utilityLineId, geometry: line(0.002) });
    await calls.value('edits:undo', {});
    expect(demo.store.utilityLines.get(created.utilityLineId)!.geometry).toEqual(line(0));
    await calls.value('edits:redo', {});
    expect(demo.store.utilityLines.get(created.utilityLineId)!.geometry).toEqual(line(0.002));
    const deleted = await calls.value<EditDone>('utilityLines:delete', { utilityLineId: created.utilityLineId });
    expect(wordedEditState(deleted.edit).undoLabel).toBe('Delete water line Водовод В1');
    expect(demo.store.utilityLines.get(created.utilityLineId)).toBeNull();
  });

  it('refuses an unknown network and a negative capacity at the contract; nothing is saved', async () => {
    const before = demo.fileBytes();
    const parkId = demo.plot('Р-13').parkId;
    const base = { parkId, network: 'power', name: 'КЛ', capacity: 10, serviceClass: '', status: 'planned', geometry: line(0) };
    expect((await calls.failure('utilityLines:create', { ...base, network: 'steam' })).message).toContain('network');
    expect((await calls.failure('utilityLines:create', { ...base, capacity: -1 })).message).toContain('capacity');
    expect(demo.fileBytes().equals(before)).toBe(true);
  });
});
