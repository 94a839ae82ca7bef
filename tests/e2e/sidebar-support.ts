/**
 * Shared pieces of the sidebar-behaviour suites (shell, navigation, search and citations,
 * hostile CSS, accessibility, Russian UI), on top of ./support.ts:
 *  - the four pages the sidebar issue names (the bundled sample; from ../shared the current
 *    English layout, the Liferay layout and the Russian page) and their mid.ru addresses;
 *  - one server + one browser per test file, with the extension's storage cleared between tests;
 *  - independent oracles computed from the fixture page itself (never from the extension's
 *    code): section ids, the text of each section, the answer paragraphs of a Q&A pair, and the
 *    expected citation strings.
 */
import assert from 'node:assert/strict';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension, type Launched, type LaunchOptions } from '../../scripts/lib/launch.ts';
import { startMidruServer, type MidruServer } from '../../scripts/lib/midru-server.ts';
import {
  NEEDS_SHARED,
  SAMPLE_URL,
  SIDEBAR_TIMEOUT,
  expectedOutline,
  fixtureHtml,
  routeKey,
  sidebar,
  waitForSidebar as sidebarShown,
  watchConsole,
  type ConsoleProblem,
  type Outline,
  FIND_IN_JS,
  PAGE_ELEMENTS_JS,
} from './support.ts';

export interface SidebarPage {
  /** Short label for test names. */
  label: string;
  name: string;
  shared: boolean;
  url: string;
  /** node:test `skip` value: false, or why the page is not available. */
  skip: string | false;
}

const page = (label: string, name: string, shared: boolean, url: string): SidebarPage => ({
  label,
  name,
  shared,
  url,
  skip: shared ? NEEDS_SHARED : false,
});

export const SAMPLE = page('sample (bundled)', 'sample-briefing', false, SAMPLE_URL);
export const ERA_C = page('current layout, English', 'era-c-h2', true, 'https://mid.ru/ru/foreign_policy/news/1768563/?lang=en');
export const LIFERAY = page(
  'Liferay layout, English',
  'era-b-liferay',
  true,
  'https://www.mid.ru/en/press_service/spokesman/briefings/-/asset_publisher/D2wHaWMCU6Od/content/id/4833541',
);
export const RUSSIAN = page(
  'current layout, Russian',
  'ru-briefing-era-c',
  true,
  'https://mid.ru/ru/press_service/spokesman/briefings/1788888/',
);

export const SIDEBAR_PAGES: SidebarPage[] = [SAMPLE, ERA_C, LIFERAY, RUSSIAN];

// ---- one server and one browser per test file ---------------------------------------------

/** The build under test: BL_EXTENSION_DIR, or (unset) the launcher's default .output/chrome-mv3. */
export const EXTENSION_DIR = process.env.BL_EXTENSION_DIR || undefined;

export interface Harness {
  server: MidruServer;
  browser: Launched;
  problems: ConsoleProblem[];
  /**
   * Opens `url` in a fresh page (console watched) and waits for the sidebar. `reducedMotion`
   * emulates prefers-reduced-motion, so the sidebar's jumps are instant instead of smooth
   * (a smooth scroll across a long briefing takes ~1.5 s).
   */
  open(url: string, opts?: { waitForSidebar?: boolean; reducedMotion?: boolean }): Promise<Page>;
  /** Clears the extension's storage (settings) so each test starts from the defaults. */
  resetStorage(): Promise<void>;
  /** The stored sidebar settings (`chrome.storage.local` key `sidebarSettings`). */
  storedSettings(): Promise<Record<string, unknown> | undefined>;
  close(): Promise<void>;
}

/** Starts the mid.ru server with `pages` (and `extra` routes) and a browser with the extension. */
export async function startHarness(
  pages: SidebarPage[],
  { extra = {}, ...launch }: Omit<LaunchOptions, 'port'> & { extra?: Record<string, string> } = {},
): Promise<Harness> {
  const server = await startMidruServer({});
  for (const p of pages) {
    if (p.skip) continue;
    server.setRoute(routeKey(p.url), { body: fixtureHtml(p) });
  }
  for (const [url, body] of Object.entries(extra)) server.setRoute(routeKey(url), { body });
  let browser: Launched;
  try {
    browser = await launchWithExtension({ extensionDir: EXTENSION_DIR, ...launch, port: server.port });
  } catch (err) {
    await server.close();
    throw err;
  }
  const problems: ConsoleProblem[] = [];

  const worker = async (): Promise<Worker> => {
    const isExt = (w: Worker) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`);
    return (
      browser.context.serviceWorkers().find(isExt) ??
      (await browser.context.waitForEvent('serviceworker', { predicate: isExt, timeout: 10_000 }))
    );
  };

  return {
    server,
    browser,
    problems,
    async open(url, { waitForSidebar = true, reducedMotion = false } = {}) {
      const p = await browser.context.newPage();
      watchConsole(p, problems);
      if (reducedMotion) await p.emulateMedia({ reducedMotion: 'reduce' });
      await p.goto(url, { waitUntil: 'load' });
      if (waitForSidebar) {
        await sidebarShown(p, SIDEBAR_TIMEOUT).catch((e: unknown) =>
          assert.fail(`no "Briefing Lens" sidebar within ${SIDEBAR_TIMEOUT} ms at ${url}: ${e instanceof Error ? e.message : String(e)}`),
        );
      }
      return p;
    },
    async resetStorage() {
      const w = await worker();
      // Strings, not functions: `chrome` is the worker's global (no types for it here).
      await w.evaluate('chrome.storage.local.clear()');
    },
    async storedSettings() {
      const w = await worker();
      return (await w.evaluate(`chrome.storage.local.get('sidebarSettings').then((r) => r.sidebarSettings)`)) as
        | Record<string, unknown>
        | undefined;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

// ---- oracles from the fixture itself --------------------------------------------------------

/** The outline of a page (../shared/expected or tests/fixtures), with toc/sections present. */
export function outlineOf(p: SidebarPage): Required<Pick<Outline, 'toc' | 'sections'>> & Outline & { title: string; speaker: string } {
  const o = expectedOutline(p) as Outline & { title: string; speaker: string };
  return { ...o, toc: o.toc ?? [], sections: o.sections ?? [] };
}

const RU_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * The documented fragment id of a section title (`#bl-update-on-afghanistan`): lower case,
 * Cyrillic transliterated, accents dropped, the first eight runs of [a-z0-9] joined by '-'.
 * Written here from the spec (not imported) so a change of the ids, which would break every
 * link readers have shared, fails the tests.
 */
export function expectedSectionId(title: string): string {
  const latin = [...title.toLowerCase()]
    .map((c) => (c in RU_LATIN ? RU_LATIN[c] : c))
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return `bl-${(latin.match(/[a-z0-9]+/g) ?? []).slice(0, 8).join('-')}`;
}

/** What identifies a section's first block on the page (see support.ts findSectionElement). */
export function sectionFind(o: Outline, index: number): { kind: 'statement' | 'qa'; text: string } {
  const s = (o.sections ?? [])[index];
  return s.kind === 'statement' ? { kind: 'statement', text: s.title ?? '' } : { kind: 'qa', text: s.question ?? '' };
}

/** The title the sidebar's TOC shows for section `index` (the printed TOC entry of its part). */
export function tocTitleOf(o: Outline, index: number): string {
  const sections = o.sections ?? [];
  const s = sections[index];
  const part = s.kind === 'statement' ? 'statements' : 'answers';
  const k = sections.slice(0, index).filter((x) => x.kind === s.kind).length;
  const entry = (o.toc ?? []).filter((e) => e.part === part)[k];
  assert.ok(entry, `the outline has a TOC entry for section ${index}`);
  return entry.title;
}

/**
 * A page-side JS expression for the first block of every section of `o`, in order (elements, or
 * null where one is not found), found as support.ts findSectionElement does.
 */
export function sectionStartsExpr(o: Outline): string {
  const finds = (o.sections ?? []).map((_, i) => sectionFind(o, i));
  return String.raw`((finds) => {
    const all = ${PAGE_ELEMENTS_JS};
    const find = ${FIND_IN_JS};
    return finds.map((f) => find(all, f));
  })(${JSON.stringify(finds)})`;
}

/**
 * `(starts) => string[]`: the whitespace-normalised text of each section, from the start of its
 * first block up to the start of the next section's (the last one: to the end of the element
 * holding all sections). Statement headings are included; Q&A titles (from the printed TOC)
 * are not, as they are not in the section's body on these pages.
 */
const SECTION_TEXTS_JS = String.raw`(starts) => {
  const norm = (s) => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
  if (starts.some((s) => !s)) return null;
  let container = starts[0].parentElement;
  while (!starts.every((s) => container.contains(s))) container = container.parentElement;
  return starts.map((s, i) => {
    const r = document.createRange();
    r.setStartBefore(s);
    if (i + 1 < starts.length) r.setEndBefore(starts[i + 1]);
    else r.setEnd(container, container.childNodes.length);
    return norm(r.toString());
  });
}`;

export async function sectionTexts(p: Page, o: Outline): Promise<string[]> {
  const texts = (await p.evaluate(`(${SECTION_TEXTS_JS})(${sectionStartsExpr(o)})`)) as string[] | null;
  assert.ok(texts, 'every section of the outline is found on the page');
  return texts;
}

/**
 * `({ question, speaker }) => string[]`: a Q&A pair's answer paragraphs as the page shows them:
 * the block after the question that starts with "<speaker>:" (label removed) and the blocks
 * after it, up to the back-link, the next question label or a heading; spacer paragraphs
 * (NBSP only) are skipped.
 */
const ANSWER_JS = String.raw`({ question, speaker }) => {
  const norm = (s) => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
  const all = ${PAGE_ELEMENTS_JS};
  const find = ${FIND_IN_JS};
  const q = find(all, { kind: 'qa', text: question });
  if (!q) return null;
  const out = [];
  let started = false;
  for (let el = q.nextElementSibling; el; el = el.nextElementSibling) {
    const text = norm(el.textContent || '');
    if (!started) {
      if (text.startsWith(speaker + ':')) {
        started = true;
        out.push(norm(text.slice(speaker.length + 1)));
      }
      continue;
    }
    if (!text) continue;
    const links = el.querySelectorAll('a[href^="#"]');
    const backLink = links.length === 1 && norm(links[0].textContent || '') === text;
    if (backLink || /^(Question|Вопрос)[^:]{0,40}:/.test(text) || /^H[1-6]$/.test(el.tagName)) break;
    out.push(text);
  }
  return started ? out : null;
}`;

export async function answerParagraphs(p: Page, question: string, speaker: string): Promise<string[]> {
  const paras = (await p.evaluate(`(${ANSWER_JS})(${JSON.stringify({ question, speaker })})`)) as string[] | null;
  assert.ok(paras && paras.length > 0, `the page has answer paragraphs by ${speaker} after "${question}"`);
  return paras;
}

/** The citation format (lib/briefing/citation.ts) for a page whose title carries place and date. */
export function expectedCitation(a: {
  language: 'en' | 'ru';
  paragraphs: string[];
  speaker: string;
  pageTitle: string;
  sectionTitle: string;
  url: string;
  format: 'text' | 'markdown';
}): string {
  const [open, close] = a.language === 'ru' ? ['«', '»'] : ['“', '”'];
  const label = a.language === 'ru' ? 'Раздел' : 'Section';
  const dot = (s: string) => (s.endsWith('.') ? s : `${s}.`);
  const section = ` ${label}: ${open}${a.sectionTitle}${close}.`;
  if (a.format === 'markdown') {
    // Page text is escaped in Markdown (CommonMark's inline specials and HTML), the link is <…>.
    const esc = (t: string) => t.replace(/[\\`*_[\]<>&|~]/g, (c) => `\\${c}`);
    const escLine = (t: string) =>
      esc(t)
        .replace(/^(#|>|\+|-|=)/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2');
    const quote = a.paragraphs.map((t) => `> ${escLine(t)}`).join('\n>\n');
    return `${quote}\n>\n> — ${dot(`**${esc(a.speaker)}**, [${esc(a.pageTitle)}](<${a.url}>)`)} ${label}: ${open}${esc(a.sectionTitle)}${close}.\n`;
  }
  return `${open}${a.paragraphs.join('\n\n')}${close}\n— ${dot(`${a.speaker}, ${a.pageTitle}`)}${section}\n${a.url}\n`;
}

/** The page address without its fragment. */
export function withoutHash(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.toString();
}

// ---- small page helpers ---------------------------------------------------------------------

/** Polls `check` every 25 ms (support.ts's pollUntil polls every 100 ms) until true or `ms` pass. */
export async function poll(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= end) return false;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Resolves once the page has not scrolled for 150 ms (a smooth scroll has ended), at most `ms`. */
export async function scrollSettled(p: Page, ms = 3_000): Promise<void> {
  let last = -1;
  let since = Date.now();
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const y = await p.evaluate(() => window.scrollY);
    if (y !== last) {
      last = y;
      since = Date.now();
    } else if (Date.now() - since >= 150) return;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The accessible names (text) of the sidebar buttons that carry aria-current. */
export function currentEntries(p: Page): Promise<string[]> {
  return sidebar(p)
    .locator('[aria-current]')
    .evaluateAll((els) => els.map((b) => `${b.textContent?.trim()} [${b.getAttribute('aria-current')}]`));
}

/** Reloads the page and waits for its (new) sidebar frame and landmark. */
export async function reloadWithSidebar(p: Page): Promise<void> {
  await p.reload({ waitUntil: 'load' });
  await sidebarShown(p);
}
