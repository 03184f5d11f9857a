import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EXPORT_FORMATS,
  MAP_LEGENDS,
  MAP_ORIENTATIONS,
  MAP_PAPERS,
  type ExportFormat,
  type ExportPreviewRequest,
} from '../../../shared/contract/exchangeRequests';
import type { ExportPreview } from '../../../shared/contract/exchangeViews';
import { DEFAULT_MAP_DPI, MAP_AUTHOR_MAX, MAP_DPI_CHOICES, MAP_TITLE_MAX } from '../../../shared/contract/mapSheetLimits';
import type { ParkId } from '../../../shared/domain/ids';
import { isoDate } from '../../../shared/park/activeAllocation';
import { getBridge } from '../bridge';
import { Modal } from './Modal';
import { downloadExported, svgImageSource } from './fileTransfer';
import { lastAuthor, rememberAuthor } from './lastAuthor';
import { useMessageText } from '../i18n/useMessageText';

/** The true scales a planner picks from; the server accepts any whole 1:500 to 1:10 000. */
const SCALES = ['fit', 500, 1000, 2000, 5000, 10_000] as const;
const MAP_FORMATS: readonly ExportFormat[] = ['pdf', 'svg', 'png'];
/** Typing a title or author redraws the preview once the planner pauses, not on every key. */
const PREVIEW_DELAY_MS = 300;

/** What the dialog holds: the text fields as typed; the request leaves a blank one out (the default). */
type SheetChoices = ExportPreviewRequest & { readonly title: string; readonly author: string; readonly date: string };

/** The request for the choices: blank texts left out, the dpi only for PNG (its preview then gives the pixel size). */
function previewRequest(choices: SheetChoices, format: ExportFormat, dpi: number): ExportPreviewRequest {
  const { title, author, ...rest } = choices;
  return {
    ...rest,
    ...(title.trim() === '' ? {} : { title: title.trim() }),
    ...(author.trim() === '' ? {} : { author: author.trim() }),
    ...(format === 'png' ? { dpi } : {}),
  };
}

type Preview = { readonly state: 'loading' } | { readonly state: 'ready'; readonly preview: ExportPreview; readonly source: string } | { readonly state: 'failed'; readonly message: string };

interface ExportDialogProps {
  readonly parkId: ParkId;
  readonly onClose: () => void;
}

/**
 * Paper, scale, legend, atlas, grid, title, author, date (and dpi for PNG) with page 1 previewed as drawn
 * by the Node side from the same request; Save downloads the file.
 */
export function ExportDialog({ parkId, onClose }: ExportDialogProps) {
  const word = useMessageText();
  const { t } = useTranslation();
  const id = useId();
  const [firstAuthor] = useState(lastAuthor);
  const [options, setOptions] = useState<SheetChoices>(() => ({
    parkId,
    paper: 'A3',
    orientation: 'landscape',
    scale: 'fit',
    legendBy: 'status',
    atlas: false,
    grid: false,
    parcels: false,
    title: '',
    author: firstAuthor,
    date: isoDate(new Date()),
  }));
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [dpi, setDpi] = useState<number>(DEFAULT_MAP_DPI);
  const request = previewRequest(options, format, dpi);
  const requestKey = JSON.stringify(request);
  const [preview, setPreview] = useState<Preview>({ state: 'loading' });
  const [saving, setSaving] = useState<{ readonly busy: boolean; readonly message: string }>({ busy: false, message: '' });
  // «Составил» comes from the project's settings (the same for every planner who opens the file); the
  // planner's last typed author is only the fallback while the project has none.
  const [preparedBy, setPreparedBy] = useState<string | null>(null);
  const [keepPreparedBy, setKeepPreparedBy] = useState(true);
  useEffect(() => {
    void getBridge()
      .invoke('settings:get', {})
      .then((result) => {
        if (!result.ok || result.value.preparedBy === null) return;
        const stored = result.value.preparedBy;
        setPreparedBy(stored);
        // Unless the planner has already typed over the field's first value.
        setOptions((old) => (old.author === firstAuthor ? { ...old, author: stored } : old));
      });
  }, []);

  useEffect(() => {
    let current = true;
    setPreview({ state: 'loading' });
    const timer = setTimeout(() => {
      void getBridge()
        .invoke('export:preview', JSON.parse(requestKey) as ExportPreviewRequest)
        .then((result) => {
          if (!current) return;
          setPreview(result.ok ? { state: 'ready', preview: result.value, source: svgImageSource(result.value.svg) } : { state: 'failed', message: word(result.error) });
        });
    }, PREVIEW_DELAY_MS);
    // A newer choice wins: an older answer arriving late is dropped.
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [requestKey]);

  const change = <K extends keyof SheetChoices>(key: K, value: SheetChoices[K]) => setOptions((old) => ({ ...old, [key]: value }));

  const save = async () => {
    setSaving({ busy: true, message: t('exportDialog.saving') });
    const result = await getBridge().invoke('export:file', { ...request, format });
    if (!result.ok) return setSaving({ busy: false, message: t('exportDialog.failed', { message: word(result.error) }) });
    if (MAP_FORMATS.includes(format)) {
      rememberAuthor(options.author);
      const author = options.author.trim();
      if (keepPreparedBy && author !== '' && author !== preparedBy) {
        const stored = await getBridge().invoke('settings:update', { preparedBy: author });
        if (stored.ok) setPreparedBy(stored.value.preparedBy);
      }
    }
    for (const file of result.value.files) downloadExported(file.name, file.mimeType, file.base64);
    setSaving({ busy: false, message: t('exportDialog.saved', { names: result.value.files.map((file) => file.name).join(', ') }) });
  };

  return (
    <Modal title={t('exportDialog.title')} onClose={onClose} className="export-dialog">
      <div className="exchange-columns">
        <form className="exchange-options" onSubmit={(event) => event.preventDefault()}>
          <label htmlFor={`${id}-paper`}>{t('exportDialog.paper')}</label>
          <select id={`${id}-paper`} value={options.paper} onChange={(event) => change('paper', MAP_PAPERS.find((paper) => paper === event.target.value) ?? 'A3')}>
            {MAP_PAPERS.map((paper) => <option key={paper} value={paper}>{paper}</option>)}
          </select>
          <label htmlFor={`${id}-orientation`}>{t('exportDialog.orientation')}</label>
          <select
            id={`${id}-orientation`}
            value={options.orientation}
            onChange={(event) => change('orientation', MAP_ORIENTATIONS.find((value) => value === event.target.value) ?? 'landscape')}
          >
            {MAP_ORIENTATIONS.map((value) => <option key={value} value={value}>{t(`exportDialog.${value}`)}</option>)}
          </select>
          <label htmlFor={`${id}-scale`}>{t('exportDialog.scale')}</label>
          <select
            id={`${id}-scale`}
            value={String(options.scale)}
            onChange={(event) => change('scale', event.target.value === 'fit' ? 'fit' : Number(event.target.value))}
          >
            {SCALES.map((scale) => <option key={scale} value={String(scale)}>{scale === 'fit' ? t('exportDialog.fit') : `1:${scale}`}</option>)}
          </select>
          <label htmlFor={`${id}-legend`}>{t('exportDialog.legend')}</label>
          <select id={`${id}-legend`} value={options.legendBy} onChange={(event) => change('legendBy', MAP_LEGENDS.find((value) => value === event.target.value) ?? 'status')}>
            {MAP_LEGENDS.map((value) => <option key={value} value={value}>{t(value === 'status' ? 'exportDialog.legendStatus' : 'exportDialog.legendResident')}</option>)}
          </select>
          <label className="exchange-check">
            <input type="checkbox" checked={options.atlas} onChange={(event) => change('atlas', event.target.checked)} />
            {t('exportDialog.atlas')}
          </label>
          <label className="exchange-check">
            <input type="checkbox" checked={options.grid ?? false} onChange={(event) => change('grid', event.target.checked)} />
            {t('exportDialog.grid')}
          </label>
          <label className="exchange-check">
            <input type="checkbox" checked={options.underlays ?? false} onChange={(event) => change('underlays', event.target.checked)} />
            {t('exportDialog.underlays')}
          </label>
          <label className="exchange-check">
            <input type="checkbox" checked={options.parcels ?? false} onChange={(event) => change('parcels', event.target.checked)} />
            {t('exportDialog.parcels')}
          </label>
          <label htmlFor={`${id}-title`}>{t('exportDialog.sheetTitle')}</label>
          <input
            id={`${id}-title`}
            type="text"
            value={options.title}
            maxLength={MAP_TITLE_MAX}
            placeholder={t('exportDialog.sheetTitlePlaceholder')}
            onChange={(event) => change('title', event.target.value)}
          />
          <label htmlFor={`${id}-author`}>{t('exportDialog.author')}</label>
          <input
            id={`${id}-author`}
            type="text"
            value={options.author}
            maxLength={MAP_AUTHOR_MAX}
            onChange={(event) => change('author', event.target.value)}
          />
          <label className="exchange-check">
            <input type="checkbox" checked={keepPreparedBy} onChange={(event) => setKeepPreparedBy(event.target.checked)} />
            {t('exportDialog.keepPreparedBy')}
          </label>
          <label htmlFor={`${id}-date`}>{t('exportDialog.date')}</label>
          <input id={`${id}-date`} type="date" value={options.date} required onChange={(event) => event.target.value !== '' && change('date', event.target.value)} />
          <label htmlFor={`${id}-format`}>{t('exportDialog.format')}</label>
          <select id={`${id}-format`} value={format} onChange={(event) => setFormat(EXPORT_FORMATS.find((value) => value === event.target.value) ?? 'pdf')}>
            {EXPORT_FORMATS.map((value) => <option key={value} value={value}>{value.toUpperCase()}</option>)}
          </select>
          {format === 'png' && (
            <>
              <label htmlFor={`${id}-dpi`}>{t('exportDialog.dpi')}</label>
              <select id={`${id}-dpi`} value={dpi} onChange={(event) => setDpi(Number(event.target.value))}>
                {MAP_DPI_CHOICES.map((value) => <option key={value} value={value}>{value}</option>)}
              </select>
            </>
          )}
          {!MAP_FORMATS.includes(format) && <p className="exchange-hint">{t('exportDialog.mapOnly')}</p>}
          <div className="exchange-actions">
            <button type="button" className="primary" onClick={() => void save()} disabled={saving.busy}>{t('exportDialog.save')}</button>
          </div>
          <p className="exchange-status" role="status">{saving.message}</p>
        </form>
        <figure className="export-preview">
          {preview.state === 'ready' ? (
            <>
              <img src={preview.source} alt={t('exportDialog.preview')} />
              <figcaption>
                {t('exportDialog.pages', { count: preview.preview.pageCount, scale: preview.preview.scale.toLocaleString('ru-RU') })}
                {preview.preview.pixels !== undefined && <> · {t('exportDialog.pixels', { width: preview.preview.pixels.width, height: preview.preview.pixels.height })}</>}
              </figcaption>
              {preview.preview.cutOff !== undefined && (
                <p className="exchange-warning" role="alert">
                  {t('exportDialog.cutOff', { scale: preview.preview.scale.toLocaleString('ru-RU'), fitting: preview.preview.cutOff.fittingScale.toLocaleString('ru-RU') })}
                </p>
              )}
            </>
          ) : (
            <figcaption role={preview.state === 'failed' ? 'alert' : 'status'}>
              {preview.state === 'failed' ? t('exportDialog.failed', { message: preview.message }) : t('exportDialog.previewing')}
            </figcaption>
          )}
        </figure>
      </div>
    </Modal>
  );
}
