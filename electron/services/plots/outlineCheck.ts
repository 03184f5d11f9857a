import type { LineStringGeometry, PolygonGeometry } from '../../../shared/domain/geometry';
import { localFrameAround } from '../../../shared/geometry/localFrame';
import { checkPlotShape } from '../../../shared/validation/plotShape';
import { RefusedError } from '../refusals/refusedError';
import { message, type Message } from '../../../shared/messages/message';

/**
 * Refuses an outline no plot can have: fewer than three distinct vertices, or a ring that crosses or
 * touches itself (the message names the segments, counted from 1 as in the vertex table). Repeated
 * vertices alone are only findings.
 */
export function assertSoundOutline(geometry: PolygonGeometry, what: Message): void {
  const { findings } = checkPlotShape(geometry, localFrameAround(geometry.coordinates.flat()));
  const fatal = findings.filter((finding) => finding.kind === 'self-intersection' || finding.kind === 'too-few-vertices');
  if (fatal.length === 0) return;
  const reasons = fatal.map((finding) => (finding.ring === 0 ? finding.message : message('outline.hole', { ring: finding.ring, reason: finding.message })));
  throw new RefusedError('outline.refused', { what, reasons });
}

/** Refuses a line without two distinct vertices. */
export function assertSoundLine(geometry: LineStringGeometry, what: Message): void {
  const [first] = geometry.coordinates;
  const distinct = geometry.coordinates.some((p) => first !== undefined && (p[0] !== first[0] || p[1] !== first[1]));
  if (!distinct) throw new RefusedError('outline.lineTooShort', { what });
}
