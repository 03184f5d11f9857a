import type { Session, WebContents } from 'electron';
import { allowsNavigation, allowsPermission } from './contentsPolicy';

/**
 * Locks down any web contents, not only the main window's: index.ts calls it from the app-wide
 * 'web-contents-created', so a window or frame created any other way gets the same guard. No new
 * windows, no webviews, no navigation, redirect or frame navigation out of the app.
 */
export function guardWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // The three events of NAVIGATION_EVENTS; each carries its target as event.url (Electron ≥ 25).
  contents.on('will-navigate', (event) => {
    if (!allowsNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!allowsNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!allowsNavigation(event.url)) event.preventDefault();
  });
}

/** Every permission request and every permission check of the session is denied. */
export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(allowsPermission(permission)));
  session.setPermissionCheckHandler((_contents, permission) => allowsPermission(permission));
}
