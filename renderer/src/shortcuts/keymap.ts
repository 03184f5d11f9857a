import { DRAWING_TOOLS, type DrawingTool } from '../drawing/drawingTools';

/** What a key press asks for, whichever component listens. */
export type ShortcutCommand =
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'toggle-snapping' }
  | { readonly type: 'delete-selection' }
  | { readonly type: 'show-shortcuts' }
  | { readonly type: 'find-plot' }
  | { readonly type: 'open-project' }
  | { readonly type: 'save-project-as' }
  | { readonly type: 'tool'; readonly tool: DrawingTool };

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

/** Single-letter tool keys, chosen by the tools' English names (they do not clash with Russian typing: a text field swallows them). */
export const TOOL_KEYS = {
  select: 'v',
  'draw-plot': 'p',
  'draw-rectangle': 'r',
  'draw-rail-spur': 'j',
  'draw-utility-line': 'u',
  'split-plot': 'x',
  'cut-hole': 'h',
  'merge-plots': 'g',
  'subdivide': 'd',
  measure: 'm',
} as const satisfies Record<DrawingTool, string>;

/**
 * The command for a key press, or null. Ctrl and ⌘ are the same (a Mac keyboard); letters are read by
 * the key, in either case, and from the Russian layout's key positions too (Я is Z, Н is Y, Ы is S).
 *
 * @example
 * shortcutFor({ key: 'z', ctrlKey: true, shiftKey: true, metaKey: false, altKey: false }); // { type: 'redo' }
 */
export function shortcutFor(press: KeyPress): ShortcutCommand | null {
  const key = LATIN_FOR_CYRILLIC[press.key.toLowerCase()] ?? press.key.toLowerCase();
  const command = press.ctrlKey || press.metaKey;
  if (press.altKey) return null;
  if (command) {
    if (key === 'z') return press.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (key === 'y') return { type: 'redo' };
    // Ctrl+F is the browser's find in a page; here it is the plot search, which finds more (codes, owners).
    if (key === 'f' && !press.shiftKey) return { type: 'find-plot' };
    // The desktop app's File menu has these as accelerators; web mode's File button answers them (Ctrl+N is the browser's).
    if (key === 'o' && !press.shiftKey) return { type: 'open-project' };
    if (key === 's' && press.shiftKey) return { type: 'save-project-as' };
    return null;
  }
  if (press.key === 'Delete') return { type: 'delete-selection' };
  if (press.key === '?') return { type: 'show-shortcuts' };
  if (press.shiftKey) return null;
  if (key === 's') return { type: 'toggle-snapping' };
  const tool = DRAWING_TOOLS.find((candidate) => TOOL_KEYS[candidate] === key);
  return tool === undefined ? null : { type: 'tool', tool };
}

/** The Russian ЙЦУКЕН letters on the keys that carry our Latin shortcuts. */
const LATIN_FOR_CYRILLIC: Readonly<Record<string, string>> = {
  я: 'z', н: 'y', а: 'f', ы: 's', щ: 'o', м: 'v', з: 'p', к: 'r', о: 'j', г: 'u', ч: 'x', р: 'h', п: 'g', в: 'd', ь: 'm',
};

/** Key presses inside text fields belong to the field, not to the map. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
