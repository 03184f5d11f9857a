import { formatNumber } from '../../../../shared/format/measure';
import { group, rectPath, type Shape } from './drawing';
import { paperPt } from './paperProjection';
import { MAP_WORDS } from './mapWords';
import { textAt, type PanelBlock } from './panelBlock';

/*
 * The scale bar: 100 m where it fits the panel (the length planners check a print against), a
 * shorter or longer round length otherwise, in four alternating black and white quarters. Its drawn
 * length is paperPt(lengthM, scale), the same conversion the map's projection uses.
 */

const LENGTHS_M = [10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000] as const;

/**
 * The bar's ground length: 100 m when it takes between a fifth and all of `room` points, else the
 * longest round length that fits.
 *
 * @example
 * scaleBarLength(1000, 400); // 100 (283.5 pt at 1:1000)
 * scaleBarLength(500, 400);  // 50 (100 m would be 567 pt)
 */
export function scaleBarLength(scale: number, room: number): number {
  const hundred = paperPt(100, scale);
  if (hundred <= room && hundred >= room / 5) return 100;
  let best: number = LENGTHS_M[0];
  for (const length of LENGTHS_M) if (paperPt(length, scale) <= room) best = length;
  return best;
}

/** «1:2 000» with a no-break space in the thousands, as printed in a title block. */
export const scaleText = (scale: number): string => `1:${formatNumber(scale, 'ru')}`;

export function scaleBar(scale: number, x: number, y: number, width: number, fontSize: number): PanelBlock {
  const lengthM = scaleBarLength(scale, width * 0.85);
  const lengthPt = paperPt(lengthM, scale);
  const barHeight = fontSize * 0.6;
  const top = y + fontSize * 2.6;
  const shapes: Shape[] = [textAt(`${MAP_WORDS.scale} ${scaleText(scale)}`, x, y + fontSize * 1.2, fontSize * 1.2)];
  const quarter = lengthPt / 4;
  for (let i = 0; i < 4; i++) {
    shapes.push(rectPath({ x: x + i * quarter, y: top, width: quarter, height: barHeight }, { fill: i % 2 === 0 ? '#1a1a1a' : '#ffffff' }));
  }
  shapes.push(rectPath({ x, y: top, width: lengthPt, height: barHeight }, { stroke: '#1a1a1a', strokeWidth: 0.6 }));
  const labelY = top + barHeight + fontSize * 1.1;
  shapes.push(textAt('0', x, labelY, fontSize * 0.9, 'middle'));
  shapes.push(textAt(formatNumber(lengthM / 2, 'ru'), x + lengthPt / 2, labelY, fontSize * 0.9, 'middle'));
  shapes.push(textAt(`${formatNumber(lengthM, 'ru')} ${MAP_WORDS.metres}`, x + lengthPt, labelY, fontSize * 0.9, 'middle'));
  return {
    shapes: [group('scale-bar', shapes, { data: { 'length-m': lengthM, 'length-pt': lengthPt, scale, x, y: top } })],
    height: labelY - y + fontSize * 0.5,
  };
}
