/**
 * The sidebar on real briefing pages: every briefing fixture is served at a real mid.ru
 * address (host-resolver rules point mid.ru, www.mid.ru and archive.mid.ru at a local HTTPS
 * server), so the extension's own match patterns and detection decide whether it shows.
 *
 * One browser for the file (a launch costs ~1 s); every test opens its own page.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from '../../scripts/lib/launch.ts';
import { startMidruServer, type MidruServer } from '../../scripts/lib/midru-server.ts';
import {
  BRIEFING_PAGES,
  NEEDS_SHARED,
  SIDEBAR_TIMEOUT,
  expectedOutline,
  findSectionElement,
  fixtureHtml,
  formatProblems,
  groupHeadings,
  isInViewport,
  pollUntil,
  routeKey,
  sidebarFrame,
  tocButton,
  tocNav,
  waitForSidebar,
  watchConsole,
  type ConsoleProblem,
  type FixturePage,
} from './support.ts';

let server: MidruServer;
let browser: Launched;
const problems: ConsoleProblem[] = [];
let pagesOpened = 0;

before(async () => {
  server = await startMidruServer({});
  for (const p of BRIEFING_PAGES) {
    if (p.shared && NEEDS_SHARED) continue;
    server.setRoute(routeKey(p.url), { body: fixtureHtml(p) });
  }
  browser = await launchWithExtension({ extensionDir: process.env.BL_EXTENSION_DIR || undefined, port: server.port });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openWithSidebar(fixture: FixturePage): Promise<Page> {
  const page = await browser.context.newPage();
  watchConsole(page, problems);
  pagesOpened++;
  await page.goto(fixture.url, { waitUntil: 'load' });
  await waitForSidebar(page, SIDEBAR_TIMEOUT).catch((e: unknown) =>
    assert.fail(`no "Briefing Lens" sidebar within ${SIDEBAR_TIMEOUT} ms at ${fixture.url}: ${e instanceof Error ? e.message : String(e)}`),
  );
  return page;
}

const label = (p: FixturePage) => `${p.name} at ${p.url}`;

for (const fixture of BRIEFING_PAGES) {
  const skip = fixture.shared ? NEEDS_SHARED : false;

  test(`sidebar shows the table of contents: ${label(fixture)}`, { skip, timeout: 30_000 }, async () => {
    const outline = expectedOutline(fixture);
    const toc = outline.toc ?? [];
    assert.ok(toc.length > 0, 'expected outline has TOC entries');
    const page = await openWithSidebar(fixture);
    try {
      // Two host elements with random `x-` names, children of <html>: the sidebar frame's, whose
      // shadow root the page cannot reach (closed), and the selection toolbar's (open: it holds
      // no text of the reader's and no frame).
      const hosts = await page.evaluate(() =>
        Array.from(document.documentElement.children)
          .filter((el) => /^x-[a-z]+$/.test(el.localName))
          .map((el) => ({
            shadowVisibleToPage: !!el.shadowRoot,
            framesInside: el.shadowRoot?.querySelectorAll('iframe').length ?? null,
            iframesInPage: document.querySelectorAll('iframe').length,
          })),
      );
      assert.deepEqual(
        hosts,
        [
          { shadowVisibleToPage: false, framesInside: null, iframesInPage: 0 },
          { shadowVisibleToPage: true, framesInside: 0, iframesInPage: 0 },
        ],
        'two x-… hosts in <html>: the frame’s behind a closed shadow root, the toolbar’s with no frame',
      );
      const frame = await sidebarFrame(page);
      assert.equal(frame.parentFrame(), page.mainFrame(), 'the sidebar frame is a child of the page');

      // One button named exactly each TOC title (the nav may hold other buttons too, such as
      // per-entry actions), in TOC order.
      const nav = tocNav(page);
      const named = [];
      for (const entry of toc) {
        const b = tocButton(page, entry.title);
        assert.equal(await b.count(), 1, `one button named exactly ${JSON.stringify(entry.title)}`);
        named.push(await b.elementHandle());
      }
      const inOrder = await frame.evaluate(
        (buttons) => buttons.every((b, i) => i === 0 || !!(buttons[i - 1].compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)),
        named,
      );
      assert.ok(inOrder, 'buttons in TOC order');

      // The two groups: statement buttons sit after the "Statements" heading and before the
      // answers heading; answer buttons after it. A count after the label ("Statements 5") is
      // allowed.
      const names = groupHeadings();
      const headingName = (label: string) => new RegExp(`^${label}(\\s+\\d+)?$`);
      const hStatements = nav.getByRole('heading', { name: headingName(names.statements) });
      const hAnswers = nav.getByRole('heading', { name: headingName(names.answers) });
      const seen = JSON.stringify(await nav.getByRole('heading').evaluateAll((els) => els.map((e) => e.textContent)));
      assert.equal(await hStatements.count(), 1, `heading "${names.statements}" in the nav (headings seen: ${seen})`);
      assert.equal(await hAnswers.count(), 1, `heading "${names.answers}" in the nav (headings seen: ${seen})`);
      const parts = toc.map((e) => e.part);
      const placement = await frame.evaluate(
        // No named inner functions here: tsx would wrap them in __name(), unknown in the page.
        ({ hs, ha, buttons }) =>
          buttons.map((b) =>
            ha.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING
              ? 'answers'
              : hs.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING
                ? 'statements'
                : 'before',
          ),
        { hs: await hStatements.elementHandle(), ha: await hAnswers.elementHandle(), buttons: named },
      );
      assert.deepEqual(placement, parts, 'each button under the heading of its part');
    } finally {
      await page.close();
    }
  });

  test(`clicking TOC entries scrolls to the 5th statement and the 3rd answer: ${label(fixture)}`, { skip, timeout: 30_000 }, async () => {
    const outline = expectedOutline(fixture);
    const tocStatements = (outline.toc ?? []).filter((e) => e.part === 'statements');
    const tocAnswers = (outline.toc ?? []).filter((e) => e.part === 'answers');
    const statements = (outline.sections ?? []).filter((s) => s.kind === 'statement');
    const pairs = (outline.sections ?? []).filter((s) => s.kind === 'qa');
    // The 5th statement and 3rd answer, or the last one on short pages (the Russian one).
    const si = Math.min(4, statements.length - 1);
    const qi = Math.min(2, pairs.length - 1);
    const targets = [
      { button: tocStatements[si].title, find: { kind: 'statement' as const, text: statements[si].title ?? '' } },
      { button: tocAnswers[qi].title, find: { kind: 'qa' as const, text: pairs[qi].question ?? '' } },
    ];

    const page = await openWithSidebar(fixture);
    try {
      for (const t of targets) {
        assert.ok(t.find.text, `expected outline gives a heading/question for ${t.button}`);
        const el = await findSectionElement(page, t.find);
        assert.ok(el, `page has an element for ${JSON.stringify(t.find.text)}`);
        // Start from where the target is out of view, so the check below means something.
        await page.evaluate(() => window.scrollTo(0, 0));
        if (await isInViewport(el)) await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        assert.equal(await isInViewport(el), false, `precondition: ${JSON.stringify(t.find.text)} starts out of view`);

        await tocButton(page, t.button).click({ timeout: 5_000 });
        const seen = await pollUntil(() => isInViewport(el), 2_000);
        const box = await el.boundingBox();
        assert.ok(
          seen,
          `after clicking ${JSON.stringify(t.button)}, ${JSON.stringify(t.find.text)} is in the viewport (box ${JSON.stringify(box)})`,
        );
        await el.dispose();
      }
    } finally {
      await page.close();
    }
  });
}

test('no console errors or uncaught exceptions on the briefing pages', async (t) => {
  if (pagesOpened === 0) return t.skip('no page was opened (run with the tests above)');
  assert.deepEqual(problems, [], `console problems:\n${formatProblems(problems)}`);
});
