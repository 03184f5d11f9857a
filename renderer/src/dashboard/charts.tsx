import { scaleLength, stackSegments } from './chartScale';

/*
 * The dashboard's charts: plain SVG drawn from the figures, no chart library, nothing the CSP forbids.
 * Each chart has an accessible name that says what the bar shows; the figures are also printed as text.
 */

interface StackedBarProps<K extends string> {
  readonly parts: readonly (readonly [K, number])[];
  readonly colours: Readonly<Record<K, string>>;
  readonly label: string;
  readonly height?: number;
}

/** One bar split into parts by share, e.g. the park's land by plot status. Width follows the container. */
export function StackedBar<K extends string>({ parts, colours, label, height = 22 }: StackedBarProps<K>) {
  const width = 1000;
  const segments = stackSegments(parts, width);
  return (
    <svg className="chart stacked-bar" role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" height={height}>
      <rect x={0} y={0} width={width} height={height} rx={3} fill="#eef0f3" />
      {segments.map((segment) => (
        <rect key={segment.key} x={segment.offset} y={0} width={Math.max(0, segment.length - 1)} height={height} fill={colours[segment.key]}>
          <title>{`${segment.key}: ${segment.pct.toFixed(1)} %`}</title>
        </rect>
      ))}
    </svg>
  );
}

interface MeterProps {
  readonly value: number;
  readonly max: number;
  readonly colour: string;
  readonly label: string;
  readonly height?: number;
}

/** A single bar on a track, for a figure against its axis (a sector's area against the largest). */
export function Meter({ value, max, colour, label, height = 10 }: MeterProps) {
  const width = 1000;
  return (
    <svg className="chart meter" role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" height={height}>
      <rect x={0} y={0} width={width} height={height} rx={2} fill="#eef0f3" />
      <rect x={0} y={0} width={scaleLength(value, max, width)} height={height} rx={2} fill={colour} />
    </svg>
  );
}

interface CapacityBarProps {
  readonly connected: number;
  readonly approved: number;
  readonly requested: number;
  readonly capacity: number | null;
  /** The axis end, shared by nothing else: the larger of the capacity and all demand. */
  readonly max: number;
  readonly label: string;
  readonly overCommitted: boolean;
}

export const CAPACITY_COLOURS = { connected: '#2f6db5', approved: '#7fa7d9', requested: '#c9d8ec', over: '#c62828' } as const;

/**
 * A network's demand against its capacity: connected, then approved, then merely requested, stacked
 * from zero; a dark tick where the capacity ends. Over-committed demand turns red past the tick.
 */
export function CapacityBar({ connected, approved, requested, capacity, max, label, overCommitted }: CapacityBarProps) {
  const width = 1000;
  const height = 18;
  const x = (value: number) => scaleLength(value, max, width);
  const committed = connected + approved;
  const capacityX = capacity === null ? null : x(capacity);
  return (
    <svg className="chart capacity-bar" role="img" aria-label={label} viewBox={`0 0 ${width} ${height + 6}`} preserveAspectRatio="none" height={height + 6}>
      <rect x={0} y={3} width={width} height={height} rx={2} fill="#eef0f3" />
      <rect x={0} y={3} width={x(connected)} height={height} fill={CAPACITY_COLOURS.connected} />
      <rect x={x(connected)} y={3} width={x(committed) - x(connected)} height={height} fill={CAPACITY_COLOURS.approved} />
      <rect x={x(committed)} y={3} width={x(committed + requested) - x(committed)} height={height} fill={CAPACITY_COLOURS.requested} />
      {overCommitted && capacityX !== null && (
        <rect x={capacityX} y={3} width={Math.max(0, x(committed) - capacityX)} height={height} fill={CAPACITY_COLOURS.over} />
      )}
      {capacityX !== null && <rect x={Math.min(capacityX, width - 4)} y={0} width={4} height={height + 6} fill="#1d2430" />}
    </svg>
  );
}
