import { describe, expect, it } from 'vitest';
import { isWideView, neighbourView } from './workspaceViews';

describe('neighbourView', () => {
  it('moves along the tabs and wraps round', () => {
    expect(neighbourView('plots', 'ArrowRight')).toBe('residents');
    expect(neighbourView('plots', 'ArrowLeft')).toBe('table');
    expect(neighbourView('table', 'ArrowRight')).toBe('plots');
    expect(neighbourView('dashboard', 'Home')).toBe('plots');
    expect(neighbourView('residents', 'End')).toBe('table');
  });

  it('ignores other keys', () => {
    expect(neighbourView('plots', 'Enter')).toBeNull();
  });
});

describe('isWideView', () => {
  it('gives the dashboard and the table the whole workspace', () => {
    expect(['plots', 'residents', 'dashboard', 'table'].filter((view) => isWideView(view as never))).toEqual(['dashboard', 'table']);
  });
});
