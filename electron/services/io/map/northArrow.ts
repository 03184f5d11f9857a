import { group, type Shape } from './drawing';
import { MAP_WORDS } from './mapWords';
import { textAt, type PanelBlock } from './panelBlock';

/*
 * The north arrow points straight up: the map's projection is a transverse Mercator on the map's own
 * central meridian, so grid north and true north agree at its centre (and stray by under 0.05° at the
 * edge of a park a few kilometres wide).
 */

export function northArrow(x: number, y: number, fontSize: number): PanelBlock {
  const height = fontSize * 4;
  const half = fontSize * 1.1;
  const top = y + fontSize * 1.4;
  const cx = x + half;
  const shapes: Shape[] = [
    textAt(MAP_WORDS.north, cx, y + fontSize * 1.1, fontSize * 1.2, 'middle'),
    { kind: 'path', parts: [[[cx, top], [cx - half, top + height], [cx, top + height * 0.72]]], closed: true, paint: { fill: '#1a1a1a', stroke: '#1a1a1a', strokeWidth: 0.6 } },
    { kind: 'path', parts: [[[cx, top], [cx + half, top + height], [cx, top + height * 0.72]]], closed: true, paint: { fill: '#ffffff', stroke: '#1a1a1a', strokeWidth: 0.6 } },
  ];
  return { shapes: [group('north-arrow', shapes)], height: top + height - y };
}
