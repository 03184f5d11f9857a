import { useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlPoint } from '../../../../shared/domain/underlay';

/*
 * The scan as the planner places control points on it: a click on the image begins a point at that pixel,
 * a numbered marker can be dragged to another pixel (the fit follows the drag, and is stored when the
 * marker is let go). Pixels are the image's own (column, row from the top-left), whatever the zoom.
 */

const ZOOMS = [1, 2, 4, 8] as const;

interface ScanImageViewProps {
  readonly src: string;
  readonly alt: string;
  readonly width: number;
  readonly height: number;
  readonly points: readonly ControlPoint[];
  readonly pending: { readonly px: number; readonly py: number } | null;
  readonly onPlace: (px: number, py: number) => void;
  /** A marker being dragged (`done` false) or let go (`done` true). */
  readonly onMove: (index: number, px: number, py: number, done: boolean) => void;
}

export function ScanImageView({ src, alt, width, height, points, pending, onPlace, onMove }: ScanImageViewProps) {
  const { t } = useTranslation();
  const [zoom, setZoom] = useState<(typeof ZOOMS)[number]>(1);
  const [dragging, setDragging] = useState<number | null>(null);

  // The pixel under the pointer, from the drawn image's box (the markers sit over the same box).
  const pixelAt = (element: Element, clientX: number, clientY: number): [number, number] => {
    const box = element.getBoundingClientRect();
    const px = ((clientX - box.left) / box.width) * width;
    const py = ((clientY - box.top) / box.height) * height;
    return [Math.min(width, Math.max(0, px)), Math.min(height, Math.max(0, py))];
  };
  const imageBox = (marker: Element): Element => marker.parentElement?.querySelector('img') ?? marker;

  const move = (index: number, event: ReactPointerEvent<HTMLButtonElement>, done: boolean) => {
    const [px, py] = pixelAt(imageBox(event.currentTarget), event.clientX, event.clientY);
    onMove(index, px, py, done);
  };

  const at = (px: number, py: number) => ({ left: `${(px / width) * 100}%`, top: `${(py / height) * 100}%` });

  return (
    <div className="scan-view">
      <div className="scan-zoom" role="group" aria-label={t('georef.zoom')}>
        {ZOOMS.map((z) => (
          <button key={z} type="button" aria-pressed={zoom === z} onClick={() => setZoom(z)}>{`${z}×`}</button>
        ))}
      </div>
      <div className="scan-scroll">
        <div className="scan-sheet" style={{ width: `${zoom * 100}%` }}>
          <img
            src={src} alt={alt} draggable={false}
            onClick={(event) => {
              const [px, py] = pixelAt(event.currentTarget, event.clientX, event.clientY);
              onPlace(px, py);
            }}
          />
          {points.map((point, i) => (
            <button
              key={i} type="button" className={`scan-marker${dragging === i ? ' dragging' : ''}`} style={at(point.px, point.py)}
              data-point={i + 1} aria-label={t('georef.pointOnScan', { n: i + 1 })}
              onPointerDown={(event) => {
                event.currentTarget.setPointerCapture(event.pointerId);
                setDragging(i);
              }}
              onPointerMove={(event) => {
                if (dragging === i) move(i, event, false);
              }}
              onPointerUp={(event) => {
                if (dragging !== i) return;
                setDragging(null);
                move(i, event, true);
              }}
            >
              {i + 1}
            </button>
          ))}
          {pending !== null ? <span className="scan-marker pending" style={at(pending.px, pending.py)}>{points.length + 1}</span> : null}
        </div>
      </div>
    </div>
  );
}
