import type { PagePoint, TextShape } from './drawing';
import type { TextMeasure } from './mapFont';
import { fitText } from './panelBlock';

/*
 * Plot labels: code, resident and area, stacked in the widest part of the plot at its centroid's
 * height, sized so the code and area fit across that part and the three lines fit its height. A
 * long company name is shortened with an ellipsis rather than shrinking the code past reading.
 */

export interface PlotLabelText {
  readonly code: string;
  readonly resident: string | null;
  readonly area: string;
}

const MIN_SIZE = 2.5;
const LINE_GAP = 1.15;
const LABEL_COLOR = '#1a1a1a';

/** Area-weighted centroid of a ring in page points (the vertex mean for a degenerate ring). */
function ringCentroid(ring: readonly PagePoint[]): PagePoint {
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i] ?? [0, 0];
    const [x1, y1] = ring[(i + 1) % ring.length] ?? [0, 0];
    const cross = x0 * y1 - x1 * y0;
    twiceArea += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (Math.abs(twiceArea) < 1e-9) {
    const n = Math.max(ring.length, 1);
    return [ring.reduce((sum, p) => sum + p[0], 0) / n, ring.reduce((sum, p) => sum + p[1], 0) / n];
  }
  return [cx / (3 * twiceArea), cy / (3 * twiceArea)];
}

/** The longest stretch of the horizontal line at `y` inside the rings (even-odd), as [x0, x1]. */
export function widestSpan(rings: readonly (readonly PagePoint[])[], y: number): readonly [number, number] | null {
  const crossings: number[] = [];
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i];
      const b = ring[(i + 1) % ring.length];
      if (a === undefined || b === undefined) continue;
      // Half-open on y so a vertex exactly on the line counts once.
      if ((a[1] <= y && b[1] > y) || (b[1] <= y && a[1] > y)) {
        crossings.push(a[0] + ((y - a[1]) / (b[1] - a[1])) * (b[0] - a[0]));
      }
    }
  }
  crossings.sort((p, q) => p - q);
  let best: [number, number] | null = null;
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const x0 = crossings[i] ?? 0;
    const x1 = crossings[i + 1] ?? 0;
    if (best === null || x1 - x0 > best[1] - best[0]) best = [x0, x1];
  }
  return best;
}

const LEGAL_FORM = /^(ООО|АО|ПАО|ЗАО|ОАО|НАО|ИП|ГУП|МУП|LLC|JSC)\s+/u;

/**
 * A company name as a plot label shows it: without its legal form and the quotes around the rest,
 * since on a map every holder is a company and the room is short.
 *
 * @example
 * labelName('ООО «Сухой порт «Рязань»»'); // 'Сухой порт «Рязань»'
 */
export function labelName(name: string): string {
  const bare = name.trim().replace(LEGAL_FORM, '');
  const quoted = bare.match(/^«(.*)»$/u) ?? bare.match(/^"(.*)"$/u);
  return (quoted?.[1] ?? bare).trim() || name;
}

/** The name as it fits, or null when fewer than six letters of it would be left. */
function shortened(text: string, size: number, room: number, measure: TextMeasure): string | null {
  const fitted = fitText(labelName(text), size, room, measure);
  return fitted.length >= 7 || !fitted.endsWith('…') ? fitted : null;
}

/**
 * The label lines of one plot drawn as page rings, or nothing when the plot is too small on paper.
 *
 * @example
 * plotLabel([[[0, 0], [200, 0], [200, 100], [0, 100]]], { code: 'П-01', resident: 'ООО «Ранец»', area: '4,21 га' }, 9, measure);
 * // three TextShapes centred at x = 100 around y = 50
 */
export function plotLabel(rings: readonly (readonly PagePoint[])[], text: PlotLabelText, maxSize: number, measure: TextMeasure): TextShape[] {
  const outer = rings[0];
  if (outer === undefined || outer.length < 3) return [];
  const ys = outer.map((p) => p[1]);
  const height = Math.max(...ys) - Math.min(...ys);
  const [, cy] = ringCentroid(outer);
  const span = widestSpan(rings, cy);
  if (span === null) return [];
  const room = (span[1] - span[0]) * 0.9;
  const lineCount = text.resident === null ? 2 : 3;
  const widestAt1 = Math.max(measure.width(text.code, 1), measure.width(text.area, 1));
  const size = Math.min(maxSize, room / widestAt1, (height * 0.8) / (lineCount * LINE_GAP));
  if (size < MIN_SIZE) return [];
  const resident = text.resident === null ? null : shortened(text.resident, size * 0.85, room, measure);
  const lines: { text: string; size: number }[] = [{ text: text.code, size }];
  if (resident !== null) lines.push({ text: resident, size: size * 0.85 });
  lines.push({ text: text.area, size: size * 0.85 });
  const total = lines.reduce((sum, line) => sum + line.size * LINE_GAP, 0);
  const x = (span[0] + span[1]) / 2;
  let baseline = cy - total / 2;
  return lines.map((line) => {
    baseline += line.size * LINE_GAP;
    return { kind: 'text', text: line.text, x, y: baseline - line.size * 0.25, size: line.size, anchor: 'middle', color: LABEL_COLOR, halo: line.size * 0.18 };
  });
}
