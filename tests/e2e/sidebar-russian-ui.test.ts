/**
 * The sidebar in a Russian browser: its strings follow the browser's UI language
 * (`chrome.i18n.getUILanguage()`), not the page's. The browser is launched with `lang: 'ru'`
 * (`--lang=ru` plus LANGUAGE/LANG=ru_RU.UTF-8). Chromium only switches its UI language when it
 * ships the Russian locale pack (Debian: package chromium-l10n); without it the browser stays
 * en-US and these tests skip, saying so.
 * One browser for the file.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, test, type TestContext } from 'node:test';
import { formatProblems, groupHeadings, sidebar, sidebarFrame } from './support.ts';
import { RUSSIAN, SAMPLE, outlineOf, startHarness, tocTitleOf, type Harness } from './sidebar-support.ts';

let h: Harness | null = null;
let uiLanguage = '';

before(async () => {
  h = await startHarness([SAMPLE, RUSSIAN], { lang: 'ru' });
  const worker = h.browser.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  uiLanguage = worker ? ((await worker.evaluate('chrome.i18n.getUILanguage()')) as string) : '';
});
after(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h?.resetStorage();
});

/** Skips (with the reason) when the browser did not take the Russian UI language. */
function needsRussianUi(t: TestContext): boolean {
  if (uiLanguage.toLowerCase().startsWith('ru')) return true;
  t.skip(
    `Chromium kept UI language "${uiLanguage}" despite --lang=ru and LANGUAGE/LANG=ru_RU.UTF-8: ` +
      'it has no Russian locale pack (Debian: apt-get install chromium-l10n)',
  );
  return false;
}

for (const fixture of [RUSSIAN, SAMPLE]) {
  test(`in a Russian browser the sidebar speaks Russian: ${fixture.label}`, { skip: fixture.skip, timeout: 30_000 }, async (t) => {
    if (!needsRussianUi(t)) return;
    const o = outlineOf(fixture);
    const p = await h!.open(fixture.url, { waitForSidebar: false });
    try {
      await sidebarFrame(p);
      const aside = sidebar(p); // the app's name stays "Briefing Lens" in both languages
      await aside.waitFor({ state: 'visible', timeout: 8_000 });
      const nav = aside.getByRole('navigation', { name: 'Оглавление', exact: true });
      await nav.waitFor({ state: 'visible', timeout: 2_000 });
      const names = groupHeadings('ru');
      assert.equal(
        await nav.getByRole('heading', { name: new RegExp(`^${names.statements}(\\s+\\d+)?$`) }).count(),
        1,
        `heading "${names.statements}"`,
      );
      assert.equal(
        await nav.getByRole('heading', { name: new RegExp(`^${names.answers}(\\s+\\d+)?$`) }).count(),
        1,
        `heading "${names.answers}"`,
      );
      assert.equal(await nav.getByRole('button', { name: tocTitleOf(o, 0), exact: true }).count(), 1, 'TOC entries keep the page’s titles');
      assert.equal(
        await aside.getByRole('searchbox', { name: 'Поиск по брифингу', exact: true }).count(),
        1,
        'search box "Поиск по брифингу"',
      );
      assert.equal(await aside.getByRole('separator', { name: 'Изменить ширину панели', exact: true }).count(), 1, 'resize handle');
      await aside.getByRole('button', { name: 'Свернуть Briefing Lens', exact: true }).click();
      await aside.getByRole('button', { name: 'Открыть Briefing Lens', exact: true }).waitFor({ timeout: 2_000 });
    } finally {
      await p.close();
    }
  });
}

test('no console errors or uncaught exceptions (Russian UI tests)', (t) => {
  if (!needsRussianUi(t)) return;
  assert.deepEqual(h!.problems, [], `console problems:\n${formatProblems(h!.problems)}`);
});
