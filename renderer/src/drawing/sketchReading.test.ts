import { describe, expect, it } from 'vitest';
import type { Position } from '../../../shared/domain/geometry';
import { readSketch } from './sketchReading';

const a: Position = [39.6, 54.6];
const b: Position = [39.601, 54.6];
const c: Position = [39.601, 54.601];
const d: Position = [39.6, 54.601];

describe('readSketch', () => {
  it('splits a line being drawn into placed vertices and the cursor', () => {
    const reading = readSketch({ geometry: { type: 'LineString', coordinates: [a, b, c] }, properties: { currentlyDrawing: true, committedCoordinateCount: 2 } });
    expect(reading).toEqual({ placed: [a, b], cursor: c });
  });

  it('drops the closing copy of a polygon ring', () => {
    const reading = readSketch({ geometry: { type: 'Polygon', coordinates: [[a, b, c, d, a]] }, properties: { currentlyDrawing: true, committedCoordinateCount: 3 } });
    expect(reading).toEqual({ placed: [a, b, c], cursor: d });
  });

  it('reads a finished feature as all placed', () => {
    expect(readSketch({ geometry: { type: 'Polygon', coordinates: [[a, b, c, a]] }, properties: {} })).toEqual({ placed: [a, b, c], cursor: null });
  });
});
