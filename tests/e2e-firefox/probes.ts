/**
 * What the Firefox tests read or do on the page itself, as a reader's browser shows it: the CSS
 * highlight registry, a selection made with the mouse, where a section is; and the extension's
 * own IndexedDB, read from one of its pages (an oracle independent of the UI).
 *
 * Page-side code is JS source (see ../e2e/shared/roles.ts for why).
 */
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { FIND_IN_JS, PAGE_ELEMENTS_JS } from '../e2e/support.ts';
import { poll, withTimeout } from './harness.ts';

/** `CSS.highlights` of the page: name -> the text of each range (null when the API is missing). */
export async function highlightRegistry(page: Page): Promise<Record<string, string[]> | null> {
  return (await page.evaluate(`(() => {
    if (!window.CSS || !CSS.highlights) return null;
    const out = {};
    for (const [name, h] of CSS.highlights) out[name] = [...h].map((r) => r.toString());
    return out;
  })()`)) as Record<string, string[]> | null;
}

/** Waits until `bl-note-<colour>` paints exactly a range of `text`. */
export async function expectNotePainted(page: Page, colour: string, text: string, when: string, ms = 5_000): Promise<void> {
  const ok = await poll(async () => ((await highlightRegistry(page))?.[`bl-note-${colour}`] ?? []).includes(text), ms);
  const notes = Object.entries((await highlightRegistry(page)) ?? {}).filter(([n]) => n.startsWith('bl-note'));
  assert.ok(ok, `${when}: bl-note-${colour} should paint "${text}"; note highlights are ${JSON.stringify(notes)}`);
}

/**
 * The centre of the first line of the `bl-note-<colour>` range painting `text`, scrolled to the
 * middle of the viewport, in viewport coordinates (for a mouse click); null when not painted.
 */
export async function paintedPoint(page: Page, colour: string, text: string): Promise<{ x: number; y: number } | null> {
  return (await page.evaluate(`(({ colour, text }) => {
    const h = CSS.highlights.get('bl-note-' + colour);
    const range = h && [...h].find((r) => r.toString() === text);
    if (!range) return null;
    range.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
    const rect = range.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  })(${JSON.stringify({ colour, text })})`)) as { x: number; y: number } | null;
}

/**
 * Selects `phrase` (its only occurrence in the article) by dragging the mouse over it, as a
 * reader does: the page's own selection, made by trusted input events.
 */
export async function selectWithMouse(page: Page, phrase: string): Promise<void> {
  const at = (await page.evaluate(`((phrase) => {
    const root = document.querySelector('div.text.article-content');
    if (!root) return { error: 'no div.text.article-content on the page' };
    const hits = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let i = n.data.indexOf(phrase); i >= 0; i = n.data.indexOf(phrase, i + 1)) hits.push([n, i]);
    }
    if (hits.length !== 1) return { error: 'the phrase occurs ' + hits.length + ' times in one text node of the article: ' + phrase };
    const [node, i] = hits[0];
    node.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
    const r = document.createRange();
    r.setStart(node, i);
    r.setEnd(node, i + 1);
    const first = r.getBoundingClientRect();
    r.setStart(node, i + phrase.length - 1);
    r.setEnd(node, i + phrase.length);
    const last = r.getBoundingClientRect();
    // Inside the first and last characters, near their outer edges: the drag snaps to them.
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  })(${JSON.stringify(phrase)})`)) as { error: string } | { x1: number; y1: number; x2: number; y2: number };
  if ('error' in at) assert.fail(at.error);
  await page.mouse.move(at.x1, at.y1);
  await page.mouse.down();
  await page.mouse.move(at.x2, at.y2, { steps: 8 });
  await page.mouse.up();
  assert.equal(await page.evaluate('getSelection().toString()'), phrase, 'the mouse selected the phrase');
}

/** Whether the first block of a section (statement heading or question) is in the viewport. */
export async function sectionInViewport(page: Page, find: { kind: 'statement' | 'qa'; text: string }): Promise<boolean | null> {
  return (await page.evaluate(`((arg) => {
    const el = (${FIND_IN_JS})(${PAGE_ELEMENTS_JS}, arg);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= -2 && r.top < innerHeight;
  })(${JSON.stringify(find)})`)) as boolean | null;
}

export interface StoredHighlight {
  id: string;
  briefingKey: string;
  quote: string;
  color: string;
  note: string;
  tags: string[];
}

/** Every record of the extension's `briefing-lens` / `highlights` store, read from an extension page. */
export async function storedHighlights(extensionPage: Page): Promise<StoredHighlight[]> {
  return (await withTimeout(
    extensionPage.evaluate(`(async () => {
      const db = await new Promise((res, rej) => {
        const r = indexedDB.open('briefing-lens');
        r.onupgradeneeded = () => r.transaction.abort(); // never create it from here
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      try {
        return await new Promise((res, rej) => {
          const q = db.transaction('highlights').objectStore('highlights').getAll();
          q.onsuccess = () => res(q.result);
          q.onerror = () => rej(q.error);
        });
      } finally {
        db.close();
      }
    })()`),
    5_000,
    'reading the extension database',
  )) as StoredHighlight[];
}
