import { describe, expect, it } from 'vitest';
import { openProject } from '../../store/project';
import { openDemoPerTest } from '../__fixtures__/demoPerTest';
import type { ChannelCalls } from '../__fixtures__/channelCalls';
import type { DemoProject } from '../__fixtures__/demoStore';
import { readSnapshot } from './projectSnapshot';

let demo: DemoProject;
let calls: ChannelCalls;
openDemoPerTest((opened) => ({ demo, calls } = opened));

describe('settings:get / settings:update', () => {
  it('starts with no «Составил», keeps a trimmed one in the file, and clears it with a blank one', async () => {
    expect(await calls.value('settings:get', {})).toEqual({ preparedBy: null });
    expect(await calls.value('settings:update', { preparedBy: '  Отдел генплана  ' })).toEqual({ preparedBy: 'Отдел генплана' });
    // Another connection to the same file (a colleague, the CLI) reads it from the file.
    const other = openProject(demo.file, { readonly: true });
    try {
      expect(readSnapshot(other).settings).toEqual({ preparedBy: 'Отдел генплана' });
    } finally {
      other.close();
    }
    expect(await calls.value('settings:update', {})).toEqual({ preparedBy: 'Отдел генплана' });
    expect(await calls.value('settings:update', { preparedBy: ' ' })).toEqual({ preparedBy: null });
  });

  it('refuses a control character or an unknown field as a malformed request, writing nothing', async () => {
    const before = demo.fileBytes();
    expect(await calls.failure('settings:update', { preparedBy: 'a\u0007b' })).toMatchObject({ code: 'invalid-request' });
    expect(await calls.failure('settings:update', { author: 'x' })).toMatchObject({ code: 'invalid-request' });
    expect(demo.fileBytes().equals(before)).toBe(true);
  });
});
