/**
 * The sidebar in a Russian Firefox: its strings follow the browser's UI language, not the page's.
 * Firefox is launched with `intl.locale.requested=ru`; it switches only when its Russian language
 * pack is installed (Debian: firefox-esr-l10n-ru), else these tests skip and say so.
 * One Firefox for the file.
 */
import assert from 'node:assert/strict';
import { after, before, test, type TestContext } from 'node:test';
import { fixtureHtml, groupHeadings } from '../e2e/support.ts';
import { RUSSIAN, SAMPLE, outlineOf } from '../e2e/sidebar-support.ts';
import { formatProblems, launchFirefox, type Firefox } from './harness.ts';
import { SIDEBAR, count, names, waitForSidebar } from './ui.ts';

const PAGES = [RUSSIAN, SAMPLE];
let ff: Firefox;
let uiLanguage = '';

before(async () => {
  const pages: Record<string, string> = {};
  for (const p of PAGES) if (!p.skip) pages[p.url] = fixtureHtml(p);
  ff = await launchFirefox({ pages, uiLanguage: 'ru' });
  uiLanguage = await ff.uiLanguage();
});
after(async () => {
  await ff?.close();
});

function needsRussianUi(t: TestContext): boolean {
  if (uiLanguage.toLowerCase().startsWith('ru')) return true;
  t.skip(
    `Firefox kept UI language "${uiLanguage}" despite intl.locale.requested=ru: no Russian language pack (Debian: apt-get install firefox-esr-l10n-ru)`,
  );
  return false;
}

for (const p of PAGES) {
  test(`in a Russian Firefox the sidebar speaks Russian: ${p.label}`, { skip: p.skip, timeout: 30_000 }, async (t) => {
    if (!needsRussianUi(t)) return;
    const o = outlineOf(p);
    const page = await ff.open(p.url);
    try {
      const sb = await waitForSidebar(page); // the app's name stays "Briefing Lens" in both languages
      const toc = { role: 'navigation', name: 'Оглавление' };
      assert.equal(await count(sb, [SIDEBAR, toc]), 1, 'navigation "Оглавление"');
      const headings = await names(sb, [SIDEBAR, toc, { role: 'heading' }]);
      const ru = groupHeadings('ru');
      for (const part of ['statements', 'answers'] as const) {
        if (!o.toc.some((e) => e.part === part)) continue;
        const want = new RegExp(`^${ru[part]}(\\s+\\d+)?$`);
        assert.equal(headings.filter((h) => want.test(h)).length, 1, `heading "${ru[part]}" (headings: ${JSON.stringify(headings)})`);
      }
      assert.equal(await count(sb, [SIDEBAR, toc, { role: 'button', name: o.toc[0].title }]), 1, 'contents entries keep the page’s titles');
      assert.equal(await count(sb, [SIDEBAR, { role: 'searchbox', name: 'Поиск по брифингу' }]), 1, 'search box "Поиск по брифингу"');
    } finally {
      await page.close();
    }
  });
}

test('no console errors from the extension in the Russian Firefox', async () => {
  assert.deepEqual(ff.consoleErrors, [], 'no error in any context (web pages, extension pages and frames, background page)');
  assert.equal(ff.problems.length, 0, `console errors:\n${formatProblems(ff.problems)}`);
});
