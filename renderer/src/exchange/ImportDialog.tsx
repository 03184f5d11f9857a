import { useEffect, useId, useRef, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES, type ImportChoices, type ImportRequest } from '../../../shared/contract/exchangeRequests';
import type { ImportPreview } from '../../../shared/contract/exchangeViews';
import type { ParkId } from '../../../shared/domain/ids';
import { getBridge } from '../bridge';
import { Modal } from './Modal';
import { ImportChoicesForm } from './ImportChoicesForm';
import { ImportReportList } from './ImportReportList';
import { bytesToBase64 } from './fileTransfer';
import { clearImportPreview, previewBounds, showImportPreview } from './importPreviewLayer';

interface Upload {
  readonly fileName: string;
  readonly base64: string;
}

type Check =
  | { readonly state: 'idle' }
  | { readonly state: 'busy'; readonly message: string }
  | { readonly state: 'ready'; readonly preview: ImportPreview }
  | { readonly state: 'failed'; readonly message: string };

const importRequest = (parkId: ParkId, file: Upload, choices: ImportChoices): ImportRequest => ({
  ...choices,
  parkId,
  fileName: file.fileName,
  base64: file.base64,
});

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
 * Choose a file, layer and CRS; the Node side dry-runs the import pipeline and the report and the accepted
 * features (on the map) show what would happen. Import writes it all as one undoable edit; Cancel writes nothing.
 */
export function ImportDialog({ parkId, map, onImported, onClose }: ImportDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [upload, setUpload] = useState<Upload | null>(null);
  const [choices, setChoices] = useState<ImportChoices>({ layer: 'plots' });
  const [check, setCheck] = useState<Check>({ state: 'idle' });
  const [committing, setCommitting] = useState(false);
  const open = useRef(true);
  useEffect(() => {
    open.current = true;
    return () => {
      open.current = false;
    };
  }, []);


  // Every change of file, layer or CRS is checked again; an answer to an older choice is dropped.
  useEffect(() => {
    if (upload === null) return;
    let current = true;
    setCheck({ state: 'busy', message: t('importDialog.reading') });
    void getBridge()
      .invoke('import:preview', importRequest(parkId, upload, choices))
      .then((result) => {
        if (!current) return;
        setCheck(result.ok ? { state: 'ready', preview: result.value } : { state: 'failed', message: result.error.message });
      });
    return () => {
      current = false;
    };
  }, [upload, choices, parkId]);

  // The preview layer follows the check and goes when the dialog closes.
  useEffect(() => {
    if (map === null || check.state !== 'ready') return;
    showImportPreview(map, check.preview.accepted);
    const bounds = previewBounds(check.preview.accepted);
    if (bounds) map.fitBounds(bounds, { padding: previewPadding(map), maxZoom: 17, duration: 0 });
    return () => clearImportPreview(map);
  }, [map, check]);

  const choose = async (file: File | undefined) => {
    if (file === undefined) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setCheck({ state: 'failed', message: `${file.name}: > ${MAX_IMPORT_BYTES / 1024 / 1024} MB` });
      return;
    }
    setCheck({ state: 'busy', message: t('importDialog.reading') });
    const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    if (open.current) setUpload({ fileName: file.name, base64 });
  };

  const commit = async () => {
    if (upload === null) return;
    setCommitting(true);
    const result = await getBridge().invoke('import:commit', importRequest(parkId, upload, choices));
    if (!result.ok) {
      setCommitting(false);
      setCheck({ state: 'failed', message: result.error.message });
      return;
    }
    await onImported();
    onClose();
  };

  const report = check.state === 'ready' ? check.preview.report : null;
  const canCommit = report !== null && (report.rejectedCount === 0 || choices.skipRejected === true) && report.accepted > 0 && !committing;
  return (
    <Modal title={t('importDialog.title')} onClose={onClose} className="import-dialog">
      <form className="exchange-options" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={`${id}-file`}>{t('importDialog.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".geojson,.json,.kml,.kmz,.zip,.shp,.gpkg,.dxf,.csv,.txt"
          onChange={(event) => void choose(event.target.files?.[0])}
          aria-describedby={`${id}-file-hint`}
        />
        <p id={`${id}-file-hint`} className="exchange-hint">{t('importDialog.fileHint')}</p>
        <ImportChoicesForm choices={choices} onChange={setChoices} preview={check.state === 'ready' ? check.preview : null} />
      </form>
      {check.state === 'busy' && (
        <div className="exchange-progress" role="status">
          <progress aria-label={check.message} />
          <span>{check.message}</span>
        </div>
      )}
      {check.state === 'failed' && <p className="exchange-error" role="alert">{t('importDialog.failed', { message: check.message })}</p>}
      {report && <ImportReportList report={report} />}
      <div className="exchange-actions">
        <button type="button" onClick={onClose} disabled={committing}>{t('importDialog.cancel')}</button>
        <button type="button" className="primary" onClick={() => void commit()} disabled={!canCommit}>
          {committing ? t('importDialog.committing') : t('importDialog.commit')}
        </button>
      </div>
    </Modal>
  );
}
