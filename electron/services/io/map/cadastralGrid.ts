import { fromCadastral, toCadastral } from '../../../../shared/crs/cadastralArea';
import { CADASTRAL_ZONES, type CadastralZoneKey } from '../../../../shared/crs/cadastralZones';
import { formatNumber } from '../../../../shared/format/measure';
import { group, type PagePoint, type Shape, type TextShape } from './drawing';
import type { PaperProjection } from './paperProjection';

/*
 * The coordinate grid of the park's МСК zone, labelled in its X (north) and Y (east) metres as a
 * cadastral extract gives them. The map is drawn on its own meridian, not the zone's, so the grid
 * lines come out turned by the meridian convergence (about 0.9° for «Рязанский» in МСК-62 zone 1):
 * each line is drawn through points converted from МСК to the map, never assumed square to the page.
 */

const STEPS_M = [50, 100, 200, 250, 500, 1000, 2000, 2500, 5000] as const;
const GRID_COLOR = '#5b6770';

/** The round grid interval that puts lines 40 mm or more apart on paper at 1:scale. */
export function gridInterval(scale: number): number {
  const wanted = (40 * scale) / 1000;
  return STEPS_M.find((step) => step >= wanted) ?? 10_000;
}

/** Where the segment a→b crosses the horizontal y = level, or null. */
function crossAtY(a: PagePoint, b: PagePoint, level: number): number | null {
  if ((a[1] - level) * (b[1] - level) > 0 || a[1] === b[1]) return null;
  return a[0] + ((level - a[1]) / (b[1] - a[1])) * (b[0] - a[0]);
}

function crossAtX(a: PagePoint, b: PagePoint, level: number): number | null {
  if ((a[0] - level) * (b[0] - level) > 0 || a[0] === b[0]) return null;
  return a[1] + ((level - a[0]) / (b[0] - a[0])) * (b[1] - a[1]);
}

/**
 * Grid lines and their labels over the projection's frame, clipped to it.
 *
 * @example
 * cadastralGrid(projection, 'MSK-62-1', 10); // group 'grid': a line per 250 m at 1:5000, labels at the frame's edges
 */
export function cadastralGrid(projection: PaperProjection, zone: CadastralZoneKey, fontSize: number): Shape {
  const { frame } = projection;
  const corners: PagePoint[] = [
    [frame.x, frame.y],
    [frame.x + frame.width, frame.y],
    [frame.x, frame.y + frame.height],
    [frame.x + frame.width, frame.y + frame.height],
  ];
  const cadastral = corners.map((corner) => toCadastral(projection.toPosition(corner), zone));
  const interval = gridInterval(projection.scale);
  const minX = Math.floor(Math.min(...cadastral.map((p) => p.x)) / interval) * interval;
  const maxX = Math.ceil(Math.max(...cadastral.map((p) => p.x)) / interval) * interval;
  const minY = Math.floor(Math.min(...cadastral.map((p) => p.y)) / interval) * interval;
  const maxY = Math.ceil(Math.max(...cadastral.map((p) => p.y)) / interval) * interval;
  const toPage = (x: number, y: number): PagePoint => projection.toPage(fromCadastral({ x, y }, zone));

  const lines: Shape[] = [];
  const labels: TextShape[] = [];
  const size = fontSize * 0.8;
  const label = (text: string, x: number, y: number, anchor: TextShape['anchor']): TextShape => ({ kind: 'text', text, x, y, size, anchor, color: GRID_COLOR, halo: size * 0.2 });
  // Lines of constant Y (easting) run north–south: label where they meet the top edge.
  for (let y = minY; y <= maxY; y += interval) {
    const a = toPage(minX, y);
    const b = toPage(maxX, y);
    lines.push({ kind: 'path', parts: [[a, b]], closed: false, paint: { stroke: GRID_COLOR, strokeWidth: 0.4, dash: [3, 3] } });
    const at = crossAtY(a, b, frame.y);
    if (at !== null && at > frame.x + size * 4 && at < frame.x + frame.width - size * 4) labels.push(label(`Y ${formatNumber(y, 'ru')}`, at, frame.y + size * 1.3, 'middle'));
  }
  // Lines of constant X (northing) run west–east: label where they meet the left edge.
  for (let x = minX; x <= maxX; x += interval) {
    const a = toPage(x, minY);
    const b = toPage(x, maxY);
    lines.push({ kind: 'path', parts: [[a, b]], closed: false, paint: { stroke: GRID_COLOR, strokeWidth: 0.4, dash: [3, 3] } });
    const at = crossAtX(a, b, frame.x);
    if (at !== null && at > frame.y + size * 3 && at < frame.y + frame.height - size) labels.push(label(`X ${formatNumber(x, 'ru')}`, frame.x + size * 0.4, at - size * 0.3, 'start'));
  }
  return group('grid', [...lines, ...labels], { clip: frame, data: { zone, 'interval-m': interval } });
}

export const zoneLabel = (zone: CadastralZoneKey): string => CADASTRAL_ZONES[zone].label.ru;
