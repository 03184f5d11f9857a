import { formatMessage, message } from '../messages/message';
import { describe, expect, it } from 'vitest';
import type { PolygonGeometry } from '../domain/geometry';
import type { PlotId } from '../domain/ids';
import { geodesicArea } from '../geometry/geodesicArea';
import { splitPolygon } from '../geometry/splitPolygon';
import { geographiclibMeasures, relativeError } from '../geometry/test/geographiclibReference';
import { lineInMetres, polygonInMetres, rectangle } from '../geometry/test/plotShapes';
import { intersectionAreaByTurf } from '../geometry/test/turfReference';
import type { PlotFinding } from './findings';
import { parkLayout } from './test/parkLayout';
import { validatePark } from './validatePark';

const park = { boundary: rectangle(-10, -10, 420, 300) };
const plot = (id: number, geometry: PolygonGeometry): { id: PlotId; geometry: PolygonGeometry } => ({ id: id as PlotId, geometry });

function findingsOf(result: ReturnType<typeof validatePark>, id: number): readonly PlotFinding[] {
  return result.plots.find((entry) => entry.plotId === id)?.findings ?? [];
}

describe('validatePark on hand-built plots', () => {
  it('finds nothing wrong with neighbours sharing edges, T-junctions and split pieces', () => {
    const halves = splitPolygon(rectangle(100, 0, 100, 70), lineInMetres([[130, -5], [170, 75]]));
    if (!halves.ok) throw new Error(halves.message.key);
    const plots = [
      plot(1, rectangle(0, 0, 50, 70)),
      plot(2, rectangle(50, 0, 50, 70)),
      plot(3, polygonInMetres([[0, 70], [25, 70], [50, 70], [100, 70], [100, 140], [0, 140]])), // T-junction over 1 and 2
      ...halves.value.map((piece, k) => plot(10 + k, piece)),
      plot(20, rectangle(200, 0, 60, 70)), // along the split plot's east edge, which the cut did not touch
    ];
    expect(validatePark(park, plots).plots).toEqual([]);
  });

  it('flags an overlap on both plots with its geodesic area (a 4 m × 70 m strip, by GeographicLib)', () => {
    const result = validatePark(park, [plot(1, rectangle(0, 0, 50, 70)), plot(2, rectangle(46, 0, 50, 70))]);
    const [first] = findingsOf(result, 1);
    const [second] = findingsOf(result, 2);
    expect(first).toMatchObject({ kind: 'overlap', otherPlotId: 2 });
    expect(second).toMatchObject({ kind: 'overlap', otherPlotId: 1 });
    const strip = geographiclibMeasures(rectangle(46, 0, 4, 70)).area;
    expect(first?.kind === 'overlap' ? relativeError(first.overlapAreaM2, strip) : 1).toBeLessThan(1e-6);
  });

  it('flags a plot inside another, and an exact duplicate', () => {
    const result = validatePark(park, [plot(1, rectangle(0, 0, 100, 100)), plot(2, rectangle(20, 20, 10, 10)), plot(3, rectangle(0, 0, 100, 100))]);
    expect(findingsOf(result, 2).map((f) => f.kind === 'overlap' && f.otherPlotId)).toEqual([1, 3]);
    expect(findingsOf(result, 3).map((f) => f.kind === 'overlap' && f.otherPlotId)).toEqual([1, 2]);
    const dup = findingsOf(result, 1).find((f) => f.kind === 'overlap' && f.otherPlotId === 3);
    expect(dup?.kind === 'overlap' ? relativeError(dup.overlapAreaM2, geodesicArea(rectangle(0, 0, 100, 100))) : 1).toBeLessThan(1e-9);
  });

  it('flags the part of a plot outside the boundary with its area (by Turf, independently)', () => {
    const straddling = rectangle(380, 100, 60, 50); // 30 m of its 60 m width beyond the boundary at x = 410
    const result = validatePark(park, [plot(1, straddling), plot(2, rectangle(500, 0, 20, 20))]);
    const [finding] = findingsOf(result, 1);
    const expected = geodesicArea(straddling) - intersectionAreaByTurf(straddling, park.boundary);
    expect(finding?.kind === 'outside-boundary' ? relativeError(finding.areaOutsideM2, expected) : 1).toBeLessThan(1e-5);
    expect(finding?.kind === 'outside-boundary' ? finding.areaOutsideM2 : 0).toBeCloseTo(1_500, -1);
    expect(findingsOf(result, 2)).toMatchObject([{ kind: 'outside-boundary' }]);
  });

  it('flags outline faults: too few vertices, a repeated vertex, a self-intersection (and skips their overlaps)', () => {
    const [a, b, c] = polygonInMetres([[0, 0], [10, 0], [10, 10]]).coordinates[0] ?? [];
    if (a === undefined || b === undefined || c === undefined) throw new Error('fixture');
    const result = validatePark(park, [
      plot(1, { type: 'Polygon', coordinates: [[a, b, a]] }),
      plot(2, { type: 'Polygon', coordinates: [[a, b, b, c, a]] }),
      plot(3, polygonInMetres([[0, 0], [100, 60], [100, 0], [0, 60]])),
    ]);
    expect(findingsOf(result, 1).map((f) => f.kind)).toEqual(['too-few-vertices']);
    expect(findingsOf(result, 2)).toMatchObject([{ kind: 'duplicate-vertex', vertexIndex: 2 }]);
    expect(findingsOf(result, 3)).toMatchObject([{ kind: 'self-intersection', message: { key: 'finding.selfIntersection' } }]);
    expect(formatMessage('en', findingsOf(result, 3)[0]?.message ?? message('geometry.apart'))).toMatch(/segment 1 .*segment 3/);
  });
});

describe('validatePark on a generated park', () => {
  it('finds exactly the planted overlaps and excursions among 2 000 plots', () => {
    const layout = parkLayout({ plots: 2_000, overlapping: 4, outside: 3, seed: 5 });
    const result = validatePark(layout, layout.plots);
    const outside = result.plots.filter((entry) => entry.findings.some((f) => f.kind === 'outside-boundary')).map((entry) => entry.plotId);
    expect(new Set(outside)).toEqual(layout.outsideIds);
    const overlapping = new Set(result.plots.filter((entry) => entry.findings.some((f) => f.kind === 'overlap')).map((entry) => entry.plotId));
    for (const id of layout.overlappingIds) expect(overlapping.has(id)).toBe(true);
    // Each planted plot overlaps its east, north and north-east neighbours, and nothing else overlaps.
    expect(overlapping.size).toBe(layout.overlappingIds.size * 4);
    for (const entry of result.plots) {
      for (const finding of entry.findings) {
        if (finding.kind !== 'overlap') continue;
        const a = layout.plots.find((p) => p.id === entry.plotId)?.geometry as PolygonGeometry;
        const b = layout.plots.find((p) => p.id === finding.otherPlotId)?.geometry as PolygonGeometry;
        expect(relativeError(finding.overlapAreaM2, intersectionAreaByTurf(a, b))).toBeLessThan(1e-4);
      }
    }
  });
});
