import PDFDocument from 'pdfkit';
import type { ImageShape, MapDrawing, Paint, PathShape, Shape, TextShape } from './drawing';
import { mapFontPath } from './mapFont';

/*
 * The drawing as a vector PDF through pdfkit: paths stay paths, text is real text in the embedded
 * DejaVu Sans subset (pdfkit writes a ToUnicode map, so Cyrillic copies out and pdftotext reads it).
 */


function tracePath(document: PDFKit.PDFDocument, shape: PathShape): void {
  for (const part of shape.parts) {
    const [first, ...rest] = part;
    if (first === undefined) continue;
    document.moveTo(first[0], first[1]);
    for (const [x, y] of rest) document.lineTo(x, y);
    if (shape.closed) document.closePath();
  }
}

function paintPath(document: PDFKit.PDFDocument, shape: PathShape, paint: Paint): void {
  const fill = shape.closed ? paint.fill : undefined;
  if (fill === undefined && paint.stroke === undefined) return;
  document.save();
  if (paint.fillOpacity !== undefined) document.fillOpacity(paint.fillOpacity);
  if (paint.stroke !== undefined) document.lineWidth(paint.strokeWidth ?? 1).lineJoin('round');
  if (paint.dash !== undefined) document.dash(paint.dash[0], { space: paint.dash[1] });
  tracePath(document, shape);
  if (fill !== undefined && paint.stroke !== undefined) document.fillAndStroke(fill, paint.stroke, 'even-odd');
  else if (fill !== undefined) document.fill(fill, 'even-odd');
  else if (paint.stroke !== undefined) document.stroke(paint.stroke);
  document.restore();
}

function writeText(document: PDFKit.PDFDocument, shape: TextShape, fontPath: string): void {
  document.font(fontPath).fontSize(shape.size);
  const width = shape.anchor === 'start' ? 0 : document.widthOfString(shape.text);
  const x = shape.anchor === 'start' ? shape.x : shape.anchor === 'middle' ? shape.x - width / 2 : shape.x - width;
  const options = { lineBreak: false, baseline: 'alphabetic' } as const;
  if (shape.halo !== undefined) {
    document.save();
    document.lineWidth(shape.halo * 2).lineJoin('round').strokeColor('#ffffff');
    document.text(shape.text, x, shape.y, { ...options, stroke: true, fill: false });
    document.restore();
  }
  document.fillColor(shape.color).text(shape.text, x, shape.y, options);
}

/** An image XObject under its own transform; pdfkit applies the fill opacity to images too. */
function drawImage(document: PDFKit.PDFDocument, shape: ImageShape): void {
  document.save();
  document.transform(...shape.transform);
  if (shape.opacity < 1) document.opacity(shape.opacity);
  document.image(Buffer.from(shape.bytes), 0, 0, { width: shape.width, height: shape.height });
  document.restore();
}

function writeShape(document: PDFKit.PDFDocument, shape: Shape, fontPath: string): void {
  if (shape.kind === 'path') paintPath(document, shape, shape.paint);
  else if (shape.kind === 'image') drawImage(document, shape);
  else if (shape.kind === 'text') writeText(document, shape, fontPath);
  else {
    if (shape.clip !== undefined) {
      document.save();
      document.rect(shape.clip.x, shape.clip.y, shape.clip.width, shape.clip.height).clip();
    }
    for (const child of shape.shapes) writeShape(document, child, fontPath);
    if (shape.clip !== undefined) document.restore();
  }
}

/**
 * The drawing as PDF bytes.
 *
 * @example
 * const bytes = await drawingToPdf(drawing); // Buffer starting with %PDF-
 */
export function drawingToPdf(drawing: MapDrawing, creationDate: Date): Promise<Buffer> {
  // The font by its path everywhere: pdfkit keys its font cache by that string, so the file is parsed once.
  const fontPath = mapFontPath();
  const document = new PDFDocument({
    autoFirstPage: false,
    compress: true,
    font: fontPath,
    info: { Title: drawing.title, Author: drawing.author, Creator: 'ParkPlan', CreationDate: creationDate },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  for (const page of drawing.pages) {
    document.addPage({ size: [page.widthPt, page.heightPt], margin: 0 });
    for (const shape of page.shapes) writeShape(document, shape, fontPath);
  }
  document.end();
  return done;
}
