import type { PlotFeatureProps } from '../../../shared/contract/views';
import { plotCodeKey } from '../../../shared/park/plotCode';

/*
 * The plot list's search: one field for a plot code, a cadastral number or a resident. Codes compare as
 * codes do (Latin look-alikes, case and dashes folded: "p-01" finds «Р-01»), cadastral numbers by their
 * digits (62:15:0000000:123 is found from "0000000:12" or "6215"), residents by any part of the name,
 * ignoring case, ё and quotes.
 */

export type PlotSearchProps = Pick<PlotFeatureProps, 'code' | 'cadastralNumber' | 'residentName'>;

const folded = (text: string): string => text.toLocaleLowerCase('ru').replaceAll('ё', 'е').replace(/[«»"„“”']/g, '').replace(/\s+/g, ' ').trim();
const digits = (text: string): string => text.replace(/\D/g, '');

/** True when the plot answers the query; an empty query matches every plot. */
export function plotMatches(plot: PlotSearchProps, query: string): boolean {
  const wanted = query.trim();
  if (wanted === '') return true;
  if (plotCodeKey(plot.code).includes(plotCodeKey(wanted))) return true;
  const wantedDigits = digits(wanted);
  if (plot.cadastralNumber !== null && wantedDigits.length >= 2 && /^[\d:\s]+$/.test(wanted) && digits(plot.cadastralNumber).includes(wantedDigits)) return true;
  // Names are typed in either layout too («OOO» with Latin O's): compared with look-alikes folded, spaces dropped.
  return plot.residentName !== null && plotCodeKey(folded(plot.residentName)).includes(plotCodeKey(folded(wanted)));
}

/**
 * The plots that answer the query, the best first: an exact code, then codes that begin with it, then
 * the rest in the order given.
 *
 * @example
 * searchPlots(plots, 'p-01')[0]?.code; // 'Р-01'
 */
export function searchPlots<P extends PlotSearchProps>(plots: readonly P[], query: string): P[] {
  const key = plotCodeKey(query.trim());
  const rank = (plot: P): number => {
    const code = plotCodeKey(plot.code);
    return code === key ? 0 : code.startsWith(key) ? 1 : 2;
  };
  return plots
    .map((plot, index) => ({ plot, index }))
    .filter(({ plot }) => plotMatches(plot, query))
    .sort((a, b) => rank(a.plot) - rank(b.plot) || a.index - b.index)
    .map(({ plot }) => plot);
}
