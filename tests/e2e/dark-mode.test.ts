/**
 * Dark mode: with the system in dark mode the sidebar frame (and the selection toolbar) are dark,
 * and readable; with light, light. The frame follows `prefers-color-scheme` on its own.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SAMPLE, startHarness, type Harness } from './sidebar-support.ts';
import { sidebar, waitForSidebar } from './support.ts';

let h: Harness;
before(async () => {
  h = await startHarness([SAMPLE]);
});
after(async () => h?.close());

/** Relative luminance (WCAG) of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

for (const scheme of ['dark', 'light'] as const) {
  test(`the sidebar follows a ${scheme} system theme, with readable text`, { timeout: 30_000 }, async () => {
    const p = await h.browser.context.newPage();
    try {
      await p.emulateMedia({ colorScheme: scheme });
      await p.goto(SAMPLE.url, { waitUntil: 'load' });
      await waitForSidebar(p);
      const colours = await sidebar(p).evaluate((aside) => {
        const s = getComputedStyle(aside);
        return { bg: s.backgroundColor, fg: s.color };
      });
      const bg = luminance(colours.bg);
      const fg = luminance(colours.fg);
      if (scheme === 'dark') assert.ok(bg < 0.1, `dark background (${colours.bg})`);
      else assert.ok(bg > 0.8, `light background (${colours.bg})`);
      const contrast = (Math.max(bg, fg) + 0.05) / (Math.min(bg, fg) + 0.05);
      assert.ok(contrast >= 7, `text contrast ${contrast.toFixed(1)}:1 (${colours.fg} on ${colours.bg})`);
    } finally {
      await p.close();
    }
  });
}
