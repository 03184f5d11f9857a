import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTypedNumber } from '../../editing/vertexCoordinates';

interface MapPointFormProps {
  /** The number the new point will have. */
  readonly n: number;
  /** The scan pixel the point begins at. */
  readonly pixel: { readonly px: number; readonly py: number };
  /** Degrees (latitude, longitude) to the scan's CRS; null when the CRS is not one ParkPlan reads. */
  readonly fromLonLat: ((lon: number, lat: number) => { x: number; y: number }) | null;
  readonly onPlace: (x: number, y: number) => void;
  readonly onCancel: () => void;
}

/**
 * The map point of the control point being placed, typed: X (north) and Y (east) in the scan's МСК, as a
 * survey or the cadastre gives them, or latitude and longitude in degrees; a click on the map does the same.
 */
export function MapPointForm({ n, pixel, fromLonLat, onPlace, onCancel }: MapPointFormProps) {
  const { t } = useTranslation();
  const [degrees, setDegrees] = useState(false);
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const a = parseTypedNumber(first);
  const b = parseTypedNumber(second);
  const ready = a !== null && b !== null && (!degrees || (fromLonLat !== null && Math.abs(a) <= 90 && Math.abs(b) <= 180));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready || a === null || b === null) return;
    if (!degrees) return onPlace(a, b);
    const point = fromLonLat?.(b, a);
    if (point !== undefined) onPlace(point.x, point.y);
  };

  return (
    <form className="georef-map-point" aria-label={t('georef.mapPoint', { n })} onSubmit={submit}>
      <p className="hint">{t('georef.waiting', { n, px: pixel.px.toFixed(2), py: pixel.py.toFixed(2) })}</p>
      <label>
        <input type="checkbox" checked={degrees} onChange={() => setDegrees(!degrees)} /> {t('georef.inDegrees')}
      </label>
      <label>
        {degrees ? t('georef.latitude') : t('georef.x')}
        <input inputMode="decimal" value={first} onChange={(event) => setFirst(event.target.value)} />
      </label>
      <label>
        {degrees ? t('georef.longitude') : t('georef.y')}
        <input inputMode="decimal" value={second} onChange={(event) => setSecond(event.target.value)} />
      </label>
      <button type="submit" disabled={!ready}>{t('georef.addPoint')}</button>
      <button type="button" onClick={onCancel}>{t('georef.cancelPoint')}</button>
    </form>
  );
}
