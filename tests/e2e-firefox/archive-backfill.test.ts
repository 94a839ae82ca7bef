/**
 * The archive's backfill in Firefox (MV2): the library page asks for it as the popup does
 * (`archive/backfill`), runs it — fetching the site's pages needs the manifest's host
 * permissions, and parsing them `DOMParser` — and its panel reaches 3 of 3 with the three
 * transcripts kept in the extension's database. (The popup's offer and the interstitial stop are
 * covered in Chromium, tests/e2e/archive-backfill.test.ts.)
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { fixtureHtml } from '../e2e/support.ts';
import { launchFirefox, poll, withTimeout, type Firefox } from './harness.ts';

const IDS = ['1900211', '1900212', '1900213'];
const urlOf = (id: string) => `https://mid.ru/en/press_service/spokesman/briefings/${id}/`;
const CITIES = ['Jakarta', 'Brasilia', 'Pretoria'];

/** The sample briefing as another day's transcript, with one section about another city. */
const transcriptPage = (i: number) =>
  fixtureHtml({ name: 'sample-briefing', shared: false })
    .replaceAll('1900001', IDS[i]!)
    .replaceAll('March 14, 2024', `May ${i + 2}, 2024`)
    .replaceAll('Belgrade', CITIES[i]!);

let ff: Firefox;
const requests: number[] = [];

before(async () => {
  ff = await launchFirefox();
  IDS.forEach((id, i) => {
    const html = transcriptPage(i);
    ff.serve(urlOf(id), {
      body: () => {
        requests.push(Date.now());
        return html;
      },
    });
  });
});
after(async () => {
  await ff?.close();
});

async function keptKeys(lib: Page): Promise<string[]> {
  return (await withTimeout(
    lib.evaluate(`(async () => {
      const req = (r) => new Promise((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
      const db = await req(indexedDB.open('briefing-lens'));
      try {
        return (await req(db.transaction('transcripts').objectStore('transcripts').getAll())).map((r) => r.key).sort();
      } finally { db.close(); }
    })()`),
    5_000,
    'reading the archive',
  )) as string[];
}

test('the library fetches and keeps the three listed transcripts, one every 2 s', { timeout: 60_000 }, async () => {
  const lib = await ff.openExtensionPage('library.html');
  const answer = (await lib.evaluate(
    `browser.runtime.sendMessage(${JSON.stringify({ type: 'archive/backfill', origin: 'https://mid.ru', urls: IDS.map(urlOf) })})`,
  )) as { ok: boolean; data?: { total: number }; error?: string };
  assert.deepEqual(answer, { ok: true, data: { total: 3 } });
  const count = async () =>
    (await lib.evaluate(`document.querySelector('.bl-backfill-count')?.textContent ?? ''`).catch(() => '')) as string;
  const done = await poll(async () => (await count()) === '3 of 3', 20_000);
  assert.ok(done, `the panel reached 3 of 3 (shows "${await count()}")`);
  assert.equal(await lib.evaluate(`document.querySelector('[role="progressbar"]').getAttribute('aria-valuenow')`), '3');
  assert.deepEqual(await keptKeys(lib), IDS.map((id) => `mid.ru/${id}`).sort());
  assert.equal(requests.length, 3);
  const gaps = requests.slice(1).map((t, i) => t - requests[i]!);
  assert.ok(
    gaps.every((g) => g >= 1_900),
    `requests ≥ ~2 s apart (gaps ${gaps.join(', ')} ms)`,
  );
  const errors = ff.consoleErrors.filter((l) => !/favicon/i.test(l));
  assert.deepEqual(errors, [], 'no console errors');
  await lib.close();
});
