import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectState } from '../project/projectChanges';
import { useProject } from '../project/projectStore';
import type { ResidentListItem } from '../../../shared/contract/registryViews';
import type { PlotId } from '../../../shared/domain/ids';
import { formatHectares } from '../../../shared/format/measure';
import { useLocale } from '../i18n/useLocale';
import { AllocateFormActions } from './AllocateFormActions';
import { AllocationTermsFields } from './AllocationTermsFields';
import { useAllocationSubmit } from './useAllocationSubmit';

interface AllocatePlotsFormProps {
  readonly resident: ResidentListItem;
  readonly onDone: () => void;
  readonly onCancel: () => void;
}

const selectLayers = (project: ProjectState) => project.layers;

/** From the resident's card: several free plots under one agreement → one `allocations:create`. */
export function AllocatePlotsForm({ resident, onDone, onCancel }: AllocatePlotsFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const layers = useProject(selectLayers);
  const [plotIds, setPlotIds] = useState<readonly PlotId[]>([]);
  const { draft, change, submitted, saving, refusal, clearRefusal, onSubmit } = useAllocationSubmit({ residentId: resident.id }, plotIds, onDone);
  // Free plots grouped by park, codes in natural order (П-2 before П-10).
  const parks = useMemo(() => {
    const collator = new Intl.Collator(locale, { numeric: true });
    return layers.parks.features.map(({ properties: park }) => ({
      park,
      plots: layers.plots.features
        .map((feature) => feature.properties)
        .filter((plot) => plot.parkId === park.id && plot.status === 'free')
        .sort((a, b) => collator.compare(a.code, b.code)),
    }));
  }, [layers, locale]);
  const freeCount = parks.reduce((sum, group) => sum + group.plots.length, 0);

  const problem = (key: string | undefined) => key !== undefined && <span className="field-problem">{key}</span>;

  return (
    <form className="allocation-form" aria-label={t('allocatePlots.title', { name: resident.name })} onSubmit={(event) => void onSubmit(event)} noValidate>
      <h3>{t('allocatePlots.title', { name: resident.name })}</h3>
      <div className="form-field wide">
        <label htmlFor={`${id}-plots`}>{t('allocatePlots.plots')}</label>
        {freeCount === 0 ? (
          <p className="empty">{t('allocatePlots.noFreePlots')}</p>
        ) : (
          <select
            id={`${id}-plots`}
            multiple
            size={8}
            value={plotIds.map(String)}
            aria-invalid={submitted && plotIds.length === 0}
            onChange={(event) => {
              setPlotIds([...event.target.selectedOptions].map((option) => Number(option.value) as PlotId));
              clearRefusal();
            }}
          >
            {parks
              .filter((group) => group.plots.length > 0)
              .map((group) => (
                <optgroup key={group.park.id} label={group.park.name}>
                  {group.plots.map((plot) => (
                    <option key={plot.id} value={plot.id}>
                      {plot.code} · {formatHectares(plot.areaHa, locale, 2)}
                    </option>
                  ))}
                </optgroup>
              ))}
          </select>
        )}
        <span className="muted">{t('allocatePlots.chosen', { count: plotIds.length })}</span>
        {problem(submitted && plotIds.length === 0 ? t('allocatePlots.noPlots') : undefined)}
      </div>
      <AllocationTermsFields id={id} draft={draft} submitted={submitted} onChange={change} />
      <AllocateFormActions refusal={refusal} saving={saving} onCancel={onCancel} />
    </form>
  );
}
