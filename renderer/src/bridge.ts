import type { ParkPlanBridge } from '../../shared/contract/bridge';
import type { Channel, RequestOf, ResponseOf } from '../../shared/contract/channels';
import { CHANNELS } from '../../shared/contract/channelNames';
import { fail, type Result } from '../../shared/contract/result';

const failure = (channel: string, text: string): Result<never> => fail('internal', 'failure.unreachable', { channel, text });

const isResult = (value: unknown): value is Result<unknown> =>
  typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';

const ACTOR_KEY = 'parkplan.actor';

/**
 * This page's actor id: made once per page and kept in sessionStorage, so a reload keeps the page's undo
 * history while another tab or window (its own sessionStorage) has its own.
 */
function pageActor(): string {
  const kept = window.sessionStorage.getItem(ACTOR_KEY);
  if (kept !== null) return kept;
  const made = crypto.randomUUID();
  window.sessionStorage.setItem(ACTOR_KEY, made);
  return made;
}

/**
 * The bridge for a browser served by the web host: each channel is a POST to /api/<channel>, the token
 * cookie rides along. It resolves to a Result like the preload's bridge and never rejects.
 * `origin` is empty in the page (relative URLs) and set by tests that talk to a server of their own; `actor`
 * names the page to the host (its edits, undo and redo are its own).
 */
export function createWebBridge(origin = '', actor = ''): ParkPlanBridge {
  return {
    async invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
      if (!CHANNELS.includes(channel)) return fail('unknown-channel', 'failure.unknownChannel', { channel: String(channel) });
      try {
        const response = await fetch(`${origin}/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(actor === '' ? {} : { 'x-parkplan-actor': actor }) },
          body: JSON.stringify(request),
          credentials: 'same-origin',
        });
        const body: unknown = await response.json().catch(() => null);
        if (!isResult(body)) return failure(channel, `HTTP ${response.status} without a result`);
        // The server builds the body from the same contract; the shape was checked above.
        return body as Result<ResponseOf<C>>;
      } catch (error) {
        return failure(channel, error instanceof Error ? error.message : String(error));
      }
    },
  };
}

let webBridge: ParkPlanBridge | undefined;

/** The preload's bridge under Electron, the web bridge in a browser. */
export function getBridge(): ParkPlanBridge {
  if (window.parkplan) return window.parkplan;
  webBridge ??= createWebBridge('', pageActor());
  return webBridge;
}
