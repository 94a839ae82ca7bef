/**
 * The notes library in real Chromium (chrome-extension://<id>/library.html), on highlights made
 * through the page's own notes UI on two fixture briefings (the bundled sample, and the
 * Liferay-era page when ../shared exists):
 *   1. on each briefing, select a phrase -> "Add note" -> note and tags -> "Save note", and a
 *      second phrase -> "Highlight green"; the content script also writes each briefing's index
 *      record (entities) to the extension's database;
 *   2. the library lists both briefings (newest first) and all their highlights;
 *   3. search finds one highlight by a word of its note, and only it;
 *   4. "open" on it opens its briefing in a new tab at `#bl-h-<id>`, scrolled to the highlight
 *      (which is below the first screen);
 *   5. the Briefings view lists both briefings for an entity they share, with mention counts;
 *   6. export (everything, W3C JSON) downloads a file; in a second browser on a fresh profile,
 *      importing it previews N new records, applies, and gives the same database (compared
 *      record by record) and the same library list;
 *   7. axe-core finds no serious or critical violation on the library page (each view), and no
 *      page or worker logged an error;
 *   8. at 1024×768, 1280×800 and 1920×1080 nothing sticks out sideways and every control is inside the
 *      window, on every tab (with an editor open, an entity chosen, "One briefing" to export);
 *   9. a note edited in the library, and a highlight deleted then undone, are so after a reload —
 *      in the library and in the briefing's sidebar;
 *      a highlight deleted (no undo) stays deleted.
 *
 * Shared state, in order: test 1 makes the highlights every later test reads. Set
 * BL_EXTENSION_DIR to test another build than .output/chrome-mv3.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { entityLabel } from '../../lib/library/labels.ts';
import { launchWithExtension, type Launched } from '../../scripts/lib/launch.ts';
import { REPO_ROOT, formatProblems, sidebarFrame, watchConsole, type ConsoleProblem } from './support.ts';
import { layoutReport } from './library-support.ts';
import { LIFERAY, SAMPLE, poll, scrollSettled, startHarness, type Harness, type SidebarPage } from './sidebar-support.ts';
import { expectPainted, notesReady, noteDialog, paintedRange, selectPhrase, toolbarClick } from './notes-support.ts';

const TEST = { timeout: 60_000 };
const EXTENSION_DIR = process.env.BL_EXTENSION_DIR;
const AXE = join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');

interface LibraryCase {
  page: SidebarPage;
  key: string;
  /** Highlighted yellow with a note and tags. */
  noted: string;
  note: string;
  tags: string[];
  /** Highlighted green, no note. */
  green: string;
}

const CASES: LibraryCase[] = [
  {
    page: SAMPLE,
    key: 'mid.ru/1900001',
    // In the last answer, far below the first screen: "open" must scroll to it.
    noted: 'interdepartmental document',
    note: 'Check the quadcopter wording against the Vienna statement',
    tags: ['library-e2e', 'baikonur'],
    green: 'will hold talks in Moscow with Deputy Prime Minister and Foreign Minister',
  },
  {
    page: LIFERAY,
    key: 'mid.ru/asset/4833541',
    noted: 'The situation in Afghanistan is degrading',
    note: 'Compare with the July assessment of the northern provinces',
    tags: ['afghanistan-watch'],
    green: 'Russia saved the people of South Ossetia from destruction',
  },
];
const available = CASES.filter((c) => !c.page.skip);

let h: Harness;
const problems: ConsoleProblem[] = [];
const workerProblems: ConsoleProblem[] = [];
/** Cases whose highlights test 1 made. */
const made = new Set<string>();

before(async () => {
  h = await startHarness(
    available.map((c) => c.page),
    EXTENSION_DIR ? { extensionDir: EXTENSION_DIR } : {},
  );
  for (const w of h.browser.context.serviceWorkers()) {
    w.on('console', (m) => {
      if (m.type() === 'error') workerProblems.push({ url: w.url(), text: m.text() });
    });
  }
});
after(async () => {
  await h?.close();
});

const libraryUrl = (b: Launched) => `chrome-extension://${b.extensionId}/library.html`;

async function openLibrary(b: Launched = h.browser): Promise<Page> {
  const p = await b.context.newPage();
  watchConsole(p, problems);
  p.setDefaultTimeout(8_000);
  await p.goto(libraryUrl(b));
  await p.locator('#bl-results').waitFor();
  // The first screen may hold the newest briefings only; wait for everything.
  await poll(async () => !/^Showing the newest/.test((await p.locator('#bl-results').textContent()) ?? ''), 10_000);
  return p;
}

const status = (p: Page) => p.locator('#bl-results').textContent();

interface Dump {
  highlights: Array<Record<string, unknown> & { id: string; briefingKey: string; quote: string; note: string }>;
  briefings: Array<
    Record<string, unknown> & { key: string; title: string | null; entityKeys: string[]; entities: { key: string; count: number }[] }
  >;
}

/** Every record of the extension's database, read from one of its pages (the extension's origin). */
async function dumpDb(p: Page): Promise<Dump> {
  return (await p.evaluate(`(async () => {
    const req = (r) => new Promise((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const db = await req(indexedDB.open('briefing-lens'));
    try {
      const tx = db.transaction(['highlights', 'briefings']);
      return { highlights: await req(tx.objectStore('highlights').getAll()), briefings: await req(tx.objectStore('briefings').getAll()) };
    } finally { db.close(); }
  })()`)) as Dump;
}

// ---- 1. make highlights through the page's notes UI -------------------------------------------

for (const c of CASES) {
  test(`1. highlights and a note made on the page, and its index record: ${c.page.label}`, { ...TEST, skip: c.page.skip }, async () => {
    const p = await h.open(c.page.url, { reducedMotion: true });
    p.setDefaultTimeout(8_000);
    try {
      await notesReady(p);
      await selectPhrase(p, c.noted);
      await toolbarClick(p, 'Add note');
      const dialog = noteDialog(p);
      await dialog.waitFor({ state: 'visible', timeout: 3_000 });
      await dialog.getByRole('textbox', { name: 'Note', exact: true }).fill(c.note);
      await dialog.getByRole('textbox', { name: 'Tags (comma-separated)', exact: true }).fill(c.tags.join(', '));
      await dialog.getByRole('button', { name: 'Save note', exact: true }).click();
      await dialog.waitFor({ state: 'hidden', timeout: 3_000 });
      await selectPhrase(p, c.green);
      await toolbarClick(p, 'Highlight green');
      await expectPainted(
        p,
        [
          ['yellow', c.noted],
          ['green', c.green],
        ],
        'after highlighting',
      );
    } finally {
      await p.close();
    }
    const lib = await openLibrary();
    try {
      const ok = await poll(async () => {
        const d = await dumpDb(lib);
        return (
          d.highlights.filter((x) => x.briefingKey === c.key && (x.quote === c.green || x.note === c.note)).length === 2 &&
          d.briefings.some((b) => b.key === c.key && b.entityKeys.length > 0)
        );
      }, 10_000);
      const d = await dumpDb(lib);
      assert.ok(
        ok,
        `two highlights and the index record of ${c.key} are stored: ${JSON.stringify({ highlights: d.highlights.map((x) => [x.briefingKey, x.quote]), briefings: d.briefings.map((b) => b.key) })}`,
      );
    } finally {
      await lib.close();
    }
    made.add(c.key);
  });
}

// ---- 2. listed ---------------------------------------------------------------------------------

test('2. the library lists every highlight, grouped under its briefing', TEST, async (t) => {
  if (made.size === 0) return t.skip('test 1 made no highlights');
  const p = await openLibrary();
  try {
    const d = await dumpDb(p);
    const n = d.highlights.length;
    assert.equal(
      await status(p),
      `${n} ${n === 1 ? 'highlight' : 'highlights'} in ${made.size} ${made.size === 1 ? 'briefing' : 'briefings'}`,
    );
    const list = p.getByRole('list', { name: 'Highlights by briefing, newest briefing first' });
    for (const c of CASES.filter((x) => made.has(x.key))) {
      const title = d.briefings.find((b) => b.key === c.key)?.title;
      assert.ok(title, `the index record of ${c.key} has a title`);
      await list.getByRole('button', { name: `Open briefing: ${title}`, exact: true }).waitFor();
      for (const q of [c.noted, c.green]) await list.getByRole('button', { name: `Open in its briefing: ${q}`, exact: true }).waitFor();
      const item = list
        .getByRole('listitem')
        .filter({ has: p.getByRole('button', { name: `Open in its briefing: ${c.noted}`, exact: true }) });
      const text = (await item.textContent()) ?? '';
      assert.ok(text.includes(c.note), `the entry shows its note (shows: ${text})`);
      for (const tag of c.tags) assert.ok(text.includes(tag), `the entry shows tag ${tag} (shows: ${text})`);
    }
  } finally {
    await p.close();
  }
});

// ---- 3. search; 4. open ------------------------------------------------------------------------

test('3–4. search finds a highlight by a word of its note; "open" lands on it in its briefing', TEST, async (t) => {
  const c = CASES[0]!;
  if (!made.has(c.key)) return t.skip('test 1 made no highlights on the sample');
  const p = await openLibrary();
  try {
    await p.getByRole('searchbox', { name: 'Search highlights', exact: true }).fill('quadcopter');
    assert.ok(await poll(async () => (await status(p)) === '1 highlight in 1 briefing', 3_000), `search result: ${await status(p)}`);
    const open = p.getByRole('button', { name: `Open in its briefing: ${c.noted}`, exact: true });
    await open.waitFor();
    assert.equal(await p.getByRole('button', { name: /^Open in its briefing: / }).count(), 1, 'only the matching highlight is listed');

    const id = (await dumpDb(p)).highlights.find((x) => x.note === c.note)!.id;
    const [tab] = await Promise.all([h.browser.context.waitForEvent('page'), open.click()]);
    watchConsole(tab, problems);
    await tab.waitForLoadState('load');
    assert.equal(tab.url(), `${c.page.url}#bl-h-${encodeURIComponent(id)}`, 'the briefing opens at the highlight’s #bl-h- link');
    await expectPainted(tab, [['yellow', c.noted]], 'in the opened briefing');
    const inView = await poll(async () => (await paintedRange(tab, 'yellow', c.noted, false))?.inViewport === true, 8_000);
    await scrollSettled(tab);
    const at = await paintedRange(tab, 'yellow', c.noted, false);
    assert.ok(inView && at?.inViewport, `the highlight is in the viewport: ${JSON.stringify(at)}`);
    assert.ok(at.docTop > at.innerHeight, `precondition: the highlight is below the first screen (at ${at.docTop}px)`);
    await tab.close();
  } finally {
    await p.close();
  }
});

// ---- 5. briefing index ---------------------------------------------------------------------

test('5. the Briefings view lists both briefings for an entity they share', TEST, async (t) => {
  if (made.size < 2) return t.skip('needs highlights on two briefings (../shared absent, or test 1 failed)');
  const p = await openLibrary();
  try {
    const d = await dumpDb(p);
    const [a, b] = CASES.map((c) => d.briefings.find((x) => x.key === c.key)!);
    const shared = a!.entityKeys.filter((k) => b!.entityKeys.includes(k) && /^(person|place|organization):/.test(k));
    assert.ok(shared.length > 0, `the two briefings share an entity (${a!.entityKeys.join(', ')} / ${b!.entityKeys.join(', ')})`);
    const key = shared.includes('organization:osce') ? 'organization:osce' : shared[0]!;
    const label = entityLabel(key);
    t.diagnostic(`shared entity: ${key} (${label}); all shared: ${shared.join(', ')}`);

    await p.getByRole('tab', { name: 'Briefings', exact: true }).click();
    await p.getByRole('searchbox', { name: 'Person, place or organisation', exact: true }).fill(label);
    await p
      .getByRole('button', { name: new RegExp(`^Show briefings that mention ${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*,`) })
      .first()
      .click();
    await p.getByRole('heading', { name: `Briefings that mention ${label} (2)`, exact: true }).waitFor();
    const items = await p.locator('.bl-mention').allTextContents();
    for (const br of [a!, b!]) {
      const count = br.entities.find((e) => e.key === key)!.count;
      const mention = `${count} ${count === 1 ? 'mention' : 'mentions'}`;
      assert.ok(
        items.some((x) => x.includes(br.title!) && x.includes(mention)),
        `"${br.title}" is listed with ${mention}: ${JSON.stringify(items)}`,
      );
      await p.getByRole('link', { name: br.title!, exact: true }).waitFor();
    }
  } finally {
    await p.close();
  }
});

// ---- 6. export -> fresh profile -> import ------------------------------------------------------

test('6. export downloads a file that re-imports into a fresh profile, giving the same database', TEST, async (t) => {
  if (made.size === 0) return t.skip('test 1 made no highlights');
  const p = await openLibrary();
  let file: string;
  let before: Dump;
  try {
    before = await dumpDb(p);
    await p.getByRole('tab', { name: 'Export and import', exact: true }).click();
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Export', exact: true }).click()]);
    assert.match(download.suggestedFilename(), /^briefing-lens-all-\d{4}-\d{2}-\d{2}\.json$/);
    file = (await download.path())!;
    const json = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(json.type, 'AnnotationCollection');
    assert.equal(json.first.items.length, before.highlights.length);
  } finally {
    await p.close();
  }

  const fresh = await launchWithExtension({ port: h.server.port, ...(EXTENSION_DIR ? { extensionDir: EXTENSION_DIR } : {}) });
  try {
    const q = await openLibrary(fresh);
    assert.deepEqual(await dumpDb(q), { highlights: [], briefings: [] }, 'the fresh profile starts empty');
    await q.getByRole('tab', { name: 'Export and import', exact: true }).click();
    await q.getByLabel('Choose a W3C annotation file (JSON) to import').setInputFiles(file);
    await q.getByRole('heading', { name: /^What importing .+ would do$/ }).waitFor();
    const cells = await q.locator('.bl-preview-table tbody tr').first().locator('td').allTextContents();
    assert.deepEqual(cells, [String(before.highlights.length), '0', '0', '0', '0'], 'preview: every highlight new, none rejected');
    await q.getByRole('button', { name: `Import ${before.highlights.length + before.briefings.length} changes`, exact: true }).click();
    await q.getByText(/^Imported: /).waitFor();
    const after = await dumpDb(q);
    const byId = <T extends { id?: string; key?: string }>(xs: T[]) =>
      [...xs].sort((x, y) => String(x.id ?? x.key).localeCompare(String(y.id ?? y.key)));
    // `version` is the store's edit counter between tabs (absent means 1), not the reader's data:
    // the W3C file does not carry it, and an imported highlight starts its own history.
    const withoutVersion = (xs: Dump['highlights']) => xs.map(({ version: _v, ...r }) => r);
    assert.deepEqual(
      byId(withoutVersion(after.highlights)),
      byId(withoutVersion(before.highlights)),
      'highlights identical after export → import (edit counter aside)',
    );
    assert.deepEqual(byId(after.briefings), byId(before.briefings), 'briefing records identical after export → import');
    await q.getByRole('tab', { name: 'Highlights', exact: true }).click();
    const n = before.highlights.length;
    assert.ok(
      await poll(async () => (await status(q)) === `${n} highlights in ${made.size} ${made.size === 1 ? 'briefing' : 'briefings'}`, 5_000),
      `list after import: ${await status(q)}`,
    );
    await q.close();
  } finally {
    await fresh.close();
  }
});

// ---- 7. accessibility, console -------------------------------------------------------------

/** axe-core on the page as it is now: no serious or critical violation. */
async function axeClean(p: Page, state: string): Promise<void> {
  // Not addScriptTag: the extension page's CSP refuses inline scripts; evaluating through the
  // DevTools protocol is not subject to it.
  if (!(await p.evaluate('typeof axe !== "undefined"'))) await p.evaluate(`${readFileSync(AXE, 'utf8')}\n;0`);
  const r = (await p.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map((n) => n.html.slice(0, 120)).join(' | ')))`)) as string[];
  assert.deepEqual(r, [], `axe, ${state}`);
}

test('7. axe: no serious or critical violation on the library page (every view); no console errors', TEST, async () => {
  const p = await openLibrary();
  try {
    const run = (state: string) => axeClean(p, state);
    await run('highlights view');
    await p.getByRole('tab', { name: 'Briefings', exact: true }).click();
    if (made.size > 0) {
      await p.locator('.bl-entity').first().click();
      await p.locator('#bl-e-res-h').waitFor();
    }
    await run('briefings view');
    await p.getByRole('tab', { name: 'Export and import', exact: true }).click();
    await run('export and import view');
  } finally {
    await p.close();
  }
  assert.equal(
    problems.length + h.problems.length + workerProblems.length,
    0,
    `console errors:\n${formatProblems([...problems, ...h.problems, ...workerProblems])}`,
  );
});

// ---- 8. layout at small windows -------------------------------------------------------------

const itemOf = (p: Page, quote: string) =>
  p.getByRole('listitem').filter({ has: p.getByRole('button', { name: `Open in its briefing: ${quote}`, exact: true }) });

for (const [width, height] of [
  [1024, 768],
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`8. at ${width}×${height}: no horizontal overflow, every control inside the window, on every tab`, TEST, async (t) => {
    const p = await openLibrary();
    try {
      await p.setViewportSize({ width, height });
      const check = async (state: string) => {
        const r = await layoutReport(p);
        t.diagnostic(`${state}: ${r.controls} controls, overflow ${r.overflowX}px`);
        assert.ok(r.controls > 3, `${state}: controls found`);
        assert.equal(r.overflowX, 0, `${state}: the page is not wider than the window`);
        assert.deepEqual(r.outside, [], `${state}: controls outside the ${width}×${height} window`);
      };
      await check('Highlights');
      const c = CASES.find((x) => made.has(x.key));
      if (c) {
        const item = itemOf(p, c.noted);
        await item.getByRole('button', { name: 'Edit', exact: true }).click();
        await item.getByRole('textbox', { name: 'Note', exact: true }).waitFor();
        await check('Highlights, an editor open');
        await axeClean(p, `Highlights with an editor open at ${width}×${height}`);
        await item.getByRole('button', { name: 'Cancel', exact: true }).click();
      }
      await p.getByRole('tab', { name: 'Briefings', exact: true }).click();
      await check('Briefings');
      if (made.size > 0) {
        await p.locator('.bl-entity').first().click();
        await p.locator('#bl-e-res-h').waitFor();
        await check('Briefings, an entity chosen');
      }
      await p.getByRole('tab', { name: 'Export and import', exact: true }).click();
      await check('Export and import');
      await p.getByRole('radio', { name: 'One briefing', exact: true }).check();
      await check('Export and import, one briefing');
      await axeClean(p, `Export and import at ${width}×${height}`);
    } finally {
      await p.close();
    }
  });
}

// ---- 9. edit, delete, undo: kept after a reload ------------------------------------------------

test('9. a note edited in the library, and a delete undone, are so after a reload; a delete stays', TEST, async (t) => {
  const c = CASES[0]!;
  if (!made.has(c.key)) return t.skip('test 1 made no highlights on the sample');
  const p = await openLibrary();
  try {
    const edited = `${c.note} — checked against the transcript`;
    let item = itemOf(p, c.noted);
    await item.getByRole('button', { name: 'Edit', exact: true }).click();
    await item.getByRole('textbox', { name: 'Note', exact: true }).fill(edited);
    await item.getByRole('textbox', { name: 'Tags (comma-separated)', exact: true }).fill([...c.tags, 'checked'].join(', '));
    await item.getByRole('button', { name: 'Save', exact: true }).click();
    await p.locator('#bl-toast').getByText('Saved.', { exact: true }).waitFor();

    await p.reload();
    await p.locator('#bl-results').waitFor();
    item = itemOf(p, c.noted);
    await item.waitFor();
    const text = (await item.textContent()) ?? '';
    assert.ok(text.includes(edited), `after a reload the row shows the edited note: ${text}`);
    assert.ok(text.includes('checked'), `after a reload the row shows the new tag: ${text}`);
    const stored = (await dumpDb(p)).highlights.find((x) => x.quote === c.noted)!;
    assert.equal(stored.note, edited);
    assert.deepEqual(stored.tags, [...c.tags, 'checked']);

    // Delete, then Undo: back after a reload, exactly as it was.
    const before = (await dumpDb(p)).highlights.find((x) => x.quote === c.green)!;
    await itemOf(p, c.green).getByRole('button', { name: 'Delete', exact: true }).click();
    await p.locator('#bl-toast').getByText('Highlight deleted.', { exact: true }).waitFor();
    assert.equal(await itemOf(p, c.green).count(), 0, 'the deleted highlight leaves the list');
    await p.locator('#bl-toast').getByRole('button', { name: 'Undo', exact: true }).click();
    await p.locator('#bl-toast').getByText('Highlight restored.', { exact: true }).waitFor();
    await p.reload();
    await itemOf(p, c.green).waitFor();
    assert.deepEqual(
      (await dumpDb(p)).highlights.find((x) => x.id === before.id),
      before,
      'restored exactly as it was',
    );

    // Delete without undo: gone after a reload.
    await itemOf(p, c.green).getByRole('button', { name: 'Delete', exact: true }).click();
    await p.locator('#bl-toast').getByText('Highlight deleted.', { exact: true }).waitFor();
    await p.reload();
    await p.locator('#bl-results').waitFor();
    await itemOf(p, c.noted).waitFor();
    assert.equal(await itemOf(p, c.green).count(), 0, 'a deleted highlight stays deleted after a reload');
    assert.equal(
      (await dumpDb(p)).highlights.some((x) => x.id === before.id),
      false,
    );
    await axeClean(p, 'after edits');

    // The briefing's sidebar, opened afresh, shows the library's edit and not the deleted highlight.
    const page = await h.open(c.page.url);
    try {
      const frame = await sidebarFrame(page);
      await frame.getByRole('tab', { name: 'Notes', exact: true }).click();
      const panel = frame.getByRole('tabpanel', { name: 'Notes' });
      assert.ok(
        await poll(async () => (await panel.innerText()).includes(edited), 5_000),
        'the sidebar lists the note as edited in the library',
      );
      const listed = await panel.innerText();
      assert.ok(!listed.includes(c.green.slice(0, 40)), 'the highlight deleted in the library is not listed in the sidebar');
    } finally {
      await page.close();
    }
  } finally {
    await p.close();
  }
  assert.equal(problems.length + workerProblems.length, 0, `console errors:\n${formatProblems([...problems, ...workerProblems])}`);
});
