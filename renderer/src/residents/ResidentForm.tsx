import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Resident } from '../../../shared/domain/resident';
import { RESIDENT_STATUSES, type ResidentStatus } from '../../../shared/domain/resident';
import { getBridge } from '../bridge';
import { useLocale } from '../i18n/useLocale';
import { draftOfResident, draftProblems, draftToFields, EMPTY_DRAFT, hasProblems, type DraftField, type ResidentDraft } from './residentDraft';
import { useMessageText } from '../i18n/useMessageText';

interface ResidentFormProps {
  /** The resident to edit, or null for a new one. */
  readonly resident: Resident | null;
  readonly onSaved: (resident: Resident) => void;
  readonly onCancel: () => void;
}

type TextField = Exclude<DraftField, 'status'>;

const FIELDS: readonly { readonly field: TextField; readonly inputMode?: 'numeric' | 'decimal'; readonly wide?: boolean }[] = [
  { field: 'name', wide: true },
  { field: 'inn', inputMode: 'numeric' },
  { field: 'ogrn', inputMode: 'numeric' },
  { field: 'sector', wide: true },
  { field: 'okved' },
  { field: 'jobsPlanned', inputMode: 'numeric' },
  { field: 'investmentMRub', inputMode: 'decimal' },
  { field: 'contact', wide: true },
];

/**
 * Creates or edits a resident. INN and OGRN are checked as they are typed (the message names the field);
 * the server checks again, and a refusal is shown as it came, with nothing saved.
 */
export function ResidentForm({ resident, onSaved, onCancel }: ResidentFormProps) {
  const word = useMessageText();
  const { t } = useTranslation();
  const locale = useLocale();
  const formId = useId();
  const [draft, setDraft] = useState<ResidentDraft>(() => (resident ? draftOfResident(resident, locale === 'ru' ? ',' : '.') : EMPTY_DRAFT));
  const [touched, setTouched] = useState<ReadonlySet<DraftField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const problems = useMemo(() => draftProblems(draft), [draft]);

  const set = (field: DraftField, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setRefusal(null);
  };
  // A message shows once the planner has typed in the field (or tried to save), not on an empty new form.
  const shown = (field: DraftField) => (submitted || touched.has(field) ? problems[field] : undefined);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const fields = draftToFields(draft);
    if (fields === null || hasProblems(problems)) return;
    setSaving(true);
    const bridge = getBridge();
    const result = resident
      ? await bridge.invoke('residents:update', { residentId: resident.id, ...fields })
      : await bridge.invoke('residents:create', fields);
    setSaving(false);
    if (result.ok) onSaved(result.value);
    else setRefusal(word(result.error));
  };

  const errors = Object.entries(problems).filter(([field]) => shown(field as DraftField) !== undefined);
  return (
    <form className="resident-form" aria-label={t(resident ? 'residentForm.editTitle' : 'residentForm.createTitle')} onSubmit={(event) => void onSubmit(event)} noValidate>
      <h3>{t(resident ? 'residentForm.editTitle' : 'residentForm.createTitle')}</h3>
      <div className="form-grid">
        {FIELDS.map(({ field, inputMode, wide }) => {
          const problem = shown(field);
          const id = `${formId}-${field}`;
          return (
            <div key={field} className={`form-field${wide ? ' wide' : ''}${problem ? ' invalid' : ''}`}>
              <label htmlFor={id}>{t(`residentForm.${field}`)}</label>
              <input
                id={id}
                value={draft[field]}
                inputMode={inputMode}
                autoComplete="off"
                aria-invalid={problem !== undefined}
                aria-describedby={problem ? `${id}-problem` : undefined}
                onChange={(event) => {
                  set(field, event.target.value);
                  setTouched((current) => new Set(current).add(field));
                }}
              />
              {problem && (
                <span id={`${id}-problem`} className="field-problem">
                  {t(`residentProblem.${problem}`)}
                </span>
              )}
            </div>
          );
        })}
        <div className="form-field">
          <label htmlFor={`${formId}-status`}>{t('residentForm.status')}</label>
          <select id={`${formId}-status`} value={draft.status} onChange={(event) => set('status', event.target.value as ResidentStatus)}>
            {RESIDENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`residentStatus.${status}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {submitted && errors.length > 0 && (
        <p className="form-message error" role="alert">
          {t('residentForm.fixFields')}
        </p>
      )}
      {refusal !== null && (
        <p className="form-message error" role="alert">
          {t('residentForm.refused', { message: refusal })}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>
          {t(saving ? 'residentForm.saving' : 'residentForm.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('residentForm.cancel')}
        </button>
      </div>
    </form>
  );
}
