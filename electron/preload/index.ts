import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, isChannel } from '../../shared/contract/channelNames';
import { PROJECT_EVENT_CHANNEL, type ParkPlanBridge } from '../../shared/contract/bridge';
import type { ProjectEvent } from '../../shared/contract/changeSet';

// The preload exposes the contract's channels and nothing else: no ipcRenderer, no Node.
const bridge: ParkPlanBridge = {
  invoke: (channel, request) =>
    isChannel(channel)
      ? ipcRenderer.invoke(channel, request)
      : Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: `Unknown channel: ${String(channel)}` } }),
  onProjectEvent(listener) {
    // Only the event reaches the page, never Electron's IpcRendererEvent with its sender.
    const forward = (_event: unknown, projectEvent: ProjectEvent) => listener(projectEvent);
    ipcRenderer.on(PROJECT_EVENT_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(PROJECT_EVENT_CHANNEL, forward);
  },
};

contextBridge.exposeInMainWorld('parkplan', Object.freeze({ ...bridge, channels: CHANNELS }));
