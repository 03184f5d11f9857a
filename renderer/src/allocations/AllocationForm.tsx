import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlotId, ResidentId } from '../../../shared/domain/ids';
import { getBridge } from '../bridge';
import { useLocale } from '../i18n/useLocale';
import { useBridgeQuery } from '../views/useBridgeQuery';
import { AllocateFormActions } from './AllocateFormActions';
import { AllocationTermsFields } from './AllocationTermsFields';
import { allocationProblems, allocationRequest, localIsoDate, newAllocationDraft, type AllocationDraft } from './allocationDraft';

interface AllocationFormProps {
  readonly plotId: PlotId;
  readonly plotCode: string;
  readonly revision: number;
  readonly onDone: () => void;
  readonly onCancel: () => void;
}

/** Allocates the selected plot: resident from the registry, kind, agreement, dates → `allocations:create`. */
export function AllocationForm({ plotId, plotCode, revision, onDone, onCancel }: AllocationFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const registry = useBridgeQuery('residents:list', {}, revision);
  const [draft, setDraft] = useState<AllocationDraft>(() => newAllocationDraft(localIsoDate()));
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const problems = allocationProblems(draft);
  // A resident that left the park cannot take a plot; the rest in the registry's order by name.
  const candidates = useMemo(() => {
    if (registry.status !== 'ready') return [];
    const collator = new Intl.Collator(locale);
    return registry.value.filter((resident) => resident.status !== 'left').sort((a, b) => collator.compare(a.name, b.name));
  }, [registry, locale]);

  const change = (patch: Partial<AllocationDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setRefusal(null);
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const request = allocationRequest(draft, plotId);
    if (request === null) return;
    setSaving(true);
    const result = await getBridge().invoke('allocations:create', request);
    setSaving(false);
    if (result.ok) onDone();
    else setRefusal(result.error.message);
  };
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
