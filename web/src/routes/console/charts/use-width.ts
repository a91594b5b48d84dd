import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The width of `ref`'s element in CSS pixels, kept current as it changes (`ResizeObserver`), so
 * a chart can draw at the size it is shown and its text stays at the page's size. `fallback`
 * until measured, and where nothing measures (tests without layout).
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const measure = (measured: number) => {
      if (measured > 0) setWidth(Math.round(measured));
    };
    measure(element.getBoundingClientRect().width);
    const observer = new ResizeObserver(([entry]) => measure(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
