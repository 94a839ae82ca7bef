/**
 * Which section is being read: the last section whose landing element has reached the top of the
 * viewport (within a small margin, for rounding and sub-pixel scrolling). A line further down would
 * mark the next section whenever the one at the top is short. Recomputed at most once per frame.
 */
const READING_LINE = 24;

export class ScrollSpy {
  private frame = 0;
  private current = -1;
  private readonly onScroll = () => {
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

  update(): void {
    const line = READING_LINE;
    let lo = 0;
    let hi = this.targets.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.targets[mid].getBoundingClientRect().top <= line) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found === -1 && this.targets.length) found = 0;
    if (found !== this.current) {
      this.current = found;
      this.onChange(found);
    }
  }

  dispose(): void {
    this.win.removeEventListener('scroll', this.onScroll);
    this.win.removeEventListener('resize', this.onScroll);
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
  }
}
