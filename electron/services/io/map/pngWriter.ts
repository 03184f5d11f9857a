import { Resvg } from '@resvg/resvg-js';
import { MAP_FONT_FAMILY, mapFontPath } from './mapFont';

/*
 * PNG by rendering our SVG with resvg (a Rust renderer shipped prebuilt in its npm package), with
 * only our own font loaded: the raster matches the vector files and no system font leaks in.
 */

export interface PixelSize {
  readonly width: number;
  readonly height: number;
}

/** 150 megapixels take 600 MB as RGBA: past that the render would exhaust a laptop's memory. */
const MAX_PIXELS = 150_000_000;

/**
 * The pixel size of a sheet at `dpi`: its size in inches times dpi, rounded.
 *
 * @example
 * pixelSizeAt(210, 297, 100); // { width: 827, height: 1169 }
 */
export function pixelSizeAt(widthMm: number, heightMm: number, dpi: number): PixelSize {
  const size = { width: Math.round((widthMm / 25.4) * dpi), height: Math.round((heightMm / 25.4) * dpi) };
  if (size.width * size.height > MAX_PIXELS) {
    throw new RangeError(`A ${size.width} × ${size.height} px image is too large to render; choose a lower dpi or a smaller sheet`);
  }
  return size;
}

/**
 * An SVG whose width and height are already in pixels (see pageToSvg's pixel size) rendered as PNG.
 *
 * @example
 * svgToPng(pageToSvg(page, title, pixelSizeAt(297, 210, 150))); // a 1754 × 1240 PNG
 */
export function svgToPng(svg: string): Buffer {
  const renderer = new Resvg(svg, {
    background: '#ffffff',
    font: { fontFiles: [mapFontPath()], loadSystemFonts: false, defaultFontFamily: MAP_FONT_FAMILY, sansSerifFamily: MAP_FONT_FAMILY },
  });
  return renderer.render().asPng();
}
