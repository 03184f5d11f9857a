import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, isChannel } from '../../shared/contract/channelNames';
import type { ParkPlanBridge } from '../../shared/contract/bridge';

// The preload exposes the contract's channels and nothing else: no ipcRenderer, no Node.
const bridge: ParkPlanBridge = {
  invoke: (channel, request) =>
    isChannel(channel)
      ? ipcRenderer.invoke(channel, request)
      : Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: `Unknown channel: ${String(channel)}` } }),
};

contextBridge.exposeInMainWorld('parkplan', Object.freeze({ ...bridge, channels: CHANNELS }));
