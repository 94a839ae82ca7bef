/**
 * axe-core on the sidebar (the extension page `sidebar.html` in its frame) at mid.ru addresses:
 * no `serious` or `critical` violation in the default state, with search results showing, with
 * a Q&A's question expanded, collapsed, and on the other views (tabs). axe runs in the sidebar
 * frame's document (evaluated there through the DevTools protocol: the extension page's CSP
 * refuses injected <script> tags), so every node it checks is ours; the ministry's page is not
 * ours to fix. Its default rule set (WCAG 2.0-2.2 A/AA and best practices).
 * One browser for the file.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import type { Page } from 'playwright-core';
import { expectNoSerious } from './axe-support.ts';
import { formatProblems, sidebar, tocNav } from './support.ts';
import { RUSSIAN, SAMPLE, SIDEBAR_PAGES, outlineOf, startHarness, tocTitleOf, type Harness } from './sidebar-support.ts';

let h: Harness;

before(async () => {
  h = await startHarness(SIDEBAR_PAGES);
});
after(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.resetStorage();
});

const searchBox = (p: Page) => sidebar(p).getByRole('searchbox', { name: 'Search this briefing' });

test(`axe: no serious or critical violation in the default sidebar, with search results showing, and with a Q&A expanded: ${SAMPLE.label}`, {
  timeout: 30_000,
}, async (t) => {
  const o = outlineOf(SAMPLE);
  const p = await h.open(SAMPLE.url);
  try {
    await tocNav(p).waitFor({ state: 'visible' });
    await expectNoSerious(t, p, 'default state');

    await searchBox(p).fill('Kazakhstan');
    await sidebar(p).getByRole('navigation', { name: 'Search this briefing' }).waitFor({ state: 'visible', timeout: 2_000 });
    await searchBox(p).press('Enter');
    await expectNoSerious(t, p, 'with search results showing');

    await searchBox(p).press('Escape');
    await tocNav(p).waitFor({ state: 'visible', timeout: 2_000 });
    const firstPair = o.sections.findIndex((s) => s.kind === 'qa');
    const title = tocTitleOf(o, firstPair);
    await sidebar(p)
      .getByRole('button', { name: `Show question: ${title}`, exact: true })
      .click();
    await sidebar(p)
      .getByRole('button', { name: `Hide question: ${title}`, exact: true })
      .waitFor({ timeout: 2_000 });
    await expectNoSerious(t, p, `with the question of "${title}" expanded`);
  } finally {
    await p.close();
  }
});

test(`axe: no serious or critical violation when collapsed and on the other views (tabs): ${SAMPLE.label}`, {
  timeout: 30_000,
}, async (t) => {
  const p = await h.open(SAMPLE.url);
  try {
    const tabs = await sidebar(p).getByRole('tab').allTextContents();
    for (const name of tabs.slice(1)) {
      await sidebar(p).getByRole('tab', { name, exact: true }).click();
      await sidebar(p).getByRole('tabpanel', { name, exact: true }).waitFor({ state: 'visible', timeout: 2_000 });
      await p.waitForTimeout(300); // views that load their content (entities) settle
      await expectNoSerious(t, p, `on the "${name}" view`);
    }
    await sidebar(p).getByRole('button', { name: 'Collapse Briefing Lens', exact: true }).click();
    await sidebar(p).getByRole('button', { name: 'Open Briefing Lens', exact: true }).waitFor({ timeout: 2_000 });
    await expectNoSerious(t, p, 'collapsed');
  } finally {
    await p.close();
  }
});

test(`axe: no serious or critical violation in the default sidebar: ${RUSSIAN.label}`, {
  skip: RUSSIAN.skip,
  timeout: 30_000,
}, async (t) => {
  const p = await h.open(RUSSIAN.url);
  try {
    await tocNav(p).waitFor({ state: 'visible' });
    await expectNoSerious(t, p, 'default state');
  } finally {
    await p.close();
  }
});

test('no console errors or uncaught exceptions (axe tests)', () => {
  assert.deepEqual(h.problems, [], `console problems:\n${formatProblems(h.problems)}`);
});
