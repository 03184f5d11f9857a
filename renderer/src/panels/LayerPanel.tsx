import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORKS, type Network } from '../../../shared/domain/utility';
import { TOGGLE_KEYS, type LayerToggles, type ToggleKey } from '../map/layerVisibility';
import { NETWORK_COLORS } from '../map/statusColors';

interface LayerPanelProps {
  readonly toggles: LayerToggles;
  readonly onToggle: (key: ToggleKey) => void;
  readonly onToggleNetwork: (network: Network) => void;
}

/** Check boxes for the map's layers, and one per utility network under «Инженерные сети». */
export const LayerPanel = memo(function LayerPanel({ toggles, onToggle, onToggleNetwork }: LayerPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="panel layer-panel" aria-label={t('layers.title')}>
      <h2>{t('layers.title')}</h2>
      <ul className="layer-toggles">
        {TOGGLE_KEYS.map((key) => (
          <li key={key}>
            <label>
              <input type="checkbox" checked={toggles[key]} onChange={() => onToggle(key)} />
              {t(`layers.${key}`)}
            </label>
          </li>
        ))}
      </ul>
      <fieldset className="network-toggles" disabled={!toggles.utilityLines}>
        <legend>{t('layers.networks')}</legend>
        {NETWORKS.map((network) => (
          <label key={network}>
            <input type="checkbox" checked={toggles.networks[network]} onChange={() => onToggleNetwork(network)} />
            <span className="network-swatch" aria-hidden="true" style={{ background: NETWORK_COLORS[network] }} />
            {t(`network.${network}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
});
