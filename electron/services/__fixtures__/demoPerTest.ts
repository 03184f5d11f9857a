import { afterEach, beforeEach } from 'vitest';
import { channelCalls, type ChannelCalls } from './channelCalls';
import { openDemoProject, type DemoProject } from './demoStore';

/**
 * A fresh copy of the demo project for every test of the file, with its channel calls, handed to `take`
 * before each test and disposed of after it.
 *
 * @example
 * let demo: DemoProject;
 * let calls: ChannelCalls;
 * openDemoPerTest((opened) => ({ demo, calls } = opened));
 */
export function openDemoPerTest(take: (opened: { readonly demo: DemoProject; readonly calls: ChannelCalls }) => void): void {
  let current: DemoProject | null = null;
  beforeEach(() => {
    current = openDemoProject();
    take({ demo: current, calls: channelCalls(current) });
  });
  afterEach(() => current?.dispose());
}
