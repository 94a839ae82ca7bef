/**
 * Search and citations in the sidebar, on the bundled sample and the shared English (current
 * and Liferay layouts) and Russian pages at their mid.ru addresses.
 *
 * Search: typing a word into "Search this briefing" shows only the sections that contain it
 * (worked out here from the page's own text, section by section), each with the hit marked;
 * Enter brings the first hit into view and paints it (CSS highlight `bl-search-active`, read in
 * the page's main world: the highlight registry is per document); ArrowDown moves to the next
 * hit ("Match 2 of N"); clicking a result goes to that section's first hit; Escape clears.
 *
 * Citations: "Copy link to …", "Copy citation of …" and "… as Markdown" for a Q&A pair put the
 * expected strings on the clipboard; the expected strings are built here from the page (answer
 * paragraphs) and the expected outline (speaker, titles), in the documented format.
 * One browser for the file; every test opens its own page.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import type { JSHandle, Page } from 'playwright-core';
import { formatProblems, sidebar, tocNav } from './support.ts';
import {
  ERA_C,
  LIFERAY,
  RUSSIAN,
  SAMPLE,
  SIDEBAR_PAGES,
  answerParagraphs,
  expectedCitation,
  expectedSectionId,
  outlineOf,
  poll,
  sectionStartsExpr,
  sectionTexts,
  startHarness,
  tocTitleOf,
  withoutHash,
  type Harness,
  type SidebarPage,
} from './sidebar-support.ts';

let h: Harness;

before(async () => {
  h = await startHarness(SIDEBAR_PAGES);
  for (const origin of ['https://mid.ru', 'https://www.mid.ru']) {
    await h.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  }
});
after(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.resetStorage();
});

/** A word per page, found in a few sections (no page chrome or labels contain it). */
const WORDS = new Map<SidebarPage, string>([
  [SAMPLE, 'Kazakhstan'],
  [ERA_C, 'Afghanistan'],
  [LIFERAY, 'Afghanistan'],
  [RUSSIAN, 'Вене'],
]);
/** The Q&A pair (position among the answers) whose citation is checked. */
const PAIR = new Map<SidebarPage, number>([
  [SAMPLE, 1],
  [ERA_C, 2],
  [LIFERAY, 2],
  [RUSSIAN, 0],
]);

const fold = (s: string) => s.toLowerCase().replace(/ё/g, 'е');
const count = (text: string, word: string) => fold(text).split(fold(word)).length - 1;

const searchBox = (p: Page) => sidebar(p).getByRole('searchbox', { name: 'Search this briefing' });
const results = (p: Page) => sidebar(p).getByRole('navigation', { name: 'Search this briefing' });

/** The active search highlight, read in the page's main world. */
interface ActiveHit {
  registered: boolean;
  allRegistered: boolean;
  text: string;
  top: number;
  bottom: number;
  /** Position in the document (top + scrollY, left), to order hits. */
  docTop: number;
  left: number;
  /** Index of the section (by the outline's first blocks) the hit starts in. */
  section: number;
}
const ACTIVE_HIT_JS = String.raw`(starts) => {
  const h = CSS.highlights.get('bl-search-active');
  const out = { registered: CSS.highlights.has('bl-search-active'), allRegistered: CSS.highlights.has('bl-search'), text: '', top: -1, bottom: -1, docTop: -1, left: -1, section: -1 };
  if (!h) return out;
  const r = Array.from(h.keys ? h.keys() : h)[0];
  if (!r) return out;
  const rect = r.getBoundingClientRect();
  out.text = r.toString();
  out.top = rect.top;
  out.bottom = rect.bottom;
  out.docTop = Math.round(rect.top + scrollY);
  out.left = rect.left;
  const probe = document.createRange();
  probe.setStart(r.startContainer, r.startOffset);
  for (let i = 0; i < starts.length; i++) {
    if (!starts[i]) continue;
    const s = document.createRange();
    s.setStartBefore(starts[i]);
    if (probe.compareBoundaryPoints(Range.START_TO_START, s) >= 0) out.section = i;
  }
  return out;
}`;

/** The active hit, given the sections' first blocks (found once per page: finding them is slow). */
function activeHit(starts: JSHandle<Element[]>): Promise<ActiveHit> {
  return starts.evaluate(new Function('starts', `return (${ACTIVE_HIT_JS})(starts)`) as (s: Element[]) => ActiveHit);
}

const summaryText = (hits: number, sections: number) =>
  `${hits} ${hits === 1 ? 'match' : 'matches'} in ${sections} ${sections === 1 ? 'section' : 'sections'}`;

for (const fixture of SIDEBAR_PAGES) {
  const opts = { skip: fixture.skip, timeout: 30_000 };
  const word = WORDS.get(fixture)!;

  test(
    `search "${word}" lists only the sections with it, Enter / ArrowDown / a result walk the hits, Escape clears: ${fixture.label}`,
    opts,
    async () => {
      const o = outlineOf(fixture);
      const p = await h.open(fixture.url, { reducedMotion: true });
      try {
        // The oracle: which sections contain the word, and how often (statement headings are
        // part of the page text; Q&A titles come from the printed TOC and count as title matches).
        const texts = await sectionTexts(p, o);
        const starts = (await p.evaluateHandle(sectionStartsExpr(o))) as JSHandle<Element[]>;
        const expected = o.sections
          // Results are labelled as the TOC entries are: by the printed TOC's wording.
          .map((s, i) => ({ i, title: tocTitleOf(o, i), hits: count(texts[i], word), inTitle: count(s.title ?? '', word) > 0 }))
          .filter((x) => x.hits > 0 || x.inTitle);
        const totalHits = expected.reduce((n, x) => n + x.hits, 0);
        const withHits = expected.filter((x) => x.hits > 0);
        assert.ok(
          withHits.length >= 2 && totalHits >= 2,
          `precondition: "${word}" occurs in at least two sections (${JSON.stringify(expected)})`,
        );

        await searchBox(p).fill(word);
        await results(p).waitFor({ state: 'visible', timeout: 2_000 });
        assert.equal(await tocNav(p).count(), 0, 'the results replace the table of contents');
        const shown = await results(p)
          .locator('li')
          .evaluateAll((lis) =>
            lis.map((li) => ({
              title: li.querySelector('.bl-result-title')?.textContent ?? '',
              marks: Array.from(li.querySelectorAll('mark')).map((m) => m.textContent ?? ''),
            })),
          );
        assert.deepEqual(
          shown.map((r) => r.title),
          expected.map((x) => x.title),
          `results: exactly the sections containing "${word}", in page order`,
        );
        for (const [k, r] of shown.entries()) {
          if (expected[k].hits === 0) continue; // a title-only match has no snippet
          assert.equal(r.marks.length, 1, `result "${r.title}" marks one hit in its snippet`);
          assert.equal(fold(r.marks[0]), fold(word), `result "${r.title}" marks the word`);
        }
        await poll(async () => (await sidebar(p).getByText(summaryText(totalHits, expected.length)).count()) > 0, 1_000);
        assert.equal(
          await sidebar(p)
            .locator('.bl-search-summary')
            .evaluate((e) => e.textContent?.trim()),
          summaryText(totalHits, expected.length),
          'the summary counts hits and sections',
        );
        const before = await activeHit(starts);
        assert.equal(before.registered, false, 'no active hit before Enter');
        assert.equal(before.allRegistered, true, 'typing paints all hits (CSS highlight "bl-search")');

        // Enter: the first hit, in the first matching section, in view and painted as active.
        await searchBox(p).press('Enter');
        assert.ok(await poll(async () => (await activeHit(starts)).registered, 2_000), 'Enter registers the bl-search-active highlight');
        const first = await activeHit(starts);
        const vh = await p.evaluate(() => innerHeight);
        assert.equal(fold(first.text), fold(word), 'the active hit is the word');
        assert.equal(first.section, withHits[0].i, `the active hit is in the first section with a hit ("${withHits[0].title}")`);
        assert.ok(
          first.top >= 0 && first.bottom <= vh,
          `the first hit is in the viewport (top ${first.top}, bottom ${first.bottom}, viewport ${vh})`,
        );
        assert.equal(await searchBox(p).evaluate((e) => e.matches(':focus')), true, 'focus stays in the search box');

        // ArrowDown: the second hit.
        await searchBox(p).press('ArrowDown');
        const position = `Match 2 of ${totalHits}`;
        assert.ok(await poll(async () => (await sidebar(p).getByText(position).count()) > 0, 2_000), `"${position}" is shown`);
        const second = await activeHit(starts);
        assert.equal(fold(second.text), fold(word), 'the second active hit is the word');
        assert.ok(
          second.section >= first.section && (second.docTop > first.docTop || (second.docTop === first.docTop && second.left > first.left)),
          `the active hit moved forward (first: section ${first.section} at ${first.docTop}/${first.left}; second: section ${second.section} at ${second.docTop}/${second.left})`,
        );
        assert.ok(second.top >= 0 && second.bottom <= vh, `the second hit is in the viewport (top ${second.top})`);

        // Clicking the last result: that section's first hit becomes active, in view.
        const last = withHits[withHits.length - 1];
        await results(p).locator('li').nth(expected.indexOf(last)).getByRole('button').click();
        assert.ok(
          await poll(async () => (await activeHit(starts)).section === last.i, 2_000),
          `clicking the result "${last.title}" activates its hit`,
        );
        const picked = await activeHit(starts);
        assert.ok(picked.top >= 0 && picked.bottom <= vh, `the picked hit is in the viewport (top ${picked.top})`);

        // Escape: query, results and highlights gone; the table of contents is back.
        await searchBox(p).press('Escape');
        assert.ok(await poll(async () => (await results(p).count()) === 0, 2_000), 'Escape removes the results');
        assert.equal(await searchBox(p).inputValue(), '', 'Escape empties the search box');
        await tocNav(p).waitFor({ state: 'visible', timeout: 2_000 });
        // The page half clears its paint when the frame's message arrives (a port: asynchronous).
        let cleared = await activeHit(starts);
        await poll(async () => {
          cleared = await activeHit(starts);
          return !cleared.registered && !cleared.allRegistered;
        }, 2_000);
        assert.deepEqual([cleared.registered, cleared.allRegistered], [false, false], 'Escape removes the search highlights');
      } finally {
        await p.close();
      }
    },
  );

  test(`copy link, citation and Markdown citation of a Q&A pair give the expected strings: ${fixture.label}`, opts, async () => {
    const o = outlineOf(fixture);
    const pairs = o.sections.map((s, i) => ({ s, i })).filter((x) => x.s.kind === 'qa');
    const { s: pair, i: index } = pairs[PAIR.get(fixture)!];
    assert.ok(pair.kind === 'qa' && pair.title && pair.question, 'the pair has a title and a question');
    const speaker = (pair as { speaker?: string }).speaker ?? o.speaker;
    const title = tocTitleOf(o, index);
    const p = await h.open(fixture.url, { reducedMotion: true });
    try {
      const paragraphs = await answerParagraphs(p, pair.question, speaker);
      const url = `${withoutHash(fixture.url)}#${expectedSectionId(pair.title)}`;
      const base = { language: o.language ?? 'en', paragraphs, speaker, pageTitle: o.title, sectionTitle: pair.title, url } as const;
      const cases = [
        { button: `Copy link to ${title}`, want: url },
        { button: `Copy citation of ${title}`, want: expectedCitation({ ...base, format: 'text' }) },
        { button: `Copy citation of ${title} as Markdown`, want: expectedCitation({ ...base, format: 'markdown' }) },
      ];
      for (const c of cases) {
        // A sentinel first, so an old clipboard content cannot pass for the copy.
        await p.evaluate(() => navigator.clipboard.writeText('(sentinel)'));
        await sidebar(p).getByRole('button', { name: c.button, exact: true }).click();
        const readClipboard = () => p.evaluate(() => navigator.clipboard.readText());
        await poll(async () => (await readClipboard()) !== '(sentinel)', 2_000);
        assert.equal(await readClipboard(), c.want, `clipboard after "${c.button}"`);
        await sidebar(p).getByRole('status').filter({ hasText: 'Copied to the clipboard' }).waitFor({ timeout: 2_000 });
      }
    } finally {
      await p.close();
    }
  });
}

test('no console errors or uncaught exceptions (search and citation tests)', () => {
  assert.deepEqual(h.problems, [], `console problems:\n${formatProblems(h.problems)}`);
});
