/**
 * Moving through a briefing from the sidebar, on the bundled sample and the shared English
 * (current and Liferay layouts) and Russian pages at their mid.ru addresses:
 *  - TOC buttons (Enter and click) land on the section's first block (the heading of a
 *    statement, the `Question:` paragraph of an answer) and move focus there;
 *  - j / k (focus in the sidebar) step to the next / previous section and mark it;
 *  - scroll-spy: after a programmatic scroll that puts a section's first block at the top, that
 *    section's TOC button (in the sidebar frame), and no other, has aria-current="location"; at the end of the page the
 *    last section is marked; a TOC jump to one of the last sections (which cannot reach the top)
 *    marks the section jumped to;
 *  - a `#bl-<id>` address opens at its section (on load, and on a later hash change).
 * Section ids are computed here from the section titles (see expectedSectionId).
 * The sample's TOC and j / k tests use the default smooth scrolling; the other tests, and the
 * shared pages, prefers-reduced-motion (instant jumps), which keeps the file fast.
 * One browser for the file; every test opens its own page with cleared extension storage.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import type { ElementHandle, JSHandle, Page } from 'playwright-core';
import { findSectionElement, formatProblems, hostTags, isInViewport, sidebar, sleep, tocButton } from './support.ts';
import {
  ERA_C,
  SAMPLE,
  SIDEBAR_PAGES,
  currentEntries,
  expectedSectionId,
  outlineOf,
  sectionFind,
  sectionStartsExpr,
  startHarness,
  tocTitleOf,
  withoutHash,
  type Harness,
  type SidebarPage,
  poll,
  scrollSettled,
} from './sidebar-support.ts';

let h: Harness;

before(async () => {
  h = await startHarness(SIDEBAR_PAGES);
});
after(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.resetStorage();
});

/**
 * `(starts, i) => boolean`: scrolls section i's first block (`starts[i]`) to the top; false when
 * the page ends too soon for that (or the block is not found).
 */
const SCROLL_TO_TOP_JS = String.raw`(starts, i) => {
  const el = starts[i];
  if (!el) return false;
  el.scrollIntoView({ block: 'start', behavior: 'instant' });
  return el.getBoundingClientRect().top <= 2;
}`;

/**
 * For each section, scrolls its first block to the top (skipping it when the page ends too soon
 * for that), and waits up to 600 ms until exactly the TOC button `titles[i]` carries
 * aria-current="location" (the marks are read in the sidebar frame).
 */
async function spyLoop(p: Page, o: ReturnType<typeof outlineOf>, titles: string[]): Promise<{ wrong: string[]; checked: number }> {
  const starts = (await p.evaluateHandle(sectionStartsExpr(o))) as JSHandle<Element[]>;
  const scrollToTop = new Function('starts', 'i', `return (${SCROLL_TO_TOP_JS})(starts, i)`) as (s: Element[], i: number) => boolean;
  const wrong: string[] = [];
  let checked = 0;
  try {
    for (let i = 0; i < titles.length; i++) {
      if (!(await starts.evaluate((s, i) => !!s[i], i))) {
        wrong.push(`section ${i}: not found on the page`);
        continue;
      }
      if (!(await starts.evaluate(scrollToTop, i))) continue; // the page ends too soon: see the end-of-page test
      checked++;
      const want = JSON.stringify([`${titles[i]} [location]`]);
      let got = '';
      await poll(async () => (got = JSON.stringify(await currentEntries(p))) === want, 600);
      if (got !== want) wrong.push(`section ${i} "${titles[i]}" at the top -> marked ${got}`);
    }
  } finally {
    await starts.dispose();
  }
  return { wrong, checked };
}

async function sectionElement(p: Page, fixture: SidebarPage, index: number): Promise<ElementHandle<Element>> {
  const find = sectionFind(outlineOf(fixture), index);
  assert.ok(find.text, `the outline gives a heading/question for section ${index}`);
  const el = await findSectionElement(p, find);
  assert.ok(el, `the page has an element for ${JSON.stringify(find.text)}`);
  return el;
}

/** Scrolls to the top or bottom so that `el` starts out of view (the checks then mean something). */
async function moveAway(p: Page, el: ElementHandle<Element>, what: string): Promise<void> {
  await p.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' as ScrollBehavior }));
  if (await isInViewport(el))
    await p.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' as ScrollBehavior }));
  assert.equal(await isInViewport(el), false, `precondition: ${what} starts out of view`);
}

async function expectInViewport(p: Page, el: ElementHandle<Element>, what: string): Promise<void> {
  const seen = await poll(() => isInViewport(el), 3_000);
  const top = await el.evaluate((e) => Math.round(e.getBoundingClientRect().top));
  assert.ok(seen, `${what} is in the viewport (its top is at ${top}px, viewport height ${await p.evaluate(() => innerHeight)})`);
}

/** Focus is on the section's landing block: the element found, or a block around/inside it. */
async function expectFocusAt(p: Page, el: ElementHandle<Element>, what: string): Promise<void> {
  const ok = await poll(
    () =>
      el.evaluate(
        (e) =>
          !!document.activeElement &&
          document.activeElement !== document.body &&
          (document.activeElement.contains(e) || e.contains(document.activeElement)),
      ),
    1_000,
  );
  const active = await p.evaluate(() => `${document.activeElement?.tagName} "${document.activeElement?.textContent?.trim().slice(0, 60)}"`);
  assert.ok(ok, `${what}: keyboard focus moved to the section (active element: ${active})`);
}

/** Waits until exactly the TOC button titled `title` carries aria-current="location". */
async function expectCurrent(p: Page, title: string, when: string, ms = 2_000): Promise<void> {
  const want = [`${title} [location]`];
  const ok = await poll(async () => JSON.stringify(await currentEntries(p)) === JSON.stringify(want), ms);
  assert.ok(ok, `${when}: only "${title}" is marked current (marked: ${JSON.stringify(await currentEntries(p))})`);
}

for (const fixture of SIDEBAR_PAGES) {
  const opts = { skip: fixture.skip, timeout: 30_000 };
  // Smooth scrolling (the default) for the sample's TOC and j / k tests; instant otherwise.
  const open = (url: string, smooth = false) => h.open(url, { reducedMotion: !(smooth && fixture === SAMPLE) });

  test(`TOC Enter and click land on the section's first block and move focus there: ${fixture.label}`, opts, async () => {
    const o = outlineOf(fixture);
    const statements = o.sections.map((s, i) => ({ s, i })).filter((x) => x.s.kind === 'statement');
    const pairs = o.sections.map((s, i) => ({ s, i })).filter((x) => x.s.kind === 'qa');
    const targets = [
      { index: statements[Math.min(1, statements.length - 1)].i, how: 'Enter' as const },
      { index: pairs[Math.min(1, pairs.length - 1)].i, how: 'Enter' as const },
      { index: pairs[pairs.length - 1].i, how: 'click' as const },
    ];
    const p = await open(fixture.url, true);
    try {
      for (const t of targets) {
        const title = tocTitleOf(o, t.index);
        const what = `section ${t.index} ("${title}") after ${t.how}`;
        const el = await sectionElement(p, fixture, t.index);
        await moveAway(p, el, what);
        const button = tocButton(p, title);
        if (t.how === 'Enter') {
          await button.focus();
          await p.keyboard.press('Enter');
        } else {
          await button.click();
        }
        await expectInViewport(p, el, `the first block of ${what}`);
        await expectFocusAt(p, el, what);
        await el.dispose();
      }
    } finally {
      await p.close();
    }
  });

  // j / k: the sample (smooth scrolling), the Liferay layout and the short Russian page (whose
  // last sections cannot reach the top); era-c-h2 has the Liferay page's text in the sample's layout.
  if (fixture !== ERA_C)
    test(`j / k in the sidebar step to the next / previous section and mark it: ${fixture.label}`, opts, async () => {
      const o = outlineOf(fixture);
      // Start at the last statement, so `j` crosses into the answers.
      const start = o.sections.map((s) => s.kind).lastIndexOf('statement');
      assert.ok(start >= 0 && start + 2 < o.sections.length, 'the page has a statement followed by two answers');
      const p = await open(fixture.url, true);
      try {
        const startTitle = tocTitleOf(o, start);
        await tocButton(p, startTitle).click();
        await expectInViewport(p, await sectionElement(p, fixture, start), `section ${start} after clicking it`);
        await expectCurrent(p, startTitle, `after clicking "${startTitle}"`);
        // Back into the sidebar (the jump moved focus to the page); focusing does not scroll the page.
        await tocButton(p, startTitle).focus();
        for (const [key, index] of [
          ['j', start + 1],
          ['j', start + 2],
          ['k', start + 1],
        ] as const) {
          await p.keyboard.press(key);
          const title = tocTitleOf(o, index);
          const el = await sectionElement(p, fixture, index);
          await expectInViewport(p, el, `the first block of section ${index} ("${title}") after "${key}"`);
          await expectCurrent(p, title, `after "${key}"`);
          await scrollSettled(p);
          await sleep(50); // a last scroll-spy frame
          await expectCurrent(p, title, `after "${key}", once scrolling stopped`, 0);
          await el.dispose();
        }
        // The page sees focus on our host element (the frame is inside its closed shadow root);
        // in the frame, focus is in the sidebar.
        const active = await p.evaluate(() => document.activeElement?.localName ?? null);
        assert.equal(active, (await hostTags(p))[0], 'focus stayed in the sidebar while stepping (page side: the frame’s host)');
        assert.ok(
          await sidebar(p).evaluate((aside) => aside.contains(document.activeElement) && document.hasFocus()),
          'focus stayed in the sidebar while stepping (frame side: inside the aside)',
        );
      } finally {
        await p.close();
      }
    });

  test(`scroll-spy marks the section whose first block is scrolled to the top, and only it: ${fixture.label}`, opts, async () => {
    const o = outlineOf(fixture);
    const p = await open(fixture.url);
    try {
      await p.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' as ScrollBehavior }));
      await expectCurrent(p, tocTitleOf(o, 0), 'at the top of the page');
      // Bring each section's first block to the top, then wait up to 600 ms for the marking to follow.
      const titles = o.sections.map((_, i) => tocTitleOf(o, i));
      const { wrong, checked } = await spyLoop(p, o, titles);
      assert.ok(checked >= 3, `at least 3 sections can be scrolled to the top (${checked})`);
      assert.deepEqual(wrong, [], `scroll-spy marked the wrong entry for ${wrong.length} of ${checked} sections:\n  ${wrong.join('\n  ')}`);
    } finally {
      await p.close();
    }
  });

  test(`scrolled to the end of the page, the last section is marked: ${fixture.label}`, opts, async () => {
    const o = outlineOf(fixture);
    const last = o.sections.length - 1;
    const p = await open(fixture.url);
    try {
      await p.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' as ScrollBehavior }));
      const el = await sectionElement(p, fixture, last);
      assert.ok(await isInViewport(el), 'precondition: the last section is in view at the end of the page');
      await expectCurrent(p, tocTitleOf(o, last), 'scrolled to the end of the page');
    } finally {
      await p.close();
    }
  });

  test(`clicking one of the last three entries (they lead to the end of the page) marks that entry: ${fixture.label}`, opts, async () => {
    const o = outlineOf(fixture);
    const last = o.sections.length - 1;
    const p = await open(fixture.url);
    try {
      // The last entries lead to the end of the page, where their sections cannot reach the top:
      // the entry clicked is still the one marked.
      for (const index of [last - 2, last - 1, last]) {
        const title = tocTitleOf(o, index);
        await p.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' as ScrollBehavior }));
        await expectCurrent(p, tocTitleOf(o, 0), `back at the top (before clicking "${title}")`);
        await tocButton(p, title).click();
        const target = await sectionElement(p, fixture, index);
        await expectInViewport(p, target, `section ${index} ("${title}") after clicking it`);
        await target.dispose();
        await scrollSettled(p);
        await sleep(50); // a last scroll-spy frame
        await expectCurrent(p, title, `after clicking "${title}" (section ${index} of ${last})`, 0);
      }
    } finally {
      await p.close();
    }
  });

  test(`a #bl-<id> address opens at its section, on load and on a hash change: ${fixture.label}`, opts, async () => {
    const o = outlineOf(fixture);
    const statements = o.sections.map((s, i) => ({ s, i })).filter((x) => x.s.kind === 'statement');
    const pairs = o.sections.map((s, i) => ({ s, i })).filter((x) => x.s.kind === 'qa');
    const statement = statements[Math.min(2, statements.length - 1)].i;
    const pair = pairs[Math.min(1, pairs.length - 1)].i;
    const idOf = (i: number) => expectedSectionId(o.sections[i].title ?? '');

    const p = await open(`${withoutHash(fixture.url)}#${idOf(statement)}`);
    try {
      const el = await sectionElement(p, fixture, statement);
      await expectInViewport(p, el, `section ${statement} ("${o.sections[statement].title}") opened by #${idOf(statement)}`);
      await expectFocusAt(p, el, `#${idOf(statement)}`);

      const el2 = await sectionElement(p, fixture, pair);
      await moveAway(p, el2, `section ${pair}`);
      await p.evaluate((hash) => {
        location.hash = hash;
      }, idOf(pair));
      await expectInViewport(p, el2, `section ${pair} ("${o.sections[pair].title}") after the hash changed to #${idOf(pair)}`);
    } finally {
      await p.close();
    }
  });
}

test('no console errors or uncaught exceptions (navigation tests)', () => {
  assert.deepEqual(h.problems, [], `console problems:\n${formatProblems(h.problems)}`);
});
