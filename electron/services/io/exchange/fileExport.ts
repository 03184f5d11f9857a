import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ExportFileRequest } from '../../../../shared/contract/exchangeRequests';
import type { ExportedFiles } from '../../../../shared/contract/exchangeViews';
import type { ProjectStore } from '../../../store/project';
import { NotFoundError } from '../../refusals/notFoundError';
import type { ExportOptions } from '../export/exporter';
import { snapshotOfParks } from '../export/parkSelection';
import { exporterFor } from '../export/registry';
import { readSnapshot } from '../../project/projectSnapshot';
import { RefusedError } from '../../refusals/refusedError';

/** The most an export may weigh to travel back to the renderer inside a JSON answer. */
export const MAX_EXPORT_BYTES = 50 * 1024 * 1024;

const MIME_TYPES: Readonly<Record<ExportFileRequest['format'], string>> = {
  pdf: 'application/pdf',
  svg: 'image/svg+xml',
  png: 'image/png',
  geojson: 'application/geo+json',
  gpkg: 'application/geopackage+sqlite3',
  kml: 'application/vnd.google-earth.kml+xml',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A park's name as a file name: letters and digits kept (Cyrillic too), the rest one dash. */
export function fileStem(name: string): string {
  const stem = name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return stem === '' ? 'park' : stem.slice(0, 80);
}

/**
 * Writes one park in the asked format with the CLI's exporter into a temp folder and returns the files'
 * bytes; the folder is removed whatever happens. The sheet's choices (scale, atlas, legend, grid, title,
 * author, date, dpi, underlays) reach only the formats that take them (the map formats), as in the CLI.
 */
export async function exportParkFiles(store: ProjectStore, request: ExportFileRequest, today: string): Promise<ExportedFiles> {
  const park = store.parks.get(request.parkId);
  if (park === null) throw new NotFoundError('notFound.park', { id: request.parkId });
  const entry = exporterFor(`.${request.format}`);
  if (entry === undefined) throw new RefusedError('export.noExporter', { format: request.format });
  const wanted: ExportOptions = {
    paper: request.paper,
    orientation: request.orientation,
    ...(request.scale === 'fit' ? {} : { scale: request.scale }),
    atlas: request.atlas,
    legend: request.legendBy,
    grid: request.grid,
    underlays: request.underlays,
    parcels: request.parcels,
    title: request.title,
    author: request.author,
    date: request.date,
    dpi: request.dpi,
  };
  const options = Object.fromEntries(
    Object.entries(wanted).filter(([name, value]) => value !== undefined && (entry.accepts as readonly string[]).includes(name)),
  ) as ExportOptions;
  const writer = await entry.load();
  const folder = mkdtempSync(join(tmpdir(), 'parkplan-export-'));
  try {
    const outFile = join(folder, `${fileStem(park.name)}.${request.format}`);
    const snapshot = snapshotOfParks(readSnapshot(store), [park]);
    const result = await writer.write({ store, snapshot, parks: [park], narrowed: true, options, outFile, today });
    const total = result.files.reduce((sum, file) => sum + statSync(file.path).size, 0);
    if (total > MAX_EXPORT_BYTES) {
      throw new RefusedError('export.tooLarge', { size: Math.round(total / 1024 / 1024), limit: MAX_EXPORT_BYTES / 1024 / 1024 });
    }
    const mimeType = MIME_TYPES[request.format];
    return { files: result.files.map((file) => ({ name: basename(file.path), mimeType, base64: readFileSync(file.path).toString('base64') })) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
