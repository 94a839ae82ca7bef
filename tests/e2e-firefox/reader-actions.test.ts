/**
 * What a Firefox reader does in the sidebar beyond reading the contents, on the bundled sample:
 *  - searches: typing a word (real key events) lists matching sections in place of the contents,
 *    paints every hit (`bl-search`), Enter brings the first into view as `bl-search-active`,
 *    Escape clears it all;
 *  - copies a section's link: the clipboard holds the page address with the section's
 *    documented fragment (`#bl-…`), and the sidebar says so;
 *  - opens such a link: the page opens at that section.
 * What the results must be is the Chromium suite's business (same code); here it is input,
 * painting, scrolling and the clipboard, which are the browser's.
 * One Firefox for the file.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { fixtureHtml } from '../e2e/support.ts';
import { SAMPLE, expectedSectionId, outlineOf, sectionFind, tocTitleOf } from '../e2e/sidebar-support.ts';
import { formatProblems, launchFirefox, poll, type Firefox } from './harness.ts';
import { highlightRegistry, sectionInViewport } from './probes.ts';
import { SIDEBAR, count, names, query, texts, waitForRole, waitForSidebar, type Scope } from './ui.ts';

const TEST = { timeout: 30_000 };
const WORD = 'Kazakhstan';
const TOC = { role: 'navigation', name: 'Table of contents' };
const RESULTS = { role: 'navigation', name: 'Search this briefing' };
const SEARCH_BOX = { role: 'searchbox', name: 'Search this briefing' };

let ff: Firefox;

before(async () => {
  ff = await launchFirefox({ pages: { [SAMPLE.url]: fixtureHtml(SAMPLE) } });
});
after(async () => {
  await ff?.close();
});

async function withSample(body: (page: Page, sb: Scope) => Promise<void>, url = SAMPLE.url): Promise<void> {
  const page = await ff.open(url);
  try {
    await body(page, await waitForSidebar(page));
  } finally {
    await page.close();
  }
}

/** The `bl-search*` highlights of the page: name -> range texts. */
async function searchPaint(page: Page): Promise<Record<string, string[]>> {
  const reg = (await highlightRegistry(page)) ?? {};
  return Object.fromEntries(Object.entries(reg).filter(([n]) => n.startsWith('bl-search')));
}

test(`search "${WORD}": results replace the contents, hits painted, Enter shows the first, Escape clears`, TEST, () =>
  withSample(async (page, sb) => {
    const o = outlineOf(SAMPLE);
    const box = await query(sb, [SIDEBAR, SEARCH_BOX]);
    assert.ok(box, 'a "Search this briefing" box');
    await box.click();
    await page.keyboard.type(WORD);
    await waitForRole(async () => [sb], [SIDEBAR, RESULTS], 2_000);
    assert.equal(await count(sb, [SIDEBAR, TOC]), 0, 'the results replace the table of contents');

    const titles = o.toc.map((e) => e.title);
    const results = (await names(sb, [SIDEBAR, RESULTS, { role: 'button' }])).filter((n) => titles.some((t) => n.includes(t)));
    assert.ok(results.length >= 2, `at least two sections listed for "${WORD}" (listed: ${JSON.stringify(results)})`);

    assert.ok(
      await poll(async () => ((await searchPaint(page))['bl-search'] ?? []).length >= 2, 2_000),
      'typing paints the hits (bl-search)',
    );
    const painted = (await searchPaint(page))['bl-search'];
    assert.deepEqual([...new Set(painted.map((t) => t.toLowerCase()))], [WORD.toLowerCase()], 'every painted hit is the word');

    await page.keyboard.press('Enter');
    assert.ok(
      await poll(async () => ((await searchPaint(page))['bl-search-active'] ?? []).length === 1, 2_000),
      'Enter paints one active hit',
    );
    const inView = (await page.evaluate(`(() => {
      const r = [...CSS.highlights.get('bl-search-active')][0].getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
    })()`)) as boolean;
    assert.ok(inView, 'the active hit is in the viewport');

    await page.keyboard.press('Escape');
    await waitForRole(async () => [sb], [SIDEBAR, TOC], 2_000);
    assert.equal(await count(sb, [SIDEBAR, RESULTS]), 0, 'Escape removes the results');
    await poll(async () => Object.keys(await searchPaint(page)).length === 0, 2_000);
    assert.deepEqual(await searchPaint(page), {}, 'Escape removes the search highlights');
  }),
);

test('"Copy link to …" puts the section link on the clipboard; opening it lands on the section', TEST, async () => {
  const o = outlineOf(SAMPLE);
  const last = o.sections.length - 1;
  const sectionTitle = o.sections[last].title ?? '';
  const link = `${SAMPLE.url}#${expectedSectionId(sectionTitle)}`;
  await withSample(async (page, sb) => {
    await page.evaluate(`navigator.clipboard.writeText('(sentinel)')`); // an old content cannot pass for the copy
    const button = await query(sb, [SIDEBAR, { role: 'button', name: `Copy link to ${tocTitleOf(o, last)}` }]);
    assert.ok(button, `a "Copy link to ${tocTitleOf(o, last)}" button`);
    await button.click();
    const clipboard = () => page.evaluate('navigator.clipboard.readText()') as Promise<string>;
    await poll(async () => (await clipboard()) !== '(sentinel)', 2_000);
    assert.equal(await clipboard(), link, 'the clipboard holds the section link');
    const said = await poll(async () => (await texts(sb, [SIDEBAR, { role: 'status' }])).includes('Copied to the clipboard'), 2_000);
    assert.ok(
      said,
      `the sidebar says "Copied to the clipboard" (status lines: ${JSON.stringify(await texts(sb, [SIDEBAR, { role: 'status' }]))})`,
    );
  });
  await withSample(async (page) => {
    const find = sectionFind(o, last);
    assert.ok(await poll(async () => (await sectionInViewport(page, find)) === true, 3_000), `${link} opens at its section`);
  }, link);
});

test('no console errors (reader actions)', async () => {
  assert.deepEqual(ff.consoleErrors, [], 'no error in any context (web pages, extension pages and frames, background page)');
  assert.equal(ff.problems.length, 0, `console errors:\n${formatProblems(ff.problems)}`);
});
