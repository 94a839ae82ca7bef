/**
 * The archive's backfill in real Chromium, end to end:
 *   1. on a listing page of the site (the project's own fixture, three briefings linked in the
 *      site's `/<lang>/<path>/<digits>/` shape), the popup offers "Add the 3 transcripts listed
 *      here to the archive";
 *   2. clicking it opens the library, which fetches the three pages one at a time; the second is
 *      first served as the site's "Data processing... Please, wait." interstitial, and the
 *      library's backfill panel stops there with a message saying so;
 *   3. once the site serves the page, Resume fetches the second and third (not the first again),
 *      and all three transcripts are in the archive (read from the extension's IndexedDB);
 *   4. the site saw the requests one at a time, at least ~2 s apart.
 * The three transcript pages are made from the project's sample briefing, each with its own
 * date, number and a section about another city, so their texts (and hashes) differ.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from '../../scripts/lib/launch.ts';
import { startMidruServer, type MidruServer } from '../../scripts/lib/midru-server.ts';
import { fixtureHtml, formatProblems, pollUntil, watchConsole, type ConsoleProblem } from './support.ts';

const LISTING = '/en/press_service/spokesman/briefings/';
const LISTING_QUERY = '?PAGEN_1=2';

interface Variant {
  id: string;
  date: string;
  day: string;
  iso: string;
  number: string;
  city: string;
}
const PAGES: Variant[] = [
  { id: '1900201', date: 'April 4, 2024', day: '4 April 2024', iso: '2024-04-04', number: '640-04-04-2024', city: 'Hanoi' },
  { id: '1900202', date: 'March 28, 2024', day: '28 March 2024', iso: '2024-03-28', number: '601-28-03-2024', city: 'Ulaanbaatar' },
  { id: '1900203', date: 'March 21, 2024', day: '21 March 2024', iso: '2024-03-21', number: '566-21-03-2024', city: 'Havana' },
];
const pathOf = (p: Variant) => `/en/press_service/spokesman/briefings/${p.id}/`;

/** The sample briefing as another day's transcript: its number, date, document number and one section's city. */
function transcriptPage(p: Variant): string {
  return fixtureHtml({ name: 'sample-briefing', shared: false })
    .replaceAll('1900001', p.id)
    .replaceAll('March 14, 2024', p.date)
    .replaceAll('14 March 2024', p.day)
    .replaceAll('2024-03-14', p.iso)
    .replaceAll('512-14-03-2024', p.number)
    .replaceAll('Belgrade', p.city);
}

const INTERSTITIAL = `<!DOCTYPE html>
<html>
<head>
	<meta charset="utf-8">
	<title></title>
</head>
<body>Data processing... Please, wait.</body>
</html>`;

let server: MidruServer;
let browser: Launched;
const problems: ConsoleProblem[] = [];
/** Every request for a transcript page: which and when (ms). */
const requests: { path: string; at: number }[] = [];
/** The site's check on the second page has passed (it serves the article from then on). */
let checkPassed = false;

before(async () => {
  server = await startMidruServer({
    [LISTING + LISTING_QUERY]: { body: fixtureHtml({ name: 'listing-backfill', shared: false }) },
  });
  for (const [i, p] of PAGES.entries()) {
    const html = transcriptPage(p);
    server.setRoute(pathOf(p), {
      body: () => {
        requests.push({ path: pathOf(p), at: Date.now() });
        return i === 1 && !checkPassed ? INTERSTITIAL : html;
      },
    });
  }
  browser = await launchWithExtension({ extensionDir: process.env.BL_EXTENSION_DIR || undefined, port: server.port });
  for (const w of browser.context.serviceWorkers()) {
    w.on('console', (m) => {
      if (m.type() === 'error') problems.push({ url: w.url(), text: m.text() });
    });
  }
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Every kept version in the extension's database, read from one of its pages. */
async function keptVersions(
  p: Page,
): Promise<{ key: string; url: string; version: number; header: { title: string | null }; sections: { title: string | null }[] }[]> {
  return (await p.evaluate(`(async () => {
    const req = (r) => new Promise((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const db = await req(indexedDB.open('briefing-lens'));
    try {
      return await req(db.transaction('transcripts').objectStore('transcripts').getAll());
    } finally { db.close(); }
  })()`)) as never;
}

test('backfill from a listing: the popup offers 3, an interstitial stops the second, resume adds all three, politely', {
  timeout: 90_000,
}, async () => {
  const listing = await browser.context.newPage();
  watchConsole(listing, problems);
  await listing.goto(`https://mid.ru${LISTING}${LISTING_QUERY}`, { waitUntil: 'load' });

  // The popup reads the active tab: open it in a background tab while the listing is in front.
  const popup = await browser.context.newPage();
  watchConsole(popup, problems);
  await listing.bringToFront();
  const offer = popup.getByRole('button', { name: 'Add the 3 transcripts listed here to the archive', exact: true });
  // The content script starts at document_idle: ask again until it answers.
  const offered = await pollUntil(async () => {
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    return offer
      .waitFor({ timeout: 1_500 })
      .then(() => true)
      .catch(() => false);
  }, 10_000);
  assert.ok(offered, `the popup offers the three listed transcripts (it shows: ${await popup.locator('main').textContent()})`);

  const libraryOpened = browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('/library.html'), timeout: 10_000 });
  await offer.click();
  const library = await libraryOpened;
  watchConsole(library, problems);
  library.setDefaultTimeout(15_000);
  assert.match(library.url(), /\/library\.html#archive$/, 'the library opens at its Archive');

  const bar = library.getByRole('progressbar', { name: 'Transcripts fetched' });
  await bar.waitFor();
  assert.equal(await bar.getAttribute('aria-valuemax'), '3');

  // The second page is the site's check: the run stops there, saying so.
  const alert = library.getByRole('alert');
  await alert.waitFor();
  assert.match(
    (await alert.textContent()) ?? '',
    /^Stopped at 2 of 3: the site showed its “Data processing… Please, wait” check instead of the transcript\. Open the site in a tab until it passes, then resume\./,
  );
  assert.equal(await bar.getAttribute('aria-valuenow'), '1');
  assert.equal(await library.locator('.bl-backfill-count').textContent(), '1 of 3');
  assert.deepEqual(
    (await keptVersions(library)).map((r) => r.key),
    ['mid.ru/1900201'],
    'the first transcript is kept before the stop',
  );

  // The check has passed: resume picks up at the second page.
  checkPassed = true;
  await library.getByRole('button', { name: 'Resume', exact: true }).click();
  const done = await pollUntil(async () => (await bar.getAttribute('aria-valuenow')) === '3', 15_000);
  assert.ok(done, `the backfill reached 3 of 3 (now ${await bar.getAttribute('aria-valuenow')})`);
  await library.getByText('3 added.', { exact: true }).waitFor();

  const kept = await keptVersions(library);
  assert.deepEqual(kept.map((r) => r.key).sort(), PAGES.map((p) => `mid.ru/${p.id}`).sort(), 'all three transcripts are in the archive');
  for (const p of PAGES) {
    const r = kept.find((k) => k.key === `mid.ru/${p.id}`)!;
    assert.equal(r.version, 1);
    assert.equal(r.url, `https://mid.ru${pathOf(p)}`);
    assert.equal(r.header.title, `Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, ${p.date}`);
    assert.ok(
      r.sections.some((s) => s.title === `Days of Russian Culture in ${p.city}`),
      `${p.id} has its own section about ${p.city}`,
    );
  }

  // What the site saw: 1, 2 (the check), then on resume 2 and 3 — never 1 again, one at a time, ≥ ~2 s apart.
  assert.deepEqual(
    requests.map((r) => r.path),
    [PAGES[0], PAGES[1], PAGES[1], PAGES[2]].map(pathOf),
  );
  const gaps = requests.slice(1).map((r, i) => r.at - requests[i]!.at);
  for (const gap of gaps) assert.ok(gap >= 1_900, `requests at least ~2 s apart (gaps: ${gaps.join(', ')} ms)`);

  assert.equal(problems.length, 0, `no console errors:\n${formatProblems(problems)}`);
  await popup.close();
  await listing.close();
  await library.close();
});
