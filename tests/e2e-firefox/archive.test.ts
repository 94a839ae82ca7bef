/**
 * The library's Archive tab in Firefox (MV2 build): the sidebar keeps the bundled sample
 * briefing; moz-extension://…/library.html#archive opens on the Archive tab; the word index is
 * built by the module Worker (started from the page, it reads the store itself and answers);
 * a phrase of one section finds exactly that section; no context logged an error.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { SAMPLE_URL, fixtureHtml } from '../e2e/support.ts';
import { EXTENSION_DIR, launchFirefox, poll, type Firefox } from './harness.ts';

const TEST = { timeout: 90_000 };
const SAMPLE_KEY = 'mid.ru/1900001';
const PHRASE = 'interdepartmental document';

let ff: Firefox;
before(async () => {
  ff = await launchFirefox({ pages: { [SAMPLE_URL]: fixtureHtml({ name: 'sample-briefing', shared: false }) } });
});
after(async () => {
  await ff?.close();
});

const keptKeys = (lib: Page) =>
  lib.evaluate(`(async () => {
    const req = (r) => new Promise((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const db = await req(indexedDB.open('briefing-lens'));
    try { return (await req(db.transaction('transcripts').objectStore('transcripts').getAllKeys())).map((k) => k[0]); } finally { db.close(); }
  })()`) as Promise<string[]>;

const text = (lib: Page, selector: string) =>
  lib.evaluate(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? ''`) as Promise<string>;

test('the Archive tab: kept by the sidebar, indexed by the module Worker, a phrase finds its section', TEST, async () => {
  const site = await ff.open(SAMPLE_URL);
  const probe = await ff.openExtensionPage('library.html');
  try {
    assert.ok(await poll(async () => (await keptKeys(probe)).includes(SAMPLE_KEY), 15_000), 'the sidebar kept the briefing');
  } finally {
    await probe.close();
    await site.close();
  }
  // Not a reload: WebDriver never reports a moz-extension:// navigation as finished.
  const lib = await ff.openExtensionPage('library.html#archive');
  try {
    await poll(async () => (await text(lib, '#bl-ar-results')) !== '', 10_000);
    assert.equal(await lib.evaluate(`document.querySelector('#bl-tab-archive').getAttribute('aria-selected')`), 'true');

    // The Worker as the page starts it: a module Worker from the extension, reading the store.
    const worker = readdirSync(join(EXTENSION_DIR, 'assets')).find((f) => /^archive-index\.worker-.*\.js$/.test(f));
    assert.ok(worker, 'the build has the index Worker');
    const reply = (await lib.evaluate(`new Promise((resolve) => {
      const w = new Worker('/assets/${worker}', { type: 'module' });
      w.onmessage = (e) => { w.terminate(); resolve({ ok: e.data.ok, ids: e.data.ids, docs: e.data.data ? e.data.data.docCount : 0 }); };
      w.onerror = (e) => resolve({ ok: false, error: String(e.message) });
      w.postMessage({ dbName: 'briefing-lens' });
      setTimeout(() => resolve({ ok: false, error: 'no answer in 10 s' }), 10000);
    })`)) as { ok: boolean; ids?: string[]; docs?: number; error?: string };
    assert.ok(reply.ok, `the Worker answered: ${JSON.stringify(reply)}`);
    assert.deepEqual(reply.ids, [`${SAMPLE_KEY}\u00001`]);

    const full = `${reply.docs} sections match in 1 kept transcript.`;
    assert.ok(
      await poll(async () => (await text(lib, '#bl-ar-results')) === full, 10_000),
      `indexed: ${await text(lib, '#bl-ar-results')}`,
    );
    await lib.focus('#bl-ar-q');
    await lib.keyboard.type(PHRASE);
    assert.ok(
      await poll(async () => (await text(lib, '#bl-ar-results')) === '1 section matches in 1 kept transcript.', 5_000),
      `search: ${await text(lib, '#bl-ar-results')}`,
    );
    const marks = (await lib.evaluate(`[...document.querySelectorAll('.bl-ar-hit mark')].map((m) => m.textContent).sort()`)) as string[];
    assert.deepEqual(marks, PHRASE.split(' ').sort());
  } finally {
    await lib.close();
  }
  assert.deepEqual(ff.consoleErrors, [], 'no error in any context');
});
