import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { fromArrayBuffer } from 'geotiff';
import { cadastralCrsOf } from '../../../shared/crs/cadastralCrs';
import type { ControlPoint, GeorefTransformKind, Underlay, UnderlayId } from '../../../shared/domain/underlay';
import { fitGeoreference, type GeorefFit } from '../../../shared/underlay/georefTransform';
import { readImageHeader } from '../../../shared/underlay/imageHeader';
import type { ProjectStore } from '../../store/project';
import { RefusedError } from '../refusals/refusedError';
import { encodePng } from './pngEncode';
import { checkInputExists, checkNameFree, checkOpacity } from './underlayFiles';

/*
 * A scanned master plan placed by control points. The image goes into the project file as it is (PNG or
 * JPEG, which the map's image source decodes); a TIFF scan is stored as PNG, since browsers decode no TIFF.
 */

export interface Georeferencing {
  readonly crs: string;
  readonly transform: GeorefTransformKind;
  readonly controlPoints: readonly ControlPoint[];
}

/** Refuses a CRS that is unknown or in degrees: control points are X/Y metres. */
function checkMetricCrs(crs: string): void {
  const resolved = cadastralCrsOf(crs);
  if (resolved === null) throw new RefusedError('cadastre.crs.unknown', { text: crs });
  if (/\+proj=(longlat|latlong)\b/.test(resolved.definition) || /^\s*GEOG(CS|CRS)\[/i.test(resolved.definition)) {
    throw new RefusedError('underlay.georef.metricCrs', { crs });
  }
}

/** The fit through the points, or the refusal that says what is missing. */
export function fitOrRefuse(georeferencing: Georeferencing): GeorefFit {
  const outcome = fitGeoreference(georeferencing.transform, georeferencing.controlPoints);
  if (outcome.ok) return outcome.fit;
  if (outcome.reason === 'too-few-points') {
    throw new RefusedError('underlay.georef.tooFew', { transform: georeferencing.transform, needed: outcome.needed, count: georeferencing.controlPoints.length });
  }
  throw new RefusedError('underlay.georef.degenerate', { transform: georeferencing.transform });
}

async function scanImage(file: string): Promise<{ bytes: Uint8Array; type: string; width: number; height: number }> {
  const bytes = readFileSync(file);
  const header = readImageHeader(bytes);
  if (header === null) throw new RefusedError('underlay.georef.image', { file });
  if (header.type !== 'image/tiff' && header.width !== null && header.height !== null && header.width > 0 && header.height > 0) {
    return { bytes, type: header.type, width: header.width, height: header.height };
  }
  try {
    const image = await (await fromArrayBuffer(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))).getImage(0);
    const width = image.getWidth();
    const height = image.getHeight();
    const rgb = (await image.readRGB({ interleave: true, enableAlpha: true })) as unknown as Uint8Array;
    const channels = rgb.length / (width * height);
    const rgba = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i += 1) {
      rgba[i * 4] = rgb[i * channels] ?? 0;
      rgba[i * 4 + 1] = rgb[i * channels + 1] ?? 0;
      rgba[i * 4 + 2] = rgb[i * channels + 2] ?? 0;
      rgba[i * 4 + 3] = channels === 4 ? (rgb[i * channels + 3] ?? 255) : 255;
    }
    return { bytes: encodePng(rgba, width, height), type: 'image/png', width, height };
  } catch {
    throw new RefusedError('underlay.georef.image', { file });
  }
}

export interface AddScan extends Georeferencing {
  readonly image: string;
  readonly name?: string;
  readonly opacity?: number;
}

async function insertScan(store: ProjectStore, request: AddScan): Promise<Underlay> {
  const image = await scanImage(request.image);
  const name = (request.name ?? basename(request.image, extname(request.image))).trim();
  return store.transaction(() =>
    store.underlays.insert({
      name, kind: 'scan', path: '', opacity: request.opacity ?? 0.7,
      scan: {
        image: image.bytes,
        georeference: { crs: request.crs, transform: request.transform, controlPoints: request.controlPoints, imageWidth: image.width, imageHeight: image.height, imageType: image.type },
      },
    }),
  );
}

function checkScanRequest(store: ProjectStore, request: AddScan): void {
  checkInputExists(request.image);
  checkOpacity(request.opacity ?? 0.7);
  checkNameFree(store, (request.name ?? basename(request.image, extname(request.image))).trim());
  checkMetricCrs(request.crs);
}

/** Adds a scan with its control points; refuses points that do not fix the transform. */
export async function addScan(store: ProjectStore, request: AddScan): Promise<{ readonly underlay: Underlay; readonly fit: GeorefFit }> {
  checkScanRequest(store, request);
  const fit = fitOrRefuse(request);
  return { underlay: await insertScan(store, request), fit };
}

/**
 * Adds a scan with no control points yet, as the app does when the planner picks an image: the
 * georeferencing panel then places it, and until its points fix the transform it is listed, not drawn.
 */
export async function addUnplacedScan(store: ProjectStore, request: Omit<AddScan, 'transform' | 'controlPoints'>): Promise<Underlay> {
  const scan: AddScan = { ...request, transform: 'affine', controlPoints: [] };
  checkScanRequest(store, scan);
  return insertScan(store, scan);
}

/**
 * Replaces a scan's control points, transform and CRS, as the georeferencing panel edits them: fewer points
 * than the transform needs are kept (the planner is still placing them), the scan just is not drawn yet.
 */
export function georeferenceScan(store: ProjectStore, id: UnderlayId, georeferencing: Georeferencing): Underlay {
  checkMetricCrs(georeferencing.crs);
  return store.transaction(() => store.underlays.setGeoreference(id, georeferencing));
}
