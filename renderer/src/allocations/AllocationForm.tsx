import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlotId, ResidentId } from '../../../shared/domain/ids';
import { useLocale } from '../i18n/useLocale';
import { useBridgeQuery } from '../views/useBridgeQuery';
import { AllocateFormActions } from './AllocateFormActions';
import { AllocationTermsFields } from './AllocationTermsFields';
import { allocationProblems } from './allocationDraft';
import { useAllocationSubmit } from './useAllocationSubmit';

interface AllocationFormProps {
  readonly plotId: PlotId;
  readonly plotCode: string;
  readonly onDone: () => void;
  readonly onCancel: () => void;
}

/** Allocates the selected plot: resident from the registry, kind, agreement, dates → `allocations:create`. */
export function AllocationForm({ plotId, plotCode, onDone, onCancel }: AllocationFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const registry = useBridgeQuery('residents:list', {}, ['residents', 'allocations']);
  const { draft, change, submitted, saving, refusal, onSubmit } = useAllocationSubmit({}, [plotId], onDone);
  const problems = allocationProblems(draft);
  // A resident that left the park cannot take a plot; the rest in the registry's order by name.
  const candidates = useMemo(() => {
    if (registry.status !== 'ready') return [];
    const collator = new Intl.Collator(locale);
    return registry.value.filter((resident) => resident.status !== 'left').sort((a, b) => collator.compare(a.name, b.name));
  }, [registry, locale]);

  const residentProblem = submitted ? problems.residentId : undefined;

  return (
    <form className="allocation-form" aria-label={t('allocation.formTitle', { code: plotCode })} onSubmit={(event) => void onSubmit(event)} noValidate>
      <h3>{t('allocation.formTitle', { code: plotCode })}</h3>
      <div className="form-field wide">
        <label htmlFor={`${id}-resident`}>{t('allocation.resident')}</label>
        <select
          id={`${id}-resident`}
          value={draft.residentId ?? ''}
          aria-invalid={submitted && problems.residentId !== undefined}
          onChange={(event) => change({ residentId: event.target.value === '' ? null : (Number(event.target.value) as ResidentId) })}
        >
          <option value="">{t('allocation.chooseResident')}</option>
          {candidates.map((resident) => (
            <option key={resident.id} value={resident.id}>
              {resident.name}
            </option>
          ))}
        </select>
        {residentProblem !== undefined && (
          <span id={`${id}-residentId-problem`} className="field-problem">
            {t(`allocationProblem.${residentProblem}`)}
          </span>
        )}
      </div>
      <AllocationTermsFields id={id} draft={draft} submitted={submitted} onChange={change} />
      <AllocateFormActions refusal={refusal} saving={saving} onCancel={onCancel} />
    </form>
  );
}
