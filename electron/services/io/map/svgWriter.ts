import type { DrawnPage, ImageShape, Paint, PathShape, Shape, TextShape } from './drawing';
import { MAP_FONT_FAMILY } from './mapFont';
import { PT_PER_MM } from './paperSizes';
import type { PixelSize } from './pngWriter';
import { EMBEDDED_FONT_FAMILY, fontFaceStyle } from './svgFont';

/*
 * A page of the drawing as an SVG document: the viewBox in points and the width and height in
 * millimetres, so the SVG prints at the same true scale as the PDF. Groups keep their role as a class
 * and their figures as data- attributes (the scale bar's length, the map's scale), for whoever reads
 * the file next. A file for people carries its font (the glyphs it uses); a page rendered to PNG does
 * not, as resvg takes the font from the file on disk and would ignore @font-face anyway.
 */

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? char);

/** Two decimals of a point are 3.5 µm on paper: more would only grow the file. */
const n = (value: number): string => (Math.round(value * 100) / 100).toString();

function paintAttributes(paint: Paint, closed: boolean): string {
  const parts = [`fill="${closed && paint.fill !== undefined ? paint.fill : 'none'}"`];
  if (closed && paint.fill !== undefined) parts.push('fill-rule="evenodd"');
  if (paint.fillOpacity !== undefined) parts.push(`fill-opacity="${paint.fillOpacity}"`);
  if (paint.stroke !== undefined) {
    parts.push(`stroke="${paint.stroke}" stroke-width="${n(paint.strokeWidth ?? 1)}" stroke-linejoin="round"`);
    if (paint.dash !== undefined) parts.push(`stroke-dasharray="${n(paint.dash[0])} ${n(paint.dash[1])}"`);
  }
  return parts.join(' ');
}

function pathElement(shape: PathShape): string {
  const d = shape.parts
    .filter((part) => part.length > 0)
    .map((part) => `M${part.map(([x, y]) => `${n(x)} ${n(y)}`).join('L')}${shape.closed ? 'Z' : ''}`)
    .join('');
  return `<path d="${d}" ${paintAttributes(shape.paint, shape.closed)}/>`;
}

function textElement(shape: TextShape): string {
  const halo = shape.halo === undefined ? '' : ` stroke="#ffffff" stroke-width="${n(shape.halo * 2)}" stroke-linejoin="round" paint-order="stroke"`;
  return `<text x="${n(shape.x)}" y="${n(shape.y)}" font-size="${n(shape.size)}" text-anchor="${shape.anchor}" fill="${shape.color}"${halo}>${escapeXml(shape.text)}</text>`;
}

/** Transforms keep six decimals: a tile's scale is a fraction of a point per pixel. */
function imageElement(shape: ImageShape): string {
  const matrix = shape.transform.map((v) => (Math.round(v * 1e6) / 1e6).toString()).join(' ');
  const opacity = shape.opacity < 1 ? ` opacity="${shape.opacity}"` : '';
  const href = `data:${shape.mime};base64,${Buffer.from(shape.bytes).toString('base64')}`;
  return `<image width="${shape.width}" height="${shape.height}" transform="matrix(${matrix})" preserveAspectRatio="none"${opacity} href="${href}"/>`;
}

function shapeElements(shape: Shape, out: string[], defs: string[]): void {
  if (shape.kind === 'path') out.push(pathElement(shape));
  else if (shape.kind === 'image') out.push(imageElement(shape));
  else if (shape.kind === 'text') out.push(textElement(shape));
  else {
    const attributes = [`class="${escapeXml(shape.role)}"`];
    if (shape.clip !== undefined) {
      const id = `clip${defs.length + 1}`;
      const { x, y, width, height } = shape.clip;
      defs.push(`<clipPath id="${id}"><rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}"/></clipPath>`);
      attributes.push(`clip-path="url(#${id})"`);
    }
    for (const [key, value] of Object.entries(shape.data ?? {})) attributes.push(`data-${key}="${escapeXml(String(value))}"`);
    out.push(`<g ${attributes.join(' ')}>`);
    for (const child of shape.shapes) shapeElements(child, out, defs);
    out.push('</g>');
  }
}

/** Every word drawn on the page, for the font subset. */
function* pageTexts(shapes: readonly Shape[]): Generator<string> {
  for (const shape of shapes) {
    if (shape.kind === 'text') yield shape.text;
    else if (shape.kind === 'group') yield* pageTexts(shape.shapes);
  }
}

/**
 * One page as a standalone SVG document.
 *
 * @example
 * pageToSvg(drawing.pages[0], 'Схема размещения резидентов'); // '<?xml …><svg width="841mm" height="594mm" …'
 */
export function pageToSvg(page: DrawnPage, title: string, pixelSize?: PixelSize): string {
  const body: string[] = [];
  const defs: string[] = [];
  for (const shape of page.shapes) shapeElements(shape, body, defs);
  // Millimetres for print; a PNG render asks for whole pixels so the image is exactly the size its dpi says.
  const width = pixelSize === undefined ? `${n(page.widthPt / PT_PER_MM)}mm` : String(pixelSize.width);
  const height = pixelSize === undefined ? `${n(page.heightPt / PT_PER_MM)}mm` : String(pixelSize.height);
  const fontFace = pixelSize === undefined ? fontFaceStyle(pageTexts(page.shapes)) : '';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${n(page.widthPt)} ${n(page.heightPt)}" font-family="'${EMBEDDED_FONT_FAMILY}', '${MAP_FONT_FAMILY}', sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    ...(fontFace === '' ? [] : [`<defs>${fontFace}</defs>`]),
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<defs>${defs.join('')}</defs>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
