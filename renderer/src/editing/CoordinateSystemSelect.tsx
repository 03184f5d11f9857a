import { useTranslation } from 'react-i18next';
import { COORDINATE_SYSTEMS, type CoordinateSystem } from '../../../shared/contract/editRequests';
import { CADASTRAL_ZONES } from '../../../shared/crs/cadastralZones';
import { useLocale } from '../i18n/useLocale';

interface CoordinateSystemSelectProps {
  readonly label: string;
  readonly value: CoordinateSystem;
  readonly onChange: (crs: CoordinateSystem) => void;
}

/** WGS84 degrees or one of the МСК-62 zones, named as the planner's documents name them. */
export function CoordinateSystemSelect({ label, value, onChange }: CoordinateSystemSelectProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <label className="crs-select">
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value as CoordinateSystem)}>
        {COORDINATE_SYSTEMS.map((crs) => (
          <option key={crs} value={crs}>
            {crs === 'WGS84' ? t('vertexTable.wgs84') : CADASTRAL_ZONES[crs].label[locale]}
          </option>
        ))}
      </select>
    </label>
  );
}
