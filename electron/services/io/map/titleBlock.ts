import { shortParkName } from '../../../../shared/format/parkName';
import { group, rectPath, type Shape } from './drawing';
import type { TextMeasure } from './mapFont';
import { MAP_WORDS } from './mapWords';
import { fitText, textAt, type PanelBlock } from './panelBlock';
import { scaleText } from './scaleBar';

/*
 * The title block (штамп) at the foot of the panel: the park, what the sheet shows, the scale, date,
 * author and coordinate system, and a warning when the park is the illustrative demo, so a demo
 * sheet can never pass for a survey.
 */

export interface TitleBlockFacts {
  readonly parkName: string;
  readonly title: string;
  readonly subtitle: string | null;
  readonly scale: number;
  readonly date: string;
  readonly author: string;
  readonly coordinateSystem: string | null;
  /** What the areas on the sheet are: the park's МСК («МСК-62, зона 1»), or null for geodesic areas. */
  readonly areaSystem: string | null;
  readonly illustrative: boolean;
  readonly pageNumber: number;
  readonly pageCount: number;
}

/** The block's height for `facts`, so the panel can put it at its foot before drawing it. */
export function titleBlockHeight(facts: TitleBlockFacts, fontSize: number): number {
  const rows = 7 + (facts.subtitle === null ? 0 : 1) + (facts.coordinateSystem === null ? 0 : 1) + (facts.illustrative ? 1 : 0);
  return fontSize * (3.4 + rows * 1.6);
}

/** The title block drawn at (x, y), `width` wide. */
export function titleBlock(facts: TitleBlockFacts, x: number, y: number, width: number, fontSize: number, measure: TextMeasure): PanelBlock {
  const height = titleBlockHeight(facts, fontSize);
  const pad = fontSize * 0.7;
  const room = width - 2 * pad;
  const shapes: Shape[] = [rectPath({ x, y, width, height }, { fill: '#ffffff', stroke: '#1a1a1a', strokeWidth: 1 })];
  let baseline = y + pad + fontSize * 1.6;
  const line = (text: string, size: number): void => {
    shapes.push(textAt(fitText(text, size, room, measure), x + pad, baseline, size));
    baseline += fontSize * 1.6;
  };
  line(shortParkName(facts.parkName), fontSize * 1.6);
  baseline += fontSize * 0.4;
  line(fitText(facts.parkName, fontSize, room, measure), fontSize);
  line(facts.title, fontSize * 1.15);
  if (facts.subtitle !== null) line(facts.subtitle, fontSize);
  line(`${MAP_WORDS.scale} ${scaleText(facts.scale)}`, fontSize);
  line(`${MAP_WORDS.date}: ${facts.date}`, fontSize);
  line(`${MAP_WORDS.author}: ${facts.author}`, fontSize);
  if (facts.coordinateSystem !== null) line(`${MAP_WORDS.grid}: ${facts.coordinateSystem}`, fontSize);
  line(`${MAP_WORDS.areas}: ${facts.areaSystem ?? MAP_WORDS.geodesicAreas}`, fontSize);
  if (facts.illustrative) line(MAP_WORDS.illustrative, fontSize * 0.85);
  shapes.push(textAt(`${MAP_WORDS.page} ${facts.pageNumber} / ${facts.pageCount}`, x + width - pad, y + height - pad, fontSize * 0.85, 'end'));
  return { shapes: [group('title-block', shapes)], height };
}
