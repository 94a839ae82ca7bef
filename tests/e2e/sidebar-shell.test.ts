/**
 * The sidebar shell on real mid.ru addresses: collapse and reopen, keyboard and pointer resize,
 * the page's reserved right margin following the sidebar, and the state (extension storage,
 * `sidebarSettings`) remembered across a reload. Every test starts from cleared storage and a
 * fresh page. One browser for the file.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import type { Page } from 'playwright-core';
import { formatProblems, sidebar, sidebarFrame, tocNav } from './support.ts';
import { LIFERAY, SAMPLE, SIDEBAR_PAGES, poll, startHarness, type Harness } from './sidebar-support.ts';

const DEFAULT_WIDTH = 360;
const COLLAPSED_WIDTH = 40;
const MIN_WIDTH = 260;

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

const marginRight = (p: Page) => p.evaluate(() => getComputedStyle(document.documentElement).marginRight);
const asideWidth = async (p: Page) => (await sidebar(p).boundingBox())?.width ?? -1;
const collapseButton = (p: Page) => sidebar(p).getByRole('button', { name: 'Collapse Briefing Lens', exact: true });
const openButton = (p: Page) => sidebar(p).getByRole('button', { name: 'Open Briefing Lens', exact: true });
const separator = (p: Page) => sidebar(p).getByRole('separator', { name: 'Resize sidebar' });

/** Waits until the page's reserved margin is `px` (the dock is applied in an effect). */
async function expectMargin(p: Page, px: number, when: string): Promise<void> {
  const ok = await poll(async () => (await marginRight(p)) === `${px}px`, 2_000);
  assert.ok(ok, `${when}: html margin-right is ${px}px (is ${await marginRight(p)})`);
}

/** Waits until the stored settings satisfy `check` (saving is asynchronous). */
async function expectStored(check: (s: Record<string, unknown>) => boolean, what: string): Promise<void> {
  const ok = await poll(async () => {
    const s = await h.storedSettings();
    return !!s && check(s);
  }, 2_000);
  assert.ok(ok, `stored sidebarSettings ${what} (stored: ${JSON.stringify(await h.storedSettings())})`);
}

for (const fixture of SIDEBAR_PAGES) {
  test(`collapse leaves only "Open Briefing Lens" and a 40px margin, survives a reload, reopens: ${fixture.label}`, {
    skip: fixture.skip,
    timeout: 30_000,
  }, async () => {
    const p = await h.open(fixture.url);
    try {
      // Default: open, the TOC shown, the page narrowed by the sidebar's width.
      await tocNav(p).waitFor({ state: 'visible' });
      assert.equal(await asideWidth(p), DEFAULT_WIDTH, 'default sidebar width');
      await expectMargin(p, DEFAULT_WIDTH, 'open');

      await collapseButton(p).click();
      await openButton(p).waitFor({ state: 'visible', timeout: 2_000 });
      assert.equal(await tocNav(p).count(), 0, 'collapsed: no table of contents');
      assert.equal(await collapseButton(p).count(), 0, 'collapsed: no collapse button');
      assert.equal(await openButton(p).getAttribute('aria-expanded'), 'false', 'the open button says the sidebar is collapsed');
      assert.equal(await asideWidth(p), COLLAPSED_WIDTH, 'collapsed sidebar width');
      await expectMargin(p, COLLAPSED_WIDTH, 'collapsed');
      await expectStored((s) => s.open === false, 'has open: false');

      await p.reload({ waitUntil: 'load' });
      await sidebarFrame(p);
      await openButton(p).waitFor({ state: 'visible', timeout: 8_000 });
      assert.equal(await tocNav(p).count(), 0, 'after reload: still collapsed (no table of contents)');
      await expectMargin(p, COLLAPSED_WIDTH, 'collapsed, after reload');

      await openButton(p).click();
      await tocNav(p).waitFor({ state: 'visible', timeout: 2_000 });
      assert.equal(await asideWidth(p), DEFAULT_WIDTH, 'reopened at the default width');
      await expectMargin(p, DEFAULT_WIDTH, 'reopened');
      await expectStored((s) => s.open === true, 'has open: true');
      assert.equal(await collapseButton(p).getAttribute('aria-expanded'), 'true', 'the collapse button says the sidebar is open');
    } finally {
      await p.close();
    }
  });

  // Resizing does not depend on the page beyond the dock; the sample and the Liferay layout.
  if (fixture !== SAMPLE && fixture !== LIFERAY) continue;
  test(`resize with the keyboard (ArrowLeft twice: +40px) is remembered across a reload: ${fixture.label}`, {
    skip: fixture.skip,
    timeout: 30_000,
  }, async () => {
    const p = await h.open(fixture.url);
    try {
      const sep = separator(p);
      assert.equal(await sep.getAttribute('aria-valuenow'), String(DEFAULT_WIDTH), 'aria-valuenow at the default width');
      await sep.focus();
      await p.keyboard.press('ArrowLeft');
      await p.keyboard.press('ArrowLeft');
      const wide = DEFAULT_WIDTH + 40;
      assert.ok(await poll(async () => (await asideWidth(p)) === wide, 2_000), `aside is ${wide}px wide (is ${await asideWidth(p)})`);
      assert.equal(await sep.getAttribute('aria-valuenow'), String(wide), 'aria-valuenow follows');
      await expectMargin(p, wide, 'after resizing');
      await expectStored((s) => s.width === wide, `has width: ${wide}`);

      await p.reload({ waitUntil: 'load' });
      await sidebarFrame(p);
      await sidebar(p).waitFor({ state: 'visible', timeout: 8_000 });
      assert.equal(await asideWidth(p), wide, 'after reload: width remembered');
      assert.equal(await separator(p).getAttribute('aria-valuenow'), String(wide), 'after reload: aria-valuenow remembered');
      await expectMargin(p, wide, 'after reload');
    } finally {
      await p.close();
    }
  });
}

test(`the width stops at the minimum (${MIN_WIDTH}px) with the keyboard; dragging the left edge resizes and is remembered: ${SAMPLE.label}`, {
  timeout: 30_000,
}, async () => {
  const p = await h.open(SAMPLE.url);
  try {
    await separator(p).focus();
    for (let i = 0; i < 8; i++) await p.keyboard.press('ArrowRight');
    assert.ok(
      await poll(async () => (await asideWidth(p)) === MIN_WIDTH, 2_000),
      `aside is ${MIN_WIDTH}px wide (is ${await asideWidth(p)})`,
    );
    assert.equal(await separator(p).getAttribute('aria-valuenow'), String(MIN_WIDTH));
    assert.equal(await separator(p).getAttribute('aria-valuemin'), String(MIN_WIDTH));
    await expectMargin(p, MIN_WIDTH, 'at the minimum');
    await expectStored((s) => s.width === MIN_WIDTH, `has width: ${MIN_WIDTH}`);

    // Drag the left edge 100px to the left.
    const box = await separator(p).boundingBox();
    assert.ok(box, 'the separator has a box');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await p.mouse.move(x, y);
    await p.mouse.down();
    await p.mouse.move(x - 50, y, { steps: 5 });
    await p.mouse.move(x - 100, y, { steps: 5 });
    await p.mouse.up();
    const wide = MIN_WIDTH + 100;
    assert.ok(
      await poll(async () => (await asideWidth(p)) === wide, 2_000),
      `aside is ${wide}px wide after dragging (is ${await asideWidth(p)})`,
    );
    assert.equal(await separator(p).getAttribute('aria-valuenow'), String(wide));
    await expectMargin(p, wide, 'after dragging');
    await expectStored((s) => s.width === wide, `has width: ${wide}`);
    await p.reload({ waitUntil: 'load' });
    await sidebarFrame(p);
    await sidebar(p).waitFor({ state: 'visible', timeout: 8_000 });
    assert.equal(await asideWidth(p), wide, 'after reload: dragged width remembered');
  } finally {
    await p.close();
  }
});

test('no console errors or uncaught exceptions (shell tests)', () => {
  assert.deepEqual(h.problems, [], `console problems:\n${formatProblems(h.problems)}`);
});
