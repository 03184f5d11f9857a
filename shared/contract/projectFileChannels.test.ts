import { describe, expect, it } from 'vitest';
import { projectFileRequestSchemas, projectWindowTitle } from './projectFileChannels';

describe('the project file in the window title', () => {
  it('puts the file name first, marks a read-only file, and says ParkPlan alone with no file', () => {
    expect(projectWindowTitle({ name: 'Рязанский.gpkg', access: { mode: 'edit' } }, 'только чтение')).toBe('Рязанский.gpkg — ParkPlan');
    const readOnly = { mode: 'read-only', reason: { key: 'projectFiles.noneOpen', params: {} }, repairable: false } as const;
    expect(projectWindowTitle({ name: 'a.gpkg', access: readOnly }, 'read-only')).toBe('a.gpkg [read-only] — ParkPlan');
    expect(projectWindowTitle({ name: null, access: { mode: 'none', failure: { key: 'projectFiles.noneOpen', params: {} } } }, 'x')).toBe('ParkPlan');
  });

  it('takes no path but a name or a recent file, and nothing else in the request', () => {
    expect(projectFileRequestSchemas['projectFiles:open'].safeParse({ name: 'a.gpkg' }).success).toBe(true);
    expect(projectFileRequestSchemas['projectFiles:open'].safeParse({ name: 'a.gpkg', path: '/etc' }).success).toBe(false);
    expect(projectFileRequestSchemas['projectFiles:new'].safeParse({ name: '' }).success).toBe(false);
  });
});
