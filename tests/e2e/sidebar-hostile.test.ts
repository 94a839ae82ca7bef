/**
 * A page with hostile CSS (tests/fixtures/hostile-briefing.html: the sample briefing plus global
 * `* { font/color/background/letter-spacing/box-sizing !important }`, `html { font-size: 8px }`,
 * `button { all: unset; display: none }`, `aside, nav, ol, li { display: inline }`, a z-index war
 * on every div and a fixed full-width header at z-index 2147483647):
 *  - the sidebar, an extension page in its own frame, looks exactly as on the plain sample
 *    (computed styles of its parts, read in the frame, compared) and the frame keeps its place
 *    and width;
 *  - it is on top and usable (hit-testing at its centre and top bar finds our host element,
 *    whose shadow root is closed; buttons work);
 *  - the page keeps its own styles (ours do not leak out of the shadow root or the frame).
 * Both pages are served at mid.ru addresses. One browser for the file.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import type { Page } from 'playwright-core';
import { currentSidebarFrame, fixtureHtml, formatProblems, hostTags, sidebar, tocNav } from './support.ts';
import { SAMPLE, poll, startHarness, type Harness } from './sidebar-support.ts';

const HOSTILE_URL = 'https://mid.ru/en/press_service/spokesman/briefings/1900009/';

let h: Harness;

before(async () => {
  h = await startHarness([SAMPLE], { extra: { [HOSTILE_URL]: fixtureHtml({ name: 'hostile-briefing', shared: false }) } });
});
after(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.resetStorage();
});

const PROPS = [
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'letter-spacing',
  'color',
  'background-color',
  'display',
  'visibility',
  'opacity',
  'position',
  'width',
  'height',
  'box-sizing',
  'text-transform',
] as const;

/** Parts of the sidebar, by selector in its frame's document. */
const PARTS: Record<string, string> = {
  'frame body': 'body',
  aside: 'aside.bl-sidebar',
  'resize handle': '.bl-resize',
  brand: '.bl-brand',
  'collapse button': '.bl-topbar button',
  title: '.bl-title',
  'language badge': '.bl-badge',
  'search input': '.bl-search-input',
  'TOC nav': 'nav.bl-toc',
  'TOC heading': '.bl-toc-heading',
  'TOC list': 'ol.bl-toc-list',
  'TOC item': 'li.bl-entry',
  'TOC button': '.bl-toc-entry',
  'section action button': '.bl-mini',
  'Q&A speaker': '.bl-speaker',
  'footer button': '.bl-footer button',
  tab: '[role="tab"]',
};

/** Computed styles of each part (null when the part is not rendered), plus its box, read in the frame. */
function sidebarStyles(p: Page): Promise<Record<string, Record<string, string> | null>> {
  const frame = currentSidebarFrame(p);
  assert.ok(frame, 'the page has its sidebar frame');
  return frame.evaluate(
    ({ parts, props }) => {
      const out: Record<string, Record<string, string> | null> = {};
      for (const [name, sel] of Object.entries(parts)) {
        const el = document.querySelector(sel);
        if (!el) {
          out[name] = null;
          continue;
        }
        const cs = getComputedStyle(el);
        const rec: Record<string, string> = {};
        for (const prop of props) rec[prop] = cs.getPropertyValue(prop);
        const r = el.getBoundingClientRect();
        rec['box'] = `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
        out[name] = rec;
      }
      return out;
    },
    { parts: PARTS, props: [...PROPS] },
  );
}

/** Where the sidebar frame is in the page's viewport. */
async function frameBox(p: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const el = await currentSidebarFrame(p)?.frameElement();
  return (await el?.boundingBox()) ?? null;
}

const tocTitles = (p: Page) => tocNav(p).locator('.bl-toc-entry').allTextContents();

test('the hostile page renders the sidebar exactly as the plain sample does (frame box, computed styles)', {
  timeout: 30_000,
}, async () => {
  const plain = await h.open(SAMPLE.url);
  const hostile = await h.open(HOSTILE_URL);
  try {
    const viewport = hostile.viewportSize()!;
    const want = { x: viewport.width - 360, y: 0, width: 360, height: viewport.height };
    assert.deepEqual(await frameBox(plain), want, 'on the plain page the frame is docked on the right, full height, 360px wide');
    assert.deepEqual(await frameBox(hostile), want, 'on the hostile page the frame is docked the same way');
    const [a, b] = [await sidebarStyles(plain), await sidebarStyles(hostile)];
    const present = Object.keys(PARTS).filter((k) => a[k]);
    assert.ok(
      present.length >= 12,
      `the parts are rendered on the plain page (missing: ${Object.keys(PARTS)
        .filter((k) => !a[k])
        .join(', ')})`,
    );
    const diffs: string[] = [];
    for (const part of Object.keys(PARTS)) {
      if (!a[part] && !b[part]) continue; // e.g. no tab strip while only one view is plugged in
      if (!a[part] || !b[part]) {
        diffs.push(`${part}: ${a[part] ? 'missing' : 'extra'} on the hostile page`);
        continue;
      }
      for (const prop of [...PROPS, 'box']) {
        if (a[part]![prop] !== b[part]![prop])
          diffs.push(`${part} ${prop}: plain ${JSON.stringify(a[part]![prop])} vs hostile ${JSON.stringify(b[part]![prop])}`);
      }
    }
    assert.deepEqual(diffs, [], `the sidebar differs on the hostile page:\n  ${diffs.join('\n  ')}`);
    assert.deepEqual(await tocTitles(hostile), await tocTitles(plain), 'the same table of contents');
  } finally {
    await plain.close();
    await hostile.close();
  }
});

test('on the hostile page the sidebar is on top and usable (hit-testing, collapse, reopen)', { timeout: 30_000 }, async () => {
  const p = await h.open(HOSTILE_URL);
  try {
    const box = await sidebar(p).boundingBox();
    assert.ok(box && box.width > 100, `the sidebar has a box (${JSON.stringify(box)})`);
    const hosts = await hostTags(p);
    assert.equal(hosts.length, 2, `two host elements of ours in the page: frame and toolbar (${JSON.stringify(hosts)})`);
    const points = {
      centre: { x: box.x + box.width / 2, y: box.y + box.height / 2 },
      // Inside the band the page's fixed header covers (top 60px, z-index 2147483647).
      'top bar': { x: box.x + box.width / 2, y: 20 },
      'bottom-left': { x: box.x + 10, y: box.y + box.height - 10 },
    };
    for (const [where, pt] of Object.entries(points)) {
      const hit = await p.evaluate(({ x, y }) => {
        const el = document.elementFromPoint(x, y);
        return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}` : 'nothing';
      }, pt);
      // The page sees the frame's host element (its shadow root is closed, so hits inside are retargeted to it).
      assert.equal(
        hit.split('.')[0],
        hosts[0],
        `elementFromPoint at the sidebar's ${where} (${Math.round(pt.x)}, ${Math.round(pt.y)}) is the sidebar, not ${hit}`,
      );
    }
    // Playwright's click checks the button is visible and receives the pointer event.
    await sidebar(p).getByRole('button', { name: 'Collapse Briefing Lens', exact: true }).click({ timeout: 3_000 });
    await sidebar(p).getByRole('button', { name: 'Open Briefing Lens', exact: true }).click({ timeout: 3_000 });
    await tocNav(p).waitFor({ state: 'visible', timeout: 2_000 });
  } finally {
    await p.close();
  }
});

test('the hostile page keeps its own layout: our styles do not leak into it', { timeout: 30_000 }, async () => {
  const p = await h.open(HOSTILE_URL);
  try {
    const page = await p.evaluate(() => {
      const header = document.getElementById('hostile-fixed-header')!;
      const para = Array.from(document.querySelectorAll('.article-content p')).find((e) =>
        (e.textContent ?? '').includes('Foreign Minister Sergey Lavrov will hold talks'),
      )!;
      const hs = getComputedStyle(header);
      const ps = getComputedStyle(para);
      return {
        htmlFontSize: getComputedStyle(document.documentElement).fontSize,
        headerPosition: hs.position,
        headerZIndex: hs.zIndex,
        headerTop: header.getBoundingClientRect().top,
        paraColor: ps.color,
        paraFont: `${ps.fontSize} ${ps.fontFamily}`,
        paraLetterSpacing: ps.letterSpacing,
        paraBackground: ps.backgroundColor,
        pageButtonDisplay: getComputedStyle(document.querySelector('.cookie-notice__button')!).display,
        pageNavDisplay: getComputedStyle(document.querySelector('nav.header__nav')!).display,
        styleNodesAdded: document.querySelectorAll('head style, body style').length,
      };
    });
    assert.deepEqual(page, {
      htmlFontSize: '8px',
      headerPosition: 'fixed',
      headerZIndex: '2147483647',
      headerTop: 0,
      paraColor: 'rgb(255, 0, 0)',
      paraFont: '30px "Comic Sans MS", cursive',
      paraLetterSpacing: '5px',
      paraBackground: 'rgb(255, 255, 0)',
      pageButtonDisplay: 'none',
      pageNavDisplay: 'inline',
      styleNodesAdded: 1, // the fixture's own <style>; ours are in the closed shadow root, the frame, an adopted sheet
    });
    // The one thing we do change on purpose: room on the right for the sidebar.
    const margin = await p.evaluate(() => getComputedStyle(document.documentElement).marginRight);
    assert.ok(
      await poll(async () => (await p.evaluate(() => getComputedStyle(document.documentElement).marginRight)) === '360px', 1_000),
      `html margin-right reserves the sidebar (is ${margin})`,
    );
  } finally {
    await p.close();
  }
});

test('no console errors or uncaught exceptions (hostile page tests)', () => {
  assert.deepEqual(h.problems, [], `console problems:\n${formatProblems(h.problems)}`);
});
