import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UtilityConnectionView } from '../../../shared/contract/reportViews';
import type { PlotFeatureProps } from '../../../shared/contract/views';
import { formatNumber } from '../../../shared/format/measure';
import { NETWORK_UNITS } from '../../../shared/domain/utility';
import { useLocale } from '../i18n/useLocale';
import { ConnectionRowForm } from './ConnectionRowForm';

interface ConnectionsTableProps {
  readonly connections: readonly UtilityConnectionView[];
  /** The park's plots a new connection may be requested for. */
  readonly plots: readonly Pick<PlotFeatureProps, 'id' | 'code'>[];
}

/** The park's connection requests: plot, network, requested capacity, status; each editable, a new one added below. */
export function ConnectionsTable({ connections, plots }: ConnectionsTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [editing, setEditing] = useState<UtilityConnectionView['id'] | null>(null);
  const saved = () => setEditing(null);
  return (
    <div className="connections">
      <h3 className="sub">{t('utilityEditing.connectionsTitle')}</h3>
      <div className="connections-scroll">
        <table className="connections-table" aria-label={t('utilityEditing.connectionsTitle')}>
          <thead>
            <tr>
              <th scope="col">{t('utilityEditing.plot')}</th>
              <th scope="col">{t('utilityEditing.network')}</th>
              <th scope="col" className="numeric">{t('utilityEditing.requested')}</th>
              <th scope="col">{t('utilityEditing.status')}</th>
              <th scope="col" aria-hidden="true" />
            </tr>
          </thead>
          <tbody>
            {connections.length === 0 && (
              <tr>
                <td colSpan={5} className="empty">{t('utilityEditing.noConnections')}</td>
              </tr>
            )}
            {connections.map((connection) =>
              editing === connection.id ? (
                <ConnectionRowForm key={connection.id} plots={plots} connection={connection} onSaved={saved} onCancel={() => setEditing(null)} />
              ) : (
                <tr key={connection.id} data-connection-id={connection.id}>
                  <th scope="row">{connection.plotCode}</th>
                  <td>{t(`network.${connection.network}`)}</td>
                  <td className="numeric">
                    {formatNumber(connection.requestedCapacity, locale, Number.isInteger(connection.requestedCapacity) ? 0 : 2)} <span className="unit">{t(`unit.${NETWORK_UNITS[connection.network]}`)}</span>
                  </td>
                  <td>
                    <span className="connection-status" data-status={connection.status}>{t(`connectionStatus.${connection.status}`)}</span>
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      onClick={() => setEditing(connection.id)}
                      aria-label={t('utilityEditing.editRow', { plot: connection.plotCode, network: t(`network.${connection.network}`) })}
                    >
                      {t('utilityEditing.edit')}
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
          <tfoot>
            <ConnectionRowForm plots={plots} connection={null} onSaved={saved} onCancel={null} />
          </tfoot>
        </table>
      </div>
    </div>
  );
}
