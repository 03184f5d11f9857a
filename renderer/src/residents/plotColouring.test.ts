import { expression as styleExpression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { STATUS_COLORS } from '../map/statusColors';
import { plotFillExpression } from './plotColouring';
import { NO_RESIDENT_COLOR } from '../../../shared/style/residentPalette';

/** Evaluates a fill expression the way MapLibre does, for a plot with these properties. */
function fillOf(expression: unknown, properties: Record<string, unknown>): string {
  const compiled = styleExpression.createExpression(expression, { type: 'color', 'property-type': 'data-driven', expression: { interpolated: false, parameters: ['zoom', 'feature'] } } as never);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  const colour = compiled.value.evaluate({ zoom: 14 }, { type: 'Polygon', properties } as never) as { toString(): string };
  return colour.toString();
}

describe('plotFillExpression', () => {
  const colours = new Map([
    ['ООО «Ранец-Урал»', '#4e79a7'],
    ['ООО «Цветные мелки»', '#f28e2b'],
  ]);

  it('colours by status in status mode', () => {
    expect(fillOf(plotFillExpression('status', colours), { status: 'free', residentName: null })).toBe(STATUS_COLORS.free);
    expect(fillOf(plotFillExpression('status', colours), { status: 'built', residentName: 'ООО «Ранец-Урал»' })).toBe(STATUS_COLORS.built);
  });

  it('colours by the holder in resident mode, and plots nobody holds grey', () => {
    const expression = plotFillExpression('resident', colours);
    expect(fillOf(expression, { status: 'built', residentName: 'ООО «Ранец-Урал»' })).toBe('#4e79a7');
    expect(fillOf(expression, { status: 'allocated', residentName: 'ООО «Цветные мелки»' })).toBe('#f28e2b');
    expect(fillOf(expression, { status: 'free', residentName: null })).toBe(NO_RESIDENT_COLOR);
  });

  it('is a valid expression even when no plot has a resident', () => {
    expect(fillOf(plotFillExpression('resident', new Map()), { status: 'free', residentName: null })).toBe(NO_RESIDENT_COLOR);
  });
});
