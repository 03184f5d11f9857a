import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Position } from '../../../shared/domain/geometry';
import { parseTypedNumber } from './vertexCoordinates';

export type RectanglePlacement = 'map-centre' | 'clicked-point';

export interface RectangleRequest {
  readonly widthM: number;
  readonly depthM: number;
  readonly rotationDeg: number;
  readonly placement: RectanglePlacement;
}

interface RectangleFormProps {
  /** The point the planner clicked while "Point on the map" was chosen. */
  readonly picked: Position | null;
  readonly placement: RectanglePlacement;
  readonly onPlacement: (placement: RectanglePlacement) => void;
  readonly onSubmit: (request: RectangleRequest) => void;
}

/** "Draw rectangle" by typed width × depth (m) and rotation (°), at the map centre or a clicked point. */
export function RectangleForm({ picked, placement, onPlacement, onSubmit }: RectangleFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [width, setWidth] = useState('100');
  const [depth, setDepth] = useState('50');
  const [rotation, setRotation] = useState('0');
  const widthM = parseTypedNumber(width);
  const depthM = parseTypedNumber(depth);
  const rotationDeg = parseTypedNumber(rotation);
  const sound = widthM !== null && widthM > 0 && depthM !== null && depthM > 0 && rotationDeg !== null && (placement === 'map-centre' || picked !== null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (sound) onSubmit({ widthM, depthM, rotationDeg, placement });
  };
  const field = (key: 'width' | 'depth' | 'rotation', value: string, set: (text: string) => void) => (
    <label htmlFor={`${id}-${key}`}>
      {t(`rectangleForm.${key}`)}
      <input id={`${id}-${key}`} inputMode="decimal" value={value} onChange={(event) => set(event.target.value)} />
    </label>
  );
  return (
    <form className="rectangle-form" aria-label={t('rectangleForm.title')} onSubmit={submit}>
      <h2>{t('rectangleForm.title')}</h2>
      <div className="rectangle-size">
        {field('width', width, setWidth)}
        {field('depth', depth, setDepth)}
        {field('rotation', rotation, setRotation)}
      </div>
      <fieldset>
        <legend>{t('rectangleForm.placeAt')}</legend>
        <label>
          <input type="radio" name={`${id}-place`} checked={placement === 'map-centre'} onChange={() => onPlacement('map-centre')} />
          {t('rectangleForm.mapCentre')}
        </label>
        <label>
          <input type="radio" name={`${id}-place`} checked={placement === 'clicked-point'} onChange={() => onPlacement('clicked-point')} />
          {t('rectangleForm.clickedPoint')}
        </label>
        {placement === 'clicked-point' && (
          <p className="pick-hint">
            {picked ? t('rectangleForm.picked', { lat: picked[1].toFixed(6), lon: picked[0].toFixed(6) }) : t('rectangleForm.pickHint')}
          </p>
        )}
      </fieldset>
      <div className="form-buttons">
        <button type="submit" disabled={!sound}>
          {t('rectangleForm.create')}
        </button>
      </div>
    </form>
  );
}
