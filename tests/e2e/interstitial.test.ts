/**
 * mid.ru's anti-bot interstitial ("Data processing... Please, wait.") sits at the briefing's
 * own address and is replaced by the article after a moment. The sidebar must appear on the
 * article in both ways this can happen:
 *  - the page navigates (location.replace to the same path with ?ok=1), as the real site does;
 *  - a script swaps document.body in place, with no navigation (the content script has to
 *    re-check when the content changes).
 * Self-contained: uses the project's own sample briefing, not ../shared.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from '../../scripts/lib/launch.ts';
import { startMidruServer, type MidruServer } from '../../scripts/lib/midru-server.ts';
import {
  SIDEBAR_TIMEOUT,
  expectedOutline,
  fixtureHtml,
  formatProblems,
  hostTags,
  tocButton,
  waitForSidebar,
  watchConsole,
  type ConsoleProblem,
} from './support.ts';

const SAMPLE = { name: 'sample-briefing', shared: false };
const NAVIGATING = '/en/press_service/spokesman/briefings/1900002/';
const IN_PLACE = '/en/press_service/spokesman/briefings/1900003/';
const DELAY_MS = 400;

/** The interstitial; its script lives in <head> so the body text is exactly the real one. */
function interstitial(script: string): string {
  return `<!DOCTYPE html>
<html>
<head>
	<meta charset="utf-8">
	<title></title>
	<script>${script}</script>
</head>
<body>Data processing... Please, wait.</body>
</html>`;
}

/** The sample article's <body> attributes and contents, for the in-place swap. */
function sampleBody(): { className: string; html: string } {
  const m = /<body([^>]*)>([\s\S]*)<\/body>/.exec(fixtureHtml(SAMPLE));
  if (!m) throw new Error('sample-briefing.html has no <body>');
  return {
    className: /class="([^"]*)"/.exec(m[1])?.[1] ?? '',
    // Scripts inserted through innerHTML never run anyway; leave them out.
    html: m[2].replace(/<script[\s\S]*?<\/script>/g, ''),
  };
}

// Inline-script-safe JSON: "</script>" inside a string would end the script element.
const js = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

let server: MidruServer;
let browser: Launched;
const problems: ConsoleProblem[] = [];
let pagesOpened = 0;

before(async () => {
  const body = sampleBody();
  server = await startMidruServer({
    [NAVIGATING]: {
      body: interstitial(`setTimeout(function () { location.replace(location.pathname + '?ok=1'); }, ${DELAY_MS});`),
    },
    [`${NAVIGATING}?ok=1`]: { body: fixtureHtml(SAMPLE) },
    [IN_PLACE]: {
      body: interstitial(
        `setTimeout(function () { document.title = ${js('Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 14, 2024')}; ` +
          `document.body.className = ${js(body.className)}; document.body.innerHTML = ${js(body.html)}; }, ${DELAY_MS});`,
      ),
    },
  });
  browser = await launchWithExtension({ extensionDir: process.env.BL_EXTENSION_DIR || undefined, port: server.port });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function assertSidebarWithToc(page: Page): Promise<void> {
  await waitForSidebar(page, SIDEBAR_TIMEOUT).catch((e: unknown) =>
    assert.fail(
      `no "Briefing Lens" sidebar within ${SIDEBAR_TIMEOUT} ms after the interstitial (${page.url()}): ${e instanceof Error ? e.message : String(e)}`,
    ),
  );
  const toc = expectedOutline(SAMPLE).toc ?? [];
  assert.ok(toc.length > 0, 'expected outline has TOC entries');
  for (const entry of toc) {
    assert.equal(await tocButton(page, entry.title).count(), 1, `one button named exactly ${JSON.stringify(entry.title)}`);
  }
  assert.equal((await hostTags(page)).length, 2, 'exactly our two host elements (x-…): frame and toolbar');
}

test('sidebar appears after the interstitial navigates to the article', { timeout: 30_000 }, async () => {
  const page = await browser.context.newPage();
  watchConsole(page, problems);
  pagesOpened++;
  try {
    await page.goto(`https://mid.ru${NAVIGATING}`, { waitUntil: 'load' });
    assert.deepEqual(await hostTags(page), [], 'no sidebar on the interstitial itself');
    await page.waitForURL(/\?ok=1$/, { timeout: 5_000 });
    await assertSidebarWithToc(page);
  } finally {
    await page.close();
  }
});

test('sidebar appears when the interstitial swaps in the article without navigating', { timeout: 30_000 }, async () => {
  const page = await browser.context.newPage();
  watchConsole(page, problems);
  pagesOpened++;
  try {
    const url = `https://mid.ru${IN_PLACE}`;
    await page.goto(url, { waitUntil: 'load' });
    assert.deepEqual(await hostTags(page), [], 'no sidebar on the interstitial itself');
    await page.locator('h1.photo-content__title').waitFor({ timeout: 5_000 });
    await assertSidebarWithToc(page);
    assert.equal(page.url(), url, 'no navigation happened');
  } finally {
    await page.close();
  }
});

test('no console errors or uncaught exceptions around the interstitial', async (t) => {
  if (pagesOpened === 0) return t.skip('no page was opened (run with the tests above)');
  assert.deepEqual(problems, [], `console problems:\n${formatProblems(problems)}`);
});
