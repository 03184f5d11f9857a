import { useEffect, useState, type RefObject } from 'react';

/*
 * Which rows of a long list to put in the DOM (issue 9): those in the scroll container's view and
 * `overscan` either side, all rows `rowPx` high; the rest is two spacers, so 50,000 plots cost ~150 rows.
 */

export interface RowWindow {
  readonly start: number;
  readonly end: number;
  /** Heights of the spacers above and below the rendered rows. */
  readonly before: number;
  readonly after: number;
}

/** The rows to render for a view of `viewPx` scrolled to `scrollPx`. */
export function rowWindow(count: number, rowPx: number, scrollPx: number, viewPx: number, overscan: number): RowWindow {
  const first = Math.floor(scrollPx / rowPx);
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, first + Math.ceil(viewPx / rowPx) + overscan);
  return { start, end, before: start * rowPx, after: Math.max(0, count - end) * rowPx };
}

/**
 * Where to scroll so that row `index` shows below a sticky header `headerPx` high: unchanged when it already
 * does, else the least scroll that brings it in (to the top from below, to the bottom from above).
 */
export function scrollShowingRow(index: number, rowPx: number, headerPx: number, scrollPx: number, viewPx: number): number {
  const top = index * rowPx;
  if (top < scrollPx) return top;
  if (top + rowPx + headerPx > scrollPx + viewPx) return top + rowPx + headerPx - viewPx;
  return scrollPx;
}

export function useWindowedRows(scroller: RefObject<HTMLElement | null>, count: number, rowPx: number, overscan = 60): RowWindow {
  const [view, setView] = useState({ scroll: 0, height: 800 });
  useEffect(() => {
    const element = scroller.current;
    if (element === null) return undefined;
    const measure = () => setView({ scroll: element.scrollTop, height: element.clientHeight || 800 });
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    const resize = new ResizeObserver(measure);
    resize.observe(element);
    return () => {
      element.removeEventListener('scroll', measure);
      resize.disconnect();
    };
  }, [scroller, count]);
  return rowWindow(count, rowPx, view.scroll, view.height, overscan);
}
