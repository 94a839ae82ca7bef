/**
 * Docks the sidebar beside the page instead of over it: the page is narrowed by our adopted
 * stylesheet, and the reading position (the block at the top of the viewport) is kept when the
 * width changes.
 */
import type { PageStyle } from './page-style';

export class Dock {
  constructor(
    private readonly style: PageStyle,
    private readonly win: Window,
    /** Elements to keep in place, in page order (the briefing's blocks). */
    private readonly anchors: () => Element[],
  ) {}

  /** Reserve `width` px on the right of the page (0 releases it). */
  reserve(width: number): void {
    // At the top of the page there is no reading position to keep (and no layout to force).
    const keep = this.win.scrollY > 0 ? this.readingAnchor() : null;
    this.style.set('dock', width > 0 ? `html { margin-right: ${Math.round(width)}px !important; }` : '');
    if (keep) {
      const delta = keep.el.getBoundingClientRect().top - keep.top;
      if (Math.abs(delta) > 1) this.win.scrollBy({ top: delta, behavior: 'instant' as ScrollBehavior });
    }
  }

  private readingAnchor(): { el: Element; top: number } | null {
    const els = this.anchors();
    // Binary search for the first element whose bottom is below the top of the viewport.
    let lo = 0;
    let hi = els.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (els[mid].getBoundingClientRect().bottom > 0) {
        found = mid;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    if (found < 0) return null;
    return { el: els[found], top: els[found].getBoundingClientRect().top };
  }
}
