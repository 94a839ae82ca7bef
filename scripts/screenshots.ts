/**
 * `npm run screenshots`: the README's pictures, taken from the built extension (run
 * `npm run build` first) in Debian's Chromium on the bundled sample briefing, served as if on
 * mid.ru: the sidebar, a note being written, the notes library and the popup, in light and dark,
 * with the browser's UI in English and in Russian (`--lang=ru`; Chromium needs its Russian
 * language pack, Debian's chromium-l10n, or it stays in English and the Russian set is skipped).
 * Writes docs/screenshots/<view>-<lang>-<scheme>.png.
 *
 *   npm run screenshots [-- --lang=en|ru]
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { clickToolbarButton, sidebarFrame } from '../tests/e2e/support.ts';
import { selectPhrase } from '../tests/e2e/notes-support.ts';
import { launchWithExtension, REPO_ROOT, type Launched } from './lib/launch.ts';
import { startMidruServer } from './lib/midru-server.ts';

const SAMPLE_URL = 'https://mid.ru/en/press_service/spokesman/briefings/1900001/';
const OUT = join(REPO_ROOT, 'docs/screenshots');
const SCHEMES = ['light', 'dark'] as const;

/** What the reader types, and the UI's names for what is clicked, per UI language. */
const UI = {
  en: {
    addNote: 'Add note',
    highlight: 'Highlight green',
    save: 'Save note',
    remove: 'Delete highlight',
    note: 'Ask which Western countries block the budget, and since when',
  },
  ru: {
    addNote: 'Добавить заметку',
    highlight: 'Выделить зелёным',
    save: 'Сохранить заметку',
    remove: 'Удалить выделение',
    note: 'Уточнить, какие страны блокируют бюджет и с какого времени',
  },
} as const;
type Lang = keyof typeof UI;

const NOTED = 'budget deadlock is the direct result';
const GREEN = 'will hold talks in Moscow with Deputy Prime Minister and Foreign Minister';

async function settle(p: Page, ms = 400): Promise<void> {
  await p.waitForTimeout(ms); // fonts, the contents' second pass, entity painting
}

async function shoot(p: Page, name: string): Promise<void> {
  const file = join(OUT, `${name}.png`);
  await p.screenshot({ path: file });
  console.log(`  ${file.slice(REPO_ROOT.length)}`);
}

/** Two highlights, one with a note, so the sidebar, the page and the library have something to show. */
async function makeHighlights(p: Page, ui: (typeof UI)[Lang]): Promise<void> {
  await selectPhrase(p, GREEN);
  await clickToolbarButton(p, ui.highlight);
  await p.waitForTimeout(300);
  await selectPhrase(p, NOTED);
  await clickToolbarButton(p, ui.addNote);
  const frame = await sidebarFrame(p);
  const dialog = frame.getByRole('dialog');
  await dialog.waitFor({ timeout: 5_000 });
  await dialog.locator('textarea').fill(ui.note);
  await dialog.locator('input[type="text"]').fill('osce, follow-up');
  await dialog.getByRole('button', { name: ui.save, exact: true }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 5_000 });
}

async function shootLanguage(browser: Launched, lang: Lang): Promise<void> {
  const ui = UI[lang];
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(SAMPLE_URL);
  await sidebarFrame(page, 15_000);
  await settle(page, 800);
  await makeHighlights(page, ui);

  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(SAMPLE_URL);
    await sidebarFrame(page, 15_000);
    await (await sidebarFrame(page)).getByRole('tab').first().click(); // the contents
    await settle(page, 1_000);
    await shoot(page, `sidebar-${lang}-${scheme}`);

    // A note being written: a fresh selection, "Add note", text typed and not yet saved.
    await selectPhrase(page, 'review the implementation of the agreements');
    await clickToolbarButton(page, ui.addNote);
    const frame = await sidebarFrame(page);
    const dialog = frame.getByRole('dialog');
    await dialog.waitFor({ timeout: 5_000 });
    await dialog
      .locator('textarea')
      .pressSequentially(lang === 'ru' ? 'Сравнить с заявлением от 12 марта' : 'Compare with the statement of 12 March', { delay: 5 });
    await settle(page);
    await shoot(page, `note-${lang}-${scheme}`);
    // Delete that highlight, so the next pass starts from the same two.
    await dialog.getByRole('button', { name: ui.remove, exact: true }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 5_000 });
    await settle(page);

    const library = await browser.context.newPage();
    await library.setViewportSize({ width: 1280, height: 800 });
    await library.emulateMedia({ colorScheme: scheme });
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await settle(library, 1_200);
    await shoot(library, `library-${lang}-${scheme}`);
    await library.close();

    // The popup reads the active tab: open it in a background tab while the briefing is in front.
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 420 });
    await popup.emulateMedia({ colorScheme: scheme });
    await page.bringToFront();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await settle(popup, 800);
    await shoot(popup, `popup-${lang}-${scheme}`);
    await popup.close();
  }
  await page.close();
}

async function main(): Promise<void> {
  const only = process.argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  const langs = (Object.keys(UI) as Lang[]).filter((l) => !only || l === only);
  mkdirSync(OUT, { recursive: true });
  const server = await startMidruServer({
    [new URL(SAMPLE_URL).pathname]: { body: readFileSync(join(REPO_ROOT, 'tests/fixtures/sample-briefing.html'), 'utf8') },
  });
  try {
    for (const lang of langs) {
      const browser = await launchWithExtension({ port: server.port, headless: true, lang: lang === 'en' ? 'en-US' : lang });
      try {
        const worker = browser.context.serviceWorkers()[0];
        const uiLang = worker ? String(await worker.evaluate('chrome.i18n.getUILanguage()')) : '?';
        if (!uiLang.toLowerCase().startsWith(lang)) {
          console.log(
            `Skipping the ${lang} set: Chromium's UI language is ${uiLang} (install its ${lang} language pack, e.g. chromium-l10n).`,
          );
          continue;
        }
        console.log(`${lang} UI:`);
        await shootLanguage(browser, lang);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
