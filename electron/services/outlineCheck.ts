import type { LineStringGeometry, PolygonGeometry } from '../../shared/domain/geometry';
import { localFrameAround } from '../../shared/geometry/localFrame';
import { checkPlotShape } from '../../shared/validation/plotShape';
import { RefusedError } from './refusal';

/**
 * Refuses an outline no plot can have: fewer than three distinct vertices, or a ring that crosses or
 * touches itself (the message names the segments, counted from 1 as in the vertex table). Repeated
 * vertices alone are only findings.
 */
export function assertSoundOutline(geometry: PolygonGeometry, what: string): void {
  const { findings } = checkPlotShape(geometry, localFrameAround(geometry.coordinates.flat()));
  const fatal = findings.filter((finding) => finding.kind === 'self-intersection' || finding.kind === 'too-few-vertices');
  if (fatal.length === 0) return;
  const sentences = fatal.map((finding) => (finding.ring === 0 ? finding.message : `Hole ${finding.ring}: ${finding.message}`));
  throw RefusedError.untranslated(`${what}: ${sentences.join(' ')}`);
}

/** Refuses a line without two distinct vertices. */
export function assertSoundLine(geometry: LineStringGeometry, what: string): void {
  const [first] = geometry.coordinates;
  const distinct = geometry.coordinates.some((p) => first !== undefined && (p[0] !== first[0] || p[1] !== first[1]));
  if (!distinct) throw RefusedError.untranslated(`${what}: a line needs at least two distinct vertices.`);
}
