/**
 * Where the extension must stay out of the way: an ordinary mid.ru news page, the anti-bot
 * interstitial at a briefing address, and a briefing served from a host outside the manifest's
 * match patterns. "Out of the way" = no host element of ours, no sidebar frame, and the DOM is exactly
 * what the server sent (compared with the same HTML parsed by DOMParser, which runs no
 * scripts and no extension) both at load and ~800 ms later.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchWithExtension, type Launched } from '../../scripts/lib/launch.ts';
import { startMidruServer, type MidruServer } from '../../scripts/lib/midru-server.ts';
import {
  NEEDS_SHARED,
  SAMPLE_URL,
  fixtureHtml,
  formatProblems,
  currentSidebarFrame,
  hostTags,
  routeKey,
  sleep,
  watchConsole,
  type ConsoleProblem,
} from './support.ts';

let server: MidruServer;
let browser: Launched;
const problems: ConsoleProblem[] = [];
let pagesOpened = 0;

const CASES = [
  {
    what: 'an ordinary news page',
    url: 'https://mid.ru/en/foreign_policy/news/1768999/',
    fixture: { name: 'non-briefing-news', shared: true },
  },
  {
    what: 'the anti-bot interstitial at a briefing address',
    url: 'https://mid.ru/en/press_service/spokesman/briefings/1768564/',
    fixture: { name: 'interstitial', shared: true },
  },
  {
    // At a briefing's address the sidebar starts loading before the page is read (early-frame.ts):
    // it must be gone again, leaving nothing, when the page is not a transcript.
    what: 'a news page at a briefing address',
    url: 'https://mid.ru/en/press_service/spokesman/briefings/1768565/',
    fixture: { name: 'non-briefing-news', shared: true },
  },
  {
    what: 'a list of briefings at a briefing address',
    url: 'https://mid.ru/en/press_service/spokesman/briefings/1768566/',
    fixture: { name: 'listing-briefings', shared: false },
  },
  {
    what: 'a briefing on a host outside the match patterns',
    url: new URL(routeKey(SAMPLE_URL), 'https://not-mid.example').href,
    fixture: { name: 'sample-briefing', shared: false },
  },
];

before(async () => {
  // The listing fixture shows a photo; serve one so its 404 is not taken for an error of ours.
  const photo = { body: '', contentType: 'image/svg+xml' };
  server = await startMidruServer({ '/upload/iblock/aa1/briefing.jpg': photo });
  browser = await launchWithExtension({ extensionDir: process.env.BL_EXTENSION_DIR || undefined, port: server.port });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

for (const c of CASES) {
  const skip = c.fixture.shared ? NEEDS_SHARED : false;
  test(`nothing appears and the DOM is untouched on ${c.what}: ${c.url}`, { skip, timeout: 30_000 }, async () => {
    const html = fixtureHtml(c.fixture);
    server.setRoute(routeKey(c.url), { body: html });
    const page = await browser.context.newPage();
    watchConsole(page, problems);
    pagesOpened++;
    try {
      await page.goto(c.url, { waitUntil: 'load' });
      // Page-side code as a string: tsx-compiled functions may reference esbuild's __name.
      const snapshot = () => page.evaluate('document.documentElement.outerHTML') as Promise<string>;
      const asServed = (await page.evaluate(
        `new DOMParser().parseFromString(${JSON.stringify(html)}, 'text/html').documentElement.outerHTML`,
      )) as string;

      const atLoad = await snapshot();
      await sleep(800);
      const later = await snapshot();

      assert.deepEqual(await hostTags(page), [], 'no host element of ours (x-…)');
      assert.equal(currentSidebarFrame(page), null, 'no "Briefing Lens" sidebar frame');
      assert.equal(atLoad, asServed, 'DOM at load = the served HTML');
      assert.equal(later, atLoad, 'DOM unchanged 800 ms later');
    } finally {
      await page.close();
    }
  });
}

test('no console errors or uncaught exceptions on the pages left alone', async (t) => {
  if (pagesOpened === 0) return t.skip('no page was opened (run with the tests above)');
  assert.deepEqual(problems, [], `console problems:\n${formatProblems(problems)}`);
});
