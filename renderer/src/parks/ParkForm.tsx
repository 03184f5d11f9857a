import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParkBoundarySource, ParkEdited } from '../../../shared/contract/parkChannels';
import type { Result } from '../../../shared/contract/result';
import type { ParkFeatureProps } from '../../../shared/contract/views';
import { CADASTRAL_ZONE_KEYS, CADASTRAL_ZONES } from '../../../shared/crs/cadastralZones';
import type { PolygonGeometry } from '../../../shared/domain/geometry';
import { getBridge } from '../bridge';
import { uploadFile } from '../exchange/importJobClient';
import { useLocale } from '../i18n/useLocale';
import { useMessageText } from '../i18n/useMessageText';
import { draftCrs, parkDraft, parkFieldsOf, type BoundaryMode, type CrsChoice, type ParkDraft } from './parkDraft';

interface ParkFormProps {
  /** The park being changed; absent for a new park. */
  readonly park?: ParkFeatureProps;
  /** Asks the map for an outline: the drawing tool starts, and `take` gets the finished polygon. */
  readonly onDrawBoundary: (take: (polygon: PolygonGeometry) => void) => void;
  readonly drawing: boolean;
  readonly onSaved: (edited: ParkEdited, name: string) => void;
  readonly onCancel: () => void;
}

/** A coordinate list or CSV is in the CRS the form names; any other file says its own. */
const isCoordinateList = (file: File): boolean => /\.(csv|txt)$/i.test(file.name);

/**
 * The park form (issue 11): name, cadastral CRS (an МСК-62 zone, or proj4/WKT pasted), declared area and
 * plot code prefix, and the boundary drawn on the map, pasted as a coordinate list or read from a file.
 */
export function ParkForm({ park, onDrawBoundary, drawing, onSaved, onCancel }: ParkFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = useMessageText();
  const [draft, setDraft] = useState<ParkDraft>(() => parkDraft(park));
  const [mode, setMode] = useState<BoundaryMode | 'keep'>(park === undefined ? 'draw' : 'keep');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const change = (patch: Partial<ParkDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const crs = draftCrs(draft);

  const boundary = async (): Promise<Result<ParkBoundarySource | undefined> | null> => {
    if (mode === 'keep') return { ok: true, value: undefined };
    if (mode === 'draw') return draft.drawn === null ? null : { ok: true, value: { kind: 'drawn', geometry: draft.drawn } };
    if (mode === 'coordinates') return draft.coordinates.trim() === '' ? null : { ok: true, value: { kind: 'coordinates', text: draft.coordinates, crs: crs ?? 'WGS84' } };
    if (file === null) return null;
    const staged = await uploadFile(file, () => undefined, () => true);
    if (staged === null || !staged.ok) return staged;
    return { ok: true, value: { kind: 'upload', uploadId: staged.value, ...(crs !== null && isCoordinateList(file) ? { crs } : {}) } };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = parkFieldsOf(draft);
    if ('problem' in fields) return setProblem(t(fields.problem));
    setBusy(true);
    setProblem(null);
    const source = await boundary();
    const result: Result<ParkEdited> | null =
      source === null || !source.ok
        ? source
        : park !== undefined
          ? await getBridge().invoke('parks:update', { parkId: park.id, ...fields, ...(source.value === undefined ? {} : { boundary: source.value }) })
          : source.value === undefined
            ? null
            : await getBridge().invoke('parks:create', { ...fields, boundary: source.value });
    setBusy(false);
    if (result === null) setProblem(t('parks.form.boundaryNeeded'));
    else if (result.ok) onSaved(result.value, fields.name);
    else setProblem(text(result.error));
  };

  const modes: readonly (BoundaryMode | 'keep')[] = park === undefined ? ['draw', 'coordinates', 'file'] : ['keep', 'draw', 'coordinates', 'file'];
  return (
    <form className="park-form" aria-label={park === undefined ? t('parks.form.title') : t('parks.form.editTitle', { name: park.name })} onSubmit={(event) => void submit(event)}>
      <h3>{park === undefined ? t('parks.form.title') : t('parks.form.editTitle', { name: park.name })}</h3>
      <label>
        {t('parks.form.name')}
        <input value={draft.name} onChange={(event) => change({ name: event.target.value })} />
      </label>
      <label>
        {t('parks.form.crs')}
        <select value={draft.crsChoice} onChange={(event) => change({ crsChoice: event.target.value as CrsChoice })}>
          {CADASTRAL_ZONE_KEYS.filter((key) => key.startsWith('MSK-62')).map((key) => (
            <option key={key} value={key}>{CADASTRAL_ZONES[key].label[locale]}</option>
          ))}
          <option value="custom">{t('parks.form.custom')}</option>
          <option value="none">{t('parks.form.none')}</option>
        </select>
      </label>
      {draft.crsChoice === 'custom' && (
        <label>
          {t('parks.form.customCrs')}
          <textarea rows={3} value={draft.customCrs} onChange={(event) => change({ customCrs: event.target.value })} />
        </label>
      )}
      <label>
        {t('parks.form.declared')}
        <input inputMode="decimal" value={draft.declared} onChange={(event) => change({ declared: event.target.value })} />
      </label>
      <label title={t('parks.form.prefixHint')}>
        {t('parks.form.prefix')}
        <input value={draft.prefix} placeholder="Н-" onChange={(event) => change({ prefix: event.target.value })} />
      </label>
      <fieldset>
        <legend>{t('parks.form.boundary')}</legend>
        {modes.map((candidate) => (
          <label key={candidate} className="inline">
            <input type="radio" name="park-boundary" checked={mode === candidate} onChange={() => setMode(candidate)} />
            {t(candidate === 'keep' ? 'parks.form.keepBoundary' : `parks.form.${candidate}`)}
          </label>
        ))}
        {mode === 'draw' && (
          <div className="park-draw">
            <button type="button" disabled={drawing} onClick={() => onDrawBoundary((polygon) => change({ drawn: polygon }))}>
              {t('parks.form.drawButton')}
            </button>
            {drawing && <p role="status">{t('parks.form.drawing')}</p>}
            {draft.drawn !== null && <p role="status">{t('parks.form.drawn', { count: (draft.drawn.coordinates[0]?.length ?? 1) - 1 })}</p>}
          </div>
        )}
        {mode === 'coordinates' && (
          <label>
            {t('parks.form.coordinatesText')}
            <textarea rows={6} value={draft.coordinates} onChange={(event) => change({ coordinates: event.target.value })} />
          </label>
        )}
        {mode === 'file' && (
          <label>
            {t('parks.form.fileInput')}
            <input type="file" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
          </label>
        )}
      </fieldset>
      {problem !== null && <p role="alert" className="error">{problem}</p>}
      <div className="park-form-actions">
        <button type="submit" disabled={busy || drawing}>{t('parks.form.save')}</button>
        <button type="button" onClick={onCancel}>{t('parks.cancel')}</button>
      </div>
    </form>
  );
}
