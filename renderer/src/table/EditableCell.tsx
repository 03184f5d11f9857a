import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface EditableCellProps {
  /** What the cell shows when not being edited. */
  readonly text: string;
  /** The column's name, for the editor's accessible label. */
  readonly label: string;
  readonly initial: string;
  readonly choices?: readonly string[];
  readonly choiceLabel?: (value: string) => string;
  /** Sends the edit; resolves with the store's refusal, or null once saved. */
  readonly save: (text: string) => Promise<string | null>;
}

/** A table cell that opens an editor on double-click or Enter: Enter saves, Escape puts the value back. */
export function EditableCell({ text, label, initial, choices, choiceLabel, save }: EditableCellProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const open = () => {
    setDraft(initial);
    setRefusal(null);
  };
  const commit = async (value: string) => {
    if (value === initial) return setDraft(null);
    setSaving(true);
    const problem = await save(value);
    setSaving(false);
    if (problem === null) setDraft(null);
    else setRefusal(problem);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      setDraft(null);
      setRefusal(null);
    } else if (event.key === 'Enter' && draft !== null) {
      event.preventDefault();
      void commit(draft);
    }
  };

  if (draft === null) {
    return (
      <span
        className="editable-cell"
        role="button"
        tabIndex={0}
        title={t('cellEditing.hint')}
        aria-label={`${label}: ${text} — ${t('cellEditing.hint')}`}
        onDoubleClick={open}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === 'F2') open();
        }}
      >
        {text}
      </span>
    );
  }
  return (
    <span className="cell-editor" onKeyDown={onKeyDown}>
      {choices === undefined ? (
        <input aria-label={label} value={draft} disabled={saving} autoFocus aria-invalid={refusal !== null} onChange={(event) => setDraft(event.target.value)} />
      ) : (
        <select aria-label={label} value={draft} disabled={saving} autoFocus onChange={(event) => void commit(event.target.value)}>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {choiceLabel?.(choice) ?? choice}
            </option>
          ))}
        </select>
      )}
      {refusal !== null && (
        <span className="field-problem" role="alert">
          {refusal}
        </span>
      )}
    </span>
  );
}
