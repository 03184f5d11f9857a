import { memo } from 'react';
import type * as maplibregl from 'maplibre-gl';
import { useTranslation } from 'react-i18next';
import { formatMessage } from '../../../shared/messages/message';
import { useLocale } from '../i18n/useLocale';
import { useUnderlays } from './useUnderlays';

/** «Подложки»: each underlay with on/off, opacity and order; a file that cannot be drawn says why. */
export const UnderlayPanel = memo(function UnderlayPanel({ map }: { readonly map: maplibregl.Map | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { views, update } = useUnderlays(map);
  if (views === null) return null;
  return (
    <section className="panel underlay-panel" aria-label={t('underlays.title')}>
      <h2>{t('underlays.title')}</h2>
      {views.length === 0 ? <p className="hint">{t('underlays.none')}</p> : null}
      <ul className="underlay-list">
        {[...views].reverse().map((view, i, shown) => (
          <li key={view.id} data-underlay={view.name}>
            <label>
              <input type="checkbox" checked={view.visible} onChange={() => update({ id: view.id, visible: !view.visible })} />
              {view.name} <small>({t(`underlays.kind.${view.kind}`)})</small>
            </label>
            <input
              type="range" min={0} max={1} step={0.05} value={view.opacity}
              aria-label={t('underlays.opacity', { name: view.name })}
              onChange={(event) => update({ id: view.id, opacity: Number(event.target.value) })}
            />
            <button type="button" disabled={i === 0} onClick={() => update({ id: view.id, drawOrder: (shown[i - 1]?.drawOrder ?? view.drawOrder) + 1 })}>{t('underlays.up')}</button>
            <button type="button" disabled={i === shown.length - 1} onClick={() => update({ id: view.id, drawOrder: (shown[i + 1]?.drawOrder ?? view.drawOrder) - 1 })}>{t('underlays.down')}</button>
            {view.status.state === 'unavailable' ? <p role="alert" className="underlay-problem">{formatMessage(locale, view.status.problem)}</p> : null}
            {view.status.state === 'scan' ? <p className="hint">{view.status.rms === null ? t('underlays.notPlaced') : t('underlays.rms', { rms: view.status.rms.toFixed(2) })}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
});
