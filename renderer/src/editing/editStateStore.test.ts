import { describe, expect, it } from 'vitest';
import type { EditState } from '../../../shared/contract/editViews';
import { fail, type Result } from '../../../shared/contract/result';
import { createEditStateStore } from './editStateStore';
import { message } from '../../../shared/messages/message';

const state = (depth: number): EditState => ({ canUndo: depth > 0, canRedo: false, undoLabel: depth > 0 ? message('edit.editPlot', { code: `П-${depth}`, fields: [] }) : null, redoLabel: null, depth });

/** A journal read the test answers by hand, to order it against other answers. */
function pendingReads() {
  const answers: ((result: Result<EditState>) => void)[] = [];
  const read = () => new Promise<Result<EditState>>((resolve) => answers.push(resolve));
  const answer = (index: number, value: EditState) => answers[index]?.({ ok: true, value });
  return { read, answer };
}

describe('edit state store', () => {
  it('tells its listeners of a published state and of a re-read one', async () => {
    const reads = pendingReads();
    const store = createEditStateStore(reads.read);
    const seen: number[] = [];
    store.subscribe(() => seen.push(store.current().depth));
    store.publish(state(1));
    const reread = store.reread();
    reads.answer(0, state(2));
    await reread;
    expect(seen).toEqual([1, 2]);
    expect(store.current()).toEqual(state(2));
  });

  it('drops a read that an answer overtook', async () => {
    const reads = pendingReads();
    const store = createEditStateStore(reads.read);
    const reread = store.reread();
    // An Undo answers while the read is on its way; the read's older state must not come back.
    store.publish(state(0));
    reads.answer(0, state(1));
    await reread;
    expect(store.current()).toEqual(state(0));
  });

  it('keeps the state when the read is refused, and stops telling a listener that left', async () => {
    const store = createEditStateStore(() => Promise.resolve(fail('internal', 'failure.internal', { text: 'closed' })));
    let calls = 0;
    const leave = store.subscribe(() => (calls += 1));
    store.publish(state(3));
    leave();
    store.publish(state(4));
    await store.reread();
    expect(calls).toBe(1);
    expect(store.current()).toEqual(state(4));
  });
});
