import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundHandler } from '../../../lib/messages/handler';
import type { Response } from '../../../lib/messages/protocol';
import { openStore, type Store } from '../../../lib/store/db';
import { briefingInput, highlight } from '../store/sample-records';

/** Deliver a message to a listener as the browser would, and wait for its answer. */
function deliver(
  listener: ReturnType<typeof createBackgroundHandler>,
  message: unknown,
  sender: { id?: string } = { id: fakeBrowser.runtime.id },
): { returned: true | undefined; answer: Promise<Response> } {
  let resolve!: (r: Response) => void;
  const answer = new Promise<Response>((r) => (resolve = r));
  const returned = listener(message, sender, resolve);
  return { returned, answer };
}

let db: Store;
let handler: ReturnType<typeof createBackgroundHandler>;

beforeEach(async () => {
  fakeBrowser.reset();
  db = await openStore(`test-${crypto.randomUUID()}`);
  handler = createBackgroundHandler(Promise.resolve(db), { now: () => 5_000 });
  return () => db.close();
});

describe('background handler', () => {
  it('answers store requests through sendResponse and returns true', async () => {
    const h = highlight('a', 'mid.ru/1836563');
    const put = deliver(handler, { type: 'highlights/put', highlight: h });
    expect(put.returned).toBe(true);
    expect(await put.answer).toEqual({ ok: true, data: h });
    expect(await deliver(handler, { type: 'highlights/list', briefingKey: 'mid.ru/1836563' }).answer).toEqual({ ok: true, data: [h] });
    expect(await deliver(handler, { type: 'highlights/count' }).answer).toEqual({ ok: true, data: 1 });
    expect(await deliver(handler, { type: 'highlights/delete', id: 'a' }).answer).toEqual({ ok: true, data: h });
    expect(await deliver(handler, { type: 'highlights/delete', id: 'a' }).answer).toEqual({ ok: true, data: null });
    expect(await deliver(handler, { type: 'highlights/restore', highlight: h }).answer).toEqual({ ok: true, data: h });
    expect(await deliver(handler, { type: 'highlights/listAll' }).answer).toEqual({ ok: true, data: [h] });
    expect(await deliver(handler, { type: 'ping' }).answer).toEqual({ ok: true, data: { pong: true, dbVersion: 2 } });
  });

  it('keeps the briefing index', async () => {
    const up = await deliver(handler, { type: 'briefings/upsert', record: briefingInput('mid.ru/1836563') }).answer;
    expect(up).toMatchObject({ ok: true, data: { key: 'mid.ru/1836563', firstSeen: 5_000, lastSeen: 5_000 } });
    expect(await deliver(handler, { type: 'briefings/list' }).answer).toMatchObject({ ok: true, data: [{ key: 'mid.ru/1836563' }] });
    expect(await deliver(handler, { type: 'briefings/get', key: 'mid.ru/0' }).answer).toEqual({ ok: true, data: null });
  });

  it('refuses malformed messages with a reason, and stores nothing', async () => {
    const bad = deliver(handler, { type: 'highlights/put', highlight: { ...highlight('a', 'mid.ru/1'), color: 'red' } });
    expect(bad.returned).toBe(true);
    const answer = await bad.answer;
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error).toMatch(/^Malformed "highlights\/put" message: highlight\.color: /);
    expect(await deliver(handler, { type: 'highlights/drop-all' }).answer).toEqual({ ok: false, error: 'Unknown message type "highlights/drop-all"' });
    expect(await db.count('highlights')).toBe(0);
  });

  it('refuses messages that do not come from this extension', async () => {
    for (const sender of [{}, { id: 'some-other-extension' }]) {
      const r = deliver(handler, { type: 'highlights/listAll' }, sender);
      expect(await r.answer).toEqual({ ok: false, error: 'Refused: the message does not come from this extension' });
    }
  });

  it('stays silent for messages that are not the store’s (other listeners answer them)', () => {
    const sendResponse = vi.fn();
    expect(handler({ type: 'entities/find', blocks: [] }, { id: fakeBrowser.runtime.id }, sendResponse)).toBeUndefined();
    expect(handler({ to: 'tab', type: 'status' }, { id: fakeBrowser.runtime.id }, sendResponse)).toBeUndefined();
    expect(handler('hello', { id: fakeBrowser.runtime.id }, sendResponse)).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('never throws out of the listener: a failing store becomes an error answer', async () => {
    const broken = createBackgroundHandler(() => Promise.reject(new Error('disk on fire')));
    expect(await deliver(broken, { type: 'ping' }).answer).toEqual({ ok: false, error: 'disk on fire' });
    const throwing = createBackgroundHandler(() => {
      throw new Error('sync failure');
    });
    expect(await deliver(throwing, { type: 'ping' }).answer).toEqual({ ok: false, error: 'sync failure' });
    const quota = createBackgroundHandler(() => Promise.reject(Object.assign(new Error('x'), { name: 'QuotaExceededError' })));
    expect(await deliver(quota, { type: 'ping' }).answer).toMatchObject({ ok: false, error: expect.stringMatching(/no room left/) });
    // sendResponse itself failing (the tab went away) is swallowed too.
    expect(() => handler({ type: 'ping' }, {}, () => { throw new Error('port closed'); })).not.toThrow();
  });
});
