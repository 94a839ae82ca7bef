/** Docking: the page narrowed by our stylesheet, the reading position kept when the width changes. */
import { describe, expect, it, vi } from 'vitest';
import { Dock } from '../../../lib/page/dock';
import type { PageStyle } from '../../../lib/page/page-style';

function fakeStyle() {
  const parts = new Map<string, string>();
  return { parts, style: { set: (k: string, css: string) => (css ? parts.set(k, css) : parts.delete(k)) } as unknown as PageStyle };
}

/** Blocks of 100px each; `shift` moves them all down (what narrowing the page does to them). */
function layout(count: number, scrolled: number) {
  let shift = 0;
  const els = Array.from({ length: count }, (_, i) => ({
    getBoundingClientRect: () => ({ top: i * 100 - scrolled + shift, bottom: i * 100 + 100 - scrolled + shift }),
  })) as unknown as Element[];
  return { els, reflow: (px: number) => (shift = px) };
}

describe('Dock', () => {
  it('reserves the width on the right of the page and releases it with 0', () => {
    const { parts, style } = fakeStyle();
    const win = { scrollY: 0, scrollBy: vi.fn() } as unknown as Window;
    const dock = new Dock(style, win, () => []);
    dock.reserve(359.6);
    expect(parts.get('dock')).toBe('html { margin-right: 360px !important; }');
    dock.reserve(0);
    expect(parts.has('dock')).toBe(false);
  });

  it('at the top of the page, measures nothing and does not scroll', () => {
    const { style } = fakeStyle();
    const anchors = vi.fn(() => [] as Element[]);
    const win = { scrollY: 0, scrollBy: vi.fn() } as unknown as Window;
    new Dock(style, win, anchors).reserve(300);
    expect(anchors).not.toHaveBeenCalled();
    expect(win.scrollBy).not.toHaveBeenCalled();
  });

  it('keeps the block at the top of the viewport where it was when the page reflows', () => {
    const { els, reflow } = layout(20, 450);
    const scrollBy = vi.fn();
    const win = { scrollY: 450, scrollBy } as unknown as Window;
    const style = { set: () => reflow(120) } as unknown as PageStyle;
    new Dock(style, win, () => els).reserve(300);
    expect(scrollBy).toHaveBeenCalledWith({ top: 120, behavior: 'instant' });
  });

  it('does not scroll for a sub-pixel change', () => {
    const { els, reflow } = layout(20, 450);
    const scrollBy = vi.fn();
    const style = { set: () => reflow(0.5) } as unknown as PageStyle;
    new Dock(style, { scrollY: 450, scrollBy } as unknown as Window, () => els).reserve(300);
    expect(scrollBy).not.toHaveBeenCalled();
  });
});
