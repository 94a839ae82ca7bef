// @vitest-environment happy-dom
/** The page layer's small helpers: block ranges, scrolling, the public model, article changes. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchArticleChanges } from '../../../lib/page/article-changes';
import { HIGHLIGHT_COLOR_VALUES } from '../../../lib/page/colors';
import { publicModel } from '../../../lib/page/public-model';
import { prefersReducedMotion, scrollBehavior, scrollToRange } from '../../../lib/page/scroll';
import { HIGHLIGHT_COLORS } from '../../../lib/store/schema';
import { loadFixturePage } from '../support/page-fixture';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('scrolling', () => {
  const win = (reduce: boolean) =>
    ({
      matchMedia: (q: string) => ({ matches: reduce && q === '(prefers-reduced-motion: reduce)' }),
      scrollBy: vi.fn(),
      innerHeight: 900,
    }) as unknown as Window & { scrollBy: ReturnType<typeof vi.fn> };

  it('respects reduced motion', () => {
    expect(prefersReducedMotion(win(true))).toBe(true);
    expect(scrollBehavior(win(true))).toBe('auto');
    expect(scrollBehavior(win(false))).toBe('smooth');
    expect(prefersReducedMotion({} as Window)).toBe(false);
  });

  it('brings a range a third of the way down the viewport', () => {
    const w = win(false);
    const range = { getBoundingClientRect: () => ({ top: 1000 }) } as unknown as Range;
    scrollToRange(w, range);
    expect(w.scrollBy).toHaveBeenCalledWith({ top: 700, behavior: 'smooth' });
  });
});

describe('publicModel', () => {
  it('drops the DOM references and keeps the rest', () => {
    const { briefing } = loadFixturePage();
    const pub = publicModel(briefing);
    expect(pub.blocks.every((b) => b.ref === null)).toBe(true);
    expect(pub.blocks.map((b) => [b.text, b.start, b.end])).toEqual(briefing.blocks.map((b) => [b.text, b.start, b.end]));
    expect(pub.sections).toBe(briefing.sections);
    expect(() => JSON.stringify(pub)).not.toThrow();
  });
});

describe('highlight colours', () => {
  it('has a fill for every colour, all different', () => {
    const values = HIGHLIGHT_COLORS.map((c) => HIGHLIGHT_COLOR_VALUES[c]);
    for (const v of values) expect(v).toMatch(/^#[0-9a-f]{6}$/);
    expect(new Set(values).size).toBe(HIGHLIGHT_COLORS.length);
  });
});

describe('watchArticleChanges', () => {
  const flush = () => new Promise((r) => setTimeout(r, 0));

  it('calls back once, debounced, after text changes and ignores attribute changes', async () => {
    document.body.innerHTML = '<div id="c"><p>One</p></div>';
    const c = document.getElementById('c')!;
    const onChange = vi.fn();
    const stop = watchArticleChanges(c, onChange, 30);
    c.querySelector('p')!.setAttribute('tabindex', '-1');
    await new Promise((r) => setTimeout(r, 60));
    expect(onChange).not.toHaveBeenCalled();
    c.append(Object.assign(document.createElement('p'), { textContent: 'Two' }));
    await flush();
    (c.firstChild!.firstChild as Text).data = 'One, edited';
    await flush();
    expect(onChange).not.toHaveBeenCalled();
    await new Promise((r) => setTimeout(r, 60));
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });

  it('stops watching', async () => {
    document.body.innerHTML = '<div id="c"><p>One</p></div>';
    const c = document.getElementById('c')!;
    const onChange = vi.fn();
    const stop = watchArticleChanges(c, onChange, 10);
    c.append(document.createElement('p'));
    await flush();
    stop();
    await new Promise((r) => setTimeout(r, 40));
    expect(onChange).not.toHaveBeenCalled();
  });
});
