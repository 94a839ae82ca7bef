/**
 * A windowed list: only the rows in (and a little around) the viewport are in the DOM, so
 * 10,000 rows scroll as smoothly as 10. Rows are as tall as their content: `heightOf` estimates
 * a row not yet drawn, and each drawn row is measured (ResizeObserver) and remembered by its key;
 * the offsets are summed from both, and the visible range found by binary search on scroll.
 *
 * Accessibility: a `role="list"` of `role="listitem"` rows with `aria-setsize`/`aria-posinset`,
 * so a screen reader announces the position in the whole list, not in the window. Each row
 * holds one primary control (marked `data-primary`); the controls form one tab stop (roving
 * tabindex): ↑/↓ move by a row, PageUp/PageDown by a screen, Home/End to the ends, and the row
 * that has focus is always kept rendered, so focus is never lost by scrolling.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';

export interface RowProps {
  /** Put on the row's primary control. */
  tabIndex: number;
  'data-primary': true;
  onFocus: () => void;
}

export interface VirtualListProps {
  count: number;
  /** Estimated height of a row not measured yet (px). */
  heightOf: (index: number) => number;
  renderRow: (index: number, primary: RowProps) => ComponentChildren;
  /** Stable key of a row (default: its index). */
  keyOf?: (index: number) => string;
  label: string;
  /** id of an element describing how to use the list. */
  describedBy?: string;
  /** Rows rendered beyond each edge of the viewport. */
  overscan?: number;
  /** Viewport height to assume until one is measured (no layout: tests, first frame). */
  defaultHeight?: number;
  /** Changing it scrolls back to the top and makes the first row the tab stop (a new query). */
  resetKey?: unknown;
  class?: string;
}

/** Index of the last offset ≤ y. */
function rowAt(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

export function VirtualList(props: VirtualListProps) {
  const { count, heightOf, renderRow, keyOf, label, describedBy, overscan = 6, defaultHeight = 800, resetKey } = props;
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(defaultHeight);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  /** Measured heights by row key; `measuredVersion` changes when one does. */
  const measured = useRef(new Map<string, number>());
  const [measuredVersion, setMeasuredVersion] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  if (observer.current === null && typeof ResizeObserver !== 'undefined') {
    observer.current = new ResizeObserver((entries) => {
      let changed = false;
      for (const e of entries) {
        const el = e.target as HTMLElement;
        const key = el.dataset.key;
        const h = el.offsetHeight;
        if (key === undefined || h === 0) continue;
        if (Math.abs((measured.current.get(key) ?? -1) - h) >= 0.5) {
          measured.current.set(key, h);
          changed = true;
        }
      }
      if (changed) setMeasuredVersion((v) => v + 1);
    });
  }
  useEffect(() => () => observer.current?.disconnect(), []);
  const keyAt = (i: number) => (keyOf ? keyOf(i) : String(i));
  /** Drawn rows by key, so that a row leaving the window stops being observed. */
  const rowEls = useRef(new Map<string, HTMLElement>());
  const track = (key: string, el: HTMLElement | null) => {
    const prev = rowEls.current.get(key);
    if (el === prev) return;
    if (prev) observer.current?.unobserve(prev);
    if (el) {
      rowEls.current.set(key, el);
      observer.current?.observe(el);
    } else rowEls.current.delete(key);
  };

  const offsets = useMemo(() => {
    const o = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) o[i + 1] = o[i]! + (measured.current.get(keyAt(i)) ?? heightOf(i));
    return o;
  }, [count, heightOf, keyOf, measuredVersion]);
  const total = offsets[count] ?? 0;

  useEffect(() => {
    setActive(0);
    setScrollTop(0);
    if (viewport.current) viewport.current.scrollTop = 0;
  }, [resetKey]);

  useEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const measure = () => {
      if (el.clientHeight > 0) setHeight(el.clientHeight);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const activeIndex = Math.min(active, Math.max(0, count - 1));

  // After a keyboard move, focus the new row's control once it is rendered.
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const el = viewport.current?.querySelector<HTMLElement>(`[data-row="${activeIndex}"] [data-primary]`);
    el?.focus({ preventScroll: true });
  });

  const first = count === 0 ? 0 : Math.max(0, rowAt(offsets, scrollTop) - overscan);
  const last = count === 0 ? -1 : Math.min(count - 1, rowAt(offsets, scrollTop + height) + overscan);
  const indices: number[] = [];
  if (count > 0 && (activeIndex < first || activeIndex > last)) indices.push(activeIndex);
  for (let i = first; i <= last; i++) indices.push(i);

  const moveTo = (i: number) => {
    const target = Math.max(0, Math.min(count - 1, i));
    const el = viewport.current;
    if (el) {
      const top = offsets[target]!;
      const bottom = offsets[target + 1]!;
      const view = el.clientHeight || height;
      let next = el.scrollTop;
      if (top < next) next = top;
      else if (bottom > next + view) next = bottom - view;
      if (next !== el.scrollTop) {
        el.scrollTop = next;
        setScrollTop(next);
      }
    }
    focusPending.current = true;
    setActive(target);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!(e.target as HTMLElement).hasAttribute?.('data-primary')) return;
    const page = Math.max(1, Math.floor(height / (total / Math.max(1, count) || 1)) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: count - 1,
    };
    if (!(e.key in moves)) return;
    e.preventDefault();
    moveTo(moves[e.key]!);
  };

  return (
    <div ref={viewport} class={`bl-vl ${props.class ?? ''}`} onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}>
      <div
        role="list"
        aria-label={label}
        aria-describedby={describedBy}
        class="bl-vl-inner"
        style={{ height: `${total}px` }}
        onKeyDown={onKeyDown}
      >
        {indices.map((i) => (
          <div
            key={keyAt(i)}
            ref={(el) => track(keyAt(i), el)}
            role="listitem"
            aria-setsize={count}
            aria-posinset={i + 1}
            data-row={i}
            data-key={keyAt(i)}
            class="bl-vl-row"
            style={{ top: `${offsets[i]}px` }}
          >
            {renderRow(i, { tabIndex: i === activeIndex ? 0 : -1, 'data-primary': true, onFocus: () => setActive(i) })}
          </div>
        ))}
      </div>
    </div>
  );
}
