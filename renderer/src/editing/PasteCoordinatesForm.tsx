import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoordinateSystem } from '../../../shared/contract/editRequests';
import type { ParkId, PlotId } from '../../../shared/domain/ids';
import { CoordinateSystemSelect } from './CoordinateSystemSelect';
import { invokeEdit } from './editChannels';
import type { PlanEditing } from './usePlanEditing';

interface PasteCoordinatesFormProps {
  readonly parkId: ParkId;
  /** The selected plot, whose outline "Replace" swaps for the pasted one. */
  readonly plot: { readonly id: PlotId; readonly code: string } | null;
  readonly defaultCrs: CoordinateSystem;
  readonly editing: PlanEditing;
  readonly onSelectPlot: (plotId: PlotId, parkId: ParkId) => void;
}

/** "Paste coordinates": "N X Y" lines of a cadastral extract, or degree lines, become a plot or its new outline. */
export function PasteCoordinatesForm({ parkId, plot, defaultCrs, editing, onSelectPlot }: PasteCoordinatesFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [crs, setCrs] = useState<CoordinateSystem>(defaultCrs);
  const [refusal, setRefusal] = useState<string | null>(null);
  const send = (replace: PlotId | null) => {
    setRefusal(null);
    void editing.run(
      () => invokeEdit('plots:fromCoordinates', { parkId, text, crs, ...(replace === null ? {} : { plotId: replace }) }),
      (value) => {
        editing.say({ kind: 'info', text: t(replace === null ? 'pasteForm.created' : 'pasteForm.replaced') });
        setText('');
        onSelectPlot(value.plotId, parkId);
      },
      setRefusal,
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(null);
  };
  return (
    <form className="paste-coordinates" aria-label={t('pasteForm.title')} onSubmit={submit}>
      <h3>{t('pasteForm.title')}</h3>
      <label htmlFor={`${id}-text`}>{t('pasteForm.text')}</label>
      <textarea id={`${id}-text`} rows={5} value={text} placeholder={t('pasteForm.placeholder')} spellCheck={false} onChange={(e) => setText(e.target.value)} />
      <CoordinateSystemSelect label={t('pasteForm.crs')} value={crs} onChange={setCrs} />
      {refusal && (
        <p className="form-refusal" role="alert">
          {refusal}
        </p>
      )}
      <div className="form-buttons">
        <button type="submit" disabled={editing.busy || text.trim() === ''}>
          {t('pasteForm.create')}
        </button>
        {plot && (
          <button type="button" disabled={editing.busy || text.trim() === ''} onClick={() => send(plot.id)}>
            {t('pasteForm.replace', { code: plot.code })}
          </button>
        )}
      </div>
    </form>
  );
}
