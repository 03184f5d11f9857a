import { useTranslation } from 'react-i18next';

interface AllocateFormActionsProps {
  /** The store's refusal of the last submit, in its own words, or null. */
  readonly refusal: string | null;
  readonly saving: boolean;
  readonly onCancel: () => void;
}

/** The foot of both allocating forms (one plot, several plots): the store's refusal, Allocate and Cancel. */
export function AllocateFormActions({ refusal, saving, onCancel }: AllocateFormActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      {refusal !== null && (
        <p className="form-message error" role="alert">
          {t('allocation.refused', { message: refusal })}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>
          {t(saving ? 'allocation.submitting' : 'allocation.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('allocation.cancel')}
        </button>
      </div>
    </>
  );
}
