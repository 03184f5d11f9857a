import { useEffect, useId, useRef, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useTranslation } from 'react-i18next';
import type { ImportChoices } from '../../../shared/contract/exchangeRequests';
import type { ImportPreview } from '../../../shared/contract/exchangeViews';
import type { ImportJobMode, ImportJobView } from '../../../shared/contract/importJobs';
import type { ParkId } from '../../../shared/domain/ids';
import { getBridge } from '../bridge';
import { Modal } from './Modal';
import { ImportChoicesForm } from './ImportChoicesForm';
import { ImportReportList } from './ImportReportList';
import { followJob, uploadFile } from './importJobClient';
import { clearImportPreview, previewBounds, showImportPreview } from './importPreviewLayer';
import { useMessageText } from '../i18n/useMessageText';

interface Upload {
  readonly uploadId: string;
  readonly fileName: string;
}

/** What the dialog is doing now; the last completed preview is kept apart, so it stays shown meanwhile. */
type Activity =
  | { readonly kind: 'idle' }
  | { readonly kind: 'uploading'; readonly fraction: number }
  | { readonly kind: 'job'; readonly mode: ImportJobMode; readonly jobId: string | null; readonly view: ImportJobView | null }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'cancelled' };

interface Checked {
  readonly preview: ImportPreview;
  readonly choices: ImportChoices;
  readonly uploadId: string;
}

/** Room around the preview on the map, keeping it clear of the dialog, which sits over the map's right side. */
function previewPadding(map: MapLibreMap): { top: number; bottom: number; left: number; right: number } {
  const mapBox = map.getContainer().getBoundingClientRect();
  const dialogBox = document.querySelector('.import-dialog')?.getBoundingClientRect();
  const covered = dialogBox === undefined ? 0 : Math.max(0, mapBox.right - dialogBox.left);
  const right = Math.min(covered + 40, Math.max(40, mapBox.width - 160));
  return { top: 60, bottom: 60, left: 40, right };
}

interface ImportDialogProps {
  readonly parkId: ParkId;
  /** The planner's map, for the preview layer; null before it has loaded. */
  readonly map: MapLibreMap | null;
  readonly onImported: () => void | Promise<void>;
  readonly onClose: () => void;
}

/**
 * Choose a file, layer and CRS: the file is uploaded in chunks, then a preview job dry-runs the import
 * pipeline and the report and the accepted features (on the map) show what would happen. Import runs a
 * commit job. Both jobs show their progress and can be cancelled; a cancelled import writes nothing, and
 * closing the dialog cancels a running job and discards the uploaded file.
 */
export function ImportDialog({ parkId, map, onImported, onClose }: ImportDialogProps) {
  const word = useMessageText();
  const { t } = useTranslation();
  const id = useId();
  const [upload, setUpload] = useState<Upload | null>(null);
  const [choices, setChoices] = useState<ImportChoices>({ layer: 'plots' });
  const [activity, setActivity] = useState<Activity>({ kind: 'idle' });
  const [checked, setChecked] = useState<Checked | null>(null);
  const open = useRef(true);
  const fileRound = useRef(0);
  const runningJob = useRef<string | null>(null);
  const stagedUpload = useRef<string | null>(null);

  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
      // Closing cancels a running job (a write is rolled back) and removes the staged file.
      const bridge = getBridge();
      if (runningJob.current !== null) void bridge.invoke('import:cancel', { jobId: runningJob.current });
      if (stagedUpload.current !== null) void bridge.invoke('import:discard', { uploadId: stagedUpload.current });
    };
  }, []);

  const onJobView = (mode: ImportJobMode, view: ImportJobView): void => {
    if (view.state === 'running') setActivity({ kind: 'job', mode, jobId: view.jobId, view });
    else if (view.state === 'cancelled') setActivity({ kind: 'cancelled' });
    else if (view.state === 'failed') setActivity({ kind: 'failed', message: view.error ?? '' });
    if (view.state !== 'running' && runningJob.current === view.jobId) runningJob.current = null;
  };

  /** Starts a job and follows it until it stops; null when the dialog or the choice moved on meanwhile. */
  const runJob = async (
    mode: ImportJobMode,
    uploadId: string,
    jobChoices: ImportChoices,
    stillWanted: () => boolean,
    onStarted: (jobId: string) => void = () => undefined,
  ): Promise<ImportJobView | null> => {
    setActivity({ kind: 'job', mode, jobId: null, view: null });
    const started = await getBridge().invoke('import:start', { ...jobChoices, parkId, uploadId, mode });
    if (!started.ok) {
      if (stillWanted()) setActivity({ kind: 'failed', message: word(started.error) });
      return null;
    }
    const { jobId } = started.value;
    onStarted(jobId);
    if (!stillWanted()) {
      void getBridge().invoke('import:cancel', { jobId });
      return null;
    }
    runningJob.current = jobId;
    const followed = await followJob(jobId, (view) => onJobView(mode, view), stillWanted);
    if (followed === null) return null;
    if (!followed.ok) {
      setActivity({ kind: 'failed', message: word(followed.error) });
      return null;
    }
    return followed.value;
  };

  // Every change of file, layer or CRS is checked again; a job for an older choice is cancelled.
  useEffect(() => {
    if (upload === null) return;
    let current = true;
    let previewJob: string | null = null;
    const started = (jobId: string) => (previewJob = jobId);
    void runJob('preview', upload.uploadId, choices, () => current && open.current, started).then((view) => {
      if (view === null) return;
      if (view.state === 'done' && view.preview !== undefined) {
        setChecked({ preview: view.preview, choices, uploadId: upload.uploadId });
        setActivity({ kind: 'idle' });
      }
    });
    return () => {
      current = false;
      // Cancelling a job that has finished changes nothing, so the check is only whether one was started.
      if (previewJob !== null) {
        if (runningJob.current === previewJob) runningJob.current = null;
        void getBridge().invoke('import:cancel', { jobId: previewJob });
      }
    };
    // runJob is re-made each render; the job depends on the upload, the choices and the park only.
  }, [upload, choices, parkId]);

  // The preview layer follows the last completed check and goes when the dialog closes.
  useEffect(() => {
    if (map === null || checked === null) return;
    showImportPreview(map, checked.preview.accepted);
    const bounds = previewBounds(checked.preview.accepted);
    if (bounds) map.fitBounds(bounds, { padding: previewPadding(map), maxZoom: 17, duration: 0 });
    return () => clearImportPreview(map);
  }, [map, checked]);

  const choose = async (file: File | undefined) => {
    if (file === undefined) return;
    const round = ++fileRound.current;
    const stillWanted = () => open.current && fileRound.current === round;
    if (stagedUpload.current !== null) void getBridge().invoke('import:discard', { uploadId: stagedUpload.current });
    stagedUpload.current = null;
    setUpload(null);
    setChecked(null);
    setActivity({ kind: 'uploading', fraction: 0 });
    const result = await uploadFile(file, (fraction) => stillWanted() && setActivity({ kind: 'uploading', fraction }), stillWanted);
    if (result === null || !stillWanted()) return;
    if (!result.ok) {
      setActivity({ kind: 'failed', message: word(result.error) });
      return;
    }
    stagedUpload.current = result.value;
    setUpload({ uploadId: result.value, fileName: file.name });
  };

  const commit = async () => {
    if (upload === null) return;
    const view = await runJob('commit', upload.uploadId, choices, () => open.current);
    if (view?.state !== 'done') return;
    await onImported();
    onClose();
  };

  const cancelJob = () => {
    const jobId = activity.kind === 'job' ? activity.jobId : null;
    if (jobId === null) return;
    void getBridge().invoke('import:cancel', { jobId }).then((result) => {
      if (result.ok && open.current) onJobView(activity.kind === 'job' ? activity.mode : 'preview', result.value);
    });
  };

  const busy = activity.kind === 'uploading' || activity.kind === 'job';
  const current = checked !== null && upload !== null && checked.uploadId === upload.uploadId && checked.choices === choices;
  const report = checked?.preview.report ?? null;
  const canCommit = current && report !== null && (report.rejectedCount === 0 || choices.skipRejected === true) && report.accepted > 0 && !busy;
  const progress = progressOf(activity);
  return (
    <Modal title={t('importDialog.title')} onClose={onClose} className="import-dialog">
      <form className="exchange-options" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={`${id}-file`}>{t('importDialog.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".geojson,.json,.kml,.kmz,.zip,.shp,.mif,.gpkg,.dxf,.csv,.txt,.xml"
          onChange={(event) => void choose(event.target.files?.[0])}
          aria-describedby={`${id}-file-hint`}
        />
        <p id={`${id}-file-hint`} className="exchange-hint">{t('importDialog.fileHint')}</p>
        <ImportChoicesForm choices={choices} onChange={setChoices} preview={checked?.preview ?? null} fileName={upload?.fileName ?? null} />
      </form>
      {progress !== null && (
        <div className="exchange-progress import-progress" role="status">
          <progress value={Math.round(progress.fraction * 100)} max={100} aria-label={t('importJobs.progressLabel')} />
          <span>
            {progress.phase === 'uploading'
              ? t('importJobs.uploading', { percent: Math.round(progress.fraction * 100) })
              : t(`importJobs.${progress.phase}`, { percent: Math.round(progress.fraction * 100), read: progress.read })}
          </span>
          {progress.phase !== 'uploading' && (
            <button type="button" onClick={cancelJob} disabled={activity.kind !== 'job' || activity.jobId === null}>
              {t('importJobs.cancel')}
            </button>
          )}
        </div>
      )}
      {activity.kind === 'failed' && <p className="exchange-error" role="alert">{t('importDialog.failed', { message: activity.message })}</p>}
      {activity.kind === 'cancelled' && <p className="exchange-hint import-cancelled" role="status">{t('importJobs.cancelled')}</p>}
      {report && !current && upload !== null && <p className="exchange-hint">{t('importJobs.staleReport')}</p>}
      {report && checked !== null && checked.preview.accepted.features.length < report.accepted && (
        <p className="exchange-hint">{t('importJobs.previewLimited', { shown: checked.preview.accepted.features.length, accepted: report.accepted })}</p>
      )}
      {report && <ImportReportList report={report} />}
      <div className="exchange-actions">
        <button type="button" onClick={onClose}>{t('importDialog.cancel')}</button>
        <button type="button" className="primary" onClick={() => void commit()} disabled={!canCommit}>
          {activity.kind === 'job' && activity.mode === 'commit' ? t('importDialog.committing') : t('importDialog.commit')}
        </button>
      </div>
    </Modal>
  );
}

function progressOf(activity: Activity): { phase: 'uploading' | 'checking' | 'writing'; fraction: number; read: number } | null {
  if (activity.kind === 'uploading') return { phase: 'uploading', fraction: activity.fraction, read: 0 };
  if (activity.kind !== 'job') return null;
  return { phase: activity.view?.phase ?? 'checking', fraction: activity.view?.fraction ?? 0, read: activity.view?.read ?? 0 };
}
