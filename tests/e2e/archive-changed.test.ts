/**
 * Quiet edits, in real Chromium on a mid.ru address: the bundled sample briefing is opened (kept
 * as version 1), then the same address serves it with one paragraph changed and one removed, in
 * two different sections. On reload the sidebar says "Changed since you read it on …" with the
 * counts, "Show changes" shows the words inserted and deleted and goes to a section;
 * "Forget this transcript" removes every version; with the setting off a changed page gets no
 * status and nothing is kept.
 *
 * The archive lives in the extension's IndexedDB, which a storage reset does not clear: each
 * test uses its own address.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import type { Page } from 'playwright-core';
import { findSectionElement, fixtureHtml, formatProblems, isInViewport, routeKey, sidebar, sidebarFrame } from './support.ts';
import { expectNoSerious } from './axe-support.ts';
import { entitiesTab, entityIndex } from './entities-support.ts';
import { poll, reloadWithSidebar, startHarness, type Harness } from './sidebar-support.ts';

const ORIGINAL = fixtureHtml({ name: 'sample-briefing', shared: false });
const EDITED_FROM = 'for their traditionally warm hospitality.';
const EDITED_TO = 'for their traditionally cordial hospitality.';
const REMOVED = '<p>The detailed programme of the summit will be announced later.</p>';
const EDITED_SECTION = 'Days of Russian Culture in Belgrade';
const TRIMMED_SECTION = 'Preparations for the BRICS summit in Kazan';

/** The sample with one paragraph of a statement changed and one paragraph of an answer removed. */
function variant(): string {
  assert.equal(ORIGINAL.split(EDITED_FROM).length, 2, 'the edited sentence occurs once in the fixture');
  assert.equal(ORIGINAL.split(REMOVED).length, 2, 'the removed paragraph occurs once in the fixture');
  return ORIGINAL.replace(EDITED_FROM, EDITED_TO).replace(REMOVED, '');
}

/** "30 November 2026": the sidebar's English date format, written here independently. */
function today(): string {
  return new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

const URLS = {
  changed: 'https://mid.ru/en/press_service/spokesman/briefings/1900001/',
  off: 'https://mid.ru/en/press_service/spokesman/briefings/1900002/',
};
const keyOf = (url: string) => `mid.ru/${/\/(\d+)\/$/.exec(url)![1]}`;

let h: Harness;

before(async () => {
  h = await startHarness([]);
});
after(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.resetStorage();
});

const serve = (url: string, body: string) => h.server.setRoute(routeKey(url), { body });
const archiveGroup = (p: Page) => sidebar(p).getByRole('group', { name: 'Your archive' });
const changedStatus = (p: Page) =>
  sidebar(p)
    .getByRole('status')
    .filter({ hasText: /^Changed since you read it on/ });

/** The archive's versions of `key`, asked of the background from the sidebar (an extension page). */
async function versions(p: Page, key: string): Promise<Array<{ version: number; hash: string }>> {
  const frame = await sidebarFrame(p);
  const reply = (await frame.evaluate(`chrome.runtime.sendMessage({ type: 'archive/versions', key: ${JSON.stringify(key)} })`)) as {
    ok: boolean;
    data?: Array<{ version: number; hash: string }>;
    error?: string;
  };
  assert.ok(reply.ok, `archive/versions answered: ${reply.error}`);
  return reply.data!;
}

test('a changed transcript: "Changed since…" with the counts, the word diff, going to a section, then Forget', {
  timeout: 60_000,
}, async (t) => {
  serve(URLS.changed, ORIGINAL);
  const p = await h.open(URLS.changed, { reducedMotion: true });
  try {
    // First visit: kept as version 1, quietly.
    await archiveGroup(p).getByText('Kept in your archive.').waitFor({ timeout: 8_000 });
    assert.equal(await changedStatus(p).count(), 0, 'no "Changed since…" on a first visit');
    assert.deepEqual(
      (await versions(p, keyOf(URLS.changed))).map((v) => v.version),
      [1],
    );

    // The site edits the transcript; the reader comes back.
    serve(URLS.changed, variant());
    await reloadWithSidebar(p);
    await changedStatus(p).waitFor({ timeout: 8_000 });
    assert.equal(
      (await changedStatus(p).textContent())?.trim(),
      `Changed since you read it on ${today()}: 2 sections edited, 0 added, 0 removed`,
    );
    assert.deepEqual(
      (await versions(p, keyOf(URLS.changed))).map((v) => v.version),
      [1, 2],
      'the new text is kept beside the old',
    );
    await archiveGroup(p).getByText('Kept in your archive (version 2).').waitFor({ timeout: 2_000 });
    await expectNoSerious(t, p, 'with "Changed since…" showing');

    // Show changes: the two sections, with their words inserted and deleted.
    const show = sidebar(p).getByRole('button', { name: 'Show changes', exact: true });
    await show.focus();
    await show.press('Enter'); // keyboard works
    const dialog = sidebar(p).getByRole('dialog', { name: `Changes since ${today()}` });
    await dialog.waitFor({ timeout: 2_000 });
    const edited = dialog.getByRole('region').filter({ hasText: EDITED_SECTION });
    const trimmed = dialog.getByRole('region').filter({ hasText: TRIMMED_SECTION });
    assert.equal(await dialog.getByRole('region').count(), 2, 'two changed sections');
    await expectNoSerious(t, p, 'with the changes shown');
    assert.deepEqual(await edited.locator('ins').allTextContents(), ['cordial']);
    assert.deepEqual(await edited.locator('del').allTextContents(), ['warm']);
    assert.equal(await trimmed.locator('ins').count(), 0, 'nothing added to the answer');
    const deleted = (await trimmed.locator('del').allTextContents()).join('');
    assert.equal(deleted.trim(), 'The detailed programme of the summit will be announced later.');

    // Going to the edited section scrolls the page there.
    await edited.getByRole('button', { name: `Go to section: ${EDITED_SECTION}`, exact: true }).click();
    const heading = await findSectionElement(p, { kind: 'statement', text: EDITED_SECTION });
    assert.ok(heading, 'the section heading is on the page');
    assert.ok(await poll(() => isInViewport(heading), 3_000), 'the edited section is scrolled into view');

    // Back in the panel (the jump gave the page focus, as the contents do), Esc closes it.
    await dialog.getByRole('button', { name: 'Hide changes', exact: true }).press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: 2_000 });

    // Forget this transcript: asked once more, then every version goes, with a toast.
    await archiveGroup(p).getByRole('button', { name: 'Forget this transcript', exact: true }).click();
    await archiveGroup(p).getByRole('button', { name: 'Forget it', exact: true }).click();
    await sidebar(p)
      .getByRole('status')
      .filter({ hasText: 'Forgotten: 2 versions removed from your archive.' })
      .waitFor({ timeout: 3_000 });
    assert.deepEqual(await versions(p, keyOf(URLS.changed)), [], 'no version left');
    assert.equal(await changedStatus(p).count(), 0, 'the status goes with the versions');
    await archiveGroup(p).getByText('Forgotten: this transcript is not kept again on this visit.').waitFor({ timeout: 2_000 });
    // Not kept again on this visit (the sidebar keeps whenever the page sends a model).
    await new Promise((r) => setTimeout(r, 1_000));
    assert.deepEqual(await versions(p, keyOf(URLS.changed)), [], 'still no version on the same visit');
  } finally {
    await p.close();
  }
  assert.equal(h.problems.length, 0, `console errors:\n${formatProblems(h.problems)}`);
});

test('with "Keep transcripts in my archive" off, a changed page gets no status and nothing is kept', { timeout: 60_000 }, async () => {
  serve(URLS.off, ORIGINAL);
  const p = await h.open(URLS.off);
  try {
    await archiveGroup(p).getByText('Kept in your archive.').waitFor({ timeout: 8_000 });
    const before = await versions(p, keyOf(URLS.off));
    assert.equal(before.length, 1);

    const box = archiveGroup(p).getByRole('checkbox', { name: 'Keep transcripts in my archive' });
    assert.equal(await box.isChecked(), true, 'on by default');
    await box.press('Space');
    assert.ok(await poll(async () => (await h.storedSettings())?.keepTranscripts === false, 2_000), 'the setting is saved');

    serve(URLS.off, variant());
    await reloadWithSidebar(p);
    await archiveGroup(p).getByText('Transcripts are not being kept.').waitFor({ timeout: 8_000 });
    assert.equal(await archiveGroup(p).getByRole('checkbox', { name: 'Keep transcripts in my archive' }).isChecked(), false);
    // Give the sidebar the time it takes to keep a page (the entity index first), then look.
    await entitiesTab(p).click();
    await entityIndex(p).waitFor({ timeout: 8_000 });
    await new Promise((r) => setTimeout(r, 1_000));
    assert.equal(await changedStatus(p).count(), 0, 'no "Changed since…"');
    assert.deepEqual(await versions(p, keyOf(URLS.off)), before, 'nothing kept');
  } finally {
    await p.close();
  }
  assert.equal(h.problems.length, 0, `console errors:\n${formatProblems(h.problems)}`);
});
