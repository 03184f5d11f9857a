import { describe, expect, it } from 'vitest';
import { cadastralArea, fromCadastral, toCadastral } from '../crs/cadastralArea';
import type { CadastralParcel, CadastralParcelId } from '../domain/cadastralParcel';
import type { LinearRing, Position } from '../domain/geometry';
import type { ParkId, PlotId } from '../domain/ids';
import type { Park } from '../domain/park';
import type { Plot } from '../domain/plot';
import { reconcilePark } from './reconciliation';

const square = (x: number, y: number, size: number): LinearRing =>
  [[x, y], [x, y + size], [x + size, y + size], [x + size, y], [x, y]].map(([a = 0, b = 0]) => fromCadastral({ x: a, y: b }, 'MSK-62-1'));
const park: Park = {
  id: 1 as ParkId, name: 'Тест', region: '', declaredAreaHa: null, cadastralCrs: 'MSK-62-1', illustrative: true, codePrefix: 'Н-',
  boundary: { type: 'Polygon', coordinates: [square(451_000, 1_321_000, 2_000)] },
};
const plot = (id: number, code: string, cadastralNumber: string | null, ring: LinearRing): Plot => ({
  id: id as PlotId, parkId: park.id, code, cadastralNumber, status: 'free', zone: 'production', notes: '', geometry: { type: 'Polygon', coordinates: [ring] },
});
const parcel = (id: number, cadastralNumber: string, ring: LinearRing, declaredAreaM2: number | null, areaInaccuracyM2: number | null): CadastralParcel => ({
  id: id as CadastralParcelId, parkId: park.id, cadastralNumber, declaredAreaM2, areaInaccuracyM2, category: '', permittedUse: '', address: '', state: '', source: '', sourceCrs: 'MSK-62-1',
  geometry: { type: 'MultiPolygon', coordinates: [[ring]] },
});
const moved = (ring: LinearRing, dx: number, dy: number): LinearRing =>
  ring.map((position: Position) => {
    const { x, y } = toCadastral(position, 'MSK-62-1');
    return fromCadastral({ x: x + dx, y: y + dy }, 'MSK-62-1');
  });

describe('reconcilePark', () => {
  it('measures the plot against its parcel in the МСК plane: area difference, share of ±, boundary deviation', () => {
    const own = square(451_100, 1_321_100, 100);
    const result = reconcilePark(park, [plot(1, 'A-1', '62:15:1:1', own)], [parcel(1, '62:15:1:1', moved(own, 0.3, -0.4), 9_990, 20)]);
    const [row] = result.matched;
    expect(row?.plotAreaM2).toBe(Math.round(cadastralArea({ type: 'Polygon', coordinates: [own] }, 'MSK-62-1')));
    expect(row?.differenceM2).toBe(10);
    expect(row?.shareOfInaccuracy).toBeCloseTo(0.5, 12);
    // A square moved by (0.3, −0.4) m: one corner of each lies diagonally outside the other, 0.5 m off.
    expect(Math.abs((row?.maxDeviationM ?? 0) - 0.5)).toBeLessThan(1e-4);
  });

  it('lists plots without a parcel, parcels without a plot, and parcels over plots of other numbers', () => {
    const a = square(451_100, 1_321_100, 100);
    const b = square(451_100, 1_321_200, 100);
    const result = reconcilePark(
      park,
      [plot(1, 'A-1', '62:15:1:1', a), plot(2, 'A-2', null, b), plot(3, 'A-3', '62:15:1:3', square(451_500, 1_321_500, 50))],
      [parcel(1, '62:15:1:1', moved(a, 0, 2), null, null), parcel(2, '62:15:1:7', square(451_800, 1_321_800, 30), 900, 10)],
    );
    expect(result.plotsWithoutParcel).toEqual([{ plotCode: 'A-3', cadastralNumber: '62:15:1:3' }]);
    expect(result.parcelsWithoutPlot).toEqual(['62:15:1:7']);
    expect(result.parcelsOverlappingOtherPlots).toHaveLength(1);
    expect(result.parcelsOverlappingOtherPlots[0]).toMatchObject({ cadastralNumber: '62:15:1:1', plotCode: 'A-2', plotCadastralNumber: null });
    expect(result.parcelsOverlappingOtherPlots[0]?.overlapM2).toBeCloseTo(200, -1);
    expect(result.matched[0]?.shareOfInaccuracy).toBeNull();
  });
});
