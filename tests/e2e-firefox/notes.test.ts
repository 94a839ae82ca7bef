/**
 * A highlight with a note, in Firefox, the way a reader makes one: on the bundled sample and (from
 * ../shared) the Liferay-era page,
 *   1. drag the mouse over a phrase of the article -> the selection toolbar's "Add note" -> type in
 *      the "Note" box -> "Save note": painted in `bl-note-yellow`, stored with its note in the
 *      extension's database;
 *   2. reload: painted again, and listed in the sidebar's Notes tab; a click on it opens its note;
 *   3. the notes library (moz-extension://<pinned uuid>/library.html) lists it with its note;
 *   4. a hostile page (a main-world keylogger and harvester installed before load) sees nothing of
 *      a note typed through the UI, and its write attempts change nothing;
 *   5. no console error, in the pages, the extension pages or the background page.
 * Tests 2-4 build on test 1's highlight for the same page and say so when it is missing.
 * One Firefox for the file (a fresh profile: the database starts empty).
 */
import assert from 'node:assert/strict';
import { after, before, test, type TestContext } from 'node:test';
import type { Page } from 'puppeteer-core';
import { fixtureHtml } from '../e2e/support.ts';
import { NOTES_CASES, shortQuote, type NotesCase } from '../e2e/notes-support.ts';
import { ATTACK, HOSTILE } from '../e2e/shared/hostile.ts';
import { EXTENSION_ORIGIN, formatProblems, launchFirefox, poll, type Firefox } from './harness.ts';
import { expectNotePainted, paintedPoint, selectWithMouse, storedHighlights } from './probes.ts';
import {
  SIDEBAR,
  listItemText,
  pageScope,
  query,
  sidebarScope,
  sidebarThenPage,
  waitForGone,
  waitForRole,
  waitForSidebar,
  type Scope,
} from './ui.ts';

const TEST = { timeout: 30_000 };
const TOOLBAR = { role: 'toolbar', name: 'Highlight the selection' };
const NOTE_BOX = { role: 'textbox', name: 'Note' };
const NOTES_TAB = { role: 'tab', name: 'Notes' };

let ff: Firefox;
/** Pages on which test 1 saved its highlight. */
const made = new Set<string>();

before(async () => {
  const pages: Record<string, string> = {};
  for (const c of NOTES_CASES) if (!c.page.skip) pages[c.page.url] = fixtureHtml(c.page);
  ff = await launchFirefox({ pages });
});
after(async () => {
  await ff?.close();
});

/** Opens the briefing and waits until its notes are loaded (the sidebar offers the Notes tab only then). */
async function openBriefing(c: NotesCase): Promise<Page> {
  const page = await ff.open(c.page.url);
  await waitForSidebar(page);
  await waitForRole(async () => [await sidebarScope(page)], [SIDEBAR, NOTES_TAB], 8_000);
  return page;
}

async function stored(c: NotesCase) {
  const lib = await ff.openExtensionPage('library.html');
  try {
    return (await storedHighlights(lib)).filter((r) => r.briefingKey === c.key);
  } finally {
    await lib.close();
  }
}

function needsMade(t: TestContext, c: NotesCase): boolean {
  if (made.has(c.page.name)) return true;
  t.skip(`test 1 made no highlight on ${c.page.label}`);
  return false;
}

for (const c of NOTES_CASES) {
  test(`1. select with the mouse -> "Add note" -> type the note -> "Save note": painted and stored: ${c.page.label}`, {
    ...TEST,
    skip: c.page.skip,
  }, async () => {
    const page = await openBriefing(c);
    try {
      await selectWithMouse(page, c.noted.text);
      const { el: addNote } = await waitForRole(async () => [pageScope(page)], [TOOLBAR, { role: 'button', name: 'Add note' }], 3_000);
      await addNote.click();

      // The note editor: in the sidebar (its own frame) or floating over the page.
      const { el: box, scope } = await waitForRole(sidebarThenPage(page), [NOTE_BOX], 3_000);
      await expectNotePainted(page, 'yellow', c.noted.text, '"Add note" paints the selection yellow at once');
      await box.click();
      await page.keyboard.type(c.note);
      const save = await query(scope, [{ role: 'button', name: 'Save note' }]);
      assert.ok(save, `a "Save note" button beside the note box (in ${scope.label})`);
      await save.click();
      await waitForGone(sidebarThenPage(page), [NOTE_BOX], 3_000);

      await expectNotePainted(page, 'yellow', c.noted.text, 'after "Save note"');
      let records = await stored(c);
      await poll(async () => (records = await stored(c)).some((r) => r.note === c.note), 3_000);
      assert.deepEqual(
        records.map((r) => ({ quote: r.quote, color: r.color, note: r.note })),
        [{ quote: c.noted.text, color: 'yellow', note: c.note }],
        `one highlight stored under ${c.key}, with the note`,
      );
      made.add(c.page.name);
    } finally {
      await page.close();
    }
  });
}

for (const c of NOTES_CASES) {
  test(`2. reload: painted again and listed in the Notes tab: ${c.page.label}`, { ...TEST, skip: c.page.skip }, async (t) => {
    if (!needsMade(t, c)) return;
    const page = await openBriefing(c);
    try {
      await page.reload({ waitUntil: 'load' });
      await waitForSidebar(page);
      await expectNotePainted(page, 'yellow', c.noted.text, 'after a reload');

      const { el: tab } = await waitForRole(async () => [await sidebarScope(page)], [SIDEBAR, NOTES_TAB], 8_000);
      await tab.click();
      const goTo = { role: 'button', name: `Go to highlight: ${shortQuote(c.noted.text)}` };
      const { el: entry } = await waitForRole(
        async () => [await sidebarScope(page)],
        [SIDEBAR, { role: 'tabpanel', name: 'Notes' }, goTo],
        3_000,
      );
      const item = await listItemText(entry);
      assert.ok(item.includes(c.note), `the Notes tab's entry shows the note "${c.note}" (shows: ${item})`);
    } finally {
      await page.close();
    }
  });
}

test(`2b. a click on the painted highlight opens its note: ${NOTES_CASES[0].page.label}`, TEST, async (t) => {
  const c = NOTES_CASES[0];
  if (!needsMade(t, c)) return;
  const page = await openBriefing(c);
  try {
    await expectNotePainted(page, 'yellow', c.noted.text, 'precondition');
    const at = await paintedPoint(page, 'yellow', c.noted.text);
    assert.ok(at, 'the highlight has a place on the page');
    await page.mouse.click(at.x, at.y);
    const { el: box } = await waitForRole(sidebarThenPage(page), [NOTE_BOX], 3_000);
    assert.equal(await box.evaluate((e) => (e as HTMLTextAreaElement).value), c.note, 'the note box holds the saved note');
    await box.focus();
    await page.keyboard.press('Escape');
    await waitForGone(sidebarThenPage(page), [NOTE_BOX], 3_000);
  } finally {
    await page.close();
  }
});

test('3. the notes library lists every highlight made, with its note', TEST, async (t) => {
  const cases = NOTES_CASES.filter((c) => made.has(c.page.name));
  if (cases.length === 0) return t.skip('test 1 made no highlight');
  const lib = await ff.openExtensionPage('library.html');
  try {
    const scope: Scope = { frame: lib.mainFrame(), root: 'document', label: 'the notes library' };
    const list = { role: 'list', name: 'Highlights by briefing, newest briefing first' };
    for (const c of cases) {
      const { el } = await waitForRole(
        async () => [scope],
        [list, { role: 'button', name: `Open in its briefing: ${c.noted.text}` }],
        5_000,
      );
      const item = await listItemText(el);
      assert.ok(item.includes(c.note), `the library's entry of "${c.noted.text}" shows its note (shows: ${item})`);
    }
  } finally {
    await lib.close();
  }
});

// ---- 4. The hostile page (the check of tests/e2e/trust-boundary.test.ts, in Firefox) ------------
const SECRET = 'Qzx private lead 5521';
test('4. a hostile page sees no note and cannot write one', { ...TEST, skip: NOTES_CASES[0].page.skip }, async () => {
  const c = NOTES_CASES[0];
  const page = await ff.browser.newPage();
  try {
    await page.evaluateOnNewDocument(HOSTILE);
    await page.goto(c.page.url, { waitUntil: 'load' });
    await waitForSidebar(page);
    await waitForRole(async () => [await sidebarScope(page)], [SIDEBAR, NOTES_TAB], 8_000);
    await page.evaluate('window.__keylog.length = 0');
    await selectWithMouse(page, c.green.text);
    const { el: addNote } = await waitForRole(async () => [pageScope(page)], [TOOLBAR, { role: 'button', name: 'Add note' }], 3_000);
    await addNote.click();
    const { el: box, scope } = await waitForRole(sidebarThenPage(page), [NOTE_BOX], 3_000);
    assert.notEqual(scope.frame, page.mainFrame(), 'the note box is in the sidebar frame, not the page');
    await box.click();
    await page.keyboard.type(SECRET);
    const save = await query(scope, [{ role: 'button', name: 'Save note' }]);
    assert.ok(save, 'a "Save note" button');
    await save.click();
    await waitForGone(sidebarThenPage(page), [NOTE_BOX], 3_000);
    let records = await stored(c);
    await poll(async () => (records = await stored(c)).some((r) => r.note === SECRET), 3_000);
    assert.ok(
      records.some((r) => r.note === SECRET),
      'the note is stored',
    );

    const keys = (await page.evaluate('window.__keylog.filter((e) => e.t !== "focusin")')) as unknown[];
    assert.deepEqual(keys, [], 'no key or input event of the note reached the page');
    const harvest = (await page.evaluate('window.__harvest()')) as string;
    assert.ok(!harvest.includes(SECRET) && !harvest.includes('5521'), 'the page cannot read the note anywhere it can reach');

    const before = await stored(c);
    const sidebarUrls = [`${EXTENSION_ORIGIN}/sidebar.html`];
    await page.evaluate(`(${ATTACK})(${JSON.stringify({ extensionId: 'briefing-lens@example.org', sidebarUrls })})`);
    const after = await stored(c);
    assert.deepEqual(after, before, 'the store is exactly as the reader left it after the attack');
    assert.ok(!((await page.evaluate('window.__harvest()')) as string).includes(SECRET), 'still nothing after the attack');
  } finally {
    await page.close();
  }
});

test('5. no console errors from the extension (pages, extension pages, background page)', TEST, async () => {
  assert.deepEqual(ff.consoleErrors, [], 'no error in any context (web pages, extension pages and frames, background page)');
  assert.equal(ff.problems.length, 0, `console errors:\n${formatProblems(ff.problems)}`);
});
