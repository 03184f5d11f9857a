import type { ImportPreview, ImportReportView } from '../../../../shared/contract/exchangeViews';
import type { Park } from '../../../../shared/domain/park';
import type { ProjectStore } from '../../../store/project';
import { NotFoundError } from '../../refusals/notFoundError';
import type { AcceptedRow } from '../import/importPipeline';
import type { ImportReport } from '../import/importReport';
import { withSourceFacts } from './previewFacts';

/*
 * What the import dialog's jobs make of the pipeline's output: the views the renderer reads. The file itself
 * is staged by stagedUploads.ts; the jobs that read it are in importJobs.ts.
 */

/** The planner's file name reduced to a safe base name: no folders, no characters a file system minds. */
export function uploadName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[^\p{L}\p{N}._ -]+/gu, '_').replace(/^[.\s]+/, '');
  return cleaned === '' ? 'upload' : cleaned.slice(-120);
}

/** The park an import goes into, or NotFoundError. */
export function importPark(store: ProjectStore, parkId: Park['id']): Park {
  const park = store.parks.get(parkId);
  if (park === null) throw new NotFoundError('notFound.park', { id: parkId });
  return park;
}

export const reportView = (report: ImportReport): ImportReportView => ({ ...report, repaired: [...report.repaired], rejected: [...report.rejected] });

/**
 * The preview map shows at most this many accepted features: a 100 MB file holds ~100 000 plots, whose
 * geometry as JSON would be as big as the file. The report's counts stay whole.
 */
export const PREVIEW_FEATURE_LIMIT = 20_000;

type PreviewFeature = ImportPreview['accepted']['features'][number];

export function acceptedFeature(row: AcceptedRow): PreviewFeature {
  if (row.layer === 'plots') return { type: 'Feature', geometry: row.plot.geometry, properties: { label: row.plot.code } };
  if (row.layer === 'rail_spurs') return { type: 'Feature', geometry: row.spur.geometry, properties: { label: row.spur.name } };
  return { type: 'Feature', geometry: row.line.geometry, properties: { label: row.line.name } };
}

/** Collects the accepted rows of a dry run as the preview's features (up to the limit). */
export function previewCollector(): { accept(row: AcceptedRow): void; preview(report: ImportReport): ImportPreview } {
  const features: PreviewFeature[] = [];
  return {
    accept(row) {
      if (features.length < PREVIEW_FEATURE_LIMIT) features.push(acceptedFeature(row));
    },
    preview: (report) => withSourceFacts({ report: reportView(report), accepted: { type: 'FeatureCollection', features } }, report),
  };
}
