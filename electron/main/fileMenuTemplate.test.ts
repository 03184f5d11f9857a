import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { fileMenuTemplate, type FileCommand } from './fileMenuTemplate';

const submenuOf = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => {
  const submenu = template[0]?.submenu;
  if (!Array.isArray(submenu)) throw new Error('the File menu has no items');
  return submenu;
};

const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();

describe('the File menu', () => {
  it('has New, Open, Save As with the usual shortcuts, worded in the app language', () => {
    const items = submenuOf(fileMenuTemplate('ru', [], () => undefined));
    expect(fileMenuTemplate('ru', [], () => undefined)[0]?.label).toBe('Файл');
    expect(items.filter((item) => item.accelerator !== undefined).map((item) => [item.label, item.accelerator])).toEqual([
      ['Новый проект…', 'CmdOrCtrl+N'],
      ['Открыть…', 'CmdOrCtrl+O'],
      ['Сохранить как…', 'CmdOrCtrl+Shift+S'],
    ]);
    expect(items.at(-1)?.role).toBe('quit');
  });

  it('runs the project-file channel of each item, and opens a recent project by its path', () => {
    const ran: FileCommand[] = [];
    const items = submenuOf(fileMenuTemplate('en', [{ file: '/p/Технопарк.gpkg', name: 'Технопарк.gpkg' }], (command) => ran.push(command)));
    for (const label of ['New Project…', 'Open…', 'Save As…']) click(items.find((item) => item.label === label));
    const recent = items.find((item) => item.label === 'Open Recent')?.submenu as MenuItemConstructorOptions[];
    expect(recent.map((item) => item.label)).toEqual(['Технопарк.gpkg']);
    click(recent[0]);
    expect(ran).toEqual([
      { channel: 'projectFiles:new', request: {} },
      { channel: 'projectFiles:open', request: {} },
      { channel: 'projectFiles:saveAs', request: {} },
      { channel: 'projectFiles:open', request: { recent: '/p/Технопарк.gpkg' } },
    ]);
  });

  it('says there are no recent projects rather than showing an empty submenu', () => {
    const items = submenuOf(fileMenuTemplate('en', [], () => undefined));
    const recent = items.find((item) => item.label === 'Open Recent')?.submenu as MenuItemConstructorOptions[];
    expect(recent).toEqual([{ label: 'No recent projects', enabled: false }]);
  });
});
