import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlPoint } from '../../../../shared/domain/underlay';
import type { ControlPointResidual } from '../../../../shared/underlay/georefTransform';
import { parseTypedNumber } from '../../editing/vertexCoordinates';

/** A map coordinate the planner can correct: typed, it is taken on Enter or on leaving the cell. */
function CoordinateCell({ value, label, onChange }: { readonly value: number; readonly label: string; readonly onChange: (value: number) => void }) {
  const [text, setText] = useState(value.toFixed(2));
  const take = () => {
    const typed = parseTypedNumber(text);
    if (typed !== null && typed.toFixed(2) !== value.toFixed(2)) onChange(typed);
    else setText(value.toFixed(2));
  };
  return (
    <input
      aria-label={label} inputMode="decimal" value={text}
      onChange={(event) => setText(event.target.value)}
      onBlur={take}
      onKeyDown={(event) => {
        if (event.key === 'Enter') take();
      }}
    />
  );
}

interface ControlPointTableProps {
  readonly points: readonly ControlPoint[];
  /** Per point, when the points fix the transform; empty otherwise. */
  readonly residuals: readonly ControlPointResidual[];
  readonly onMoveMap: (index: number, x: number, y: number) => void;
  readonly onDelete: (index: number) => void;
}

/** The control points as QGIS's georeferencer lists them: pixel, map point, and the residual in metres. */
export function ControlPointTable({ points, residuals, onMoveMap, onDelete }: ControlPointTableProps) {
  const { t } = useTranslation();
  if (points.length === 0) return <p className="hint">{t('georef.noPoints')}</p>;
  return (
    <table className="georef-points">
      <thead>
        <tr>
          <th>#</th><th>px</th><th>py</th><th>X</th><th>Y</th><th>dX</th><th>dY</th><th>{t('georef.residual')}</th><th />
        </tr>
      </thead>
      <tbody>
        {points.map((point, i) => {
          const r = residuals[i];
          return (
            <tr key={i} data-point={i + 1}>
              <td>{i + 1}</td>
              <td>{point.px.toFixed(1)}</td>
              <td>{point.py.toFixed(1)}</td>
              <td><CoordinateCell key={point.x} value={point.x} label={t('georef.pointX', { n: i + 1 })} onChange={(x) => onMoveMap(i, x, point.y)} /></td>
              <td><CoordinateCell key={point.y} value={point.y} label={t('georef.pointY', { n: i + 1 })} onChange={(y) => onMoveMap(i, point.x, y)} /></td>
              <td>{r === undefined ? '—' : r.dx.toFixed(3)}</td>
              <td>{r === undefined ? '—' : r.dy.toFixed(3)}</td>
              <td className="residual">{r === undefined ? '—' : r.distance.toFixed(3)}</td>
              <td><button type="button" aria-label={t('georef.deletePoint', { n: i + 1 })} onClick={() => onDelete(i)}>✕</button></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
