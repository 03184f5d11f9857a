import type { AllocationKind } from '../../shared/domain/allocation';
import type { SeededRandom } from './seededRandom';
import type { LaidOutPlot, SeedAllocation } from './seedTypes';

/** An allocation that ended before today's, told by the park's own story. */
export interface PastAllocation {
  readonly plotCode: string;
  readonly residentKey: string;
  readonly kind: AllocationKind;
  readonly startDate: string;
  readonly endDate: string;
}

export interface AllocationOptions {
  readonly parkKey: string;
  /** Short park tag in agreement numbers, e.g. «РЯЗ». */
  readonly tag: string;
  /** Years the built plots' and the allocated plots' agreements were signed in. */
  readonly builtYears: readonly [number, number];
  readonly allocatedYears: readonly [number, number];
  /** How many built plots were reserved first and then leased or sold (the reservation is history). */
  readonly reservedFirst: number;
  readonly past: readonly PastAllocation[];
}

/**
 * One active allocation for every held plot (ownership or lease for allocated and built plots, a
 * reservation for reserved ones), plus ended ones as history. Dates fall in 2016–2025.
 */
export function allocatePlots(random: SeededRandom, plots: readonly LaidOutPlot[], options: AllocationOptions): SeedAllocation[] {
  const sequence = new Map<string, number>();
  const agreementNo = (kind: AllocationKind, date: string): string => {
    const prefix = kind === 'ownership' ? 'ДКП' : kind === 'lease' ? 'ДА' : 'СР';
    const next = (sequence.get(prefix) ?? 0) + 1;
    sequence.set(prefix, next);
    return `${prefix}-${options.tag}-${date.slice(0, 4)}/${String(next).padStart(3, '0')}`;
  };
  const row = (plotCode: string, residentKey: string, kind: AllocationKind, startDate: string, endDate: string | null): SeedAllocation => ({
    parkKey: options.parkKey,
    plotCode,
    residentKey,
    kind,
    agreementNo: agreementNo(kind, startDate),
    startDate,
    endDate,
  });
  const rows: SeedAllocation[] = [];
  for (const past of options.past) rows.push(row(past.plotCode, past.residentKey, past.kind, past.startDate, past.endDate));
  let reservedFirst = 0;
  for (const { code, use } of plots) {
    if (use.holder === null) continue;
    if (use.status === 'reserved') {
      rows.push(row(code, use.holder, 'reservation', isoDate(random, [2024, 2025]), null));
    } else if (use.status === 'built') {
      const start = isoDate(random, options.builtYears);
      const kind: AllocationKind = use.zone === 'utility' || random.next() < 0.3 ? 'lease' : 'ownership';
      // Only agreements from 2017 on had a reservation first, so that no date falls before 2016.
      if (reservedFirst < options.reservedFirst && kind === 'lease' && start >= '2017') {
        reservedFirst += 1;
        rows.push(row(code, use.holder, 'reservation', monthsBefore(start, 7), start));
      }
      rows.push(row(code, use.holder, kind, start, null));
    } else if (use.status === 'allocated') {
      rows.push(row(code, use.holder, random.next() < 0.8 ? 'lease' : 'ownership', isoDate(random, options.allocatedYears), null));
    } else {
      throw new Error(`plot ${code} is ${use.status} but has a holder`);
    }
  }
  return rows;
}

/** A day in the given years (1st–28th, so that every month has it). */
export function isoDate(random: SeededRandom, [from, to]: readonly [number, number]): string {
  const year = random.int(from, to);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) throw new Error(`bad date ${date}`);
  const index = year * 12 + (month - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Illustrative ЕГРН numbers (`district:0000000:NNN`, unique) for registered plots; free plots and green
 * buffers are mostly not registered yet.
 */
export function cadastralNumbers(random: SeededRandom, plots: readonly LaidOutPlot[], district: string): Map<string, string | null> {
  const used = new Set<number>();
  const numbers = new Map<string, string | null>();
  let freeRegistered = false;
  for (const { code, use } of plots) {
    let registered = use.zone !== 'green';
    if (use.status === 'free') {
      registered = !freeRegistered;
      freeRegistered = true;
    }
    if (!registered) {
      numbers.set(code, null);
      continue;
    }
    let n = random.int(100, 2999);
    while (used.has(n)) n = random.int(100, 2999);
    used.add(n);
    numbers.set(code, `${district}:0000000:${n}`);
  }
  return numbers;
}
