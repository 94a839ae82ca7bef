/** Bringing things into view the one way the extension does it: a third down, motion as the reader prefers. */

export function prefersReducedMotion(win: Window): boolean {
  return win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

export function scrollBehavior(win: Window): ScrollBehavior {
  return prefersReducedMotion(win) ? 'auto' : 'smooth';
}

/** Scrolls so that `range` sits a third of the way down the viewport. */
export function scrollToRange(win: Window, range: Range): void {
  const rect = range.getBoundingClientRect();
  win.scrollBy({ top: rect.top - win.innerHeight / 3, behavior: scrollBehavior(win) });
}
