import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The cookie's name carries the port: a cookie for 127.0.0.1 goes to every port on it, so one shared name
 * would let a second ParkPlan instance overwrite the first's token (and the first would answer 403).
 */
export const tokenCookieName = (port: number): string => `parkplan_token_${port}`;

export type AccessVerdict =
  | { readonly allowed: true; readonly tokenFromQuery: boolean }
  | { readonly allowed: false; readonly reason: string };

/**
 * Web mode serves a planner's project on loopback only. A request must name our own address in Host (so a
 * DNS-rebinding page cannot reach us) and carry the per-run token, from the URL, the cookie or a header.
 */
export function checkAccess(request: IncomingMessage, expectedHost: string, token: string, cookieName: string): AccessVerdict {
  if (request.headers.host !== expectedHost) return { allowed: false, reason: 'Host header is not this loopback server' };
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${expectedHost}`) return { allowed: false, reason: 'Cross-origin request' };
  const url = new URL(request.url ?? '/', `http://${expectedHost}`);
  const fromQuery = url.searchParams.get('token');
  if (fromQuery !== null && sameSecret(fromQuery, token)) return { allowed: true, tokenFromQuery: true };
  const header = request.headers['x-parkplan-token'];
  if (typeof header === 'string' && sameSecret(header, token)) return { allowed: true, tokenFromQuery: false };
  const cookie = readCookie(request.headers.cookie, cookieName);
  if (cookie !== null && sameSecret(cookie, token)) return { allowed: true, tokenFromQuery: false };
  return { allowed: false, reason: 'Missing or wrong token' };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readCookie(header: string | undefined, name: string): string | null {
  if (header === undefined) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}
