import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface SubdivideRequest {
  readonly baseEdgeIndex: number;
  readonly count?: number;
  readonly targetAreaM2?: number;
}

interface SubdivideFormProps {
  readonly plotCode: string;
  readonly edgeCount: number;
  readonly onSubmit: (request: SubdivideRequest) => void;
  readonly onCancel: () => void;
}

/** "Subdivide": N plots of equal area, or plots of a target area, cut perpendicular to a chosen edge. */
export function SubdivideForm({ plotCode, edgeCount, onSubmit, onCancel }: SubdivideFormProps) {
  const { t } = useTranslation();
  const [by, setBy] = useState<'count' | 'area'>('count');
  const [count, setCount] = useState(4);
  const [area, setArea] = useState(10_000);
  const [edge, setEdge] = useState(1);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The form counts edges from 1, as the vertex table does; the channel from 0.
    onSubmit(by === 'count' ? { baseEdgeIndex: edge - 1, count } : { baseEdgeIndex: edge - 1, targetAreaM2: area });
  };
  return (
    <form className="subdivide-form" aria-label={t('subdivideForm.title')} onSubmit={submit}>
      <h2>
        {t('subdivideForm.title')} {plotCode}
      </h2>
      <fieldset>
        <legend>{t('subdivideForm.by')}</legend>
        <label>
          <input type="radio" name="subdivide-by" checked={by === 'count'} onChange={() => setBy('count')} />
          {t('subdivideForm.byCount')}
          <input type="number" min={2} max={200} value={count} disabled={by !== 'count'} onChange={(e) => setCount(Number(e.target.value))} />
        </label>
        <label>
          <input type="radio" name="subdivide-by" checked={by === 'area'} onChange={() => setBy('area')} />
          {t('subdivideForm.byArea')}
          <input type="number" min={1} step="any" value={area} disabled={by !== 'area'} onChange={(e) => setArea(Number(e.target.value))} />
        </label>
      </fieldset>
      <label>
        {t('subdivideForm.baseEdge')}
        <input type="number" min={1} max={Math.max(1, edgeCount)} value={edge} onChange={(e) => setEdge(Number(e.target.value))} />
      </label>
      <div className="form-buttons">
        <button type="submit">{t('subdivideForm.apply')}</button>
        <button type="button" onClick={onCancel}>
          {t('subdivideForm.cancel')}
        </button>
      </div>
    </form>
  );
}
