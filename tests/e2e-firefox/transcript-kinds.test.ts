/**
 * Remarks and interviews in Firefox: the sidebar opens on the Minister's remarks and answers to
 * questions and on an interview (the bundled fixtures, served at mid.ru addresses), says which
 * kind of transcript it is, and lists the opening statement and every pair; a ministry statement
 * gets nothing.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { expectedOutline, fixtureHtml } from '../e2e/support.ts';
import { formatProblems, launchFirefox, poll, sleep, type Firefox } from './harness.ts';
import { SIDEBAR, names, sidebarScope, textOf, waitForSidebar } from './ui.ts';

const TEST = { timeout: 30_000 };
const TOC = { role: 'navigation', name: 'Table of contents' };

const CASES = [
  { name: 'remarks-en', url: 'https://mid.ru/en/press_service/minister_speeches/1910001/', kind: 'Remarks and answers to questions' },
  { name: 'interview-en', url: 'https://mid.ru/en/foreign_policy/news/1910002/', kind: 'Interview' },
];
const STATEMENT = { name: 'statement-en', url: 'https://mid.ru/en/foreign_policy/news/1910004/' };

interface FixtureOutline {
  sections: { kind: 'statement' | 'qa'; title: string | null; question: string | null }[];
}

let ff: Firefox;
before(async () => {
  const pages: Record<string, string> = {};
  for (const c of [...CASES, STATEMENT]) pages[c.url] = fixtureHtml({ name: c.name, shared: false });
  ff = await launchFirefox();
  for (const [url, html] of Object.entries(pages)) ff.serve(url, html);
});
after(async () => ff?.close());

for (const c of CASES) {
  test(`the sidebar opens on ${c.name}: its kind, the opening statement and every pair`, TEST, async () => {
    const o = expectedOutline({ name: c.name, shared: false }) as unknown as FixtureOutline;
    const page = await ff.open(c.url);
    try {
      const sb = await waitForSidebar(page);
      assert.ok((await textOf(sb, [SIDEBAR])).includes(c.kind), `the header says "${c.kind}"`);
      const want = o.sections.length;
      let buttons: string[] = [];
      await poll(
        async () =>
          (buttons = (await names(sb, [SIDEBAR, TOC, { role: 'button' }])).filter((n) => !/^(Copy|Show|Hide)/.test(n))).length >= want,
        5_000,
      );
      assert.ok(buttons.length >= want, `every section is listed (${want}): ${JSON.stringify(buttons)}`);
      for (const s of o.sections.filter((x) => x.kind === 'qa')) {
        const firstWords = (s.title ?? s.question ?? '').split(' ').slice(0, 4).join(' ');
        assert.ok(
          buttons.some((b) => b.startsWith(firstWords)),
          `a contents entry starts with "${firstWords}"`,
        );
      }
    } finally {
      await page.close();
    }
  });
}

test('a ministry statement gets no sidebar', TEST, async () => {
  const page = await ff.open(STATEMENT.url);
  try {
    await sleep(1_500);
    assert.equal(await sidebarScope(page), null, 'no sidebar frame');
  } finally {
    await page.close();
  }
});

test('no console errors', () => {
  assert.deepEqual(ff.consoleErrors, [], 'no error in any context');
  assert.equal(ff.problems.length, 0, formatProblems(ff.problems));
});
