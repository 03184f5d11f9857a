import { useCallback } from 'react';
import type * as maplibregl from 'maplibre-gl';
import { useTranslation } from 'react-i18next';
import { underlayImagePath, type UnderlayView } from '../../../../shared/contract/underlayChannels';
import { CADASTRAL_ZONE_KEYS, CADASTRAL_ZONES, isCadastralZone } from '../../../../shared/crs/cadastralZones';
import { GEOREF_TRANSFORMS, type ScanGeoreference } from '../../../../shared/domain/underlay';
import { useLocale } from '../../i18n/useLocale';
import type { Underlays } from '../useUnderlays';
import { ControlPointTable } from './ControlPointTable';
import { MapPointForm } from './MapPointForm';
import { ScanImageView } from './ScanImageView';
import { useGeorefMapPoints } from './useGeorefMapPoints';
import { useGeorefSession } from './useGeorefSession';

interface GeorefPanelProps {
  readonly view: UnderlayView & { readonly georeference: ScanGeoreference };
  readonly map: maplibregl.Map | null;
  readonly change: Underlays['change'];
  readonly onClose: () => void;
}

/**
 * Placing a scanned master plan (issue 13): control points by a click on the scan and one on the map (or
 * the map point typed), the transform chosen, each point's residual and the RMS in metres, live.
 */
export function GeorefPanel({ view, map, change, onClose }: GeorefPanelProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { shown, fit, converter, dispatch, dragPixel } = useGeorefSession(view, map, change);
  const placeMap = useCallback((x: number, y: number) => dispatch({ type: 'place-map', x, y }), [dispatch]);
  const moveMap = useCallback((index: number, x: number, y: number) => dispatch({ type: 'move-map', index, x, y }), [dispatch]);
  useGeorefMapPoints(map, shown.points, converter, shown.pending !== null, placeMap, moveMap);
  const { imageWidth: width, imageHeight: height } = view.georeference;

  const fitText = fit.ok
    ? t('georef.rms', { rms: fit.fit.rms.toFixed(3), points: shown.points.length })
    : fit.reason === 'too-few-points'
      ? t('georef.needMore', { transform: t(`georef.transform.${shown.transform}`), needed: fit.needed, points: shown.points.length })
      : t('georef.degenerate');

  return (
    <section className="georef-panel" aria-label={t('georef.title', { name: view.name })}>
      <h3>
        {t('georef.title', { name: view.name })}
        <button type="button" className="georef-close" onClick={onClose}>{t('georef.close')}</button>
      </h3>
      <div className="georef-settings">
        <label>
          {t('georef.transformLabel')}
          <select value={shown.transform} onChange={(event) => dispatch({ type: 'transform', transform: event.target.value as (typeof GEOREF_TRANSFORMS)[number] })}>
            {GEOREF_TRANSFORMS.map((kind) => <option key={kind} value={kind}>{t(`georef.transform.${kind}`)}</option>)}
          </select>
        </label>
        <label>
          {t('georef.crsLabel')}
          <select value={shown.crs} onChange={(event) => dispatch({ type: 'crs', crs: event.target.value })}>
            {isCadastralZone(shown.crs) ? null : <option value={shown.crs}>{shown.crs}</option>}
            {CADASTRAL_ZONE_KEYS.map((key) => <option key={key} value={key}>{CADASTRAL_ZONES[key].label[locale]}</option>)}
          </select>
        </label>
      </div>
      <ScanImageView
        src={`${window.location.origin}${underlayImagePath(view.id)}`} alt={view.name} width={width} height={height}
        points={shown.points} pending={shown.pending}
        onPlace={(px, py) => dispatch({ type: 'place-pixel', px, py })}
        onMove={dragPixel}
      />
      {shown.pending === null ? (
        <p className="hint">{t('georef.clickScan')}</p>
      ) : (
        <MapPointForm
          key={`${shown.pending.px},${shown.pending.py}`} n={shown.points.length + 1} pixel={shown.pending} fromLonLat={converter?.fromLonLat ?? null}
          onPlace={placeMap} onCancel={() => dispatch({ type: 'cancel-pending' })}
        />
      )}
      <ControlPointTable points={shown.points} residuals={fit.ok ? fit.fit.residuals : []} onMoveMap={moveMap} onDelete={(index) => dispatch({ type: 'delete', index })} />
      <p className="georef-fit" role="status">{fitText}</p>
    </section>
  );
}
