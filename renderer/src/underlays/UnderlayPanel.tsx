import { useState } from 'react';
import type * as maplibregl from 'maplibre-gl';
import { useTranslation } from 'react-i18next';
import type { UnderlayId } from '../../../shared/domain/underlay';
import { useMessageText } from '../i18n/useMessageText';
import { GeorefPanel } from './georef/GeorefPanel';
import { UnderlayFileChooser } from './UnderlayFileChooser';
import { useUnderlays } from './useUnderlays';

interface UnderlayPanelProps {
  readonly map: maplibregl.Map | null;
  /** The CRS a new scan's control points are typed in: the current park's МСК. */
  readonly scanCrs: string;
}

/**
 * «Подложки»: each underlay with on/off, opacity and order; a file that cannot be drawn says why; files are
 * added from the ParkPlan folder, and a scan is placed in the georeferencing panel below the list.
 */
export function UnderlayPanel({ map, scanCrs }: UnderlayPanelProps) {
  const { t } = useTranslation();
  const text = useMessageText();
  const { views, failure, change } = useUnderlays(map);
  const [choosing, setChoosing] = useState(false);
  const [placing, setPlacing] = useState<UnderlayId | null>(null);
  const [removing, setRemoving] = useState<UnderlayId | null>(null);
  if (views === null) return null;
  const placed = views.find((view) => view.id === placing);
  return (
    <section className="panel underlay-panel" aria-label={t('underlays.title')}>
      <h2>
        {t('underlays.title')}
        <button type="button" className="underlay-add" onClick={() => setChoosing(!choosing)}>{t('underlays.add')}</button>
      </h2>
      {choosing ? <UnderlayFileChooser scanCrs={scanCrs} onAdd={(request) => change('underlays:add', request)} onClose={() => setChoosing(false)} /> : null}
      {failure !== null ? <p role="alert" className="underlay-problem">{text(failure)}</p> : null}
      {views.length === 0 ? <p className="hint">{t('underlays.none')}</p> : null}
      <ul className="underlay-list">
        {[...views].reverse().map((view, i, shown) => (
          <li key={view.id} data-underlay={view.name}>
            <label>
              <input type="checkbox" checked={view.visible} onChange={() => void change('underlays:update', { id: view.id, visible: !view.visible })} />
              {view.name} <small>({t(`underlays.kind.${view.kind}`)})</small>
            </label>
            <input
              type="range" min={0} max={1} step={0.05} value={view.opacity}
              aria-label={t('underlays.opacity', { name: view.name })}
              onChange={(event) => void change('underlays:update', { id: view.id, opacity: Number(event.target.value) })}
            />
            <button type="button" disabled={i === 0} onClick={() => void change('underlays:update', { id: view.id, drawOrder: (shown[i - 1]?.drawOrder ?? view.drawOrder) + 1 })}>{t('underlays.up')}</button>
            <button type="button" disabled={i === shown.length - 1} onClick={() => void change('underlays:update', { id: view.id, drawOrder: (shown[i + 1]?.drawOrder ?? view.drawOrder) - 1 })}>{t('underlays.down')}</button>
            {view.kind === 'scan' ? (
              <button type="button" aria-pressed={placing === view.id} onClick={() => setPlacing(placing === view.id ? null : view.id)}>{t('underlays.place')}</button>
            ) : null}
            {removing === view.id ? (
              <span className="underlay-remove-confirm">
                {t(view.kind === 'scan' ? 'underlays.removeScanAsk' : 'underlays.removeAsk', { name: view.name })}
                <button type="button" onClick={() => void change('underlays:remove', { id: view.id }).then(() => setRemoving(null))}>{t('underlays.removeYes')}</button>
                <button type="button" onClick={() => setRemoving(null)}>{t('underlays.removeNo')}</button>
              </span>
            ) : (
              <button type="button" onClick={() => setRemoving(view.id)}>{t('underlays.remove')}</button>
            )}
            {view.status.state === 'unavailable' ? <p role="alert" className="underlay-problem">{text(view.status.problem)}</p> : null}
            {view.status.state === 'scan' ? <p className="hint">{view.status.rms === null ? t('underlays.notPlaced') : t('underlays.rms', { rms: view.status.rms.toFixed(2) })}</p> : null}
          </li>
        ))}
      </ul>
      {placed?.georeference != null ? (
        <GeorefPanel key={placed.id} view={{ ...placed, georeference: placed.georeference }} map={map} change={change} onClose={() => setPlacing(null)} />
      ) : null}
    </section>
  );
}
