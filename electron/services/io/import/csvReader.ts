import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { cadastralCrsOf } from '../../../../shared/crs/cadastralCrs';
import type { Position } from '../../../../shared/domain/geometry';
import { parseCoordinateList } from './coordinateList';
import { message, type Message } from '../../../../shared/messages/message';
import { RefusedError } from '../../refusals/refusedError';
import type { FeatureSource } from './sourceFeature';

/*
 * A CSV or text coordinate list from a cadastral extract ("N X Y" / "N;X;Y" in an МСК zone or any
 * proj4/WKT, or degrees): one
 * plot, its contour then its holes, read by the same parser as "Paste coordinates". The plot takes its
 * code from the file name. The parser already gives WGS84 degrees, so the feature is declared so.
 */

/** The coordinate system of the list: `--crs` (any zone, proj4 or WKT), else the park's CRS when the figures are metres. */
function listCrs(text: string, crs: string | undefined, parkCrs: string | null): string {
  if (crs !== undefined) return crs;
  const metric = /\d{5,}(?:[.,]\d+)?/.test(text);
  if (!metric) return 'WGS84';
  const park = cadastralCrsOf(parkCrs);
  if (park !== null) return park.key;
  throw new RefusedError('cadastre.list.needsCrs');
}

function describeCrs(system: string): Message {
  if (system === 'WGS84') return message('import.note.listDegrees');
  return message('import.note.listMetres', { crs: cadastralCrsOf(system)?.label ?? system });
}

/**
 * Opens a coordinate list for import as a one-feature source.
 *
 * @example
 * readCoordinateCsv('62-15-0000000-123.csv', undefined, 'MSK-62-1', [39.6, 54.7]);
 */
export function readCoordinateCsv(file: string, crs: string | undefined, parkZone: string | null, near: Position | null): FeatureSource {
  const text = readFileSync(file, 'utf8');
  const system = listCrs(text, crs, parkZone);
  const geometry = parseCoordinateList(text, system, near);
  const code = basename(file).replace(/\.(csv|txt)$/i, '');
  return {
    format: message('import.format.coordinateList'),
    declaredCrs: 'EPSG:4326',
    notes: [describeCrs(system)],
    features: [{ label: message('importLabel.contour', { code }), geometry, attributes: { code } }],
  };
}
