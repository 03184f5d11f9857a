import type { ParkPlanBridge } from '../../shared/contract/bridge';
import type { Channel, RequestOf, ResponseOf } from '../../shared/contract/channels';
import { CHANNELS } from '../../shared/contract/channelNames';
import { fail, type Result } from '../../shared/contract/result';
import type { ChangeSet, ProjectEvent } from '../../shared/contract/changeSet';

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
  // One stream per page, opened with the first listener; EventSource reconnects by itself.
  const listeners = new Set<(event: ProjectEvent) => void>();
  let stream: EventSource | null = null;
  const open = () => {
    stream = new EventSource(`${origin}/events`, { withCredentials: true });
    // After a reconnect the events sent meanwhile are lost: the views read again.
    let opened = false;
    stream.onopen = () => {
      if (opened) for (const listener of listeners) listener({ kind: 'external' });
      opened = true;
    };
    stream.onmessage = (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as ProjectEvent;
      for (const listener of listeners) listener(event);
    };
  };
  return {
    onProjectEvent(listener) {
      listeners.add(listener);
      if (stream === null) open();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stream?.close();
          stream = null;
        }
      };
    },
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

let bridge: ParkPlanBridge | undefined;
const answered = new Set<(changes: ChangeSet) => void>();
const inFlight = new Set<Promise<unknown>>();

/**
 * Resolves once every request this window has in flight now has been answered (later ones are not waited
 * for): a push can overtake the answer to the window's own write, and that answer carries its edit state.
 */
export function whenAnswered(): Promise<void> {
  return Promise.allSettled([...inFlight]).then(() => undefined);
}

/** Called with the change set of every write's answer, whoever asked (the project store applies them). */
export function onAnsweredChanges(listener: (changes: ChangeSet) => void): () => void {
  answered.add(listener);
  return () => void answered.delete(listener);
}

/** A bridge whose answers hand their change sets on before the caller sees them. */
function handingOnChanges(inner: ParkPlanBridge): ParkPlanBridge {
  return {
    async invoke(channel, request) {
      const asked = inner.invoke(channel, request);
      inFlight.add(asked);
      try {
        const result = await asked;
        if (result.ok && result.changes !== undefined) for (const listener of answered) listener(result.changes);
        return result;
      } finally {
        inFlight.delete(asked);
      }
    },
    onProjectEvent: (listener) => inner.onProjectEvent(listener),
  };
}

/** The preload's bridge under Electron, the web bridge in a browser; either hands on change sets. */
export function getBridge(): ParkPlanBridge {
  bridge ??= handingOnChanges(window.parkplan ?? createWebBridge('', pageActor()));
  return bridge;
}
