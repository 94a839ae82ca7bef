/**
 * Page-side checks for the library's layout: no horizontal overflow, and every visible control
 * inside the window — horizontally always; vertically unless it sits in a scrolling box (the
 * list, a panel), where scrolling that box brings it in.
 */
import type { Page } from 'playwright-core';

export interface LayoutReport {
  /** scrollWidth − clientWidth of the page (0 when nothing sticks out sideways). */
  overflowX: number;
  controls: number;
  /** Controls outside the window, with their box. */
  outside: string[];
}

const LAYOUT_JS = `(() => {
  const W = window.innerWidth, H = window.innerHeight;
  const doc = document.documentElement;
  const scrollsY = (el) => {
    for (let a = el.parentElement; a && a !== doc && a !== document.body; a = a.parentElement) {
      const o = getComputedStyle(a).overflowY;
      if ((o === 'auto' || o === 'scroll') && a.scrollHeight > a.clientHeight) return true;
    }
    return false;
  };
  const name = (el) => (el.getAttribute('aria-label') || el.textContent || el.id || el.tagName).trim().replace(/\\s+/g, ' ').slice(0, 60);
  const outside = [];
  const controls = [...document.querySelectorAll('button, input, select, textarea, a[href], summary, [role="tab"], [tabindex="0"]')]
    .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
  for (const el of controls) {
    // Visually hidden helpers (1 px, clipped) are not controls a reader sees.
    const r = el.getBoundingClientRect();
    if (r.width <= 1 && r.height <= 1) continue;
    const sideways = r.left < -0.5 || r.right > W + 0.5;
    const vertical = !scrollsY(el) && (r.top < -0.5 || r.bottom > H + 0.5);
    if (sideways || vertical) outside.push(name(el) + ' @ ' + [r.left, r.top, r.right, r.bottom].map(Math.round).join(','));
  }
  return { overflowX: doc.scrollWidth - doc.clientWidth, controls: controls.length, outside };
})()`;

export function layoutReport(p: Page): Promise<LayoutReport> {
  return p.evaluate(LAYOUT_JS) as Promise<LayoutReport>;
}
