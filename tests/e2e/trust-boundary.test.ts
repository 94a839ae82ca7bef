/**
 * The page is not trusted. A hostile ministry page is played in real Chromium: a script of the
 * page's own main world, installed before anything else runs, listens to every key and input
 * event, harvests everything it can reach, and tries to create, change and delete highlights —
 * by synthetic clicks, by setting the selection, by posting messages to every frame, by framing
 * the sidebar page itself, and by forging WXT's "newer script started" event. The reader's note,
 * typed through the real UI, must reach none of it, and the store must hold only what the reader
 * did. Also: two tabs of one briefing never lose an edit silently, a content script gets nothing
 * from the background, and plain http gets no sidebar.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, CDPSession, Frame, Page } from 'playwright-core';
import { launchWithExtension, type Launched } from '../../scripts/lib/launch.ts';
import { startMidruServer, type MidruServer } from '../../scripts/lib/midru-server.ts';
import { extensionWorker, selectPhrase, storedFor } from './notes-support.ts';
import { ATTACK, HOSTILE } from './shared/hostile.ts';
import {
  clickToolbarButton,
  fixtureHtml,
  pollUntil,
  routeKey,
  SAMPLE_URL,
  sidebarFrame,
  sleep,
  watchConsole,
  formatProblems,
  type ConsoleProblem,
} from './support.ts';

const KEY = 'mid.ru/1900001';
const ALIAS = 'https://www.mid.ru/ru/foreign_policy/news/1900001/?lang=en';
const PHRASE = 'ports of Aktau and Makhachkala';
const NOTE = 'Qzx confidential source says 7781';
const TAG = 'zqx-private-tag';

let server: MidruServer;
let browser: Launched;
const problems: ConsoleProblem[] = [];

async function openHostile(context: BrowserContext, url = SAMPLE_URL): Promise<{ page: Page; frame: Frame }> {
  const page = await context.newPage();
  watchConsole(page, problems);
  await page.addInitScript(HOSTILE);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(url, { waitUntil: 'load' });
  const frame = await sidebarFrame(page);
  await frame.getByRole('tab', { name: 'Contents' }).click();
  await frame.getByRole('navigation', { name: 'Table of contents' }).waitFor();
  return { page, frame };
}

async function addNoteThroughUi(page: Page, frame: Frame, phrase: string, note: string, tags = ''): Promise<void> {
  await selectPhrase(page, phrase);
  await clickToolbarButton(page, 'Add note');
  const box = frame.getByRole('textbox', { name: 'Note' });
  await box.waitFor();
  await pollUntil(() => box.evaluate((el) => el === document.activeElement && document.hasFocus()), 3_000);
  await page.keyboard.type(note, { delay: 5 });
  if (tags) await frame.getByRole('textbox', { name: /Tags/ }).fill(tags);
  await frame.getByRole('button', { name: 'Save note' }).click();
  await frame.getByRole('dialog', { name: 'Note' }).waitFor({ state: 'detached' });
}

before(async () => {
  server = await startMidruServer({});
  server.setRoute(routeKey(SAMPLE_URL), { body: fixtureHtml({ name: 'sample-briefing', shared: false }) });
  server.setRoute(routeKey(ALIAS), { body: fixtureHtml({ name: 'sample-briefing', shared: false }) });
  browser = await launchWithExtension({ port: server.port });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('a hostile page', () => {
  it('never sees the note, and cannot write to the store', async () => {
    const { page, frame } = await openHostile(browser.context);
    await page.evaluate(() => ((window as unknown as { __keylog: unknown[] }).__keylog.length = 0));
    await addNoteThroughUi(page, frame, PHRASE, NOTE, TAG);
    const listed = frame.getByRole('tabpanel', { name: 'Notes' });
    await pollUntil(async () => (await listed.innerText()).includes(NOTE), 5_000);
    assert.match(await listed.innerText(), new RegExp(NOTE), 'the note is listed in the sidebar');

    const keylog = (await page.evaluate(
      () => (window as unknown as { __keylog: { t: string; key: string; data: string }[] }).__keylog,
    )) as { t: string; key: string; data: string }[];
    const typed = keylog.filter((e) => e.t !== 'focusin');
    assert.deepEqual(typed, [], 'no key or input event of the note reached the page');
    let harvest = (await page.evaluate(() => (window as unknown as { __harvest: () => string }).__harvest())) as string;
    for (const secret of [NOTE, TAG, 'confidential', '7781'])
      assert.ok(!harvest.includes(secret), `the page's DOM does not hold "${secret}"`);

    const worker = await extensionWorker(browser.context, browser.extensionId);
    const before = await storedFor(worker, KEY);
    assert.equal(before.length, 1, 'the reader made one highlight');
    assert.equal(before[0].note, NOTE);

    const sidebarUrl = frame.url();
    const sidebarUrls = [`chrome-extension://${browser.extensionId}/sidebar.html`, sidebarUrl];
    const report = (await page.evaluate(`(${ATTACK})(${JSON.stringify({ extensionId: browser.extensionId, sidebarUrls })})`)) as string[];
    assert.ok(report.length >= 2, `the attack ran: ${report.join('; ')}`);
    await sleep(500);
    assert.deepEqual(await storedFor(worker, KEY), before, 'the store is exactly as the reader left it');

    // The hostile frames got nothing: the plain address is refused, the dynamic one gets no model.
    const hostile = page.frames().filter((f) => f !== frame && f !== page.mainFrame());
    assert.ok(hostile.length >= 1, 'the page did frame the sidebar page');
    for (const f of hostile) {
      const text = await f.evaluate(() => document.body?.innerText ?? '').catch(() => '');
      assert.ok(
        !text.includes(NOTE) && !text.includes('Kazakhstan'),
        `a page-made frame (${f.url()}) shows no data: ${text.slice(0, 120)}`,
      );
    }
    harvest = (await page.evaluate(() => (window as unknown as { __harvest: () => string }).__harvest())) as string;
    assert.ok(!harvest.includes(NOTE), 'after the attack the page still cannot read the note');

    // Our sidebar survived the forged "newer script" event and still works.
    await frame.getByRole('tab', { name: 'Contents' }).click();
    await frame.getByRole('navigation', { name: 'Table of contents' }).getByRole('button').first().click();
    assert.equal(await frame.getByRole('complementary', { name: 'Briefing Lens' }).count(), 1);
    await page.close();
  });
});

describe('two tabs of one briefing', () => {
  it('never lose an edit silently, and a deleted highlight does not come back', async () => {
    const worker = await extensionWorker(browser.context, browser.extensionId);
    const a = await openHostile(browser.context, SAMPLE_URL);
    const b = await openHostile(browser.context, ALIAS);
    const id = (await storedFor(worker, KEY))[0]?.id;
    assert.ok(id, 'a highlight from the first test is stored');
    const notesTab = async (f: Frame) => {
      await f.getByRole('tab', { name: 'Notes' }).click();
      return f.getByRole('tabpanel', { name: 'Notes' });
    };
    const editIn = async (f: Frame) => {
      const panel = await notesTab(f);
      await panel
        .getByRole('button', { name: /^Edit note for:/ })
        .first()
        .click();
      return f.getByRole('textbox', { name: 'Note' });
    };
    // Both tabs open the editor on the same version.
    const boxA = await editIn(a.frame);
    const boxB = await editIn(b.frame);
    await boxA.fill('edited in A');
    await a.frame.getByRole('button', { name: 'Save note' }).click();
    await pollUntil(async () => (await storedFor(worker, KEY))[0]?.note === 'edited in A', 3_000);
    // B saves from the old version: refused with a message, B's text kept in its editor.
    await boxB.fill('edited in B');
    await b.frame.getByRole('button', { name: 'Save note' }).click();
    const alert = b.frame.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Not saved — press Save again.*changed in another tab/s);
    assert.equal(await boxB.inputValue(), 'edited in B', 'the refused text stays in the editor');
    assert.equal((await storedFor(worker, KEY))[0].note, 'edited in A', 'A’s edit is not overwritten');
    // B's list refreshes to A's note.
    await pollUntil(async () => (await (await notesTab(b.frame)).innerText()).includes('edited in A'), 3_000);

    // A deletes; B's stale save does not resurrect it.
    const panelA = await notesTab(a.frame);
    await a.frame
      .getByRole('button', { name: 'Close' })
      .click()
      .catch(() => undefined);
    await panelA
      .getByRole('button', { name: /^Delete highlight:/ })
      .first()
      .click();
    await pollUntil(async () => (await storedFor(worker, KEY)).length === 0, 3_000);
    await b.frame
      .getByRole('button', { name: 'Save note' })
      .click()
      .catch(() => undefined);
    await sleep(500);
    assert.equal((await storedFor(worker, KEY)).length, 0, 'the deleted highlight stays deleted');
    await a.page.close();
    await b.page.close();
  });
});

describe('the background and the content script', () => {
  it('refuses a content script every request, its own briefing’s notes and another’s', async () => {
    const page = await browser.context.newPage();
    await page.goto(SAMPLE_URL, { waitUntil: 'load' });
    await sidebarFrame(page);
    const cdp: CDPSession = await browser.context.newCDPSession(page);
    const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; name: string; auxData?: { type?: string } } }) =>
      contexts.push(e.context),
    );
    await cdp.send('Runtime.enable');
    await pollUntil(async () => contexts.some((c) => c.auxData?.type === 'isolated' && c.name === 'Briefing Lens'), 3_000);
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Briefing Lens');
    assert.ok(world, `the content script's world is found (${contexts.map((c) => c.name).join(', ')})`);
    const ask = async (message: unknown) => {
      const { result } = (await cdp.send('Runtime.evaluate', {
        contextId: world.id,
        awaitPromise: true,
        returnByValue: true,
        expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
      })) as { result: { value: unknown } };
      return result.value as { ok: boolean; error?: string };
    };
    for (const key of ['mid.ru/1836563', KEY]) {
      const r = await ask({ type: 'highlights/list', briefingKey: key });
      assert.deepEqual(r, { ok: false, error: 'Refused: "highlights/list" is for the extension\'s own pages' });
    }
    assert.equal((await ask({ type: 'highlights/listAll' })).ok, false);
    assert.equal((await ask({ type: 'briefings/list' })).ok, false);
    await page.close();
  });

  it('gives http://mid.ru no sidebar', async () => {
    const page = await browser.context.newPage();
    await page.goto(SAMPLE_URL.replace('https:', 'http:'), { waitUntil: 'load' }).catch(() => undefined);
    await sleep(1500);
    assert.equal(page.frames().filter((f) => f.url().includes('/sidebar.html')).length, 0);
    await page.close();
  });

  it('left no console errors', () => {
    // The hostile page's own frames of the sidebar page are refused by the browser, which says so.
    const ours = problems.filter((p) => !/Denying load of chrome-extension:\/\/[a-z]+\/sidebar\.html/.test(p.text));
    assert.deepEqual(ours, [], formatProblems(ours));
  });
});
