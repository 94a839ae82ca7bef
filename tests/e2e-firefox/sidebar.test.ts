/**
 * The sidebar in Firefox, as a reader meets it: on the bundled sample and (from ../shared) the
 * current English layout, the Liferay layout and a Russian briefing, each served at its real
 * mid.ru address through the fake mid.ru proxy:
 *  - the sidebar shows the briefing's header and its contents: one button per printed TOC entry,
 *    named by its title, in order, under the "Statements" / "Answers to questions" headings;
 *  - entities are painted with the CSS Custom Highlight API (`bl-entity-*` ranges of article text);
 *  - a contents button takes the reader to its section;
 *  - nothing appears, and the page is left exactly as served, on a mid.ru news page and on a
 *    briefing served from a host outside the match patterns;
 *  - no console error, in the pages or the background page.
 * One Firefox for the file; every test opens its own tab. The sidebar is reached only through
 * ui.ts's `waitForSidebar` (in the page's shadow root today, in its own frame later).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { NEEDS_SHARED, SAMPLE_URL, fixtureHtml, groupHeadings, routeKey } from '../e2e/support.ts';
import { SIDEBAR_PAGES, outlineOf, sectionFind, type SidebarPage } from '../e2e/sidebar-support.ts';
import { formatProblems, launchFirefox, poll, sleep, type Firefox } from './harness.ts';
import { highlightRegistry, sectionInViewport } from './probes.ts';
import { SIDEBAR, count, names, query, sidebarScope, textOf, waitForSidebar } from './ui.ts';

const TEST = { timeout: 30_000 };
const TOC = { role: 'navigation', name: 'Table of contents' };
const ENTITY_TYPES = ['person', 'place', 'organization', 'date'];

let ff: Firefox;

before(async () => {
  const pages: Record<string, string> = {};
  for (const p of SIDEBAR_PAGES) if (!p.skip) pages[p.url] = fixtureHtml(p);
  ff = await launchFirefox({ pages });
});
after(async () => {
  await ff?.close();
});

async function withPage(url: string, body: (page: Page) => Promise<void>): Promise<void> {
  const page = await ff.open(url);
  try {
    await body(page);
  } finally {
    await page.close();
  }
}

for (const p of SIDEBAR_PAGES) {
  test(`the sidebar shows the header and the contents: ${p.label}`, { ...TEST, skip: p.skip }, () =>
    withPage(p.url, async (page) => {
      const o = outlineOf(p);
      const sb = await waitForSidebar(page);
      assert.equal(await count(sb, [SIDEBAR, TOC]), 1, 'one "Table of contents" navigation in the sidebar');
      const text = await textOf(sb, [SIDEBAR]);
      assert.ok(text.includes(o.title), `the sidebar shows the briefing's title "${o.title}" (shows: ${text.slice(0, 300)})`);

      // Titles paint first, the rest on the next frame: wait until every entry is there.
      const titles = o.toc.map((e) => e.title);
      const shownTitles = async () => (await names(sb, [SIDEBAR, TOC, { role: 'button' }])).filter((n) => titles.includes(n));
      await poll(async () => (await shownTitles()).length >= titles.length, 5_000);
      assert.deepEqual(await shownTitles(), titles, 'one contents button per printed TOC entry, named by its title, in order');

      const headings = groupHeadings('en');
      const shownHeadings = await names(sb, [SIDEBAR, TOC, { role: 'heading' }]);
      for (const part of ['statements', 'answers'] as const) {
        if (!o.toc.some((e) => e.part === part)) continue;
        const want = new RegExp(`^${headings[part]}(\\s+\\d+)?$`);
        assert.equal(
          shownHeadings.filter((h) => want.test(h)).length,
          1,
          `one "${headings[part]}" heading (headings: ${JSON.stringify(shownHeadings)})`,
        );
      }
    }),
  );

  test(`entities are painted with CSS highlights: ${p.label}`, { ...TEST, skip: p.skip }, () =>
    withPage(p.url, async (page) => {
      await waitForSidebar(page);
      const painted = async () => {
        const reg = (await highlightRegistry(page)) ?? {};
        return ENTITY_TYPES.filter((t) => (reg[`bl-entity-${t}`] ?? []).length > 0);
      };
      await poll(async () => (await painted()).length > 0, 5_000);
      const reg = await highlightRegistry(page);
      assert.ok(reg, 'Firefox has CSS.highlights');
      assert.ok((await painted()).length >= 2, `at least two entity types painted (painted: ${JSON.stringify(await painted())})`);
      const ranges = ENTITY_TYPES.flatMap((t) => reg[`bl-entity-${t}`] ?? []);
      assert.ok(
        ranges.every((r) => r.trim().length > 0),
        'every entity range covers text',
      );
      const article = (await page.evaluate(
        `document.querySelector('div.text.article-content, .portlet-column-first')?.textContent ?? document.body.textContent`,
      )) as string;
      const outside = ranges.filter((r) => !article.includes(r));
      assert.deepEqual(outside, [], 'every painted entity is text of the article');
    }),
  );
}

test('a contents button takes the reader to its section (the last one, far below)', TEST, () => {
  const p: SidebarPage = SIDEBAR_PAGES[0];
  return withPage(p.url, async (page) => {
    const o = outlineOf(p);
    const last = o.sections.length - 1;
    const find = sectionFind(o, last);
    const title = o.toc[o.toc.length - 1].title;
    const sb = await waitForSidebar(page);
    assert.equal(await sectionInViewport(page, find), false, 'precondition: the last section is below the first screen');
    const button = await query(sb, [SIDEBAR, TOC, { role: 'button', name: title }]);
    assert.ok(button, `a contents button named "${title}"`);
    await button.click();
    assert.ok(await poll(async () => (await sectionInViewport(page, find)) === true, 3_000), `"${title}" is scrolled into view`);
  });
});

// ---- where the extension stays out of the way ------------------------------------------------

const INACTIVE = [
  {
    what: 'an ordinary mid.ru news page',
    url: 'https://mid.ru/en/foreign_policy/news/1768999/',
    fixture: { name: 'non-briefing-news', shared: true },
  },
  {
    what: 'a briefing on a host outside the match patterns',
    url: new URL(routeKey(SAMPLE_URL), 'https://not-mid.example').href,
    fixture: { name: 'sample-briefing', shared: false },
  },
];

for (const c of INACTIVE) {
  test(`no sidebar, and the page is left as served, on ${c.what}`, { ...TEST, skip: c.fixture.shared ? NEEDS_SHARED : false }, async () => {
    const html = fixtureHtml(c.fixture);
    ff.serve(c.url, html);
    await withPage(c.url, async (page) => {
      const snapshot = () => page.evaluate('document.documentElement.outerHTML') as Promise<string>;
      const asServed = (await page.evaluate(
        `new DOMParser().parseFromString(${JSON.stringify(html)}, 'text/html').documentElement.outerHTML`,
      )) as string;
      await sleep(1_000); // the extension, were it to act, would have by now (the sidebar takes ~0.3 s)
      assert.equal(await sidebarScope(page), null, 'no sidebar context (frame or shadow root)');
      assert.equal(page.frames().length, 1, 'no frame added to the page');
      assert.equal(await snapshot(), asServed, 'the DOM is the served HTML');
      const reg = await highlightRegistry(page);
      assert.deepEqual(Object.keys(reg ?? {}), [], 'nothing painted');
    });
  });
}

// ---- console ---------------------------------------------------------------------------------

test('no console errors from the extension (pages and background page)', TEST, async () => {
  assert.deepEqual(ff.consoleErrors, [], 'no error in any context (web pages, extension pages and frames, background page)');
  assert.equal(ff.problems.length, 0, `console errors:\n${formatProblems(ff.problems)}`);
});
