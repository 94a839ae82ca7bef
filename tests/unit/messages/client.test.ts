import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notesClient, send, storeClient, type Transport } from '../../../lib/messages/client';
import { createBackgroundHandler } from '../../../lib/messages/handler';
import { openStore } from '../../../lib/store/db';
import { briefingInput, highlight } from '../store/sample-records';

/** A transport that hands the message to a background handler as our own content script would. */
async function loopback(): Promise<Transport> {
  const handler = createBackgroundHandler(openStore(`test-${crypto.randomUUID()}`), { extensionId: 'ours' });
  return (message) =>
    new Promise((resolve) => {
      if (handler(message, { id: 'ours' }, resolve) === undefined) resolve(undefined);
    });
}

beforeEach(() => fakeBrowser.reset());

describe('client', () => {
  it('round-trips through the background with typed results', async () => {
    const client = storeClient(await loopback());
    const h = highlight('a', 'mid.ru/1836563');
    expect(await client.ping()).toEqual({ pong: true, dbVersion: 2 });
    expect(await client.highlights.put(h)).toEqual(h);
    expect(await client.highlights.list('mid.ru/1836563')).toEqual([h]);
    expect(await client.highlights.count('mid.ru/1836563')).toBe(1);
    expect(await client.highlights.remove('a')).toEqual(h);
    expect(await client.highlights.restore(h)).toEqual(h);
    expect(await client.highlights.listAll()).toEqual([h]);
    expect((await client.briefings.upsert(briefingInput('mid.ru/1836563'))).key).toBe('mid.ru/1836563');
    expect(await client.briefings.get('mid.ru/1836563')).toMatchObject({ speaker: 'Maria Zakharova' });
    expect(await client.briefings.list()).toHaveLength(1);
  });

  it('gives the notes layer its four operations', async () => {
    const notes = notesClient(await loopback());
    const h = highlight('b', 'mid.ru/1836563');
    await notes.put(h);
    expect(await notes.list('mid.ru/1836563')).toEqual([h]);
    expect(await notes.remove('b')).toEqual(h);
    await notes.restore(h);
    expect(await notes.list('mid.ru/1836563')).toEqual([h]);
  });

  it('refuses a malformed request before sending it', async () => {
    const transport = vi.fn<Transport>();
    await expect(send({ type: 'highlights/list', briefingKey: '' }, transport)).rejects.toThrow(/Malformed "highlights\/list" message: briefingKey/);
    expect(transport).not.toHaveBeenCalled();
  });

  it('turns a refusal into an Error with the background’s reason', async () => {
    await expect(send({ type: 'ping' }, async () => ({ ok: false, error: 'nope' }))).rejects.toThrow('nope');
    // Over the real runtime: fakeBrowser gives no sender id, so the background refuses.
    const { createBackgroundHandler: create } = await import('../../../lib/messages/handler');
    fakeBrowser.runtime.onMessage.addListener(create(openStore(`test-${crypto.randomUUID()}`)) as never);
    await expect(send({ type: 'ping' })).rejects.toThrow('Refused: the message does not come from this extension');
  });

  it('explains a missing or garbled answer', async () => {
    await expect(send({ type: 'ping' }, async () => undefined)).rejects.toThrow(/did not answer "ping".*reload the page/);
    await expect(send({ type: 'ping' }, async () => 'what')).rejects.toThrow(/did not answer "ping"/);
    await expect(
      send({ type: 'ping' }, async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }),
    ).rejects.toThrow(/did not answer "ping" \(Could not establish connection/);
  });
});
