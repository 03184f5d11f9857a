import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../shared/contract/requestFields';
import type { AllocationEntry } from '../../../shared/contract/registryViews';
import { getBridge } from '../bridge';
import { localIsoDate } from './allocationDraft';
import { useMessageText } from '../i18n/useMessageText';

interface EndAllocationFormProps {
  readonly allocation: AllocationEntry;
  readonly onDone: () => void;
  readonly onCancel: () => void;
}

/** Ends the active allocation on a date (today by default); it stays in the plot's history. */
export function EndAllocationForm({ allocation, onDone, onCancel }: EndAllocationFormProps) {
  const word = useMessageText();
  const { t } = useTranslation();
  const id = useId();
  const [endDate, setEndDate] = useState(() => localIsoDate());
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isIsoDate(endDate)) return;
    setSaving(true);
    const result = await getBridge().invoke('allocations:end', { allocationId: allocation.id, endDate });
    setSaving(false);
    if (result.ok) onDone();
    else setRefusal(word(result.error));
  };
  return (
    <form className="end-allocation-form" aria-label={t('allocation.end')} onSubmit={(event) => void onSubmit(event)} noValidate>
      <div className="form-field">
        <label htmlFor={`${id}-end`}>{t('allocation.endOn')}</label>
        <input id={`${id}-end`} type="date" value={endDate} min={allocation.startDate} onChange={(event) => setEndDate(event.target.value)} />
      </div>
      {refusal !== null && (
        <p className="form-message error" role="alert">
          {t('allocation.endRefused', { message: refusal })}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="danger" disabled={saving || !isIsoDate(endDate)}>
          {t('allocation.confirmEnd')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('allocation.cancel')}
        </button>
      </div>
    </form>
  );
}
