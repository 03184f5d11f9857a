import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format/measure';
import { useLocale } from '../i18n/useLocale';
import type { QuantityProblem } from './quantityInput';

interface QuantityFieldProps {
  readonly label: string;
  readonly text: string;
  readonly onText: (text: string) => void;
  /** Shown under the field; null while the text reads as a valid quantity or the planner has not tried yet. */
  readonly problem: QuantityProblem | null;
  readonly max: number;
  readonly hint?: string;
}

/** A number typed as text (so "12,5" is not lost), with the problem named under it. */
export function QuantityField({ label, text, onText, problem, max, hint }: QuantityFieldProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  return (
    <div className="form-field quantity-field">
      <label htmlFor={id} title={hint}>
        {label}
      </label>
      <input
        id={id}
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? undefined : `${id}-problem`}
        onChange={(event) => onText(event.target.value)}
      />
      {problem !== null && (
        <span id={`${id}-problem`} className="field-problem">
          {t(`quantityProblem.${problem}`, { value: text.trim(), max: formatNumber(max, locale) })}
        </span>
      )}
    </div>
  );
}
