/**
 * Which section is being read: the last section whose landing element has reached the top of the
 * viewport (within a small margin, for rounding and sub-pixel scrolling). A line further down would
 * mark the next section whenever the one at the top is short. At the end of the page, where the
 * last sections can never reach that line, the last section is the one being read. A jump from the
 * sidebar pins its section while the page scrolls there, until the reader scrolls on.
 * Recomputed at most once per frame.
 */
const READING_LINE = 24;
/** A jump's scrolling has ended when no scroll event came for this long. */
const SETTLE_MS = 150;

export class ScrollSpy {
  private frame = 0;
  private current = -1;
  /** The section the sidebar jumped to; null when the page position decides. */
  private pinned: number | null = null;
  /** Timer running while the jump's own scrolling goes on. */
  private settling = 0;
  private readonly onScroll = () => {
    if (this.pinned !== null) {
      if (this.settling) {
        // The jump's own scrolling: wait until it stops.
        this.win.clearTimeout(this.settling);
        this.settling = this.win.setTimeout(() => (this.settling = 0), SETTLE_MS);
        return;
      }
      this.pinned = null; // the reader scrolls on
    }
    if (this.frame) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      this.update();
    });
  };

  constructor(
    private readonly win: Window,
    private readonly targets: Element[],
    private readonly onChange: (index: number) => void,
  ) {
    win.addEventListener('scroll', this.onScroll, { passive: true });
    win.addEventListener('resize', this.onScroll, { passive: true });
    // First reading on the next frame: measuring now would force a layout before first paint.
    this.onScroll();
  }

  /** The sidebar jumps to section `index`: report it now and keep it while the page scrolls there. */
  pin(index: number): void {
    this.pinned = index;
    this.win.clearTimeout(this.settling);
    this.settling = this.win.setTimeout(() => (this.settling = 0), SETTLE_MS);
    if (this.frame) {
      this.win.cancelAnimationFrame(this.frame);
      this.frame = 0;
    }
    this.report(index);
  }

  update(): void {
    if (this.pinned !== null) return;
    const n = this.targets.length;
    const line = READING_LINE;
    let lo = 0;
    let hi = n - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.targets[mid].getBoundingClientRect().top <= line) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const root = this.win.document.documentElement;
    if (n && this.win.scrollY > 0 && this.win.scrollY + this.win.innerHeight >= root.scrollHeight - 1) found = n - 1;
    if (found === -1 && n) found = 0;
    this.report(found);
  }

  private report(index: number): void {
    if (index !== this.current) {
      this.current = index;
      this.onChange(index);
    }
  }

  dispose(): void {
    this.win.removeEventListener('scroll', this.onScroll);
    this.win.removeEventListener('resize', this.onScroll);
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.win.clearTimeout(this.settling);
  }
}
