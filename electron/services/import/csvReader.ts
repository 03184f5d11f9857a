import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isCadastralZone } from '../../../shared/crs/cadastralZones';
import type { CoordinateSystem } from '../../../shared/contract/editRequests';
import type { Position } from '../../../shared/domain/geometry';
import { parseCoordinateList } from '../coordinateList';
import { RefusedError } from '../refusal';
import type { FeatureSource } from './sourceFeature';

/*
 * A CSV or text coordinate list from a cadastral extract ("N X Y" in an МСК zone, or degrees): one
 * plot, its contour then its holes, read by the same parser as "Paste coordinates". The plot takes its
 * code from the file name. The parser already gives WGS84 degrees, so the feature is declared so.
 */

/** The coordinate system of the list: `--crs`, else the park's zone when the figures are metres. */
function listCrs(text: string, crs: string | undefined, parkZone: string | null): CoordinateSystem {
  if (crs !== undefined) {
    if (isCadastralZone(crs)) return crs;
    if (/^(EPSG:)?4326$|^WGS84$/i.test(crs)) return 'WGS84';
    throw RefusedError.untranslated(`A coordinate list is read in MSK-62-1, MSK-62-2 or EPSG:4326; --crs ${crs} is not one of them.`);
  }
  const metric = /\d{5,}(?:[.,]\d+)?/.test(text);
  if (!metric) return 'WGS84';
  if (parkZone !== null && isCadastralZone(parkZone)) return parkZone;
  throw RefusedError.untranslated('The coordinate list holds metres but the park has no cadastral zone; say which with --crs MSK-62-1 or MSK-62-2.');
}

/**
 * Opens a coordinate list for import as a one-feature source.
 *
 * @example
 * readCoordinateCsv('62-15-0000000-123.csv', undefined, 'MSK-62-1', [39.6, 54.7]);
 */
export function readCoordinateCsv(file: string, crs: string | undefined, parkZone: string | null, near: Position): FeatureSource {
  const text = readFileSync(file, 'utf8');
  const system = listCrs(text, crs, parkZone);
  const geometry = parseCoordinateList(text, system, near);
  const code = basename(file).replace(/\.(csv|txt)$/i, '');
  return {
    format: 'coordinate list',
    declaredCrs: 'EPSG:4326',
    notes: [`read as ${system === 'WGS84' ? 'degrees' : `${system} metres (X northing, Y easting)`}`],
    features: [{ label: `contour «${code}»`, geometry, attributes: { code } }],
  };
}
