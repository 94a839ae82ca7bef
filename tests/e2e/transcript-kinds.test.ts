/**
 * Remarks and interviews are transcripts too: served at mid.ru addresses, the bundled remarks
 * and interview pages (English and Russian, era C and era B) get the sidebar, which says which
 * kind the page is and lists the opening statement and every question-and-answer pair. A
 * ministry statement and a list of names, in the same sections, get nothing.
 *
 * Oracles come from the fixture pages' own outlines (tests/fixtures/*.outline.json) and from
 * the page text, never from the extension's code.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startHarness, type Harness, type SidebarPage } from './sidebar-support.ts';
import { currentSidebarFrame, expectedOutline, formatProblems, groupHeadings, hostTags, sidebar, sleep, tocNav } from './support.ts';

const page = (label: string, name: string, url: string): SidebarPage => ({ label, name, shared: false, url, skip: false });

const TRANSCRIPTS: { page: SidebarPage; kind: string }[] = [
  {
    page: page('English remarks', 'remarks-en', 'https://mid.ru/en/press_service/minister_speeches/1910001/'),
    kind: 'Remarks and answers to questions',
  },
  {
    page: page(
      'Russian remarks, Liferay',
      'remarks-ru',
      'https://www.mid.ru/ru/press_service/deputy_ministers_speeches/-/asset_publisher/O3publba0Cjv/content/id/4901234',
    ),
    kind: 'Remarks and answers to questions',
  },
  { page: page('English interview', 'interview-en', 'https://mid.ru/en/foreign_policy/news/1910002/'), kind: 'Interview' },
  { page: page('Russian interview', 'interview-ru', 'https://mid.ru/ru/press_service/minister_speeches/1910003/'), kind: 'Interview' },
];

const NOT_TRANSCRIPTS: SidebarPage[] = [
  page('a ministry statement', 'statement-en', 'https://mid.ru/en/foreign_policy/news/1910004/'),
  page('a list of names in the Minister’s section', 'names-en', 'https://mid.ru/en/press_service/minister_speeches/1910005/'),
];

interface FixtureOutline {
  kind: string;
  sections: { kind: 'statement' | 'qa'; title: string | null; question: string | null; asker?: string }[];
}

let h: Harness;

before(async () => {
  h = await startHarness([...TRANSCRIPTS.map((t) => t.page), ...NOT_TRANSCRIPTS]);
});

after(async () => {
  await h?.close();
});

/** The accessible names of the TOC buttons under one group heading. */
async function groupButtons(p: Page, heading: string): Promise<string[]> {
  const group = tocNav(p).getByRole('region', { name: new RegExp(`^${heading}\\b`) });
  if ((await group.count()) === 0) return [];
  return group
    .getByRole('button')
    .evaluateAll((els) =>
      els.filter((e) => e.classList.contains('bl-toc-entry')).map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );
}

for (const { page: fx, kind } of TRANSCRIPTS) {
  test(`sidebar on ${fx.label}: kind, opening statement, every pair — ${fx.url}`, { timeout: 40_000 }, async () => {
    const o = expectedOutline(fx) as unknown as FixtureOutline;
    const p = await h.open(fx.url);
    try {
      const bar = sidebar(p);
      await bar
        .getByText(kind, { exact: true })
        .waitFor({ state: 'visible', timeout: 5_000 })
        .catch(() => assert.fail(`the header does not say "${kind}"`));

      const headings = groupHeadings('en');
      const statements = await groupButtons(p, headings.statements);
      const wantStatements = o.sections.filter((s) => s.kind === 'statement').map((s) => s.title ?? 'Opening remarks');
      assert.deepEqual(statements, wantStatements, 'the statements group lists the (untitled) opening statement');

      const pairs = await groupButtons(p, headings.answers);
      const wantPairs = o.sections.filter((s) => s.kind === 'qa');
      assert.equal(pairs.length, wantPairs.length, `every pair is listed: ${JSON.stringify(pairs)}`);
      wantPairs.forEach((s, k) => {
        // An untitled pair is listed by its question's first words.
        const firstWords = (s.question ?? '').split(' ').slice(0, 5).join(' ');
        assert.ok(pairs[k].startsWith(firstWords), `pair ${k + 1} "${pairs[k]}" starts with "${firstWords}"`);
      });

      // Where the question names its asker, the row shows the asker instead of the speaker.
      const askers = wantPairs.map((s) => s.asker).filter((a): a is string => Boolean(a));
      for (const asker of askers) {
        assert.ok((await tocNav(p).getByText(asker, { exact: true }).count()) >= 1, `the asker "${asker}" is shown`);
      }
    } finally {
      await p.close();
    }
  });
}

for (const fx of NOT_TRANSCRIPTS) {
  test(`nothing on ${fx.label} — ${fx.url}`, { timeout: 30_000 }, async () => {
    const p = await h.open(fx.url, { waitForSidebar: false });
    try {
      await sleep(1_500);
      assert.deepEqual(await hostTags(p), [], 'no element of ours (x-…)');
      assert.equal(currentSidebarFrame(p), null, 'no sidebar frame');
    } finally {
      await p.close();
    }
  });
}

test('no console errors or uncaught exceptions', () => {
  assert.deepEqual(h.problems, [], `console problems:\n${formatProblems(h.problems)}`);
});
