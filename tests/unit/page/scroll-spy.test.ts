/**
 * The section being read: the last landing element at the top of the viewport, recomputed at most
 * once per frame, the last section at the end of the page, and a jump pinned while it scrolls.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ScrollSpy } from '../../../lib/page/scroll-spy';

interface FakeWin {
  win: Window;
  fire(type: 'scroll' | 'resize'): void;
  runFrames(): number;
  listeners: Map<string, Set<() => void>>;
  state: { scrollY: number; scrollHeight: number };
}

function fakeWindow(): FakeWin {
  const listeners = new Map<string, Set<() => void>>();
  let frames: (() => void)[] = [];
  const state = { scrollY: 100, scrollHeight: 10_000 };
  const win = {
    addEventListener: (t: string, cb: () => void) => listeners.set(t, (listeners.get(t) ?? new Set()).add(cb)),
    removeEventListener: (t: string, cb: () => void) => listeners.get(t)?.delete(cb),
    requestAnimationFrame: (cb: () => void) => frames.push(cb),
    cancelAnimationFrame: (id: number) => (frames[id - 1] = () => undefined),
    setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms),
    clearTimeout: (id: number) => clearTimeout(id),
    get scrollY() {
      return state.scrollY;
    },
    innerHeight: 800,
    document: {
      documentElement: {
        get scrollHeight() {
          return state.scrollHeight;
        },
      },
    },
  } as unknown as Window;
  return {
    win,
    listeners,
    state,
    fire: (t) => listeners.get(t)?.forEach((cb) => cb()),
    runFrames() {
      const run = frames;
      frames = [];
      run.forEach((f) => f());
      return run.length;
    },
  };
}

/** Landing elements at the given viewport tops. */
function targets(tops: number[]): Element[] {
  return tops.map((_, i) => ({ getBoundingClientRect: () => ({ top: tops[i] }) })) as unknown as Element[];
}

let w: FakeWin;
beforeEach(() => {
  vi.useFakeTimers();
  w = fakeWindow();
});
afterEach(() => vi.useRealTimers());

describe('ScrollSpy', () => {
  it('reads on the next frame, not at once', () => {
    const seen: number[] = [];
    new ScrollSpy(w.win, targets([-500, -10, 20, 300]), (i) => seen.push(i));
    expect(seen).toEqual([]);
    w.runFrames();
    // The last landing element within the reading line (24px) from the top.
    expect(seen).toEqual([2]);
  });

  it('reports the first section before any has reached the top', () => {
    const seen: number[] = [];
    new ScrollSpy(w.win, targets([200, 600]), (i) => seen.push(i));
    w.runFrames();
    expect(seen).toEqual([0]);
  });

  it('reports the last section at the end of the page', () => {
    const seen: number[] = [];
    w.state.scrollY = 9_200; // 9200 + 800 = scrollHeight
    new ScrollSpy(w.win, targets([-900, -300, 200, 500]), (i) => seen.push(i));
    w.runFrames();
    expect(seen).toEqual([3]);
  });

  it('recomputes at most once per frame and reports only changes', () => {
    const tops = [-500, 100, 400];
    const seen: number[] = [];
    new ScrollSpy(w.win, targets(tops), (i) => seen.push(i));
    w.runFrames();
    w.fire('scroll');
    w.fire('scroll');
    w.fire('resize');
    expect(w.runFrames()).toBe(1);
    expect(seen).toEqual([0]);
    tops[1] = 0;
    w.fire('scroll');
    w.runFrames();
    expect(seen).toEqual([0, 1]);
  });

  it('pins a jump at once and holds it while the jump scrolls, until the reader scrolls on', () => {
    const tops = [-500, 100, 400];
    const seen: number[] = [];
    const spy = new ScrollSpy(w.win, targets(tops), (i) => seen.push(i));
    w.runFrames();
    spy.pin(2);
    expect(seen).toEqual([0, 2]);
    // The jump's own scroll events (each within the settle time) change nothing.
    for (let k = 0; k < 5; k++) {
      vi.advanceTimersByTime(100);
      w.fire('scroll');
    }
    expect(w.runFrames()).toBe(0);
    expect(seen).toEqual([0, 2]);
    // Scrolling has stopped; the reader's next scroll lets the page position decide again.
    vi.advanceTimersByTime(200);
    tops[1] = 10;
    w.fire('scroll');
    w.runFrames();
    expect(seen).toEqual([0, 2, 1]);
  });

  it('stops listening on dispose', () => {
    const spy = new ScrollSpy(w.win, targets([0]), () => undefined);
    expect(w.listeners.get('scroll')?.size).toBe(1);
    spy.dispose();
    expect(w.listeners.get('scroll')?.size).toBe(0);
    expect(w.listeners.get('resize')?.size).toBe(0);
  });
});
