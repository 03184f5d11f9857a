import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'parkplan_token';

export type AccessVerdict =
  | { readonly allowed: true; readonly tokenFromQuery: boolean }
  | { readonly allowed: false; readonly reason: string };

/**
 * Web mode serves a planner's project on loopback only. A request must name our own address in Host (so a
 * DNS-rebinding page cannot reach us) and carry the per-run token, from the URL, the cookie or a header.
 */
export function checkAccess(request: IncomingMessage, expectedHost: string, token: string): AccessVerdict {
  if (request.headers.host !== expectedHost) return { allowed: false, reason: 'Host header is not this loopback server' };
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${expectedHost}`) return { allowed: false, reason: 'Cross-origin request' };
  const url = new URL(request.url ?? '/', `http://${expectedHost}`);
  const fromQuery = url.searchParams.get('token');
  if (fromQuery !== null && sameSecret(fromQuery, token)) return { allowed: true, tokenFromQuery: true };
  const header = request.headers['x-parkplan-token'];
  if (typeof header === 'string' && sameSecret(header, token)) return { allowed: true, tokenFromQuery: false };
  const cookie = readCookie(request.headers.cookie, TOKEN_COOKIE);
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
