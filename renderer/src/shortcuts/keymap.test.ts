import { describe, expect, it } from 'vitest';
import { DRAWING_TOOLS } from '../drawing/drawingTools';
import { TOOL_KEYS, shortcutFor, type KeyPress } from './keymap';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('shortcutFor', () => {
  it('reads undo and the two redo chords, with Ctrl or ⌘', () => {
    expect(shortcutFor(press('z', { ctrlKey: true }))).toEqual({ type: 'undo' });
    expect(shortcutFor(press('Z', { ctrlKey: true, shiftKey: true }))).toEqual({ type: 'redo' });
    expect(shortcutFor(press('y', { ctrlKey: true }))).toEqual({ type: 'redo' });
    expect(shortcutFor(press('z', { metaKey: true }))).toEqual({ type: 'undo' });
  });

  it('works on the Russian layout too', () => {
    expect(shortcutFor(press('я', { ctrlKey: true }))).toEqual({ type: 'undo' });
    expect(shortcutFor(press('ы'))).toEqual({ type: 'toggle-snapping' });
  });

  it('opens the plot search on Ctrl+F, in either layout, and not on a plain F', () => {
    expect(shortcutFor(press('f', { ctrlKey: true }))).toEqual({ type: 'find-plot' });
    expect(shortcutFor(press('o', { ctrlKey: true }))).toEqual({ type: 'open-project' });
    expect(shortcutFor(press('щ', { ctrlKey: true }))).toEqual({ type: 'open-project' });
    expect(shortcutFor(press('S', { ctrlKey: true, shiftKey: true }))).toEqual({ type: 'save-project-as' });
    expect(shortcutFor(press('ы', { metaKey: true, shiftKey: true }))).toEqual({ type: 'save-project-as' });
    expect(shortcutFor(press('o'))).toEqual(null);
    expect(shortcutFor(press('а', { metaKey: true }))).toEqual({ type: 'find-plot' });
    expect(shortcutFor(press('f'))).toBeNull();
  });

  it('toggles snapping with S, deletes with Delete, opens help with ?', () => {
    expect(shortcutFor(press('s'))).toEqual({ type: 'toggle-snapping' });
    expect(shortcutFor(press('Delete'))).toEqual({ type: 'delete-selection' });
    expect(shortcutFor(press('?', { shiftKey: true }))).toEqual({ type: 'show-shortcuts' });
  });

  it('gives every tool its own key', () => {
    const keys = DRAWING_TOOLS.map((tool) => TOOL_KEYS[tool]);
    expect(new Set(keys).size).toBe(DRAWING_TOOLS.length);
    for (const tool of DRAWING_TOOLS) expect(shortcutFor(press(TOOL_KEYS[tool]))).toEqual({ type: 'tool', tool });
  });

  it('leaves other keys and Alt chords alone', () => {
    expect(shortcutFor(press('q'))).toBeNull();
    expect(shortcutFor(press('z', { altKey: true, ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('c', { ctrlKey: true }))).toBeNull();
  });
});
