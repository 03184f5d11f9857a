import { describe, expect, it } from 'vitest';
import { keepPresent, togglePick } from './parcelPicks';

describe('togglePick', () => {
  it('adds a parcel in click order and takes it back on a second click', () => {
    const two = togglePick(togglePick([], '62:15:0060201:102'), '62:15:0060201:101');
    expect(two).toEqual(['62:15:0060201:102', '62:15:0060201:101']);
    expect(togglePick(two, '62:15:0060201:102')).toEqual(['62:15:0060201:101']);
  });
});

describe('keepPresent', () => {
  it('drops picks whose parcel is gone and keeps the same list when none is', () => {
    const picked = ['62:15:0060201:101', '62:15:0060201:102'];
    expect(keepPresent(picked, new Set(['62:15:0060201:102']))).toEqual(['62:15:0060201:102']);
    expect(keepPresent(picked, new Set(picked))).toBe(picked);
  });
});
