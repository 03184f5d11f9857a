import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DXF_UNITS, IMPORT_TARGET_LAYERS, type DxfUnit, type ImportChoices, type ImportTargetLayer } from '../../../shared/contract/exchangeRequests';
import type { ImportPreview } from '../../../shared/contract/exchangeViews';
import { CADASTRAL_ZONE_KEYS } from '../../../shared/crs/cadastralZones';
import { FieldMappingTable } from './FieldMappingTable';
import './importChoices.css';

const LAYER_LABELS = {
  plots: 'importDialog.layerPlots',
  rail_spurs: 'importDialog.layerRailSpurs',
  utility_lines: 'importDialog.layerUtilityLines',
} as const satisfies Record<ImportTargetLayer, string>;
const KNOWN_CRS = ['EPSG:4326', ...CADASTRAL_ZONE_KEYS] as const;
const UNIT_LABELS = {
  m: 'importChoices.unit_m',
  mm: 'importChoices.unit_mm',
  cm: 'importChoices.unit_cm',
  km: 'importChoices.unit_km',
  ft: 'importChoices.unit_ft',
  in: 'importChoices.unit_in',
} as const satisfies Record<DxfUnit, string>;

interface ImportChoicesFormProps {
  readonly choices: ImportChoices;
  readonly onChange: (choices: ImportChoices) => void;
  /** The last dry run of the file, null before the first: what the file offers to choose from. */
  readonly preview: ImportPreview | null;
  /** The chosen file's name, null before one is chosen: a DXF offers its units before any dry run. */
  readonly fileName: string | null;
}

/** The choices without `key`: an optional choice left at its default is not sent at all. */
function without<K extends keyof ImportChoices>(choices: ImportChoices, key: K): ImportChoices {
  return Object.fromEntries(Object.entries(choices).filter(([name]) => name !== key)) as ImportChoices;
}

/**
 * The planner's choices for an import: target layer, CRS, which column fills which field, the GeoPackage
 * table, the DXF units, swapped axes and skipping rejected features. Every change is dry-run again by
 * the dialog, and the mapping table shows what the new run found.
 */
export function ImportChoicesForm({ choices, onChange, preview, fileName }: ImportChoicesFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const source = preview?.source ?? null;
  const setCrs = (crs: string) => {
    const rest = without(choices, 'crs');
    onChange(crs.trim() === '' ? rest : { ...rest, crs: crs.trim() });
  };
  const setFlag = (key: 'swapXY' | 'skipRejected', on: boolean) => onChange(on ? { ...choices, [key]: true } : without(choices, key));
  // A DXF's check fails until its CRS (and, without $INSUNITS, its units) are chosen: offer them at once.
  const isDxf = source?.format.key === 'import.format.dxf' || preview?.report.format.key === 'import.format.dxf' || (fileName !== null && /\.dxf$/iu.test(fileName));
  return (
    <>
      <label htmlFor={`${id}-layer`}>{t('importDialog.layer')}</label>
      <select
        id={`${id}-layer`}
        value={choices.layer}
        onChange={(event) => onChange({ ...choices, layer: IMPORT_TARGET_LAYERS.find((value) => value === event.target.value) ?? 'plots' })}
      >
        {IMPORT_TARGET_LAYERS.map((value) => <option key={value} value={value}>{t(LAYER_LABELS[value])}</option>)}
      </select>
      <label htmlFor={`${id}-crs`}>{t('importDialog.crs')}</label>
      <input id={`${id}-crs`} list={`${id}-crs-list`} defaultValue={choices.crs ?? ''} placeholder={t('importDialog.crsFromFile')} onChange={(event) => setCrs(event.target.value)} />
      <datalist id={`${id}-crs-list`}>
        {KNOWN_CRS.map((value) => <option key={value} value={value} />)}
      </datalist>
      {source !== null && source.tables.length > 1 && (
        <>
          <label htmlFor={`${id}-table`}>{t('importChoices.table')}</label>
          <select id={`${id}-table`} value={choices.table ?? source.table ?? ''} onChange={(event) => onChange({ ...choices, table: event.target.value })}>
            {source.tables.map((table) => <option key={table} value={table}>{table}</option>)}
          </select>
        </>
      )}
      {isDxf && (
        <>
          <label htmlFor={`${id}-units`}>{t('importChoices.units')}</label>
          <select
            id={`${id}-units`}
            value={choices.units ?? ''}
            onChange={(event) => {
              const unit = DXF_UNITS.find((value) => value === event.target.value);
              onChange(unit === undefined ? without(choices, 'units') : { ...choices, units: unit });
            }}
          >
            <option value="">{t('importChoices.unitsFromFile')}</option>
            {DXF_UNITS.map((unit) => <option key={unit} value={unit}>{`${unit} — ${t(UNIT_LABELS[unit])}`}</option>)}
          </select>
        </>
      )}
      <label className="exchange-check">
        <input type="checkbox" checked={choices.swapXY === true} onChange={(event) => setFlag('swapXY', event.target.checked)} aria-describedby={`${id}-swap-hint`} />
        {t('importChoices.swapXY')}
      </label>
      <p id={`${id}-swap-hint`} className="exchange-hint">{t('importChoices.swapXYHint')}</p>
      <label className="exchange-check">
        <input type="checkbox" checked={choices.skipRejected === true} onChange={(event) => setFlag('skipRejected', event.target.checked)} aria-describedby={`${id}-skip-hint`} />
        {t('importChoices.skipRejected')}
      </label>
      <p id={`${id}-skip-hint`} className="exchange-hint">{t('importChoices.skipRejectedHint')}</p>
      {source !== null && source.columns.length > 0 && (
        <FieldMappingTable layer={choices.layer} source={source} fieldMap={choices.fieldMap ?? {}} onChange={(fieldMap) => onChange({ ...choices, fieldMap })} />
      )}
    </>
  );
}
