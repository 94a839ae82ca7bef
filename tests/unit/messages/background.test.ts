/**
 * The background entry point, wired as in the extension: fakeBrowser's runtime delivers the
 * message to every onMessage listener and resolves `sendMessage` with our `sendResponse`.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { highlight } from '../store/sample-records';

// The other listeners of the background (commands, context menu) use APIs fakeBrowser does not
// implement; they are not what this test is about.
vi.mock('../../../lib/background/commands', () => ({ forwardCommandsToTabs: () => undefined }));
vi.mock('../../../lib/background/context-menu', () => ({ installContextMenu: () => undefined }));

async function startBackground(): Promise<void> {
  fakeBrowser.reset();
  (fakeBrowser.i18n as { getUILanguage: () => string }).getUILanguage = () => 'en';
  const background = (await import('../../../entrypoints/background')).default;
  background.main();
}

/** A message from our own content script: fakeBrowser's `sendMessage` gives no sender id, so trigger directly. */
async function fromOurContentScript(message: unknown): Promise<unknown> {
  let answer: unknown;
  const done = new Promise<void>((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id, tab: { id: 1 } } as never, (r: unknown) => {
      answer = r;
      resolve();
    });
  });
  await done;
  return answer;
}

describe('background entry point', () => {
  beforeEach(startBackground);

  it('serves the store to our own pages', async () => {
    const h = highlight(`h-${crypto.randomUUID()}`, 'mid.ru/1836563');
    expect(await fromOurContentScript({ type: 'highlights/put', highlight: h })).toEqual({ ok: true, data: h });
    const listed = (await fromOurContentScript({ type: 'highlights/list', briefingKey: 'mid.ru/1836563' })) as { data: unknown[] };
    expect(listed.data).toContainEqual(h);
  });

  it('refuses a sender without our extension id (fakeBrowser.sendMessage sends none)', async () => {
    expect(await fakeBrowser.runtime.sendMessage({ type: 'ping' })).toEqual({
      ok: false,
      error: 'Refused: the message does not come from this extension',
    });
  });
});
