import { useEffect, useMemo, useState } from 'react';
import type * as maplibregl from 'maplibre-gl';
import { useTranslation } from 'react-i18next';
import type { MapLayers } from '../../../shared/contract/views';
import { cadastralCrsOf } from '../../../shared/crs/cadastralCrs';
import type { ParkId } from '../../../shared/domain/ids';
import { getBridge } from '../bridge';
import { useLocale } from '../i18n/useLocale';
import { useMessageText } from '../i18n/useMessageText';
import { boundsOf } from '../map/bounds';
import { useBridgeQuery } from '../views/useBridgeQuery';
import { keepPresent, togglePick } from './parcelPicks';
import { ReconciliationTable } from './ReconciliationTable';
import { useParcelPicking } from './useParcelPicking';

interface CadastrePanelProps {
  readonly parkId: ParkId | null;
  readonly map: maplibregl.Map | null;
  /** The park's parcels on the map: to frame one, and to forget picks of parcels that went away. */
  readonly parcels: readonly CadastralParcelFeature[];
  /** Whether a click on the map picks parcels now (a plot click then selects nothing). */
  readonly picking: boolean;
  readonly onPicking: (picking: boolean) => void;
  readonly onShowPlot: (plotCode: string) => void;
}

type CadastralParcelFeature = MapLayers['cadastralParcels']['features'][number];

type Outcome = { readonly kind: 'made'; readonly count: number; readonly skipped: readonly string[] } | { readonly kind: 'failed'; readonly message: string } | null;

/**
 * «ЕГРН»: the park's plots reconciled with the imported parcels, and «Create plots from parcels» — the
 * parcels picked on the map, or every parcel of the park — as one edit that Ctrl+Z takes back.
 */
export function CadastrePanel({ parkId, map, parcels, picking, onPicking, onShowPlot }: CadastrePanelProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const word = useMessageText();
  const [picked, setPicked] = useState<readonly string[]>([]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const parcelNumbers = useMemo(() => new Set(parcels.map((parcel) => parcel.properties.cadastralNumber)), [parcels]);
  const showParcel = (cadastralNumber: string) => {
    const bounds = boundsOf(parcels.filter((parcel) => parcel.properties.cadastralNumber === cadastralNumber).map((parcel) => parcel.geometry));
    if (map === null || bounds === null) return;
    const [[west, south], [east, north]] = bounds;
    map.fitBounds([west, south, east, north], { padding: 80, maxZoom: 17.5, maxDuration: 1500 });
  };
  const reconciliation = useBridgeQuery('parcels:reconcile', parkId === null ? null : { parkId }, ['plots']);
  useParcelPicking(map, picking, picked, (number) => setPicked((current) => togglePick(current, number)));
  useEffect(() => setPicked((current) => keepPresent(current, parcelNumbers)), [parcelNumbers]);
  // Leaving the panel ends picking, so a click on the map selects plots again.
  useEffect(() => () => onPicking(false), [onPicking]);

  const create = async (cadastralNumbers: readonly string[] | undefined) => {
    if (parkId === null) return;
    setBusy(true);
    const result = await getBridge().invoke('parcels:createPlots', cadastralNumbers === undefined ? { parkId } : { parkId, cadastralNumbers });
    setBusy(false);
    if (!result.ok) {
      setOutcome({ kind: 'failed', message: word(result.error) });
      return;
    }
    setOutcome({ kind: 'made', count: result.value.plotIds.length, skipped: result.value.skipped });
    setPicked([]);
    onPicking(false);
  };

  const crs = reconciliation.status === 'ready' ? cadastralCrsOf(reconciliation.value.crs) : null;
  return (
    <section className="panel cadastre-panel" aria-label={t('cadastre.title')}>
      <h2>{t('cadastre.title')}</h2>
      {parkId === null ? (
        <p className="empty">{t('cadastre.pickPark')}</p>
      ) : (
        <>
          <div className="parcel-plots" role="group" aria-label={t('cadastre.createTitle')}>
            <button type="button" aria-pressed={picking} onClick={() => onPicking(!picking)}>
              {t('cadastre.pickOnMap')}
            </button>
            <button type="button" disabled={busy || picked.length === 0} onClick={() => void create(picked)}>
              {t('cadastre.createPicked', { count: picked.length })}
            </button>
            <button type="button" disabled={busy || parcelNumbers.size === 0} onClick={() => void create(undefined)}>
              {t('cadastre.createAll')}
            </button>
          </div>
          {picking && <p className="hint">{t('cadastre.pickHint')}</p>}
          {picked.length > 0 && <p className="picked-parcels">{t('cadastre.picked', { numbers: picked.join(', ') })}</p>}
          {outcome !== null && (
            <p role={outcome.kind === 'failed' ? 'alert' : 'status'} className={outcome.kind === 'failed' ? 'error' : 'hint'}>
              {outcome.kind === 'failed'
                ? outcome.message
                : [t('cadastre.made', { count: outcome.count }), outcome.skipped.length > 0 ? t('cadastre.skipped', { numbers: outcome.skipped.join(', ') }) : ''].join(' ')}
            </p>
          )}
          {reconciliation.status === 'loading' && <p className="empty">{t('cadastre.loading')}</p>}
          {reconciliation.status === 'failed' && <p role="alert" className="error">{reconciliation.message}</p>}
          {reconciliation.status === 'ready' && (
            <>
              <p className="hint">{crs === null ? t('cadastre.geodesic') : t('cadastre.crs', { crs: crs.shortLabel[locale] })}</p>
              <ReconciliationTable reconciliation={reconciliation.value} onShowPlot={onShowPlot} onShowParcel={showParcel} />
            </>
          )}
        </>
      )}
    </section>
  );
}
