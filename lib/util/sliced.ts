/**
 * Long work on the main thread in slices: a page must stay responsive while we anchor a
 * thousand highlights. Each slice runs until `budgetMs` is spent, then yields to the event loop.
 */
export interface SliceOptions {
  budgetMs?: number;
  /** How to yield; a macrotask by default. */
  yieldNow?: () => Promise<void>;
  now?: () => number;
  /** Stop early (a newer run replaced this one). */
  cancelled?: () => boolean;
}

const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function mapInSlices<T, R>(items: readonly T[], fn: (item: T) => R, opts: SliceOptions = {}): Promise<R[] | null> {
  const { budgetMs = 12, yieldNow = macrotask, now = () => performance.now(), cancelled = () => false } = opts;
  const out: R[] = [];
  let sliceStart = now();
  for (const item of items) {
    if (now() - sliceStart >= budgetMs) {
      await yieldNow();
      if (cancelled()) return null;
      sliceStart = now();
    }
    out.push(fn(item));
  }
  return out;
}
