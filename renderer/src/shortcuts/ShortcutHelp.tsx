import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DRAWING_TOOLS, TOOL_MESSAGE } from '../drawing/drawingTools';
import { TOOL_KEYS } from './keymap';

const EDIT_ROWS = [
  ['Ctrl+Z', 'undo'],
  ['Ctrl+Shift+Z, Ctrl+Y', 'redo'],
  ['Ctrl+F', 'findPlot'],
  ['Ctrl+O', 'openProject'],
  ['Ctrl+Shift+S', 'saveProjectAs'],
  ['S', 'snapping'],
  ['Enter', 'finish'],
  ['doubleClick', 'finishDouble'],
  ['Esc', 'cancel'],
  ['Backspace', 'removeVertex'],
  ['Delete', 'delete'],
  ['shiftClick', 'addToSelection'],
  ['altDrag', 'rotate'],
  ['?', 'help'],
] as const;

/** The keyboard-shortcut help panel, opened from the toolbar or with "?". */
export function ShortcutHelp({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  // Esc closes the panel, as it does any dialog.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const keys = (key: string) => (key === 'doubleClick' || key === 'shiftClick' || key === 'altDrag' ? t(`shortcutHelp.${key}`) : key);
  return (
    <section className="shortcut-help" role="dialog" aria-label={t('shortcutHelp.title')}>
      <div className="shortcut-help-title">
        <h2>{t('shortcutHelp.title')}</h2>
        <button type="button" className="close" aria-label={t('shortcutHelp.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <table>
        <tbody>
          {EDIT_ROWS.map(([key, action]) => (
            <tr key={action}>
              <td>
                <kbd>{keys(key)}</kbd>
              </td>
              <td>{t(`shortcutHelp.${action}`)}</td>
            </tr>
          ))}
          {DRAWING_TOOLS.map((tool) => (
            <tr key={tool}>
              <td>
                <kbd>{TOOL_KEYS[tool].toUpperCase()}</kbd>
              </td>
              <td>{t(`toolbar.${TOOL_MESSAGE[tool]}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
