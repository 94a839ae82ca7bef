/**
 * Shared pieces of the e2e suites: fixture pages and where they are served, the sidebar
 * contract (role locators), console-error collection, and page-side helpers.
 *
 * The sidebar contract (from the content script's owner): one element with a random name per
 * load (`x-` and letters) appended to <html>, holding a CLOSED shadow root; inside it an
 * <iframe> with the extension page `sidebar.html` (on Chrome at a dynamic extension URL) and
 * the selection toolbar. In the frame, role `complementary` named "Briefing Lens"; inside that
 * a `navigation` named "Table of contents" with one `button` per TOC entry, named exactly the
 * entry title, under two headings ("Statements" / "Answers to questions"; in a Russian browser
 * "Заявления" / "Ответы на вопросы").
 *
 * Playwright's locators do not pierce closed shadow roots, so the sidebar is reached through its
 * Frame (found by its path; after a load or reload it is a new Frame: `await sidebarFrame(page)`
 * first), and the toolbar through the DevTools protocol (which sees closed shadow roots), with
 * the real mouse clicking at its buttons' coordinates (the product ignores untrusted clicks).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession, ElementHandle, Frame, Locator, Page } from 'playwright-core';
import { REPO_ROOT } from '../../scripts/lib/launch.ts';

export { REPO_ROOT };
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');
export const HAS_SHARED = existsSync(join(SHARED_DIR, 'fixtures')) && existsSync(join(SHARED_DIR, 'expected'));
/** node:test `skip` value for tests that read ../shared. */
export const NEEDS_SHARED = HAS_SHARED ? false : `../shared is absent (looked in ${SHARED_DIR})`;

export const SIDEBAR_TIMEOUT = 8_000;

export interface TocEntry {
  title: string;
  part: 'statements' | 'answers';
}
export interface Outline {
  isBriefing: boolean;
  language?: 'en' | 'ru';
  toc?: TocEntry[];
  sections?: Array<{ kind: 'statement' | 'qa'; title: string | null; question?: string | null }>;
}

/** A fixture page and the address it is served at; `shared` ones come from ../shared. */
export interface FixturePage {
  name: string;
  url: string;
  shared: boolean;
}

export const SAMPLE_URL = 'https://mid.ru/en/press_service/spokesman/briefings/1900001/';

export const BRIEFING_PAGES: FixturePage[] = [
  { name: 'sample-briefing', url: SAMPLE_URL, shared: false },
  { name: 'era-c-h2', url: 'https://mid.ru/ru/foreign_policy/news/1768563/?lang=en', shared: true },
  { name: 'era-c-bold-centered', url: 'https://www.mid.ru/en/foreign_policy/news/1768563/', shared: true },
  { name: 'era-c-plain', url: 'https://mid.ru/en/press_service/spokesman/briefings/1768563/', shared: true },
  {
    name: 'era-b-liferay',
    url: 'https://www.mid.ru/en/press_service/spokesman/briefings/-/asset_publisher/D2wHaWMCU6Od/content/id/4833541',
    shared: true,
  },
  {
    name: 'era-b-liferay',
    url: 'https://archive.mid.ru/en/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/4833541',
    shared: true,
  },
  { name: 'ru-briefing-era-c', url: 'https://mid.ru/ru/press_service/spokesman/briefings/1788888/', shared: true },
];

export function fixtureHtml(page: Pick<FixturePage, 'name' | 'shared'>): string {
  const dir = page.shared ? join(SHARED_DIR, 'fixtures') : join(REPO_ROOT, 'tests/fixtures');
  return readFileSync(join(dir, `${page.name}.html`), 'utf8');
}

export function expectedOutline(page: Pick<FixturePage, 'name' | 'shared'>): Outline {
  const file = page.shared
    ? join(SHARED_DIR, 'expected', `${page.name}.outline.json`)
    : join(REPO_ROOT, 'tests/fixtures', `${page.name}.outline.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Outline;
}

/** Server route key for a URL: pathname+search (the server also falls back to pathname). */
export function routeKey(url: string): string {
  const u = new URL(url);
  return u.pathname + u.search;
}

// ---- sidebar contract -------------------------------------------------------------------

/** Path of the sidebar's extension page (its origin is the extension's, dynamic on Chrome). */
export const SIDEBAR_PATH = '/sidebar.html';

export function isSidebarFrame(f: Frame): boolean {
  if (f.isDetached()) return false;
  try {
    return new URL(f.url()).pathname === SIDEBAR_PATH;
  } catch {
    return false;
  }
}

/** The page's current sidebar frame, or null (not there yet, e.g. right after a reload). */
export function currentSidebarFrame(page: Page): Frame | null {
  const frames = page.frames().filter(isSidebarFrame);
  return frames[frames.length - 1] ?? null;
}

/** Waits until the page has its sidebar frame (a new one after each load). */
export async function sidebarFrame(page: Page, ms = SIDEBAR_TIMEOUT): Promise<Frame> {
  let frame: Frame | null = null;
  await pollUntil(async () => !!(frame = currentSidebarFrame(page)), ms);
  if (!frame)
    throw new Error(
      `no ${SIDEBAR_PATH} frame in ${page.url()} within ${ms} ms (frames: ${page
        .frames()
        .map((f) => f.url())
        .join(', ')})`,
    );
  return frame;
}

/**
 * The sidebar landmark in the page's current sidebar frame. Synchronous, so it chains like a
 * locator; after a (re)load, `await sidebarFrame(page)` (or waitForSidebar) first.
 */
export function sidebar(page: Page): Locator {
  const frame = currentSidebarFrame(page);
  if (!frame) throw new Error(`no ${SIDEBAR_PATH} frame in ${page.url()} yet: await sidebarFrame(page) after a load`);
  return frame.getByRole('complementary', { name: 'Briefing Lens' });
}

/** Waits for the sidebar frame and its landmark to be shown; returns the frame. */
export async function waitForSidebar(page: Page, ms = SIDEBAR_TIMEOUT): Promise<Frame> {
  const end = Date.now() + ms;
  const frame = await sidebarFrame(page, ms);
  await frame.getByRole('complementary', { name: 'Briefing Lens' }).waitFor({ state: 'visible', timeout: Math.max(500, end - Date.now()) });
  return frame;
}

/** Tag names of the extension's host elements among <html>'s children (`x-` + letters). */
export function hostTags(page: Page): Promise<string[]> {
  return page.evaluate(
    `Array.from(document.documentElement.children).map((el) => el.localName).filter((n) => /^x-[a-z]+$/.test(n))`,
  ) as Promise<string[]>;
}
export function tocNav(page: Page): Locator {
  return sidebar(page).getByRole('navigation', { name: 'Table of contents' });
}
export function tocButton(page: Page, title: string): Locator {
  return tocNav(page).getByRole('button', { name: title, exact: true });
}
/** Sidebar strings follow the browser's UI language (English here), not the page's. */
export function groupHeadings(uiLanguage: 'en' | 'ru' = 'en'): { statements: string; answers: string } {
  return uiLanguage === 'ru'
    ? { statements: 'Заявления', answers: 'Ответы на вопросы' }
    : { statements: 'Statements', answers: 'Answers to questions' };
}

// ---- console errors ---------------------------------------------------------------------

export interface ConsoleProblem {
  url: string;
  text: string;
}

/**
 * Records console errors and uncaught exceptions of a page into `sink`. The fixture pages log
 * nothing themselves, so anything recorded comes from the extension (or a broken fixture).
 */
export function watchConsole(page: Page, sink: ConsoleProblem[]): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') sink.push({ url: page.url(), text: `console.error: ${msg.text()}` });
  });
  page.on('pageerror', (err) => sink.push({ url: page.url(), text: `pageerror: ${err.stack ?? err.message}` }));
}

export function formatProblems(problems: ConsoleProblem[]): string {
  return problems.map((p) => `  ${p.url}\n    ${p.text}`).join('\n');
}

// ---- page-side helpers ------------------------------------------------------------------

/** The expected-outline normalisation (whitespace part): NBSP -> space, collapse, trim. */
export function normalize(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Page-side code is kept as plain JS source: tsx compiles functions with esbuild's keepNames,
// which wraps inner functions in `__name(...)`, a helper that does not exist in the page.

/**
 * `(elements, arg) => Element | null`: finds, among the page's elements, the element holding a section's heading:
 * - statement: the LAST element (document order, so the innermost one, and the body heading
 *   rather than the TOC entry) whose normalised text equals `text`;
 * - qa: the block element (p, li, div, h1-h6, blockquote) with no such block inside it whose
 *   normalised text contains `text` (the question, cut to 60 characters).
 */
export const FIND_IN_JS = String.raw`(all, { kind, text }) => {
  const norm = (s) => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
  if (kind === 'statement') {
    const hits = all.filter((el) => norm(el.textContent || '') === text);
    return hits[hits.length - 1] || null;
  }
  const BLOCK = 'p, li, div, h1, h2, h3, h4, h5, h6, blockquote';
  const blocks = all.filter((el) => el.matches(BLOCK) && norm(el.textContent || '').includes(text));
  return blocks.find((el) => !Array.from(el.querySelectorAll(BLOCK)).some((b) => blocks.includes(b))) || null;
}`;

/** The page's light-DOM elements a section heading can be in (not ours, not scripts or styles). */
export const PAGE_ELEMENTS_JS = String.raw`Array.from(document.body.querySelectorAll('*')).filter(
  (el) => !/^x-[a-z]+$/.test(el.localName) && el.tagName !== 'SCRIPT' && el.tagName !== 'STYLE')`;

const FIND_SECTION_JS = String.raw`(arg) => (${FIND_IN_JS})(${PAGE_ELEMENTS_JS}, arg)`;

/** `(el) => boolean`: top edge inside the viewport, and as much of it shown as fits. */
const IN_VIEWPORT_JS = String.raw`(el) => {
  const r = el.getBoundingClientRect();
  const vh = window.innerHeight;
  if (r.width === 0 && r.height === 0) return false;
  return r.top >= -2 && r.top < vh && r.top + Math.min(r.height, vh) <= vh + 2;
}`;

export async function findSectionElement(
  page: Page,
  arg: { kind: 'statement' | 'qa'; text: string },
): Promise<ElementHandle<Element> | null> {
  const handle = await page.evaluateHandle(`(${FIND_SECTION_JS})(${JSON.stringify(arg)})`);
  const el = handle.asElement() as ElementHandle<Element> | null;
  if (!el) await handle.dispose();
  return el;
}

export function isInViewport(el: ElementHandle<Element>): Promise<boolean> {
  return el.evaluate(new Function('el', `return (${IN_VIEWPORT_JS})(el)`) as (el: Element) => boolean);
}

/** Polls `check` every 100 ms until it is true or `ms` have passed; returns the last result. */
export async function pollUntil(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= end) return false;
    await sleep(100);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

// ---- the selection toolbar (in the closed shadow root) ----------------------------------

const cdpSessions = new WeakMap<Page, Promise<CDPSession>>();
function cdp(page: Page): Promise<CDPSession> {
  let s = cdpSessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    cdpSessions.set(page, s);
  }
  return s;
}

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: Array<CdpNode & { shadowRootType?: string }>;
}

export interface ToolbarButton {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface ToolbarView {
  label: string | null;
  shown: boolean;
  buttons: ToolbarButton[];
}

/** Runs in the page's main world with `this` = the host's closed shadow root. */
const TOOLBAR_VIEW_JS = String.raw`function () {
  const bar = this.querySelector('[role="toolbar"]');
  if (!bar) return null;
  const r = bar.getBoundingClientRect();
  const buttons = Array.from(bar.querySelectorAll('button')).map((b) => {
    const br = b.getBoundingClientRect();
    return { name: b.getAttribute('aria-label') || (b.textContent || '').trim(), x: br.left + br.width / 2, y: br.top + br.height / 2, width: br.width, height: br.height };
  });
  return { label: bar.getAttribute('aria-label'), shown: !bar.hidden && getComputedStyle(bar).display !== 'none' && r.width > 0 && r.height > 0, buttons };
}`;

/**
 * The selection toolbar as the page shows it (viewport coordinates of its buttons), read through
 * the DevTools protocol from the extension's closed shadow root; null when there is none.
 */
export async function selectionToolbar(page: Page): Promise<ToolbarView | null> {
  const s = await cdp(page);
  const { root } = (await s.send('DOM.getDocument', { depth: 3, pierce: true })) as { root: CdpNode };
  const html = root.children?.find((n) => n.nodeName === 'HTML');
  for (const el of html?.children ?? []) {
    if (!/^x-[a-z]+$/.test(el.localName ?? '')) continue;
    const shadow = el.shadowRoots?.[0];
    if (!shadow) continue;
    const { object } = await s.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    if (!object.objectId) continue;
    try {
      const { result } = await s.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: TOOLBAR_VIEW_JS,
        returnByValue: true,
      });
      if (result.value) return result.value as ToolbarView;
    } finally {
      await s.send('Runtime.releaseObject', { objectId: object.objectId }).catch(() => undefined);
    }
  }
  return null;
}

/** Waits until the toolbar is shown; returns it (fails after `ms`). */
export async function waitForToolbar(page: Page, ms = 3_000): Promise<ToolbarView> {
  let view: ToolbarView | null = null;
  const ok = await pollUntil(async () => !!(view = await selectionToolbar(page))?.shown, ms);
  if (!ok || !view) throw new Error(`the selection toolbar was not shown within ${ms} ms (${JSON.stringify(view)})`);
  return view;
}

/** Clicks the toolbar button named `name` with the real mouse (a trusted click), once shown. */
export async function clickToolbarButton(page: Page, name: string, ms = 3_000): Promise<void> {
  const view = await waitForToolbar(page, ms);
  const b = view.buttons.find((x) => x.name === name);
  if (!b) throw new Error(`no toolbar button named ${JSON.stringify(name)} (has ${JSON.stringify(view.buttons.map((x) => x.name))})`);
  await page.mouse.click(b.x, b.y);
}
