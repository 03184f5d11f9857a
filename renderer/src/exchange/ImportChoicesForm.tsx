import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_TARGET_LAYERS, type ImportChoices, type ImportTargetLayer } from '../../../shared/contract/exchangeRequests';
import type { ImportPreview } from '../../../shared/contract/exchangeViews';

const LAYER_LABELS = {
  plots: 'importDialog.layerPlots',
  rail_spurs: 'importDialog.layerRailSpurs',
  utility_lines: 'importDialog.layerUtilityLines',
} as const satisfies Record<ImportTargetLayer, string>;
const KNOWN_CRS = ['EPSG:4326', 'MSK-62-1', 'MSK-62-2'] as const;

interface ImportChoicesFormProps {
  readonly choices: ImportChoices;
  readonly onChange: (choices: ImportChoices) => void;
  /** The last dry run of the file, null before the first: what the file offers to choose from. */
  readonly preview: ImportPreview | null;
}

/** The planner's choices for an import: target layer and CRS. Every change is dry-run again by the dialog. */
export function ImportChoicesForm({ choices, onChange }: ImportChoicesFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const setCrs = (crs: string) => {
    const rest: ImportChoices = Object.fromEntries(Object.entries(choices).filter(([key]) => key !== 'crs')) as ImportChoices;
    onChange(crs.trim() === '' ? rest : { ...rest, crs: crs.trim() });
  };
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
    </>
  );
}
