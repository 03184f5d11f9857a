import type { Shape } from './drawing';
import type { TextMeasure } from './mapFont';

/** A block of the side panel laid out from its top-left corner: its shapes and the height it took. */
export interface PanelBlock {
  readonly shapes: readonly Shape[];
  readonly height: number;
}

export const TEXT_COLOR = '#1a1a1a';

/** `text` cut with an ellipsis to fit `room` points at `size`; the whole text when it fits. */
export function fitText(text: string, size: number, room: number, measure: TextMeasure): string {
  if (measure.width(text, size) <= room) return text;
  // Binary search on the kept length: a table of a hundred long names would otherwise measure thousands of strings.
  let low = 1;
  let high = text.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure.width(`${text.slice(0, middle).trimEnd()}…`, size) <= room) low = middle;
    else high = middle - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}

export const textAt = (text: string, x: number, y: number, size: number, anchor: 'start' | 'middle' | 'end' = 'start'): Shape => ({
  kind: 'text',
  text,
  x,
  y,
  size,
  anchor,
  color: TEXT_COLOR,
});
