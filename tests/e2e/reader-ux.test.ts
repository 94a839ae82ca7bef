/**
 * The reader's experience of the sidebar, in real Chromium on the bundled sample briefing:
 *  - a note typed and left with Esc is still there (restored as a draft) after a reload, was
 *    not saved as the record's note, and was never in the page's reach; "Add note" then Close with nothing typed keeps a plain
 *    highlight, with an Undo that removes it;
 *  - the "copied" status lies inside the viewport after copying the first section's citation,
 *    and after copying from the bottom of a scrolled list;
 *  - search "talks Moscow" finds the sentence holding both words, paints hits of each word, and
 *    previous / next buttons walk them ("Match 1 of N"); the search box stays at the top while
 *    the list scrolls;
 *  - entity and user highlight styles differ (the rules registered in the page's adopted
 *    stylesheets for ::highlight(bl-entity-*) and ::highlight(bl-note-*));
 *  - the first-run hint is dismissed for good; `?` opens the shortcuts panel; the header card
 *    folds (remembered); the collapsed strip shows its label and the note count;
 *  - axe finds no serious or critical violation with the hint, the toast, the shortcuts panel and
 *    the note editor showing.
 * One browser for the file; storage cleared before each test.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { expectNoSerious } from './axe-support.ts';
import { formatProblems, sidebar, sidebarFrame, tocNav, waitForSidebar } from './support.ts';
import { poll, SAMPLE, startHarness, type Harness } from './sidebar-support.ts';
import {
  editButton,
  expectPainted,
  noteDialog,
  notesReady,
  openNotesTab,
  pageWorldView,
  selectPhrase,
  shortQuote,
  toolbarClick,
} from './notes-support.ts';

let h: Harness;
const TEST = { timeout: 40_000 };
const NOTED = 'budget deadlock is the direct result';
const GREEN = 'will hold talks in Moscow with Deputy Prime Minister and Foreign Minister';

before(async () => {
  h = await startHarness([SAMPLE]);
});
after(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.resetStorage();
});

async function open(): Promise<Page> {
  const p = await h.open(SAMPLE.url, { reducedMotion: true });
  p.setDefaultTimeout(8_000);
  await notesReady(p);
  return p;
}

/** Removes every highlight of the sample through the Notes tab (tests make their own). */
async function clearHighlights(p: Page): Promise<void> {
  const panel = await openNotesTab(p);
  for (;;) {
    const del = panel.getByRole('button', { name: /^Delete highlight: / });
    if ((await del.count()) === 0) break;
    const before = await del.count();
    await del.first().click();
    await poll(async () => (await del.count()) < before, 3_000);
  }
  await sidebar(p).getByRole('tab', { name: 'Contents', exact: true }).click();
}

/** Whether a locator's box lies inside the page's viewport. */
async function inViewport(p: Page, l: Locator): Promise<{ inside: boolean; box: unknown; viewport: unknown }> {
  const box = await l.boundingBox();
  const vp = p.viewportSize() ?? (await p.evaluate(() => ({ width: innerWidth, height: innerHeight })));
  const inside = !!box && box.height > 0 && box.y >= 0 && box.x >= 0 && box.y + box.height <= vp.height && box.x + box.width <= vp.width;
  return { inside, box, viewport: vp };
}

test(
  'a note typed and left with Esc is there after a reload (a draft, not a saved note); "Add note" then Close keeps a plain highlight with Undo',
  TEST,
  async () => {
    const p = await open();
    try {
      await clearHighlights(p);
      await selectPhrase(p, NOTED);
      await toolbarClick(p, 'Add note');
      const dialog = noteDialog(p);
      await dialog.waitFor({ state: 'visible', timeout: 3_000 });
      const typed = 'Half a thought about the budget — #vienna';
      await dialog.getByRole('textbox', { name: 'Note', exact: true }).fill(typed);
      await dialog.getByRole('textbox', { name: 'Note', exact: true }).press('Escape');
      await dialog.waitFor({ state: 'hidden', timeout: 3_000 });
      await sidebar(p).getByRole('status').filter({ hasText: 'Draft kept' }).waitFor({ timeout: 3_000 });
      await p.waitForTimeout(400); // past the draft's debounce, as a reader reaching for F5 would be
      // The draft is the extension's: the page's own world finds it nowhere, nor in its text.
      const view = await pageWorldView(p, [typed]);
      assert.deepEqual([view.hits, view.webStorageHit], [[], false], `the page's storage holds no draft: ${JSON.stringify(view)}`);
      assert.equal(await p.evaluate((t) => document.documentElement.innerHTML.includes(t), typed), false, 'the page holds no draft text');

      await p.reload({ waitUntil: 'load' });
      await waitForSidebar(p);
      await notesReady(p);
      await openNotesTab(p);
      await editButton(p, NOTED).click();
      const again = noteDialog(p);
      await again.waitFor({ state: 'visible', timeout: 3_000 });
      const note = again.getByRole('textbox', { name: 'Note', exact: true });
      assert.ok(
        await poll(async () => (await note.inputValue()) === typed, 3_000),
        `the draft is restored (got "${await note.inputValue()}")`,
      );
      assert.equal(await again.getByText('Your unsaved draft was restored.').count(), 1, 'the editor says the text is a restored draft');
      // The draft was never the record's note: the list shows no note text for it.
      assert.equal(
        await sidebar(p).getByRole('tabpanel', { name: 'Notes', exact: true }).locator('.bl-note-text').count(),
        0,
        'nothing was saved as the note',
      );
      await again.getByRole('button', { name: 'Save note', exact: true }).click();
      await again.waitFor({ state: 'hidden', timeout: 3_000 });
      await sidebar(p).getByText(typed).waitFor({ timeout: 3_000 });

      // "Add note", then Close with nothing typed: the highlight stays, with an Undo that removes it.
      await sidebar(p).getByRole('tab', { name: 'Contents', exact: true }).click();
      await selectPhrase(p, GREEN);
      await toolbarClick(p, 'Add note');
      await noteDialog(p).waitFor({ state: 'visible', timeout: 3_000 });
      await noteDialog(p).getByRole('button', { name: 'Close', exact: true }).click();
      const kept = sidebar(p).getByRole('status').filter({ hasText: 'Kept as a highlight without a note.' });
      await kept.waitFor({ timeout: 3_000 });
      await expectPainted(p, [['yellow', GREEN]], 'after "Add note" then Close');
      const panel = sidebar(p).getByRole('tabpanel', { name: 'Notes', exact: true });
      const listed = panel.getByRole('button', { name: `Go to highlight: ${shortQuote(GREEN)}`, exact: true });
      assert.equal(await listed.count(), 1, 'the plain highlight is listed');
      await kept.getByRole('button', { name: 'Undo', exact: true }).click();
      assert.ok(await poll(async () => (await listed.count()) === 0, 3_000), 'Undo removes the highlight');
    } finally {
      await p.close();
    }
  },
);

test('over-long notes are refused with a message, never cut', TEST, async () => {
  const p = await open();
  try {
    await clearHighlights(p);
    await selectPhrase(p, NOTED);
    await toolbarClick(p, 'Add note');
    const dialog = noteDialog(p);
    await dialog.waitFor({ state: 'visible', timeout: 3_000 });
    const long = 'x'.repeat(100_001);
    const box = dialog.getByRole('textbox', { name: 'Note', exact: true });
    await box.fill(long);
    await dialog.getByRole('button', { name: 'Save note', exact: true }).click();
    await dialog.getByRole('alert').filter({ hasText: '100,001 characters' }).waitFor({ timeout: 3_000 });
    assert.equal((await box.inputValue()).length, long.length, 'the text is kept whole');
    assert.equal(await dialog.isVisible(), true, 'the editor stays open');
  } finally {
    await p.close();
  }
});

test(
  'the "copied" status is inside the viewport after copying the first section\'s citation, and after copying from a scrolled list',
  TEST,
  async () => {
    const p = await open();
    try {
      await tocNav(p).waitFor({ state: 'visible' });
      const first = (await tocNav(p).locator('.bl-toc-entry').first().textContent())?.trim() ?? '';
      assert.ok(first, 'precondition: the first section has a title');
      await sidebar(p)
        .getByRole('button', { name: `Copy citation of ${first}`, exact: true })
        .click();
      const status = sidebar(p)
        .getByRole('status')
        .filter({ hasText: /Copied to the clipboard|Could not copy/ });
      await status.waitFor({ timeout: 3_000 });
      assert.equal(await status.textContent().then((t) => t?.includes('Copied to the clipboard')), true, 'the copy worked');
      const a = await inViewport(p, status);
      assert.ok(a.inside, `the status is inside the viewport: ${JSON.stringify(a)}`);

      // The list scrolled to its end: the copy at the bottom is still confirmed at the top.
      await sidebar(p).getByRole('button', { name: 'Dismiss message', exact: true }).click();
      await status.waitFor({ state: 'hidden', timeout: 3_000 });
      const frame = await sidebarFrame(p);
      await frame.evaluate(() => {
        const body = document.querySelector('.bl-body')!;
        body.scrollTop = body.scrollHeight;
      });
      const last = sidebar(p)
        .getByRole('button', { name: /^Copy link to / })
        .last();
      await last.click();
      await status.waitFor({ timeout: 3_000 });
      const b = await inViewport(p, status);
      assert.ok(b.inside, `after a copy at the bottom of the list, the status is inside the viewport: ${JSON.stringify(b)}`);
      const search = sidebar(p).getByRole('searchbox', { name: 'Search this briefing' });
      const c = await inViewport(p, search);
      assert.ok(c.inside, `the search box stays at the top while the list is scrolled: ${JSON.stringify(c)}`);
      assert.ok((await inViewport(p, sidebar(p).getByRole('tab', { name: 'Notes', exact: true }))).inside, 'the tabs stay at the top');
    } finally {
      await p.close();
    }
  },
);

test('search "talks Moscow" finds the sentence holding both words, paints hits of each, and previous / next walk them', TEST, async () => {
  const p = await open();
  try {
    const search = sidebar(p).getByRole('searchbox', { name: 'Search this briefing' });
    await search.fill('talks Moscow');
    const results = sidebar(p).getByRole('navigation', { name: 'Search this briefing' });
    await results.waitFor({ state: 'visible', timeout: 2_000 });
    const marks = await results
      .locator('li')
      .evaluateAll((lis) => lis.map((li) => Array.from(li.querySelectorAll('mark')).map((m) => (m.textContent ?? '').toLowerCase())));
    assert.ok(
      marks.some((m) => m.includes('talks') && m.includes('moscow')),
      `a result's snippet marks both words: ${JSON.stringify(marks)}`,
    );
    const snippets = await results.locator('.bl-snippet').allTextContents();
    assert.ok(
      snippets.some((s) => /talks in Moscow/.test(s)),
      `the snippet is the sentence holding both: ${JSON.stringify(snippets)}`,
    );
    // Painted on the page: hits of each word (the highlight registry is the page document's).
    const painted = (await p.evaluate(() => {
      const hl = CSS.highlights.get('bl-search');
      return hl ? Array.from(hl as unknown as Iterable<Range>, (r) => r.toString().toLowerCase()) : [];
    })) as string[];
    assert.ok(painted.includes('talks') && painted.includes('moscow'), `both words are painted: ${JSON.stringify(painted)}`);
    await sidebar(p).getByRole('button', { name: 'Next match', exact: true }).click();
    await sidebar(p)
      .getByText(/Match 1 of \d+/)
      .waitFor({ timeout: 2_000 });
    await sidebar(p).getByRole('button', { name: 'Next match', exact: true }).click();
    await sidebar(p)
      .getByText(/Match 2 of \d+/)
      .waitFor({ timeout: 2_000 });
    await sidebar(p).getByRole('button', { name: 'Previous match', exact: true }).click();
    await sidebar(p)
      .getByText(/Match 1 of \d+/)
      .waitFor({ timeout: 2_000 });
    // Reversed, the words find the same sections.
    const titles = await results.locator('.bl-result-title').allTextContents();
    await search.fill('Moscow talks');
    await poll(async () => JSON.stringify(await results.locator('.bl-result-title').allTextContents()) === JSON.stringify(titles), 2_000);
    assert.deepEqual(await results.locator('.bl-result-title').allTextContents(), titles, 'any order');
  } finally {
    await p.close();
  }
});

test(
  'entity and user highlight styles differ (rules registered for ::highlight(bl-entity-*) and ::highlight(bl-note-*))',
  TEST,
  async () => {
    const p = await open();
    try {
      await clearHighlights(p);
      await selectPhrase(p, NOTED);
      await toolbarClick(p, 'Highlight yellow');
      await expectPainted(p, [['yellow', NOTED]], 'the user highlight');
      const rules = async () =>
        (await p.evaluate(() =>
          document.adoptedStyleSheets.flatMap((s) =>
            Array.from(s.cssRules, (r) => r.cssText).filter((t) =>
              /::highlight\(bl-(entity-(person|place|organization|date)|note-(yellow|green|blue|pink|purple))\)/.test(t),
            ),
          ),
        )) as string[];
      assert.ok(
        await poll(async () => (await rules()).some((r) => r.includes('bl-entity-')), 8_000),
        'entity rules are registered (entities are on at first visit)',
      );
      const all = await rules();
      const body = (r: string) => r.slice(r.indexOf('{'));
      const entity = all.filter((r) => r.includes('bl-entity-'));
      const note = all.filter((r) => r.includes('bl-note-'));
      assert.ok(note.length >= 1, `a user highlight rule is registered: ${JSON.stringify(all)}`);
      for (const e of entity) {
        assert.ok(!/background/.test(e), `entity rule has no fill: ${e}`);
        for (const n of note) assert.notEqual(body(e), body(n), `entity and user rules differ: ${e} vs ${n}`);
      }
      for (const n of note) assert.ok(/background-color/.test(n), `the user highlight is a fill: ${n}`);
    } finally {
      await p.close();
    }
  },
);

test(
  'first-run hint dismissed for good, "?" opens the shortcuts, the header folds (remembered), the collapsed strip shows its label and note count; axe clean',
  TEST,
  async (t) => {
    const p = await open();
    try {
      await clearHighlights(p);
      // Locators are rebuilt after a reload (the sidebar frame is a new one).
      const hint = () => sidebar(p).getByText('Select text on the page to highlight it · press ? for shortcuts');
      await hint().waitFor({ timeout: 3_000 });
      // axe with the hint, the toast and the shortcuts panel showing.
      await tocNav(p).locator('.bl-toc-entry').first().focus();
      await p.keyboard.press('?');
      const keys = sidebar(p).getByRole('dialog', { name: 'Keyboard shortcuts', exact: true });
      await keys.waitFor({ timeout: 2_000 });
      assert.ok((await keys.getByText('Alt+Shift+B').count()) >= 1, "the panel lists the README's shortcuts");
      await expectNoSerious(t, p, 'with the hint and the shortcuts panel');
      await p.keyboard.press('Escape');
      await keys.waitFor({ state: 'hidden', timeout: 2_000 });
      await sidebar(p).getByRole('button', { name: 'Keyboard shortcuts', exact: true }).click();
      await keys.waitFor({ timeout: 2_000 });
      await sidebar(p).getByRole('button', { name: 'Keyboard shortcuts', exact: true }).click();
      await keys.waitFor({ state: 'hidden', timeout: 2_000 });

      await sidebar(p).getByRole('button', { name: 'Dismiss this hint', exact: true }).click();
      await hint().waitFor({ state: 'hidden', timeout: 2_000 });
      await sidebar(p).getByRole('button', { name: 'Hide briefing details', exact: true }).click();
      await sidebar(p).getByRole('button', { name: 'Show briefing details', exact: true }).waitFor({ timeout: 2_000 });

      // A highlight with the editor open: axe clean with the editor showing.
      await selectPhrase(p, NOTED);
      await toolbarClick(p, 'Add note');
      await noteDialog(p).waitFor({ state: 'visible', timeout: 3_000 });
      await expectNoSerious(t, p, 'with the note editor open');
      await noteDialog(p).getByRole('button', { name: 'Close', exact: true }).click();

      await p.reload({ waitUntil: 'load' });
      await waitForSidebar(p);
      await notesReady(p);
      assert.equal(await hint().count(), 0, 'the dismissed hint stays dismissed after a reload');
      await sidebar(p).getByRole('button', { name: 'Show briefing details', exact: true }).waitFor({ timeout: 2_000 });

      await sidebar(p).getByRole('button', { name: 'Collapse Briefing Lens', exact: true }).click();
      const strip = sidebar(p).getByRole('button', { name: 'Open Briefing Lens', exact: true });
      await strip.waitFor({ timeout: 2_000 });
      const shown = sidebar(p).locator('.bl-strip');
      assert.ok(
        await poll(async () => (await shown.textContent())?.includes('Briefing Lens') === true, 2_000),
        'the strip shows its label',
      );
      assert.ok(
        await poll(async () => (await shown.textContent())?.endsWith('1') === true, 3_000),
        `the strip shows the note count (1): "${await shown.textContent()}"`,
      );
      assert.equal(await sidebar(p).getByText('1 highlight on this page').count(), 1, 'the count is there for screen readers too');
      assert.equal(await strip.getAttribute('aria-describedby').then((id) => !!id), true, 'the count is described to screen readers');
      await expectNoSerious(t, p, 'collapsed with the note count');
    } finally {
      await p.close();
    }
  },
);

test('no console errors or uncaught exceptions (reader UX tests)', () => {
  assert.deepEqual(h.problems, [], `console problems:\n${formatProblems(h.problems)}`);
});
