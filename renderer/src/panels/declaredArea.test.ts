import { describe, expect, it } from 'vitest';
import { declaredDifference } from './declaredArea';

describe('declared against computed park area', () => {
  it('signs the difference and gives its share of the declared area', () => {
    expect(declaredDifference(560, 560.25, 'ru')).toMatch(/^\+0,25\s?га \(\+0,04 %\)$/);
    expect(declaredDifference(12, 11.4, 'en')).toMatch(/^−0\.60\s?ha \(−5\.00 %\)$/);
    expect(declaredDifference(10, 10, 'en')).toMatch(/^±0\.00\s?ha \(±0\.00 %\)$/);
  });
});
