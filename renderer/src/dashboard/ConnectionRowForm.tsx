import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UtilityConnectionView } from '../../../shared/contract/reportViews';
import type { PlotFeatureProps } from '../../../shared/contract/views';
import type { PlotId } from '../../../shared/domain/ids';
import { CONNECTION_STATUSES, NETWORK_UNITS, NETWORKS, type ConnectionStatus, type Network } from '../../../shared/domain/utility';
import { getBridge } from '../bridge';
import { MAX_CAPACITY, readQuantity } from './quantityInput';
import { useMessageText } from '../i18n/useMessageText';

interface ConnectionRowFormProps {
  readonly plots: readonly Pick<PlotFeatureProps, 'id' | 'code'>[];
  /** The connection being edited, or null for the row that adds one. */
  readonly connection: UtilityConnectionView | null;
  readonly onSaved: () => void;
  readonly onCancel: (() => void) | null;
}

/**
 * One row of the connections table as inputs: `connections:update` for an existing connection, otherwise
 * `connections:create`. A table row cannot hold a <form>, so Enter in any field saves.
 */
export function ConnectionRowForm({ plots, connection, onSaved, onCancel }: ConnectionRowFormProps) {
  const word = useMessageText();
  const { t } = useTranslation();
  const id = useId();
  const [plotId, setPlotId] = useState<PlotId | null>(connection?.plotId ?? null);
  const [network, setNetwork] = useState<Network>(connection?.network ?? 'power');
  const [text, setText] = useState(connection === null ? '' : String(connection.requestedCapacity));
  const [status, setStatus] = useState<ConnectionStatus>(connection?.status ?? 'requested');
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const reading = readQuantity(text, MAX_CAPACITY);
  const label = connection === null ? t('utilityEditing.add') : t('utilityEditing.editRow', { plot: connection.plotCode, network: t(`network.${connection.network}`) });

  const save = async () => {
    setTried(true);
    if (!reading.ok || plotId === null) return;
    setSaving(true);
    const fields = { plotId, network, requestedCapacity: reading.value, status };
    const result =
      connection === null
        ? await getBridge().invoke('connections:create', fields)
        : await getBridge().invoke('connections:update', { connectionId: connection.id, ...fields });
    setSaving(false);
    if (!result.ok) return setRefusal(word(result.error));
    setRefusal(null);
    setTried(false);
    if (connection === null) setText('');
    onSaved();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape' && onCancel !== null) onCancel();
  };
  const problem = tried && !reading.ok ? reading.problem : null;

  return (
    <tr className="connection-form" aria-label={label} onKeyDown={onKeyDown}>
      <td>
        <select
          aria-label={t('utilityEditing.plot')}
          value={plotId ?? ''}
          aria-invalid={tried && plotId === null}
          onChange={(event) => setPlotId(event.target.value === '' ? null : (Number(event.target.value) as PlotId))}
        >
          <option value="">{t('utilityEditing.choosePlot')}</option>
          {plots.map((plot) => (
            <option key={plot.id} value={plot.id}>
              {plot.code}
            </option>
          ))}
        </select>
        {tried && plotId === null && <span className="field-problem">{t('utilityEditing.noPlot')}</span>}
      </td>
      <td>
        <select aria-label={t('utilityEditing.network')} value={network} onChange={(event) => setNetwork(event.target.value as Network)}>
          {NETWORKS.map((option) => (
            <option key={option} value={option}>
              {t(`network.${option}`)}
            </option>
          ))}
        </select>
      </td>
      <td className="numeric">
        <input
          aria-label={`${t('utilityEditing.requested')}, ${t(`unit.${NETWORK_UNITS[network]}`)}`}
          inputMode="decimal"
          autoComplete="off"
          size={8}
          value={text}
          aria-invalid={problem !== null}
          aria-describedby={problem === null ? undefined : `${id}-problem`}
          onChange={(event) => {
            setText(event.target.value);
            setRefusal(null);
          }}
        />{' '}
        <span className="unit">{t(`unit.${NETWORK_UNITS[network]}`)}</span>
        {problem !== null && (
          <span id={`${id}-problem`} className="field-problem">
            {t(`quantityProblem.${problem}`, { value: text.trim(), max: MAX_CAPACITY })}
          </span>
        )}
      </td>
      <td>
        <select aria-label={t('utilityEditing.status')} value={status} onChange={(event) => setStatus(event.target.value as ConnectionStatus)}>
          {CONNECTION_STATUSES.map((option) => (
            <option key={option} value={option}>
              {t(`connectionStatus.${option}`)}
            </option>
          ))}
        </select>
      </td>
      <td className="row-actions">
        <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
          {connection === null ? t('utilityEditing.add') : t('utilityEditing.save')}
        </button>
        {onCancel !== null && (
          <button type="button" onClick={onCancel}>
            {t('utilityEditing.cancel')}
          </button>
        )}
        {refusal !== null && (
          <span className="field-problem" role="alert">
            {t('utilityEditing.refused', { message: refusal })}
          </span>
        )}
      </td>
    </tr>
  );
}
