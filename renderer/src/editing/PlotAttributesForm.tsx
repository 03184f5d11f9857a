import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlotDetails } from '../../../shared/contract/views';
import { PLOT_STATUSES, PLOT_ZONES, type PlotStatus, type PlotZone } from '../../../shared/domain/plot';
import { attributesPatch, draftOf, draftProblems, type AttributesDraft } from './attributesDraft';
import { invokeEdit } from './editChannels';
import type { PlanEditing } from './usePlanEditing';

interface PlotAttributesFormProps {
  readonly details: PlotDetails;
  readonly editing: PlanEditing;
  /** Saved or cancelled: the panel goes back to reading. */
  readonly onDone: () => void;
}

/** Code, cadastral number, status, zone and notes of one plot: checked as typed, saved as one undoable edit. */
export function PlotAttributesForm({ details, editing, onDone }: PlotAttributesFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const saved = useMemo(() => draftOf(details), [details]);
  const [draft, setDraft] = useState<AttributesDraft>(saved);
  const [refusal, setRefusal] = useState<string | null>(null);
  const numberInput = useRef<HTMLInputElement>(null);
  const problems = draftProblems(draft);
  const set = (patch: Partial<AttributesDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setRefusal(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problems.has('cadastral-number')) {
      numberInput.current?.focus();
      return;
    }
    if (problems.size > 0) return;
    const patch = attributesPatch(saved, draft);
    if (Object.keys(patch).length === 0) {
      onDone();
      return;
    }
    void editing.run(() => invokeEdit('plots:updateAttributes', { plotId: details.id, patch }), () => {
      editing.say({ kind: 'info', text: t('edit.saved') });
      onDone();
    }, (message) => setRefusal(t('attributesForm.refused', { message })));
  };

  const numberError = problems.has('cadastral-number') ? t('attributesForm.cadastralNumberWrong', { value: draft.cadastralNumber.trim() }) : null;
  const codeError = problems.has('code-empty') ? t('attributesForm.codeEmpty') : null;
  return (
    <form className="attributes-form" aria-label={t('attributesForm.title')} onSubmit={submit} noValidate>
      <label htmlFor={`${id}-code`}>{t('attributesForm.code')}</label>
      <input id={`${id}-code`} value={draft.code} maxLength={50} aria-invalid={codeError !== null} onChange={(e) => set({ code: e.target.value })} />
      {codeError && <p className="field-error">{codeError}</p>}
      <label htmlFor={`${id}-number`}>{t('attributesForm.cadastralNumber')}</label>
      <input
        id={`${id}-number`}
        ref={numberInput}
        value={draft.cadastralNumber}
        placeholder="62:15:0000000:123"
        title={t('attributesForm.cadastralNumberHint')}
        aria-invalid={numberError !== null}
        aria-describedby={numberError ? `${id}-number-error` : undefined}
        onChange={(e) => set({ cadastralNumber: e.target.value })}
      />
      {numberError && (
        <p className="field-error" id={`${id}-number-error`} role="alert">
          {numberError}
        </p>
      )}
      <label htmlFor={`${id}-status`}>{t('attributesForm.status')}</label>
      <select id={`${id}-status`} value={draft.status} onChange={(e) => set({ status: e.target.value as PlotStatus })}>
        {PLOT_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-zone`}>{t('attributesForm.zone')}</label>
      <select id={`${id}-zone`} value={draft.zone} onChange={(e) => set({ zone: e.target.value as PlotZone })}>
        {PLOT_ZONES.map((zone) => (
          <option key={zone} value={zone}>
            {t(`zone.${zone}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-notes`}>{t('attributesForm.notes')}</label>
      <textarea id={`${id}-notes`} rows={3} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />
      {refusal && (
        <p className="form-refusal" role="alert">
          {refusal}
        </p>
      )}
      <div className="form-buttons">
        <button type="submit" disabled={editing.busy}>
          {t('attributesForm.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('attributesForm.cancel')}
        </button>
      </div>
    </form>
  );
}
