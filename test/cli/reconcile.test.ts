import { describe, expect, it } from 'vitest';
import { reconcileCommand } from '../../electron/cli/commands/reconcile';
import { openProject } from '../../electron/store/project';
import { cadastralArea, fromCadastral, toCadastral } from '../../shared/crs/cadastralArea';
import type { MultiPolygonGeometry, Position } from '../../shared/domain/geometry';
import type { Reconciliation } from '../../shared/park/reconciliation';
import { demoCopy } from '../import/importRun';

// `parkplan reconcile` on the demo with ЕГРН parcels written beside its plots: one parcel is its plot moved
// 0.5 m north in МСК-62 zone 1, one carries the outline of a plot of another number, one lies off any plot.

const run = (...args: string[]): string[] => {
  const lines: string[] = [];
  reconcileCommand(args, (line) => lines.push(line));
  return lines;
};

const movedNorth = (ring: readonly Position[], metres: number): Position[] =>
  ring.map((position) => {
    const { x, y } = toCadastral(position, 'MSK-62-1');
    return fromCadastral({ x: x + metres, y }, 'MSK-62-1');
  });

function prepared(): { project: string; declared: number } {
  const project = demoCopy();
  const store = openProject(project);
  try {
    const plots = store.plots.list();
    const moved = plots.find((plot) => plot.code === 'Р-13')!;
    const other = plots.find((plot) => plot.code === 'Р-20')!;
    const unregistered = plots.find((plot) => plot.code === 'Р-21')!;
    store.plots.update({ ...moved, cadastralNumber: '62:15:0060201:901' });
    store.plots.update({ ...unregistered, cadastralNumber: '62:15:0060201:999' });
    const parcelOf = (geometry: MultiPolygonGeometry) => ({
      parkId: moved.parkId, category: '', permittedUse: '', address: '', state: '06', source: 'test', sourceCrs: 'MSK-62-1', geometry,
    });
    const shifted: MultiPolygonGeometry = { type: 'MultiPolygon', coordinates: [moved.geometry.coordinates.map((ring) => movedNorth(ring, 0.5))] };
    const declared = Math.round(cadastralArea(shifted, 'MSK-62-1')) - 25;
    store.cadastralParcels.upsert({ ...parcelOf(shifted), cadastralNumber: '62:15:0060201:901', declaredAreaM2: declared, areaInaccuracyM2: 40 });
    store.cadastralParcels.upsert({ ...parcelOf({ type: 'MultiPolygon', coordinates: [other.geometry.coordinates] }), cadastralNumber: '62:15:0060201:902', declaredAreaM2: null, areaInaccuracyM2: null });
    return { project, declared };
  } finally {
    store.close();
  }
}

describe('parkplan reconcile', () => {
  it('reports the moved plot: declared area, ours, the difference as a share of ±, and a 0.5 m deviation', () => {
    const { project, declared } = prepared();
    const [park] = (JSON.parse(run(project, '--park', 'Рязанский', '--json').join('\n')) as { parks: Reconciliation[] }).parks;
    expect(park?.crs).toBe('MSK-62-1');
    const row = park?.matched.find((match) => match.plotCode === 'Р-13');
    expect(row?.declaredAreaM2).toBe(declared);
    // Moving an outline keeps its planar area: ours is the declared + 25 m², i.e. 25/40 of the inaccuracy.
    expect(row?.differenceM2).toBe(25);
    expect(row?.shareOfInaccuracy).toBeCloseTo(0.625, 9);
    expect(Math.abs((row?.maxDeviationM ?? 0) - 0.5)).toBeLessThan(1e-3);
    expect(park?.plotsWithoutParcel).toContainEqual({ plotCode: 'Р-21', cadastralNumber: '62:15:0060201:999' });
    expect(park?.plotsWithoutParcel.map((plot) => plot.plotCode)).not.toContain('Р-13');
    expect(park?.parcelsWithoutPlot).toEqual(['62:15:0060201:902']);
    const overlaps = park?.parcelsOverlappingOtherPlots ?? [];
    const onOther = overlaps.find((overlap) => overlap.cadastralNumber === '62:15:0060201:902' && overlap.plotCode === 'Р-20');
    expect(onOther?.overlapM2).toBeGreaterThan(1000);
    // The 0.5 m shift pushes parcel 901 over whatever plot borders Р-13 on the north, by a strip ≤ 0.5 m wide.
    for (const overlap of overlaps.filter((item) => item.cadastralNumber === '62:15:0060201:901')) expect(overlap.plotCode).not.toBe('Р-13');
  });

  it('prints the same as a table a planner reads', () => {
    const { project } = prepared();
    const lines = run(project, '--park', 'Рязанский');
    expect(lines[0]).toMatch(/Рязанский.*: areas in MSK-62-1$/);
    expect(lines.find((line) => line.includes('Р-13'))).toMatch(/62:15:0060201:901\s+\d+\s+40\s+\d+\s+\+25\s+0\.63\s+0\.50$/);
    expect(lines).toContain('  plot Р-21: no parcel 62:15:0060201:999 among the imported extracts');
    expect(lines).toContain('  parcel 62:15:0060201:902: no plot carries this number');
  });
});
