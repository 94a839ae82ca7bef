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
 *   5. a second run, asked for while the library is open: the same tab takes it; Pause holds
 *      it after the first page (nothing more is fetched), the popup refuses a new one while it is
 *      open, Cancel ends it.
 * The three transcript pages are made from the project's sample briefing, each with its own
 * date, number and a section about another city, so their texts (and hashes) differ.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from '../../scripts/lib/launch.ts';
import { startMidruServer, type MidruServer } from '../../scripts/lib/midru-server.ts';
import { REPO_ROOT, fixtureHtml, formatProblems, pollUntil, sleep, watchConsole, type ConsoleProblem } from './support.ts';

const AXE = join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');

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
let listing: Page;
let popup: Page;
let library: Page;

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

/** axe-core on the library as it is now: no serious or critical violation. */
async function axeClean(p: Page, state: string): Promise<void> {
  // Evaluated through the DevTools protocol: the extension page's CSP refuses injected scripts.
  if (!(await p.evaluate('typeof axe !== "undefined"'))) await p.evaluate(`${readFileSync(AXE, 'utf8')}\n;0`);
  const r = (await p.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map((n) => n.html.slice(0, 120)).join(' | ')))`)) as string[];
  assert.deepEqual(r, [], `axe, ${state}`);
}

/** The popup for the listing tab, opened in a background tab while the listing is in front (it reads the active tab). */
async function popupOffer() {
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
  return offer;
}

test('backfill from a listing: the popup offers 3, an interstitial stops the second, resume adds all three, politely', {
  timeout: 90_000,
}, async () => {
  listing = await browser.context.newPage();
  watchConsole(listing, problems);
  await listing.goto(`https://mid.ru${LISTING}${LISTING_QUERY}`, { waitUntil: 'load' });
  popup = await browser.context.newPage();
  watchConsole(popup, problems);
  const offer = await popupOffer();

  const libraryOpened = browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('/library.html'), timeout: 10_000 });
  await offer.click();
  library = await libraryOpened;
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
  await axeClean(library, 'backfill stopped');
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
});

test('a second run in the open library: pause holds it, a new one is refused meanwhile, cancel ends it', { timeout: 60_000 }, async () => {
  assert.ok(library && !library.isClosed(), 'the library of the first test is open');
  await library.getByRole('button', { name: 'Close', exact: true }).click();
  const bar = library.getByRole('progressbar', { name: 'Transcripts fetched' });
  await bar.waitFor({ state: 'detached' });
  requests.length = 0;

  const pages = browser.context.pages().length;
  await (await popupOffer()).click();
  // The open library takes it (no second library tab) and starts at once.
  await bar.waitFor();
  assert.equal(browser.context.pages().length, pages, 'no new tab: the open library was focused');
  assert.ok(await pollUntil(async () => (await bar.getAttribute('aria-valuenow')) === '1', 10_000), 'the first page is fetched');
  await library.getByRole('button', { name: 'Pause', exact: true }).click();
  await library.getByText(/^Paused\. Resume continues with the next page\./).waitFor();
  await sleep(3_000);
  assert.deepEqual(
    requests.map((r) => r.path),
    [pathOf(PAGES[0]!)],
    'nothing fetched while paused',
  );
  assert.equal(await bar.getAttribute('aria-valuenow'), '1');

  // The popup follows it; an open job is not replaced: the popup says why.
  const offer = await popupOffer();
  await popup.getByText('Adding listed transcripts to the archive: 1 of 3 (paused; resume in the library)', { exact: true }).waitFor();
  await offer.click();
  await popup.getByText(/^Not started: A backfill is already under way \(1 of 3\)/).waitFor();

  await library.getByRole('button', { name: 'Cancel', exact: true }).click();
  await library.getByText(/^Cancelled\. The transcripts fetched so far stay in the archive\./).waitFor();
  assert.equal(await library.getByRole('button', { name: 'Resume', exact: true }).count(), 0, 'no Resume after Cancel');
  assert.equal(requests.length, 1);
  // The same text again: still one version each.
  assert.deepEqual(
    (await keptVersions(library)).map((r) => r.version),
    [1, 1, 1],
  );
  assert.equal(problems.length, 0, `no console errors:\n${formatProblems(problems)}`);
});
