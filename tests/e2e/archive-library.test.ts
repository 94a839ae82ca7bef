/**
 * The library's Archive tab in real Chromium, over transcripts the sidebar kept:
 *   1. the bundled sample briefing and the bundled English remarks are opened; the sidebar keeps
 *      both (the extension's `transcripts` store holds one version of each);
 *   2. library.html#archive opens on the Archive tab; the word index is built in a Worker; a
 *      phrase from one section of the briefing finds exactly that section (title, snippet with
 *      the words marked); "Open" opens the briefing at `#bl-<slug>` with the phrase scrolled into
 *      the window (it is below the first screen); "Read here" shows the kept text;
 *   3. "Download JSONL" saves a file that `parseJsonl` reads back to the sections kept in the
 *      store (compared with the versions there, field by field);
 *   4. the remarks served again with a paragraph changed: the sidebar keeps a second version;
 *      the Archive lists the transcript as changed and the version picker marks the edit;
 *   5. the entity timeline's bars are buttons named "<month>: N sections"; axe finds no serious
 *      or critical violation on the tab and nothing sticks out of a 1280×800 window;
 *      no page or worker logged an error.
 * Shared state, in order: test 1 keeps the transcripts the later tests read.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { parseJsonl } from '../../lib/archive/export.ts';
import { REPO_ROOT, fixtureHtml, formatProblems, routeKey, watchConsole, type ConsoleProblem } from './support.ts';
import { layoutReport } from './library-support.ts';
import { SAMPLE, poll, scrollSettled, startHarness, type Harness, type SidebarPage } from './sidebar-support.ts';

const TEST = { timeout: 60_000 };
const AXE = join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');

const REMARKS: SidebarPage = {
  label: 'remarks (bundled)',
  name: 'remarks-en',
  shared: false,
  url: 'https://mid.ru/en/press_service/minister_speeches/1910001/',
  skip: false,
};
const SAMPLE_KEY = 'mid.ru/1900001';
const REMARKS_KEY = 'mid.ru/1910001';
/** In the briefing's last answer, far below the first screen; in no other section of either page. */
const PHRASE = 'interdepartmental document';

let h: Harness;
const problems: ConsoleProblem[] = [];
const workerProblems: ConsoleProblem[] = [];
let kept = false;

before(async () => {
  h = await startHarness([SAMPLE, REMARKS]);
  for (const w of h.browser.context.serviceWorkers()) {
    w.on('console', (m) => {
      if (m.type() === 'error') workerProblems.push({ url: w.url(), text: m.text() });
    });
  }
});
after(async () => {
  await h?.close();
});

interface KeptSectionRow {
  id: string;
  kind: string;
  title: string | null;
  question: string | null;
  asker: string | null;
  speaker: string | null;
  text: string;
  entities: string[];
}
interface VersionRow {
  key: string;
  version: number;
  url: string;
  header: { title: string | null; date: string | null; language: string };
  sections: KeptSectionRow[];
}

/** Every kept version, read from an extension page (the extension's origin). */
async function dumpTranscripts(p: Page): Promise<VersionRow[]> {
  return (await p.evaluate(`(async () => {
    const req = (r) => new Promise((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const db = await req(indexedDB.open('briefing-lens'));
    try { return await req(db.transaction('transcripts').objectStore('transcripts').getAll()); } finally { db.close(); }
  })()`)) as VersionRow[];
}

/** The newest version per key (the archive's search and export read these). */
const latest = (rows: VersionRow[]) => [...new Map(rows.map((r) => [r.key, r])).values()];

async function openArchive(): Promise<{ p: Page; workers: string[] }> {
  const p = await h.browser.context.newPage();
  watchConsole(p, problems);
  const workers: string[] = [];
  p.on('worker', (w) => workers.push(w.url()));
  p.setDefaultTimeout(8_000);
  await p.goto(`chrome-extension://${h.browser.extensionId}/library.html#archive`);
  await p.getByRole('searchbox', { name: 'Search all kept transcripts', exact: true }).waitFor();
  return { p, workers };
}

const status = (p: Page) => p.locator('#bl-ar-results').textContent();
const hits = (p: Page) => p.getByRole('list', { name: 'Matching sections', exact: true }).getByRole('listitem');

/** Where the phrase is on the page: its box, and whether it is inside the window. */
async function phraseBox(
  p: Page,
  phrase: string,
): Promise<{ top: number; docTop: number; inViewport: boolean; innerHeight: number } | null> {
  return (await p.evaluate(`(() => {
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      const i = n.data.indexOf(${JSON.stringify(phrase)});
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + ${phrase.length});
      const b = r.getBoundingClientRect();
      return { top: b.top, docTop: b.top + scrollY, innerHeight, inViewport: b.top >= 0 && b.bottom <= innerHeight };
    }
    return null;
  })()`)) as { top: number; docTop: number; inViewport: boolean; innerHeight: number } | null;
}

test('1. the sidebar keeps the two transcripts it shows', TEST, async () => {
  const { p } = await openArchive();
  try {
    for (const [page, key] of [
      [SAMPLE, SAMPLE_KEY],
      [REMARKS, REMARKS_KEY],
    ] as const) {
      const site = await h.open(page.url);
      // The sidebar keeps the page once it is segmented and its names found: stay until then.
      const ok = await poll(async () => (await dumpTranscripts(p)).some((r) => r.key === key), 10_000);
      await site.close();
      assert.ok(ok, `${key} is kept`);
    }
    const keys = (await dumpTranscripts(p)).map((r) => `${r.key}@${r.version}`).sort();
    assert.deepEqual(keys, [`${SAMPLE_KEY}@1`, `${REMARKS_KEY}@1`], 'one version of each');
  } finally {
    await p.close();
  }
  kept = true;
});

test('2. #archive: a phrase finds its one section; "Open" lands on it on the site; "Read here" shows the kept text', TEST, async (t) => {
  if (!kept) return t.skip('test 1 kept nothing');
  const { p, workers } = await openArchive();
  try {
    assert.equal(await p.getByRole('tab', { name: 'Archive', exact: true }).getAttribute('aria-selected'), 'true');
    const rows = await dumpTranscripts(p);
    const sections = rows.reduce((n, r) => n + r.sections.length, 0);
    const full = `${sections} sections match in 2 kept transcripts.`;
    assert.ok(await poll(async () => (await status(p)) === full, 10_000), `the whole archive indexed: ${await status(p)}`);
    assert.ok(
      workers.some((u) => /\/assets\/archive-index\.worker-[\w-]+\.js$/.test(u)),
      `the index was built in a Worker: ${JSON.stringify(workers)}`,
    );

    // The oracle: the one kept section whose text holds the phrase.
    const sample = rows.find((r) => r.key === SAMPLE_KEY)!;
    const holding = rows.flatMap((r) => r.sections.filter((s) => s.text.includes(PHRASE)).map((s) => ({ r, s })));
    assert.equal(holding.length, 1, 'precondition: the phrase is in one kept section');
    const target = holding[0]!.s;
    assert.equal(holding[0]!.r.key, SAMPLE_KEY);

    await p.getByRole('searchbox', { name: 'Search all kept transcripts', exact: true }).fill(PHRASE);
    assert.ok(
      await poll(async () => (await status(p)) === '1 section matches in 2 kept transcripts.', 3_000),
      `search result: ${await status(p)}`,
    );
    assert.equal(await hits(p).count(), 1);
    const hit = hits(p).first();
    assert.equal(await hit.getByRole('heading', { level: 3 }).textContent(), target.title ?? target.question);
    assert.ok((await hit.textContent())?.includes(sample.header.title!), 'the hit names its transcript');
    // Each word is marked where it first occurs in the section (here "document" comes first, in a follow-up question).
    const marks = await hit.locator('mark').allTextContents();
    assert.deepEqual([...marks].sort(), [...PHRASE.split(' ')].sort());
    const snippet = (await hit.locator('.bl-ar-snippet').textContent()) ?? '';
    for (const m of marks) assert.ok(snippet.includes(m), `the snippet shows ${m}: ${snippet}`);

    const [tab] = await Promise.all([
      h.browser.context.waitForEvent('page'),
      hit.getByRole('button', { name: 'Open', exact: true }).click(),
    ]);
    watchConsole(tab, problems);
    await tab.waitForLoadState('load');
    assert.equal(tab.url(), `${SAMPLE.url}#${target.id}`, 'the briefing opens at the section’s #bl- link');
    assert.match(target.id, /^bl-/);
    const inView = await poll(async () => (await phraseBox(tab, PHRASE))?.inViewport === true, 8_000);
    await scrollSettled(tab);
    const at = await phraseBox(tab, PHRASE);
    assert.ok(inView && at?.inViewport, `the section is scrolled into the window: ${JSON.stringify(at)}`);
    assert.ok(at.docTop > at.innerHeight, `precondition: the section is below the first screen (at ${at.docTop}px)`);
    await tab.close();

    await hit.getByRole('button', { name: 'Read here', exact: true }).click();
    const read = p.locator('.bl-ar-read');
    await read.waitFor();
    assert.equal(await read.getByRole('heading', { level: 3 }).textContent(), target.title ?? target.question);
    const paragraphs = await read.locator('article > p:not(.bl-meta):not(.bl-ar-question)').allTextContents();
    assert.deepEqual(paragraphs, target.text.split('\n'), 'the kept text, paragraph by paragraph');
    assert.match((await read.locator('.bl-ar-version-note').textContent()) ?? '', /^Version 1, kept on \d{1,2} \w+ \d{4}; /);
  } finally {
    await p.close();
  }
});

test('3. "Download JSONL" re-reads to the sections kept in the store', TEST, async (t) => {
  if (!kept) return t.skip('test 1 kept nothing');
  const { p } = await openArchive();
  try {
    const button = p.getByRole('button', { name: 'Download JSONL', exact: true });
    await poll(async () => !(await button.isDisabled()), 8_000);
    const [download] = await Promise.all([p.waitForEvent('download'), button.click()]);
    assert.match(download.suggestedFilename(), /^briefing-lens-archive-\d{4}-\d{2}-\d{2}\.jsonl$/);
    const exported = parseJsonl(readFileSync((await download.path())!, 'utf8'));
    const stored = latest(await dumpTranscripts(p));
    const expected = stored
      .sort((a, b) => (b.header.date ?? '').localeCompare(a.header.date ?? ''))
      .flatMap((r) =>
        r.sections.map((s, i) => ({
          key: r.key,
          url: r.url,
          link: `${r.url}#${s.id}`,
          title: r.header.title,
          date: r.header.date,
          language: r.header.language,
          version: r.version,
          versions: 1,
          section_index: i,
          section_id: s.id,
          section_kind: s.kind,
          section_title: s.title,
          question: s.question,
          asker: s.asker,
          speaker: s.speaker,
          text: s.text,
          entities: s.entities,
        })),
      );
    const picked = exported.map((x) => Object.fromEntries(Object.keys(expected[0]!).map((k) => [k, x[k as keyof typeof x]])));
    assert.deepEqual(picked, expected);
  } finally {
    await p.close();
  }
});

test('4. a changed page is kept as a second version; the version picker marks the edit', TEST, async (t) => {
  if (!kept) return t.skip('test 1 kept nothing');
  const original = fixtureHtml(REMARKS);
  const from = 'Brazil';
  const changed = original.replace(/(<p>[^<]*?)\bBrazil\b/, '$1Brasil');
  assert.notEqual(changed, original, `precondition: the remarks mention ${from}`);
  h.server.setRoute(routeKey(REMARKS.url), { body: changed });
  const page = await h.open(REMARKS.url);
  await page.close();
  const { p } = await openArchive();
  try {
    assert.ok(
      await poll(async () => (await dumpTranscripts(p)).some((r) => r.key === REMARKS_KEY && r.version === 2), 10_000),
      'a second version is kept',
    );
    await p.reload();
    const changedList = p.locator('.bl-ar-changed');
    await changedList.getByRole('button', { name: /^Compare versions: / }).click();
    await changedList.locator('table').waitFor();
    assert.match((await changedList.getByRole('status').textContent()) ?? '', /^1 section edited, 0 added, 0 removed\.$/);
    assert.deepEqual(await changedList.locator('del').allTextContents(), [from]);
    assert.deepEqual(await changedList.locator('ins').allTextContents(), ['Brasil']);
  } finally {
    await p.close();
    h.server.setRoute(routeKey(REMARKS.url), { body: original });
  }
});

test('5. timeline bars are named buttons; axe and a 1280×800 window find nothing wrong; no console errors', TEST, async (t) => {
  if (!kept) return t.skip('test 1 kept nothing');
  const { p } = await openArchive();
  try {
    await p.setViewportSize({ width: 1280, height: 800 });
    await poll(async () => /kept transcripts?\.$/.test((await status(p)) ?? ''), 10_000);
    const picker = p.getByLabel('Person, place or organisation', { exact: true });
    const options = await picker.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    assert.ok(options.length > 0, 'the kept transcripts have entities to pick');
    await picker.selectOption(options[0]!);
    const bar = p.getByRole('button', { name: /^\w+ \d{4}: \d+ sections?$/ }).first();
    await bar.waitFor();
    await bar.focus();
    await p.keyboard.press('Enter');
    await p.locator('#bl-ar-tl-month').waitFor();
    if (!(await p.evaluate('typeof axe !== "undefined"'))) await p.evaluate(`${readFileSync(AXE, 'utf8')}\n;0`);
    const axe = (await p.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map((n) => n.html.slice(0, 120)).join(' | ')))`)) as string[];
    assert.deepEqual(axe, [], 'axe on the Archive tab');
    const layout = await layoutReport(p);
    assert.equal(layout.overflowX, 0, 'nothing sticks out sideways');
    assert.deepEqual(layout.outside, []);
  } finally {
    await p.close();
  }
  assert.equal(
    problems.length + h.problems.length + workerProblems.length,
    0,
    `console errors:\n${formatProblems([...problems, ...h.problems, ...workerProblems])}`,
  );
});
