import { localFrame, type LocalFrame } from './localFrame';
import { layOutCells, scaleBoundary, subdivideBlock, type PlannedCell, type ScaledBoundary } from './parkLayout';
import type { Cell } from './planarLayout';
import {
  ACCESS_ROAD, BLOCKS, COLUMNS, RAIL_CORRIDOR, ROADS, ROWS, RYAZANSKIY_AREA_HA, RYAZANSKIY_CENTRE, RYAZANSKIY_ROTATION_DEG,
  RYAZANSKIY_SETBACK_M, RYAZANSKIY_SHAPE,
} from './ryazanskiyPlan';
import type { LaidOutPlot, PlotUse, SeedPark } from './seedTypes';

export const RYAZANSKIY_KEY = 'ryazanskiy';

/** The laid-out «Рязанский»: park row, plots with codes, and the frame and boundary its networks are drawn in. */
export interface RyazanskiyLayout {
  readonly park: SeedPark;
  readonly plots: readonly LaidOutPlot[];
  readonly frame: LocalFrame;
  readonly boundary: ScaledBoundary;
}

export function layOutRyazanskiy(): RyazanskiyLayout {
  const frame = localFrame(RYAZANSKIY_CENTRE, RYAZANSKIY_ROTATION_DEG);
  const boundary = scaleBoundary(frame, RYAZANSKIY_SHAPE, RYAZANSKIY_AREA_HA * 10_000, RYAZANSKIY_SETBACK_M);
  const planned = [...blockCells(boundary), ...strips()];
  const plots = layOutCells(frame, boundary.plotArea, planned).map(({ use, ring }, i) => ({
    code: `Р-${String(i + 1).padStart(2, '0')}`,
    use,
    ring,
  }));
  const park: SeedPark = {
    key: RYAZANSKIY_KEY,
    name: 'Индустриальный парк «Рязанский»',
    region: 'Рязанская область',
    declaredAreaHa: RYAZANSKIY_AREA_HA,
    // Tyushevo (39.6° E) lies west of 39.98° E, the edge between МСК-62 zones 1 (38.48° E) and 2 (41.48° E).
    cadastralCrs: 'MSK-62-1',
    illustrative: true,
    boundary: { type: 'Polygon', coordinates: [boundary.ring] },
  };
  return { park, plots, frame, boundary };
}

function range(pair: readonly [number, number] | undefined): readonly [number, number] {
  if (pair === undefined) throw new Error('plan refers to a missing row or column');
  return pair;
}

function blockCells(boundary: ScaledBoundary): PlannedCell[] {
  return BLOCKS.flatMap((block) => {
    const [uMin, uMax] = block.uRange ?? range(COLUMNS[block.column]);
    const [vMin, vMax] = range(ROWS[block.row]);
    const cells = subdivideBlock({ uMin, uMax, vMin, vMax }, block.nu, block.nv, boundary.plotArea);
    if (cells.length !== block.uses.length) throw new Error(`block ${block.column}/${block.row}: ${cells.length} cells, ${block.uses.length} uses`);
    return cells.map((cell, i) => ({ cell, use: block.uses[i] ?? unreachable() }));
  });
}

function unreachable(): never {
  throw new Error('cells and uses out of step');
}

/** Road reserves and the railway corridor: east–west roads run through, the rest stop at them. */
function strips(): PlannedCell[] {
  const far = range(COLUMNS[COLUMNS.length - 1])[1];
  const planned: PlannedCell[] = [];
  const road = (notes: string): PlotUse => ({ zone: 'road', status: 'infrastructure', holder: null, notes });
  for (const { name, axis, from, to } of ROADS) {
    const notes = `${name}, две полосы`;
    if (axis === 'u') {
      planned.push({ cell: { uMin: -far, uMax: far, vMin: from, vMax: to }, use: road(notes) });
      continue;
    }
    // The access road only crosses the northern row; the others run the whole way, one plot per row.
    const rows = from === ACCESS_ROAD[0] ? ROWS.slice(3) : ROWS;
    for (const [vMin, vMax] of [...rows].reverse()) planned.push({ cell: { uMin: from, uMax: to, vMin, vMax }, use: road(notes) });
  }
  for (const [vMin, vMax] of [...ROWS].reverse()) {
    const cell: Cell = { uMin: RAIL_CORRIDOR[0], uMax: RAIL_CORRIDOR[1], vMin, vMax };
    planned.push({ cell, use: road('Полоса отвода подъездного железнодорожного пути №1 (ст. Дягилево)') });
  }
  return planned;
}
