/*
 * What a ParkPlan web page (a window, a frame, anything Electron creates) may do, as plain decisions
 * with no Electron in them, so they are tested under Node. webContentsGuard.ts applies them.
 */

export const APP_SCHEME = 'parkplan';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

/** A page of the app itself: parkplan://app/…, parsed (not a prefix test, so `parkplan://app.evil/` is not one). */
export function isAppPage(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'app' && parsed.username === '' && parsed.password === '';
}

/**
 * Whether a navigation, a redirect or a frame's navigation may go to `url`: only within the app. The app
 * has no links out; a page that tries (a crafted label, a redirect from the protocol handler) stays put.
 */
export const allowsNavigation = (url: string): boolean => isAppPage(url);

/** Permissions the app needs from Chromium: none (it reads files through the bridge, not the browser). */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set();

/**
 * Whether a permission check (Chromium asks before clipboard reads, geolocation, notifications, HID,
 * serial, USB, …) passes, for any origin. The request handler denies requests the same way: a check must
 * not say yes where a request would say no.
 */
export const allowsPermission = (permission: string): boolean => GRANTED_PERMISSIONS.has(permission);
