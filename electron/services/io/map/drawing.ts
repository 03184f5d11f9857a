/*
 * The drawing both writers render: pages of shapes in points, origin top-left, y down (as in PDF
 * content drawn by pdfkit and in SVG). Building it once and writing it twice is what keeps the PDF,
 * the SVG and the PNG the same map.
 */

export type PagePoint = readonly [number, number];

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Paint {
  readonly fill?: string;
  readonly stroke?: string;
  readonly strokeWidth?: number;
  /** [dash, gap] in points. */
  readonly dash?: readonly [number, number];
  readonly fillOpacity?: number;
}

/** Rings (closed) or lines (open); rings of one path fill by the even-odd rule, so holes stay holes. */
export interface PathShape {
  readonly kind: 'path';
  readonly parts: readonly (readonly PagePoint[])[];
  readonly closed: boolean;
  readonly paint: Paint;
}

export interface TextShape {
  readonly kind: 'text';
  readonly text: string;
  /** The anchor point on the baseline. */
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly color: string;
  /** A white outline under the glyphs, so a label reads over fills and lines. */
  readonly halo?: number;
}

/** Shapes drawn together, optionally clipped to a rectangle; `role` names the group in the SVG for tests and styling. */
export interface GroupShape {
  readonly kind: 'group';
  readonly role: string;
  readonly clip?: Rect;
  /** Figures the group stands for, written as data- attributes in the SVG (e.g. a scale bar's length in metres). */
  readonly data?: Readonly<Record<string, string | number>>;
  readonly shapes: readonly Shape[];
}

/**
 * A raster (an underlay's tile or a placed scan) drawn through an affine map from its pixels to the page:
 * page = (a·px + c·py + e, b·px + d·py + f), as PDF's cm and SVG's matrix() take it.
 */
export interface ImageShape {
  readonly kind: 'image';
  readonly bytes: Uint8Array;
  readonly mime: 'image/png' | 'image/jpeg';
  readonly width: number;
  readonly height: number;
  readonly transform: readonly [number, number, number, number, number, number];
  readonly opacity: number;
}

export type Shape = PathShape | TextShape | GroupShape | ImageShape;

export interface DrawnPage {
  readonly widthPt: number;
  readonly heightPt: number;
  readonly shapes: readonly Shape[];
}

export interface MapDrawing {
  readonly title: string;
  readonly author: string;
  /** The scale denominator of the map sheets. */
  readonly scale: number;
  /** Set when the fixed scale is too large for one sheet: the park is then drawn on a series of sheets after a key map. */
  readonly cutOff: { readonly fittingScale: number } | null;
  readonly pages: readonly DrawnPage[];
}

/** A rectangle as a closed path. */
export function rectPath(rect: Rect, paint: Paint): PathShape {
  const { x, y, width, height } = rect;
  return {
    kind: 'path',
    parts: [[[x, y], [x + width, y], [x + width, y + height], [x, y + height]]],
    closed: true,
    paint,
  };
}

export const group = (role: string, shapes: readonly Shape[], extra: Partial<Pick<GroupShape, 'clip' | 'data'>> = {}): GroupShape => ({
  kind: 'group',
  role,
  shapes,
  ...extra,
});
