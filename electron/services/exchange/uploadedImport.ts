import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportRequest } from '../../../shared/contract/exchangeRequests';
import type { ImportPreview, ImportReportView } from '../../../shared/contract/exchangeViews';
import type { Park } from '../../../shared/domain/park';
import type { ProjectStore } from '../../store/project';
import { NotFoundError } from '../errors';
import { checkImport, commitImport, type AcceptedRow, type ImportOptions } from '../import/importPipeline';
import { importOptions } from './importChoices';
import type { ImportReport } from '../import/importReport';
import { RefusedError } from '../refusal';

/*
 * The import dialog's file arrives as base64; the pipeline reads files, so it is written to a private temp
 * folder under a cleaned-up name (its extension picks the reader) and removed afterwards.
 */

/** The planner's file name reduced to a safe base name: no folders, no characters a file system minds. */
export function uploadName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[^\p{L}\p{N}._ -]+/gu, '_').replace(/^[.\s]+/, '');
  return cleaned === '' ? 'upload' : cleaned.slice(-120);
}

function withUpload<T>(request: ImportRequest, run: (options: ImportOptions) => T): T {
  const folder = mkdtempSync(join(tmpdir(), 'parkplan-import-'));
  try {
    const input = join(folder, uploadName(request.fileName));
    writeFileSync(input, Buffer.from(request.base64, 'base64'));
    return run(importOptions(input, request));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function parkOf(store: ProjectStore, request: ImportRequest): Park {
  const park = store.parks.get(request.parkId);
  if (park === null) throw new NotFoundError(`Park ${request.parkId} does not exist`);
  return park;
}

const reportView = (report: ImportReport): ImportReportView => ({ ...report, repaired: [...report.repaired], rejected: [...report.rejected] });

function acceptedFeature(row: AcceptedRow): ImportPreview['accepted']['features'][number] {
  if (row.layer === 'plots') return { type: 'Feature', geometry: row.plot.geometry, properties: { label: row.plot.code } };
  if (row.layer === 'rail_spurs') return { type: 'Feature', geometry: row.spur.geometry, properties: { label: row.spur.name } };
  return { type: 'Feature', geometry: row.line.geometry, properties: { label: row.line.name } };
}

/** The dry run: what would be repaired, rejected and written, with the accepted geometry. Writes nothing. */
export function previewUploadedImport(store: ProjectStore, request: ImportRequest): ImportPreview {
  const park = parkOf(store, request);
  return withUpload(request, (options) => {
    const features: ImportPreview['accepted']['features'][number][] = [];
    const report = checkImport(store, park, options, (row) => features.push(acceptedFeature(row)));
    return { report: reportView(report), accepted: { type: 'FeatureCollection', features } };
  });
}

/**
 * Writes the import all or nothing, as one journaled edit (Undo reverts it). The check runs first with no
 * write transaction open, so a file with any rejected feature is refused before the project is touched.
 */
export function commitUploadedImport(store: ProjectStore, request: ImportRequest): ImportReportView {
  const park = parkOf(store, request);
  return withUpload(request, (options) => {
    const check = checkImport(store, park, options);
    if (check.rejectedCount > 0 && !options.skipRejected) throw new RefusedError(`${check.rejectedCount} feature(s) rejected; nothing was imported.`);
    if (check.accepted === 0) throw new RefusedError('No feature can be imported; nothing was written.');
    return reportView(commitImport(store, park, options));
  });
}
