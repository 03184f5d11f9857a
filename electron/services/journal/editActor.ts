import { AsyncLocalStorage } from 'node:async_hooks';

/*
 * Who is editing: each window (an Electron webContents, a browser page), the command line. The journal
 * keeps the actor with every edit, and undo and redo take only the asking actor's entries. The actor is
 * the context of a request, like its locale: dispatch sets it around the handler, so the services and the
 * journal read it here instead of every write's signature carrying it.
 */

/** An actor id as the journal stores it: `window:<id>` or `cli`. */
export type EditActor = string;

/** The command line, and any work done outside a window's request (tests, scripts). */
export const CLI_ACTOR: EditActor = 'cli';

const acting = new AsyncLocalStorage<EditActor>();

/** Runs `fn` (and whatever it schedules) as `actor`. */
export function actingAs<T>(actor: EditActor, fn: () => T): T {
  return acting.run(actor, fn);
}

/** The actor of the request being served; the command line outside any request. */
export function currentActor(): EditActor {
  return acting.getStore() ?? CLI_ACTOR;
}

/** A window's actor from the id it sent: letters, digits, `-` and `_` only, else the window without an id. */
export function windowActor(id: string | undefined): EditActor {
  return id !== undefined && /^[\w-]{1,64}$/.test(id) ? `window:${id}` : 'window:unnamed';
}
