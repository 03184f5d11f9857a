import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoordinateSystem } from '../../../shared/contract/editRequests';
import type { PolygonGeometry } from '../../../shared/domain/geometry';
import type { PlotId } from '../../../shared/domain/ids';
import { CoordinateSystemSelect } from './CoordinateSystemSelect';
import { invokeEdit } from './editChannels';
import type { PlanEditing } from './usePlanEditing';
import { formatCoordinate, parseTypedNumber, vertexRows, withTypedCoordinate, type VertexAxis } from './vertexCoordinates';

interface VertexTableProps {
  readonly plotId: PlotId;
  readonly geometry: PolygonGeometry;
  /** The park's МСК zone when it has one, else WGS84. */
  readonly defaultCrs: CoordinateSystem;
  readonly editing: PlanEditing;
}

/**
 * The selected plot's outer ring vertex by vertex, editable: a typed coordinate moves one vertex and is
 * saved through `plots:updateGeometry`, which refuses a self-crossing outline in its own words.
 */
export function VertexTable({ plotId, geometry, defaultCrs, editing }: VertexTableProps) {
  const { t } = useTranslation();
  const [crs, setCrs] = useState<CoordinateSystem>(defaultCrs);
  const [problem, setProblem] = useState<string | null>(null);
  const ring = useMemo(() => geometry.coordinates[0] ?? [], [geometry]);
  const rows = useMemo(() => vertexRows(ring, crs), [ring, crs]);
  const axes = crs === 'WGS84' ? ([t('vertexTable.lat'), t('vertexTable.lon')] as const) : ([t('vertexTable.x'), t('vertexTable.y')] as const);

  const commit = (index: number, axis: VertexAxis, text: string, shown: string) => {
    if (text.trim() === shown) return;
    const value = parseTypedNumber(text);
    if (value === null) {
      setProblem(t('vertexTable.notNumber', { value: text }));
      return;
    }
    setProblem(null);
    const next = withTypedCoordinate(ring, index, crs, axis, value);
    const holes = geometry.coordinates.slice(1);
    void editing.run(
      () => invokeEdit('plots:updateGeometry', { plotId, geometry: { type: 'Polygon', coordinates: [next, ...holes] } }),
      () => editing.say({ kind: 'info', text: t('edit.saved') }),
      (message) => setProblem(t('vertexTable.refused', { message })),
    );
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      event.currentTarget.blur();
    }
  };

  const cell = (index: number, axis: VertexAxis, value: number, name: string) => {
    const shown = formatCoordinate(value, crs);
    return (
      <td>
        <input
          // A fresh input whenever the stored value changes: the saved outline replaces what was typed.
          key={`${crs}:${shown}`}
          className="coordinate"
          inputMode="decimal"
          defaultValue={shown}
          aria-label={t('vertexTable.cell', { axis: name, number: index + 1 })}
          onKeyDown={onKey}
          onBlur={(event) => commit(index, axis, event.target.value, shown)}
        />
      </td>
    );
  };

  return (
    <section className="vertex-table" aria-label={t('vertexTable.title')}>
      <h3>{t('vertexTable.title')}</h3>
      <CoordinateSystemSelect label={t('vertexTable.crs')} value={crs} onChange={setCrs} />
      {problem && (
        <p className="form-refusal" role="alert">
          {problem}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('vertexTable.number')}</th>
            <th scope="col">{axes[0]}</th>
            <th scope="col">{axes[1]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <th scope="row">{index + 1}</th>
              {cell(index, 'first', row.first, axes[0])}
              {cell(index, 'second', row.second, axes[1])}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
