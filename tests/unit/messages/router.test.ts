/**
 * The one message layer: every background message kind is answered for the extension's own
 * pages and refused, with a reason, to content scripts and strangers; tab messages come from the
 * extension only; frame messages are validated both ways; versioned edits refuse stale writes.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackgroundHandler } from '../../../lib/background/router';
import type { Answer, BackgroundRequest } from '../../../lib/messages/background-messages';
import { parseToFrame, parseToPage } from '../../../lib/messages/frame-messages';
import { createRouter, NOT_OURS, type Listener } from '../../../lib/messages/router';
import type { RawSender } from '../../../lib/messages/senders';
import { tabProtocol, type TabRequest } from '../../../lib/messages/tab-messages';
import { parseFragment } from '../../../lib/page/fragment';
import { openStore, type Store } from '../../../lib/store/db';
import { memoryDrafts, type DraftStore } from '../../../lib/store/drafts';
import { GONE, STALE_EDIT } from '../../../lib/store/highlights';
import { briefingInput, highlight } from '../store/sample-records';
import { SAMPLE_KEY, sampleKept } from '../archive/sample';

const ID = 'our-extension';
const EXTENSION_PAGE: RawSender = { id: ID, url: `chrome-extension://${ID}/sidebar.html`, tab: { id: 4 }, frameId: 9 };
const LIBRARY: RawSender = { id: ID, url: `chrome-extension://${ID}/library.html` };
const CONTENT_SCRIPT: RawSender = { id: ID, url: 'https://mid.ru/ru/foreign_policy/news/1836563/', tab: { id: 4 }, frameId: 0 };
const OTHER_EXTENSION: RawSender = { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' };
const WEB_PAGE: RawSender = { url: 'https://mid.ru/' };

function deliver(
  listener: Listener,
  message: unknown,
  sender: RawSender,
): { returned: true | undefined; answer: Promise<Answer<unknown>> } {
  let resolve!: (r: Answer<unknown>) => void;
  const answer = new Promise<Answer<unknown>>((r) => (resolve = r));
  return { returned: listener(message, sender, resolve), answer };
}

let db: Store;
let handler: Listener;
let announced: [string, string[]][];
let opened: (string | undefined)[];
let drafts: DraftStore;

beforeEach(async () => {
  db = await openStore(`test-${crypto.randomUUID()}`);
  announced = [];
  opened = [];
  drafts = memoryDrafts();
  handler = createBackgroundHandler(Promise.resolve(db), {
    drafts,
    extensionId: ID,
    now: () => 5_000,
    announce: (keys, ids) => announced.push([keys, ids]),
    openLibrary: async (id) => void opened.push(id),
  });
  return () => db.close();
});

const h = highlight('a', 'mid.ru/1836563');
const EVERY_KIND: BackgroundRequest[] = [
  { type: 'ping' },
  { type: 'highlights/create', highlight: h },
  { type: 'highlights/list', briefingKey: 'mid.ru/1836563' },
  { type: 'highlights/listAll' },
  { type: 'highlights/count' },
  { type: 'highlights/update', id: 'a', baseVersion: 1, patch: { note: 'n' } },
  { type: 'highlights/delete', id: 'a' },
  { type: 'highlights/restore', highlight: h },
  { type: 'briefings/upsert', record: briefingInput('mid.ru/1836563') },
  { type: 'briefings/get', key: 'mid.ru/1836563' },
  { type: 'briefings/list' },
  { type: 'entities/find', blocks: ['Sergey Lavrov met Antonio Guterres in New York.'], language: 'en' },
  { type: 'library/open', highlightId: 'a' },
  { type: 'sidebar/whoami' },
  { type: 'drafts/put', draft: { highlightId: 'a', note: 'half a thought', tags: 'x, y', color: 'yellow', written: 6_000 } },
  { type: 'drafts/get', highlightId: 'a' },
  { type: 'drafts/delete', highlightId: 'a' },
  { type: 'archive/keep', transcript: sampleKept() },
  { type: 'archive/versions', key: SAMPLE_KEY },
  { type: 'archive/forget', key: SAMPLE_KEY },
];

describe('background router', () => {
  it('answers every message kind for the extension’s own pages', async () => {
    for (const m of EVERY_KIND) {
      const r = deliver(handler, m, EXTENSION_PAGE);
      expect(r.returned).toBe(true);
      expect(await r.answer, m.type).toMatchObject({ ok: true });
    }
    expect(opened).toEqual(['a']);
    expect(await deliver(handler, { type: 'sidebar/whoami' }, EXTENSION_PAGE).answer).toEqual({ ok: true, data: { tabId: 4, frameId: 9 } });
  });

  it('refuses every message kind to a content script, and to strangers, storing nothing', async () => {
    for (const m of EVERY_KIND) {
      expect(await deliver(handler, m, CONTENT_SCRIPT).answer, m.type).toEqual({
        ok: false,
        error: `Refused: "${m.type}" is for the extension's own pages`,
      });
      for (const s of [OTHER_EXTENSION, WEB_PAGE, {}]) expect(await deliver(handler, m, s).answer).toEqual({ ok: false, error: NOT_OURS });
    }
    expect(await db.count('highlights')).toBe(0);
    expect(await db.count('briefings')).toBe(0);
    expect(await db.count('transcripts')).toBe(0);
    expect(opened).toEqual([]);
  });

  it('keeps a transcript in versions stamped with its own clock, lists and forgets them', async () => {
    const ask = (m: BackgroundRequest) => deliver(handler, m, EXTENSION_PAGE).answer;
    // The sender's keptAt (a page's clock) is replaced by the background's.
    expect(await ask({ type: 'archive/keep', transcript: sampleKept({}, 1) })).toMatchObject({
      ok: true,
      data: { status: 'new', record: { version: 1, keptAt: 5_000, lastSeen: 5_000 } },
    });
    expect(await ask({ type: 'archive/keep', transcript: sampleKept() })).toMatchObject({ ok: true, data: { status: 'unchanged' } });
    const edited = sampleKept({ grain: 'The grain corridor is closed, as we said last week.' });
    expect(await ask({ type: 'archive/keep', transcript: edited })).toMatchObject({
      ok: true,
      data: { status: 'changed', record: { version: 2 }, previous: { version: 1 } },
    });
    const versions = await ask({ type: 'archive/versions', key: SAMPLE_KEY });
    expect(versions.ok && (versions.data as { version: number }[]).map((r) => r.version)).toEqual([1, 2]);
    expect(await ask({ type: 'archive/forget', key: SAMPLE_KEY })).toEqual({ ok: true, data: 2 });
    expect(await db.count('transcripts')).toBe(0);
    const bad = await ask({ type: 'archive/keep', transcript: { ...edited, url: 'https://example.com/1/' } });
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/^Malformed "archive\/keep" message: transcript\.url/) });
  });

  it('refuses malformed messages with a reason before looking at the store', async () => {
    const bad = await deliver(handler, { type: 'highlights/create', highlight: { ...h, url: 'javascript:alert(1)' } }, EXTENSION_PAGE)
      .answer;
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/^Malformed "highlights\/create" message: highlight\.url/) });
    expect(await deliver(handler, { type: 'highlights/drop-all' }, EXTENSION_PAGE).answer).toEqual({
      ok: false,
      error: 'Unknown background message type "highlights/drop-all"',
    });
    expect(await deliver(handler, 'ping', EXTENSION_PAGE).answer).toMatchObject({ ok: false });
    expect(await db.count('highlights')).toBe(0);
  });

  it('keeps note drafts for the extension’s pages only, over-long ones whole', async () => {
    const draft = { highlightId: 'd', note: 'x'.repeat(150_000), tags: '', color: 'green', written: 1 };
    expect(await deliver(handler, { type: 'drafts/put', draft }, EXTENSION_PAGE).answer).toEqual({ ok: true, data: true });
    expect(await deliver(handler, { type: 'drafts/get', highlightId: 'd' }, EXTENSION_PAGE).answer).toEqual({ ok: true, data: draft });
    expect(await deliver(handler, { type: 'drafts/get', highlightId: 'd' }, CONTENT_SCRIPT).answer).toMatchObject({ ok: false });
    expect(await deliver(handler, { type: 'drafts/delete', highlightId: 'd' }, EXTENSION_PAGE).answer).toEqual({ ok: true, data: true });
    expect(await drafts.get('d')).toBeNull();
    const runaway = { ...draft, note: 'x'.repeat(1_000_001) };
    expect(await deliver(handler, { type: 'drafts/put', draft: runaway }, EXTENSION_PAGE).answer).toMatchObject({ ok: false });
  });

  it('a page inside no tab has no tab to name', async () => {
    expect(await deliver(handler, { type: 'sidebar/whoami' }, LIBRARY).answer).toEqual({
      ok: false,
      error: 'Only a page inside a tab has a tab',
    });
  });

  it('keeps edits from two tabs apart: a stale edit and an edit of a deleted highlight are refused', async () => {
    const ask = (m: BackgroundRequest) => deliver(handler, m, EXTENSION_PAGE).answer;
    expect(await ask({ type: 'highlights/create', highlight: h })).toMatchObject({ ok: true, data: { version: 1 } });
    // Tab A edits from version 1: stored as version 2, only the note changed.
    expect(await ask({ type: 'highlights/update', id: 'a', baseVersion: 1, patch: { note: 'from A' } })).toMatchObject({
      ok: true,
      data: { note: 'from A', version: 2, color: 'yellow', updated: 5_000 },
    });
    // Tab B still holds version 1: refused, A's note stays.
    expect(await ask({ type: 'highlights/update', id: 'a', baseVersion: 1, patch: { note: 'from B' } })).toEqual({
      ok: false,
      error: STALE_EDIT,
    });
    expect((await db.get('highlights', 'a'))?.note).toBe('from A');
    // An edit that changes nothing writes nothing.
    expect(await ask({ type: 'highlights/update', id: 'a', baseVersion: 2, patch: { note: 'from A' } })).toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    // Deleted in A; B's late edit does not bring it back.
    expect(await ask({ type: 'highlights/delete', id: 'a' })).toMatchObject({ ok: true, data: { id: 'a' } });
    expect(await ask({ type: 'highlights/update', id: 'a', baseVersion: 2, patch: { note: 'from B' } })).toEqual({
      ok: false,
      error: GONE,
    });
    expect(await db.get('highlights', 'a')).toBeUndefined();
    // Creating an id that exists is refused (a create never overwrites).
    await ask({ type: 'highlights/restore', highlight: h });
    expect(await ask({ type: 'highlights/create', highlight: { ...h, note: 'overwrite?' } })).toMatchObject({ ok: false });
    expect(announced.map(([key]) => key)).toEqual(['mid.ru/1836563', 'mid.ru/1836563', 'mid.ru/1836563', 'mid.ru/1836563']);
  });

  it('never throws out of the listener: a failing store becomes an error answer', async () => {
    const broken = createBackgroundHandler(() => Promise.reject(new Error('disk on fire')), { extensionId: ID });
    expect(await deliver(broken, { type: 'ping' }, EXTENSION_PAGE).answer).toEqual({ ok: false, error: 'disk on fire' });
    const quota = createBackgroundHandler(() => Promise.reject(Object.assign(new Error('x'), { name: 'QuotaExceededError' })), {
      extensionId: ID,
    });
    expect(await deliver(quota, { type: 'ping' }, EXTENSION_PAGE).answer).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no room left/),
    });
    expect(() =>
      handler({ type: 'ping' }, EXTENSION_PAGE, () => {
        throw new Error('port closed');
      }),
    ).not.toThrow();
  });
});

describe('tab messages', () => {
  const seen: TabRequest[] = [];
  const tab = createRouter<TabRequest>(
    tabProtocol,
    () => ID,
    (req) => {
      seen.push(req);
      return true;
    },
  );
  it('are taken from the extension (popup, background) only', async () => {
    expect(await deliver(tab, { type: 'tab/command', command: 'toggle-sidebar' }, LIBRARY).answer).toEqual({ ok: true, data: true });
    expect(await deliver(tab, { type: 'tab/status' }, { id: ID, url: `chrome-extension://${ID}/background.js` }).answer).toMatchObject({
      ok: true,
    });
    expect(await deliver(tab, { type: 'tab/save-page' }, CONTENT_SCRIPT).answer).toEqual({
      ok: false,
      error: 'Refused: tab messages come from the extension only',
    });
    expect(await deliver(tab, { type: 'tab/save-page' }, WEB_PAGE).answer).toEqual({ ok: false, error: NOT_OURS });
    expect(await deliver(tab, { type: 'tab/command', command: 'rm -rf' }, LIBRARY).answer).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Malformed "tab\/command" message: command/),
    });
    expect(seen.map((r) => r.type)).toEqual(['tab/command', 'tab/status']);
  });
});

describe('frame messages', () => {
  it('validate both directions', () => {
    expect(parseToPage({ type: 'jump', section: 3, focus: true }).ok).toBe(true);
    expect(parseToPage({ type: 'dock', open: true, width: 360 }).ok).toBe(true);
    expect(parseToPage({ type: 'search', hits: [{ start: 0, end: 4 }], active: 0 }).ok).toBe(true);
    expect(parseToPage({ type: 'jump', section: -1, focus: true })).toMatchObject({ ok: false, error: expect.stringMatching(/section/) });
    expect(parseToPage({ type: 'eval', code: 'alert(1)' })).toMatchObject({ ok: false, error: 'Unknown page message type "eval"' });
    expect(parseToPage({ type: 'notes/anchors', anchors: [{ id: 'a', note: 'secret' }], paint: true }).ok).toBe(false);
    expect(parseToFrame({ type: 'section', index: -1 }).ok).toBe(true);
    expect(parseToFrame({ type: 'notes/open', id: 'x' }).ok).toBe(true);
    expect(parseToFrame({ type: 'init', briefing: { isBriefing: true }, pageUrl: 'x', briefingKey: null, canPaint: true })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/briefing/),
    });
    expect(parseToFrame({ type: 'command', command: 'next-section' }).ok).toBe(true);
    expect(parseToFrame(null)).toMatchObject({ ok: false });
  });
});

describe('fragments', () => {
  it('are ours only when well formed; a malformed escape is ignored, never thrown', () => {
    expect(parseFragment('#bl-update-on-syria')).toEqual({ kind: 'section', id: 'bl-update-on-syria' });
    expect(parseFragment('#bl-h-1234-abcd')).toEqual({ kind: 'highlight', id: '1234-abcd' });
    expect(parseFragment('#bl-%E0%A4%A')).toBeNull();
    expect(parseFragment('#bl-h-')).toBeNull();
    expect(parseFragment('#top')).toBeNull();
    expect(parseFragment('')).toBeNull();
  });
});
