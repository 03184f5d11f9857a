import type { PolygonGeometry, Position } from '../../shared/domain/geometry';
import type { PlotId } from '../../shared/domain/ids';
import { openProject } from '../../electron/store/project';

/*
 * A generated park of square 50 m plots in a grid, written straight through the store (one transaction),
 * for the benchmarks that need a project of a given size. Free production plots, no allocations, so a
 * vertex moved inward never overlaps a neighbour.
 */

export const PLOT_M = 50;
const ORIGIN: Position = [39.58, 54.69];
const M_PER_DEG_LAT = 111_320;
const perLon = M_PER_DEG_LAT * Math.cos((ORIGIN[1] * Math.PI) / 180);

export interface GridPark {
  readonly file: string;
  readonly plots: number;
  /** The plot nearest the middle of the grid. */
  readonly middle: GridPlot;
  /** The plots around the middle, for repeated selections and edits. */
  readonly around: readonly GridPlot[];
}

export interface GridPlot {
  readonly id: PlotId;
  readonly code: string;
  readonly geometry: PolygonGeometry;
}

export function gridCell(column: number, row: number): PolygonGeometry {
  const west = ORIGIN[0] + (column * PLOT_M) / perLon;
  const south = ORIGIN[1] + (row * PLOT_M) / M_PER_DEG_LAT;
  const east = west + PLOT_M / perLon;
  const north = south + PLOT_M / M_PER_DEG_LAT;
  return { type: 'Polygon', coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] };
}

/** Writes a new project at `file` holding one park of `count` plots laid out row by row. */
export function writeGridPark(file: string, count: number): GridPark {
  const side = Math.ceil(Math.sqrt(count));
  const rows = Math.ceil(count / side);
  const store = openProject(file, { create: true });
  const middleRow = Math.floor(rows / 2);
  const middleColumn = Math.floor(side / 2);
  const around: GridPlot[] = [];
  let middle: GridPlot | null = null;
  try {
    store.transaction(() => {
      const span: Position = [ORIGIN[0] + (side * PLOT_M) / perLon, ORIGIN[1] + (rows * PLOT_M) / M_PER_DEG_LAT];
      const park = store.parks.insert({
        name: 'Бенчмарк', region: 'Рязанская область', declaredAreaHa: null, cadastralCrs: 'MSK-62-1', illustrative: true, codePrefix: 'Б-',
        boundary: { type: 'MultiPolygon', coordinates: [[[ORIGIN, [span[0], ORIGIN[1]], span, [ORIGIN[0], span[1]], ORIGIN]]] },
      });
      for (let index = 0; index < count; index++) {
        const row = Math.floor(index / side);
        const column = index % side;
        const code = `Р-${row}-${column}`;
        const geometry = gridCell(column, row);
        const plot = store.plots.insert({ parkId: park.id, code, cadastralNumber: null, status: 'free', zone: 'production', notes: '', geometry });
        const near = Math.abs(row - middleRow) <= 1 && Math.abs(column - middleColumn) <= 2;
        if (row === middleRow && column === middleColumn) middle = { id: plot.id, code, geometry };
        else if (near) around.push({ id: plot.id, code, geometry });
      }
    });
  } finally {
    store.close();
  }
  if (middle === null) throw new Error(`no middle plot in a grid of ${count}`);
  return { file, plots: count, middle, around };
}
