import geodesic from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { createPaperProjection, fitScale, paperPt } from './paperProjection';
import { PT_PER_MM } from './paperSizes';

const FRAME = { x: 100, y: 50, width: 1800, height: 1500 };
const CENTRE = [39.6, 54.7] as const;

describe('createPaperProjection', () => {
  it('puts the centre in the middle of the frame', () => {
    const [x, y] = createPaperProjection(CENTRE, 2000, FRAME).toPage(CENTRE);
    expect(x).toBeCloseTo(1000, 6);
    expect(y).toBeCloseTo(800, 6);
  });

  it('draws ground distances at the true scale in every direction (geodesic, within 1e-5)', () => {
    const projection = createPaperProjection(CENTRE, 1000, FRAME);
    const line = geodesic.Geodesic.WGS84;
    for (const azimuth of [0, 37, 90, 145, 210, 300]) {
      const end = line.Direct(CENTRE[1], CENTRE[0], azimuth, 700);
      const [x0, y0] = projection.toPage(CENTRE);
      const [x1, y1] = projection.toPage([end.lon2 ?? 0, end.lat2 ?? 0]);
      // 1:1000: 700 m on the ground is 700 mm on paper.
      expect(Math.hypot(x1 - x0, y1 - y0) / PT_PER_MM).toBeCloseTo(700, 2);
    }
  });

  it('keeps north up and east to the right', () => {
    const projection = createPaperProjection(CENTRE, 1000, FRAME);
    const [, yNorth] = projection.toPage([CENTRE[0], CENTRE[1] + 0.001]);
    const [xEast] = projection.toPage([CENTRE[0] + 0.001, CENTRE[1]]);
    expect(yNorth).toBeLessThan(800);
    expect(xEast).toBeGreaterThan(1000);
  });

  it('inverts toPage', () => {
    const projection = createPaperProjection(CENTRE, 5000, FRAME);
    const back = projection.toPosition(projection.toPage([39.61, 54.69]));
    expect(back[0]).toBeCloseTo(39.61, 10);
    expect(back[1]).toBeCloseTo(54.69, 10);
  });

  it('refuses a scale that is not a positive number', () => {
    expect(() => createPaperProjection(CENTRE, 0, FRAME)).toThrow(RangeError);
  });
});

describe('fitScale', () => {
  it('is a round scale at which the extent fits, and the next rounder step down would not', () => {
    for (const [east, north] of [[2400, 2100], [300, 900], [5200, 1200]] as const) {
      const scale = fitScale(east, north, FRAME);
      expect(paperPt(east, scale)).toBeLessThanOrEqual(FRAME.width + 1e-9);
      expect(paperPt(north, scale)).toBeLessThanOrEqual(FRAME.height + 1e-9);
      const tighter = scale * 0.75;
      expect(paperPt(east, tighter) > FRAME.width || paperPt(north, tighter) > FRAME.height).toBe(true);
      expect(scale / 10 ** Math.floor(Math.log10(scale))).toSatisfy((step: number) => [1, 1.25, 2, 2.5, 3, 4, 5].includes(step));
    }
  });
});
