import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import type { Position } from '../domain/geometry';
import { geodesicArea } from './geodesicArea';
import { createLocalFrame, localFrameAround } from './localFrame';
import { seededRandom } from './test/randomPlots';

const frame = createLocalFrame([39.6, 54.6]);

describe('localFrame', () => {
  it('round-trips positions within 3 km to 1e-12°', () => {
    const random = seededRandom(11);
    for (let k = 0; k < 1_000; k++) {
      const position: Position = [39.6 + (random() - 0.5) * 0.08, 54.6 + (random() - 0.5) * 0.05];
      const back = frame.toPosition(frame.toXY(position));
      expect(Math.abs(back[0] - position[0])).toBeLessThan(1e-12);
      expect(Math.abs(back[1] - position[1])).toBeLessThan(1e-12);
    }
  });

  it('measures metres: frame distances agree with GeographicLib to 0.05 % (the authalic stretch)', () => {
    const random = seededRandom(12);
    for (let k = 0; k < 200; k++) {
      const a: Position = [39.6 + (random() - 0.5) * 0.02, 54.6 + (random() - 0.5) * 0.02];
      const b: Position = [a[0] + (random() - 0.5) * 0.01, a[1] + (random() - 0.5) * 0.01];
      const [x1, y1] = frame.toXY(a);
      const [x2, y2] = frame.toXY(b);
      const reference = geodesic.Geodesic.WGS84.Inverse(a[1], a[0], b[1], b[0]).s12 ?? Number.NaN;
      expect(Math.abs(Math.hypot(x2 - x1, y2 - y1) / reference - 1)).toBeLessThan(5e-4);
    }
    expect(frame.eastScale).toBeGreaterThan(1.0003);
    expect(frame.eastScale).toBeLessThan(1.0006);
  });

  it('maps the edges geodesicArea measures to straight lines: a vertex put on a chord leaves the area unchanged', () => {
    const random = seededRandom(13);
    for (let k = 0; k < 200; k++) {
      const ring: Position[] = [[39.6, 54.6], [39.6 + random() * 0.02, 54.6 + random() * 0.002], [39.61, 54.61], [39.6, 54.6]];
      const other = createLocalFrame([39.55 + random() * 0.1, 54.55 + random() * 0.1]); // any centre will do
      const a = other.toXY(ring[0] as Position);
      const b = other.toXY(ring[1] as Position);
      const t = random();
      const onChord = other.toPosition([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
      const before = geodesicArea({ type: 'Polygon', coordinates: [ring] });
      const after = geodesicArea({ type: 'Polygon', coordinates: [[ring[0] as Position, onChord, ...ring.slice(1)]] });
      expect(Math.abs(after / before - 1)).toBeLessThan(1e-9);
    }
  });

  it('a straight line in degrees is not straight on the ellipsoid: the midpoint in degrees changes the area', () => {
    const ring: Position[] = [[39.6, 54.6], [39.61, 54.6], [39.61, 54.61], [39.6, 54.6]];
    const midInDegrees: Position = [39.605, 54.6];
    const after = geodesicArea({ type: 'Polygon', coordinates: [[ring[0] as Position, midInDegrees, ...ring.slice(1)]] });
    expect(Math.abs(after / geodesicArea({ type: 'Polygon', coordinates: [ring] }) - 1)).toBeGreaterThan(1e-6);
  });

  it('centres a frame on the bounding box', () => {
    const [lon, lat] = localFrameAround([[39.6, 54.6], [39.61, 54.62]]).center;
    expect(lon).toBeCloseTo(39.605, 12);
    expect(lat).toBeCloseTo(54.61, 12);
  });
});
