import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PROTECTION_ZONES, type ProtectionZoneRow, type ProtectionZoneTable } from '../../../shared/park/protectionZones';
import { formatNumber } from '../../../shared/format/measure';
import { useLocale } from '../i18n/useLocale';
import { QuantityField } from './QuantityField';
import { MAX_RAIL_THRESHOLD_M, MAX_ZONE_HALF_WIDTH_M, readQuantity } from './quantityInput';
import { editedRows, withHalfWidth, zoneRowClass } from './zoneTable';

interface ReportSettingsProps {
  readonly railThresholdM: number;
  readonly onRailThreshold: (metres: number) => void;
  readonly zones: ProtectionZoneTable;
  readonly onZones: (zones: ProtectionZoneTable) => void;
}

/**
 * How the balance sheet judges rail access and protection zones, for this session: a valid figure is
 * applied as it is typed, an invalid one is named and the last valid one stays in force.
 */
export function ReportSettings({ railThresholdM, onRailThreshold, zones, onZones }: ReportSettingsProps) {
  const { t } = useTranslation();
  const [thresholdText, setThresholdText] = useState(String(railThresholdM));
  const threshold = readQuantity(thresholdText, MAX_RAIL_THRESHOLD_M);
  const edited = editedRows(zones, DEFAULT_PROTECTION_ZONES);
  return (
    <section className="card card-settings" aria-label={t('reportSettings.title')}>
      <h3>{t('reportSettings.title')}</h3>
      <div className="inline-fields">
        <QuantityField
          label={t('reportSettings.railThreshold')}
          hint={t('reportSettings.railThresholdHint')}
          text={thresholdText}
          onText={(text) => {
            setThresholdText(text);
            const reading = readQuantity(text, MAX_RAIL_THRESHOLD_M);
            if (reading.ok) onRailThreshold(reading.value);
          }}
          problem={threshold.ok ? null : threshold.problem}
          max={MAX_RAIL_THRESHOLD_M}
        />
      </div>
      <h3 className="sub">{t('reportSettings.zonesTitle')}</h3>
      <p className="muted">{t('reportSettings.zonesHint')}</p>
      <table className="zone-table" aria-label={t('reportSettings.zonesTitle')}>
        <thead>
          <tr>
            <th scope="col">{t('reportSettings.zoneNetwork')}</th>
            <th scope="col">{t('reportSettings.zoneClass')}</th>
            <th scope="col" className="numeric">{t('reportSettings.halfWidth')}</th>
            <th scope="col">{t('reportSettings.source')}</th>
          </tr>
        </thead>
        <tbody>
          {zones.map((row, index) => (
            <ZoneRow key={index} row={row} edited={edited.has(index)} onHalfWidth={(metres) => onZones(withHalfWidth(zones, index, metres))} />
          ))}
        </tbody>
      </table>
      {edited.size > 0 && (
        <button type="button" onClick={() => onZones(DEFAULT_PROTECTION_ZONES)}>
          {t('reportSettings.resetZones')}
        </button>
      )}
    </section>
  );
}

function ZoneRow({ row, edited, onHalfWidth }: { readonly row: ProtectionZoneRow; readonly edited: boolean; readonly onHalfWidth: (metres: number) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [text, setText] = useState(String(row.halfWidthM));
  const reading = readQuantity(text, MAX_ZONE_HALF_WIDTH_M);
  // The table may be reset from outside; the field follows unless the planner is mid-way through a typo.
  const shown = reading.ok && reading.value !== row.halfWidthM ? String(row.halfWidthM) : text;
  const network = row.network === 'rail' ? t('zoneNetwork.rail') : t(`network.${row.network}`);
  const rowClass = zoneRowClass(row);
  const construction = rowClass?.construction === undefined ? '' : ` · ${t(`construction.${rowClass.construction}`)}`;
  const classText =
    rowClass === null
      ? t('reportSettings.anyClass')
      : rowClass.kind === 'kv'
        ? `${t('reportSettings.kvRange', { from: formatNumber(rowClass.from, locale), to: formatNumber(rowClass.to, locale) })}${construction}`
        : construction.slice(3);
  return (
    <tr className={edited ? 'edited' : undefined}>
      <th scope="row">{network}</th>
      <td>{classText}</td>
      <td className="numeric">
        <input
          aria-label={`${t('reportSettings.halfWidth')}: ${network}, ${classText}`}
          inputMode="decimal"
          size={5}
          value={shown}
          aria-invalid={!reading.ok}
          onChange={(event) => {
            setText(event.target.value);
            const next = readQuantity(event.target.value, MAX_ZONE_HALF_WIDTH_M);
            if (next.ok) onHalfWidth(next.value);
          }}
        />
        {!reading.ok && <span className="field-problem">{t(`quantityProblem.${reading.problem}`, { value: text.trim(), max: MAX_ZONE_HALF_WIDTH_M })}</span>}
        {edited && <span className="edited-mark">{t('reportSettings.edited')}</span>}
      </td>
      <td className="source">{row.source}</td>
    </tr>
  );
}
