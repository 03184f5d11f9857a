import { formatHectares } from '../../../../shared/format/measure';
import { formatMessage, message, type MessageKey } from '../../../../shared/messages/message';
import type { LandBalance } from '../../../../shared/park/landBalance';
import { LAND_PART_TERMS, LAND_PARTS } from '../../../../shared/park/landParts';
import { group, type Shape } from './drawing';
import type { TextMeasure } from './mapFont';
import { fitText, textAt, type PanelBlock } from './panelBlock';

/*
 * The land balance on the committee pack's overview sheet, in the glossary's words (the same terms and
 * figures as the header, the dashboard and `parkplan report`): the park area split into its parts, the
 * resident land taken, and the plot area outside the boundary that none of them counts.
 */

export const LAND_BALANCE_TITLE = 'Баланс территории';

const term = (key: MessageKey): string => formatMessage('ru', message(key));

/** The rows of the block: a term and its figure. */
export function landBalanceRows(land: LandBalance): (readonly [string, string])[] {
  const ha = (value: number) => formatHectares(value, 'ru', 2);
  const rows: (readonly [string, string])[] = [[term('land.parkArea'), ha(land.parkAreaHa)]];
  for (const part of LAND_PARTS) rows.push([term(LAND_PART_TERMS[part]), ha(land.parts[part])]);
  rows.push([term('land.occupied'), ha(land.occupiedHa)]);
  if (land.outsidePlots.length > 0) rows.push([term('land.outside'), ha(land.outsideHa)]);
  return rows;
}

/**
 * The block drawn from (x, y), `width` wide, or null when it would not fit in `maxHeight`.
 *
 * @example
 * landBalanceBlock(balance, panel.x, top, panel.width, room, fontSize, measure)?.height;
 */
export function landBalanceBlock(land: LandBalance, x: number, y: number, width: number, maxHeight: number, fontSize: number, measure: TextMeasure): PanelBlock | null {
  const rows = landBalanceRows(land);
  const step = fontSize * 1.35;
  const height = fontSize * 1.6 + rows.length * step + fontSize * 0.6;
  if (height > maxHeight) return null;
  const shapes: Shape[] = [textAt(LAND_BALANCE_TITLE, x, y + fontSize * 1.1, fontSize * 1.05)];
  rows.forEach(([label, value], i) => {
    const baseline = y + fontSize * 1.6 + (i + 1) * step;
    const valueWidth = measure.width(value, fontSize * 0.9);
    shapes.push(textAt(fitText(label, fontSize * 0.9, width - valueWidth - fontSize, measure), x, baseline, fontSize * 0.9));
    shapes.push(textAt(value, x + width, baseline, fontSize * 0.9, 'end'));
  });
  return { shapes: [group('land-balance', shapes)], height };
}
