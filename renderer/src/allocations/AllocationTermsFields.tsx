import { useTranslation } from 'react-i18next';
import { ALLOCATION_KINDS, type AllocationKind } from '../../../shared/domain/allocation';
import { allocationProblems, type AllocationDraft } from './allocationDraft';

interface AllocationTermsFieldsProps {
  /** The form's `useId()`, so labels and problems stay tied to this form's inputs. */
  readonly id: string;
  readonly draft: AllocationDraft;
  /** After a submit attempt every problem shows; before it only an end date that cannot be right. */
  readonly submitted: boolean;
  readonly onChange: (patch: Partial<AllocationDraft>) => void;
}

/**
 * The terms any allocation carries — kind, agreement number, start and end dates — with their problems.
 * A lease or a sale asks for its agreement number (and a lease for its end) or an explicit "no agreement yet".
 */
export function AllocationTermsFields({ id, draft, submitted, onChange }: AllocationTermsFieldsProps) {
  const { t } = useTranslation();
  const problems = allocationProblems(draft);
  const problem = (field: 'startDate' | 'endDate' | 'agreementNo') => {
    const raw = problems[field];
    // Before a submit only an end date that cannot be right shows; a missing one waits for the attempt.
    const key = submitted || (field === 'endDate' && raw !== 'noTerm') ? raw : undefined;
    return key === undefined ? null : (
      <span id={`${id}-${field}-problem`} className="field-problem">
        {t(`allocationProblem.${key}`)}
      </span>
    );
  };
  return (
    <div className="form-grid">
      <div className="form-field">
        <label htmlFor={`${id}-kind`}>{t('allocation.kind')}</label>
        <select id={`${id}-kind`} value={draft.kind} onChange={(event) => onChange({ kind: event.target.value as AllocationKind })}>
          {ALLOCATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`allocationKind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-agreement`}>{t('allocation.agreementNo')}</label>
        <input id={`${id}-agreement`} value={draft.agreementNo} autoComplete="off" disabled={draft.noAgreementYet} onChange={(event) => onChange({ agreementNo: event.target.value })} />
        {problem('agreementNo')}
        <label className="checkbox">
          <input type="checkbox" checked={draft.noAgreementYet} onChange={(event) => onChange({ noAgreementYet: event.target.checked })} />
          {t('allocation.noAgreementYet')}
        </label>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-start`}>{t('allocation.startDate')}</label>
        <input id={`${id}-start`} type="date" value={draft.startDate} required onChange={(event) => onChange({ startDate: event.target.value })} />
        {problem('startDate')}
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-end`}>{t('allocation.endDate')}</label>
        <input id={`${id}-end`} type="date" value={draft.endDate} min={draft.startDate || undefined} onChange={(event) => onChange({ endDate: event.target.value })} />
        {problem('endDate')}
      </div>
    </div>
  );
}
