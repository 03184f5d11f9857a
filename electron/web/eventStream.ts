import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChangeFeed } from '../services/journal/changeFeed/changeFeed';
import { SECURITY_HEADERS } from './securityHeaders';

/** The path a page opens its EventSource on; behind the same token check as /api/. */
export const EVENTS_PATH = '/events';

/** A comment line now and then keeps proxies and the browser from closing an idle stream. */
const HEARTBEAT_MS = 15_000;

/**
 * Server-Sent Events of the project's change feed to one page: each change set or "external" word as one
 * `data:` line of JSON. The stream ends when the page goes; the listener goes with it.
 */
export function serveProjectEvents(request: IncomingMessage, response: ServerResponse, feed: ChangeFeed): void {
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  // A reconnect after a second, and a first line so the page knows the stream is open.
  response.write('retry: 1000\n: open\n\n');
  const unsubscribe = feed.subscribe((event) => response.write(`data: ${JSON.stringify(event)}\n\n`));
  const heartbeat = setInterval(() => response.write(': still here\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  request.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}
