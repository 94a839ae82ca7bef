/**
 * Pieces of the highlights-and-notes suite (notes.test.ts), on top of ./support.ts and
 * ./sidebar-support.ts:
 *  - the pages it runs on, each with a second address of the same briefing, its expected
 *    briefing key, and two phrases to highlight (chosen by reading the fixture; each occurs once);
 *  - the notes UI contract: the selection toolbar in the page (in our closed shadow root: read
 *    through the DevTools protocol, clicked with the real mouse), and as role locators in the
 *    sidebar frame the note dialog and the Notes tab;
 *  - page-side probes run in the page's MAIN world: selecting a phrase in the article, the
 *    `bl-note-*` entries of the CSS highlight registry, where a painted range is, and what the
 *    page's own storage (IndexedDB of the mid.ru origin, local/sessionStorage) holds;
 *  - service-worker probes: the extension's IndexedDB (`briefing-lens`, store `highlights`),
 *    read and written directly, as an oracle independent of the page and the messages.
 *
 * Page-side and worker-side code is plain JS source (tsx compiles functions with esbuild's
 * keepNames, which wraps inner functions in `__name(...)`, a helper that exists in neither).
 */
import assert from 'node:assert/strict';
import type { BrowserContext, Frame, Locator, Page, Worker } from 'playwright-core';
import {
  BRIEFING_PAGES,
  clickToolbarButton,
  currentSidebarFrame,
  sidebar,
  sidebarFrame,
  waitForToolbar,
  type ToolbarView,
} from './support.ts';
import { LIFERAY, SAMPLE, outlineOf, poll, type SidebarPage } from './sidebar-support.ts';

export const DB_NAME = 'briefing-lens';
export const STORE = 'highlights';
export const COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type Colour = (typeof COLOURS)[number];
export const highlightName = (c: Colour) => `bl-note-${c}`;

// ---- pages ----------------------------------------------------------------------------------

export interface Phrase {
  /** Exact text in the article (occurs once). */
  text: string;
  /** Index of the section it is in (expected outline), for the section title the list shows. */
  section: number;
}

export interface NotesCase {
  page: SidebarPage;
  /** Another address of the same briefing (www., ?lang=en, archive., another path). */
  alt: string;
  /** The canonical key all its highlights are stored under. */
  key: string;
  /** Highlighted yellow through "Add note", with a note and tags. Later in the page than `green`. */
  noted: Phrase;
  /** Highlighted through "Highlight green" (no note). Earlier in the page than `noted`. */
  green: Phrase;
  note: string;
  /** What is typed in "Tags (comma-separated)", and the tags that must come of it. */
  tagsInput: string;
  tags: string[];
}

const LIFERAY_ARCHIVE = BRIEFING_PAGES.find((p) => p.name === 'era-b-liferay' && p.url.includes('archive.'))!.url;

export const SAMPLE_ALT = 'https://www.mid.ru/ru/foreign_policy/news/1900001/?lang=en';

export const NOTES_CASES: NotesCase[] = [
  {
    page: SAMPLE,
    alt: SAMPLE_ALT,
    key: 'mid.ru/1900001',
    noted: { text: 'budget deadlock is the direct result', section: 1 },
    // Longer than 60 characters: its list entry's name is cut with "…".
    green: { text: 'will hold talks in Moscow with Deputy Prime Minister and Foreign Minister', section: 0 },
    note: 'Ask which Western countries block the budget',
    tagsInput: 'vienna-session,  follow up , vienna-session',
    tags: ['vienna-session', 'follow up'],
  },
  {
    page: LIFERAY,
    alt: LIFERAY_ARCHIVE,
    key: 'mid.ru/asset/4833541',
    noted: { text: 'The situation in Afghanistan is degrading', section: 1 },
    green: { text: 'Russia saved the people of South Ossetia from destruction', section: 0 },
    note: 'Compare with the July assessment',
    tagsInput: 'afghanistan-watch',
    tags: ['afghanistan-watch'],
  },
];

export function sectionTitle(c: NotesCase, p: Phrase): string {
  const title = outlineOf(c.page).sections[p.section]?.title;
  assert.ok(title, `the outline of ${c.page.name} has a title for section ${p.section}`);
  return title;
}

/** What the Notes list shows of a quote in button names: its first 60 characters, then "…". */
export const shortQuote = (q: string) => (q.length > 60 ? `${q.slice(0, 60)}…` : q);

// ---- locators -------------------------------------------------------------------------------

export const TOOLBAR_NAME = 'Highlight the selection';

/** Waits for the selection toolbar (named "Highlight the selection") to be shown over the page. */
export async function toolbarShown(p: Page, ms = 3_000): Promise<ToolbarView> {
  const view = await waitForToolbar(p, ms);
  assert.equal(view.label, TOOLBAR_NAME, 'the toolbar is named "Highlight the selection"');
  return view;
}
/** Clicks a toolbar button ("Highlight green", "Add note", …) with the real mouse. */
export async function toolbarClick(p: Page, name: string, ms = 3_000): Promise<void> {
  await toolbarShown(p, ms);
  await clickToolbarButton(p, name, ms);
}
/** The note editor, in the sidebar frame's Notes tab. */
export function noteDialog(p: Page): Locator {
  return sidebar(p).getByRole('dialog', { name: 'Highlight and note', exact: true });
}
export function notesTab(p: Page): Locator {
  return sidebar(p).getByRole('tab', { name: 'Notes', exact: true });
}
export function notesPanel(p: Page): Locator {
  return sidebar(p).getByRole('tabpanel', { name: 'Notes', exact: true });
}
export function goToButton(p: Page, quote: string): Locator {
  return notesPanel(p).getByRole('button', { name: `Go to highlight: ${shortQuote(quote)}`, exact: true });
}
function sidebarFrameOf(p: Page): Frame {
  const f = currentSidebarFrame(p);
  assert.ok(f, 'the page has its sidebar frame');
  return f;
}
/** The list entry of an anchored highlight (the item holding its "Go to highlight" button). */
export function noteItem(p: Page, quote: string): Locator {
  // `has` is matched inside each list item, so it is a locator relative to the item.
  return notesPanel(p)
    .getByRole('listitem')
    .filter({ has: sidebarFrameOf(p).getByRole('button', { name: `Go to highlight: ${shortQuote(quote)}`, exact: true }) });
}
export function editButton(p: Page, quote: string): Locator {
  return notesPanel(p).getByRole('button', { name: `Edit note for: ${shortQuote(quote)}`, exact: true });
}
export function deleteButton(p: Page, quote: string): Locator {
  return notesPanel(p).getByRole('button', { name: `Delete highlight: ${shortQuote(quote)}`, exact: true });
}

/**
 * Waits until the page's notes are loaded (the Notes tab is offered only then). The selection
 * toolbar listens for selection changes from then on: select after this.
 */
export async function notesReady(p: Page): Promise<void> {
  await sidebarFrame(p);
  await notesTab(p).waitFor({ state: 'visible', timeout: 8_000 });
}

/** Opens the Notes tab (it exists once the notes are loaded from the background). */
export async function openNotesTab(p: Page): Promise<Locator> {
  await notesTab(p).click({ timeout: 8_000 });
  await notesPanel(p).waitFor({ state: 'visible', timeout: 2_000 });
  return notesPanel(p);
}

/** The quotes of the "Go to highlight" buttons, in list order (names without the prefix). */
export async function listedQuotes(p: Page): Promise<string[]> {
  const names = await notesPanel(p)
    .getByRole('button', { name: /^Go to highlight: / })
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
  return names.map((n) => n.replace(/^Go to highlight: /, ''));
}

/** Waits until the list shows exactly `quotes` (short forms), in this order. */
export async function expectListed(p: Page, quotes: string[], when: string, ms = 5_000): Promise<void> {
  await openNotesTab(p);
  const want = quotes.map(shortQuote);
  const ok = await poll(async () => JSON.stringify(await listedQuotes(p)) === JSON.stringify(want), ms);
  assert.ok(ok, `${when}: the Notes tab should list ${JSON.stringify(want)} in page order, lists ${JSON.stringify(await listedQuotes(p))}`);
}

// ---- page-side probes (main world) ----------------------------------------------------------

/**
 * `(phrase) => {count, selected, visible} | {error}`: scrolls the block holding the phrase's
 * only occurrence in `div.text.article-content` to the middle of the viewport, then selects it
 * with a DOM Range (across text nodes if need be), as a reader's drag would.
 */
const SELECT_JS = String.raw`(phrase) => {
  const root = document.querySelector('div.text.article-content');
  if (!root) return { error: 'no div.text.article-content on the page' };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n, at: text.length });
    text += n.data;
  }
  const start = text.indexOf(phrase);
  if (start < 0) return { error: 'the phrase is not in the article: ' + phrase };
  const count = text.split(phrase).length - 1;
  const end = start + phrase.length;
  const at = (offset, isEnd) => {
    for (const x of nodes) {
      const len = x.node.data.length;
      if (offset >= x.at && (isEnd ? offset <= x.at + len : offset < x.at + len)) return [x.node, offset - x.at];
    }
    return null;
  };
  const s = at(start, false);
  const e = at(end, true);
  s[0].parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
  const range = document.createRange();
  range.setStart(s[0], s[1]);
  range.setEnd(e[0], e[1]);
  const sel = getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
  const r = range.getBoundingClientRect();
  return { count, selected: sel.toString(), visible: r.top >= 0 && r.bottom <= innerHeight };
}`;

/** Page-side source of an expression that selects `phrase` (see SELECT_JS), for init scripts. */
export function selectPhraseSource(phrase: string): string {
  return `(${SELECT_JS})(${JSON.stringify(phrase)})`;
}

export async function selectPhrase(p: Page, phrase: string): Promise<void> {
  const r = (await p.evaluate(`(${SELECT_JS})(${JSON.stringify(phrase)})`)) as
    | { error: string }
    | { count: number; selected: string; visible: boolean };
  if ('error' in r) assert.fail(r.error);
  assert.equal(r.count, 1, `"${phrase}" occurs once in the article`);
  assert.equal(r.selected, phrase, 'the selection is the phrase');
  assert.ok(r.visible, 'the selected phrase is in the viewport');
}

/** `bl-note-*` highlights of the page's registry: name -> the text of each range. */
export async function noteRegistry(p: Page): Promise<Record<string, string[]>> {
  return (await p.evaluate(`(() => {
    const out = {};
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('bl-note')) continue;
      out[name] = [...h].map((r) => (r instanceof Range ? r.toString() : '<StaticRange>'));
    }
    return out;
  })()`)) as Record<string, string[]>;
}

/** Whether `bl-note-<colour>` has a range whose text is exactly `text`. */
export async function isPainted(p: Page, colour: Colour, text: string): Promise<boolean> {
  return ((await noteRegistry(p))[highlightName(colour)] ?? []).includes(text);
}

/** Every `bl-note-<colour>` range text, over all colours (the active marker excluded). */
export async function paintedTexts(p: Page): Promise<string[]> {
  const reg = await noteRegistry(p);
  return COLOURS.flatMap((c) => reg[highlightName(c)] ?? []);
}

export async function expectPainted(p: Page, want: Array<[Colour, string]>, when: string, ms = 5_000): Promise<void> {
  const check = async () => {
    for (const [c, t] of want) if (!(await isPainted(p, c, t))) return false;
    return true;
  };
  const ok = await poll(check, ms);
  assert.ok(ok, `${when}: painted should include ${JSON.stringify(want)}; bl-note highlights are ${JSON.stringify(await noteRegistry(p))}`);
}

export async function expectNotPainted(p: Page, text: string, when: string, ms = 3_000): Promise<void> {
  const ok = await poll(async () => !(await paintedTexts(p)).includes(text), ms);
  assert.ok(ok, `${when}: "${text}" should not be painted; bl-note highlights are ${JSON.stringify(await noteRegistry(p))}`);
}

/**
 * `({colour, text}) => geometry`: scrolls the painted range to the middle of the viewport and
 * gives the centre of its first client rect, what is under that point, and whether the range is
 * inside the viewport (without scrolling when `scroll` is false).
 */
const RANGE_JS = String.raw`({ colour, text, scroll }) => {
  const h = CSS.highlights.get('bl-note-' + colour);
  const range = h && [...h].find((r) => r instanceof Range && r.toString() === text);
  if (!range) return null;
  if (scroll) range.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
  const rect = range.getClientRects()[0];
  const all = range.getBoundingClientRect();
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  const under = document.elementFromPoint(x, y);
  return {
    x, y,
    underArticle: !!under && !!under.closest('div.text.article-content') && !/^x-[a-z]+$/.test(under.localName),
    inViewport: all.height > 0 && all.top >= 0 && all.bottom <= innerHeight && all.left >= 0 && all.right <= innerWidth,
    docTop: all.top + scrollY,
    scrollY,
    innerHeight,
  };
}`;

export interface RangeGeometry {
  x: number;
  y: number;
  underArticle: boolean;
  inViewport: boolean;
  docTop: number;
  scrollY: number;
  innerHeight: number;
}

export async function paintedRange(p: Page, colour: Colour, text: string, scroll: boolean): Promise<RangeGeometry | null> {
  return (await p.evaluate(`(${RANGE_JS})(${JSON.stringify({ colour, text, scroll })})`)) as RangeGeometry | null;
}

/** Number of elements in the article (painting must not add any). */
export function articleElementCount(p: Page): Promise<number> {
  return p.evaluate(`document.querySelector('div.text.article-content').querySelectorAll('*').length`) as Promise<number>;
}

export interface PageWorldView {
  /** Names of the page origin's IndexedDB databases. */
  databases: string[];
  /** Page-origin databases (name/store) whose records contain one of the searched texts. */
  hits: string[];
  /** Opening `briefing-lens` from the page: absent (the open was refused at upgrade) or its stores. */
  direct: { exists: false } | { exists: true; stores: string[] };
  /** Whether localStorage or sessionStorage holds one of the texts. */
  webStorageHit: boolean;
}

/** Everything a script of the page (main world) can see of the texts, in the page's storage. */
export async function pageWorldView(p: Page, texts: string[]): Promise<PageWorldView> {
  return (await p.evaluate(`(async (texts) => {
    const req = (r) => new Promise((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = (e) => { e.preventDefault(); rej(r.error); }; });
    const has = (v) => { const s = JSON.stringify(v); return texts.some((t) => s.includes(t)); };
    const dbs = await indexedDB.databases();
    const hits = [];
    for (const d of dbs) {
      const db = await req(indexedDB.open(d.name, d.version));
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await req(db.transaction(store).objectStore(store).getAll());
        if (has(all)) hits.push(d.name + '/' + store);
      }
      db.close();
    }
    const direct = await new Promise((res) => {
      const r = indexedDB.open(${JSON.stringify(DB_NAME)});
      // Not there: refuse the upgrade, so that probing creates nothing in the page's origin.
      r.onupgradeneeded = () => r.transaction.abort();
      r.onsuccess = () => { const stores = Array.from(r.result.objectStoreNames); r.result.close(); res({ exists: true, stores }); };
      r.onerror = (e) => { e.preventDefault(); res({ exists: false }); };
    });
    const web = [localStorage, sessionStorage].flatMap((s) => Object.keys(s).map((k) => k + '=' + s.getItem(k)));
    return { databases: dbs.map((d) => d.name), hits, direct, webStorageHit: has(web) };
  })(${JSON.stringify(texts)})`)) as PageWorldView;
}

/**
 * What a page script gets when it asks our background for every highlight itself: 'no runtime'
 * (no `chrome.runtime.sendMessage` in the page's world: the extension is not externally
 * connectable), 'refused: …', or the answer as JSON.
 */
export async function pageAsksBackground(p: Page, extensionId: string): Promise<string> {
  return (await p.evaluate(`(async (id) => {
    const rt = globalThis.chrome && globalThis.chrome.runtime;
    if (!rt || typeof rt.sendMessage !== 'function') return 'no runtime';
    try {
      return JSON.stringify(await rt.sendMessage(id, { type: 'highlights/listAll' }));
    } catch (e) {
      return 'refused: ' + (e && e.message);
    }
  })(${JSON.stringify(extensionId)})`)) as string;
}

// ---- service worker (the extension's origin) ------------------------------------------------

export interface StoredHighlight {
  id: string;
  briefingKey: string;
  url: string;
  selectors: Array<{ type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }>;
  section: { id: string; title: string | null; offset: number } | null;
  quote: string;
  color: Colour;
  note: string;
  tags: string[];
  created: number;
  updated: number;
  language?: 'en' | 'ru';
}

export async function extensionWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith(`chrome-extension://${extensionId}/`);
  return context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 10_000 }));
}

/** Opens the existing database in the worker; refuses to create it (that would bypass the upgrade). */
const SW_OPEN = String.raw`new Promise((res, rej) => {
  const r = indexedDB.open(${JSON.stringify(DB_NAME)});
  r.onupgradeneeded = () => r.transaction.abort();
  r.onsuccess = () => res(r.result);
  r.onerror = () => rej(new Error('the extension has no ' + ${JSON.stringify(DB_NAME)} + ' database: ' + r.error));
})`;

/** All records of the extension's `highlights` store. */
export async function storedHighlights(w: Worker): Promise<StoredHighlight[]> {
  return (await w.evaluate(`(async () => {
    const db = await ${SW_OPEN};
    try {
      return await new Promise((res, rej) => {
        const r = db.transaction(${JSON.stringify(STORE)}).objectStore(${JSON.stringify(STORE)}).getAll();
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
    } finally { db.close(); }
  })()`)) as StoredHighlight[];
}

/** Database names of the extension's origin. */
export async function workerDatabases(w: Worker): Promise<string[]> {
  return (await w.evaluate(`indexedDB.databases().then((l) => l.map((d) => d.name))`)) as string[];
}

async function writeStore(w: Worker, op: 'put' | 'delete', arg: unknown): Promise<void> {
  await w.evaluate(`(async () => {
    const db = await ${SW_OPEN};
    try {
      await new Promise((res, rej) => {
        const tx = db.transaction(${JSON.stringify(STORE)}, 'readwrite');
        tx.objectStore(${JSON.stringify(STORE)}).${op}(${JSON.stringify(arg)});
        tx.oncomplete = () => res();
        tx.onerror = () => rej(tx.error);
        tx.onabort = () => rej(tx.error || new Error('aborted'));
      });
    } finally { db.close(); }
  })()`);
}

export const putStored = (w: Worker, record: StoredHighlight) => writeStore(w, 'put', record);
export const deleteStored = (w: Worker, id: string) => writeStore(w, 'delete', id);

export async function storedFor(w: Worker, key: string): Promise<StoredHighlight[]> {
  return (await storedHighlights(w)).filter((r) => r.briefingKey === key);
}

export async function storedByQuote(w: Worker, key: string, quote: string): Promise<StoredHighlight | undefined> {
  return (await storedFor(w, key)).find((r) => r.quote === quote);
}
