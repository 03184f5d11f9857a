import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParkId } from '../../../shared/domain/ids';
import { NETWORK_UNITS, NETWORKS, type Network } from '../../../shared/domain/utility';
import type { NetworkBalance } from '../../../shared/park/utilityBalance';
import { getBridge } from '../bridge';
import { QuantityField } from './QuantityField';
import { MAX_CAPACITY, readQuantity } from './quantityInput';
import { useMessageText } from '../i18n/useMessageText';

interface CapacityFormProps {
  readonly parkId: ParkId;
  readonly utilities: readonly NetworkBalance[];
}

/** Sets what one network gives the park (`capacities:set`); the balance above follows. */
export function CapacityForm({ parkId, utilities }: CapacityFormProps) {
  const word = useMessageText();
  const { t } = useTranslation();
  const current = (network: Network) => utilities.find((balance) => balance.network === network)?.capacity ?? null;
  const [network, setNetwork] = useState<Network>('power');
  const [text, setText] = useState(() => String(current('power') ?? ''));
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const reading = readQuantity(text, MAX_CAPACITY);

  const choose = (next: Network) => {
    setNetwork(next);
    setText(String(current(next) ?? ''));
    setTried(false);
    setRefusal(null);
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!reading.ok) return;
    setSaving(true);
    const result = await getBridge().invoke('capacities:set', { parkId, network, capacity: reading.value });
    setSaving(false);
    if (!result.ok) return setRefusal(word(result.error));
    setRefusal(null);
    setTried(false);
  };

  return (
    <form className="capacity-form" aria-label={t('utilityEditing.capacityTitle')} onSubmit={(event) => void onSubmit(event)} noValidate>
      <h3 className="sub">{t('utilityEditing.capacityTitle')}</h3>
      <div className="inline-fields">
        <div className="form-field">
          <label htmlFor="capacity-network">{t('utilityEditing.network')}</label>
          <select id="capacity-network" value={network} onChange={(event) => choose(event.target.value as Network)}>
            {NETWORKS.map((option) => (
              <option key={option} value={option}>
                {t(`network.${option}`)}, {t(`unit.${NETWORK_UNITS[option]}`)}
              </option>
            ))}
          </select>
        </div>
        <QuantityField
          label={`${t('utilityEditing.capacity')}, ${t(`unit.${NETWORK_UNITS[network]}`)}`}
          text={text}
          onText={(next) => {
            setText(next);
            setRefusal(null);
          }}
          problem={tried && !reading.ok ? reading.problem : null}
          max={MAX_CAPACITY}
        />
        <button type="submit" className="primary" disabled={saving}>
          {t('utilityEditing.setCapacity')}
        </button>
      </div>
      {refusal !== null && (
        <p className="form-message error" role="alert">
          {t('utilityEditing.refused', { message: refusal })}
        </p>
      )}
    </form>
  );
}
