import { describe, expect, it } from 'vitest';
import { isFromOurExtension, isResponse, isStoreMessage, parseMessage } from '../../../lib/messages/protocol';
import { briefingInput, highlight } from '../store/sample-records';

const ok = (m: unknown) => expect(parseMessage(m), JSON.stringify(m)).toMatchObject({ ok: true });
const refused = (m: unknown, reason: RegExp) => {
  const r = parseMessage(m);
  expect(r.ok, JSON.stringify(m)).toBe(false);
  if (!r.ok) expect(r.error).toMatch(reason);
};

describe('message protocol', () => {
  it('accepts every well-formed request', () => {
    const h = highlight('a', 'mid.ru/1836563');
    ok({ type: 'ping' });
    ok({ type: 'highlights/list', briefingKey: 'mid.ru/1836563' });
    ok({ type: 'highlights/listAll' });
    ok({ type: 'highlights/count' });
    ok({ type: 'highlights/count', briefingKey: 'mid.ru/1836563' });
    ok({ type: 'highlights/put', highlight: h });
    ok({ type: 'highlights/put', highlight: { ...h, language: 'ru', section: null, selectors: [h.selectors[0]] } });
    ok({ type: 'highlights/delete', id: 'a' });
    ok({ type: 'highlights/restore', highlight: h });
    ok({ type: 'briefings/upsert', record: briefingInput('mid.ru/1836563') });
    ok({ type: 'briefings/get', key: 'mid.ru/1836563' });
    ok({ type: 'briefings/list' });
  });

  it('refuses malformed messages with a reason naming the field', () => {
    const h = highlight('a', 'mid.ru/1836563');
    refused(null, /expected an object/);
    refused('ping', /expected an object/);
    refused([], /expected an object/);
    refused({}, /"type" must be a string/);
    refused({ type: 42 }, /"type" must be a string/);
    refused({ type: 'highlights/nuke' }, /Unknown message type "highlights\/nuke"/);
    refused({ type: 'highlights/list' }, /Malformed "highlights\/list" message: briefingKey/);
    refused({ type: 'highlights/list', briefingKey: 'has spaces' }, /briefingKey/);
    refused({ type: 'highlights/list', briefingKey: 'mid.ru/1', extra: 1 }, /extra/);
    refused({ type: 'highlights/delete', id: '' }, /id/);
    refused({ type: 'highlights/put' }, /highlight/);
    refused({ type: 'highlights/put', highlight: { ...h, color: 'red' } }, /highlight\.color/);
    refused({ type: 'highlights/put', highlight: { ...h, created: -1 } }, /highlight\.created/);
    refused({ type: 'highlights/put', highlight: { ...h, created: 1.5 } }, /highlight\.created/);
    refused({ type: 'highlights/put', highlight: { ...h, note: 'x'.repeat(100_001) } }, /highlight\.note/);
    refused({ type: 'highlights/put', highlight: { ...h, url: 'javascript alert' } }, /highlight\.url/);
    refused({ type: 'highlights/put', highlight: { ...h, quote: 'something else' } }, /quote must be the TextQuoteSelector/);
    refused({ type: 'highlights/put', highlight: { ...h, selectors: [] } }, /selectors/);
    refused({ type: 'highlights/put', highlight: { ...h, selectors: [h.selectors[1]] } }, /exactly one TextQuoteSelector/);
    refused({ type: 'highlights/put', highlight: { ...h, selectors: [h.selectors[0], h.selectors[0]] } }, /exactly one TextQuoteSelector/);
    refused(
      { type: 'highlights/put', highlight: { ...h, selectors: [h.selectors[0], { type: 'TextPositionSelector', start: 5, end: 5 }] } },
      /end after it starts/,
    );
    refused(
      { type: 'highlights/put', highlight: { ...h, selectors: [{ type: 'CssSelector', value: 'p' }] } },
      /selectors/,
    );
    refused({ type: 'highlights/put', highlight: { ...h, section: { id: 'x', title: null } } }, /section\.offset/);
    refused({ type: 'highlights/put', highlight: { ...h, tags: [''] } }, /tags/);
    refused({ type: 'highlights/put', highlight: { ...h, language: 'de' } }, /language/);
    refused({ type: 'briefings/upsert', record: { ...briefingInput('mid.ru/1'), date: '2 Nov 2022' } }, /record\.date: a date is YYYY-MM-DD/);
    refused({ type: 'briefings/upsert', record: { ...briefingInput('mid.ru/1'), entities: [{ key: 'x', count: -1 }] } }, /record\.entities/);
  });

  it('tells store messages from other listeners’ messages', () => {
    expect(isStoreMessage({ type: 'ping' })).toBe(true);
    expect(isStoreMessage({ type: 'highlights/whatever' })).toBe(true); // ours, and refused later
    expect(isStoreMessage({ type: 'briefings/list' })).toBe(true);
    expect(isStoreMessage({ type: 'entities/find', blocks: [] })).toBe(false);
    expect(isStoreMessage({ to: 'tab', type: 'status' })).toBe(false);
    expect(isStoreMessage('highlights/list')).toBe(false);
    expect(isStoreMessage(undefined)).toBe(false);
  });

  it('trusts only our own extension as sender', () => {
    expect(isFromOurExtension({ id: 'our-id' }, 'our-id')).toBe(true);
    expect(isFromOurExtension({ id: 'another-extension' }, 'our-id')).toBe(false);
    expect(isFromOurExtension({}, 'our-id')).toBe(false); // a web page (externally_connectable) has no id
    expect(isFromOurExtension(undefined, 'our-id')).toBe(false);
    expect(isFromOurExtension({ id: undefined }, undefined)).toBe(false);
    expect(isFromOurExtension({ id: '' }, '')).toBe(false);
  });

  it('recognises answers', () => {
    expect(isResponse({ ok: true, data: null })).toBe(true);
    expect(isResponse({ ok: false, error: 'no' })).toBe(true);
    expect(isResponse({ ok: true })).toBe(false);
    expect(isResponse({ ok: false })).toBe(false);
    expect(isResponse(undefined)).toBe(false);
  });
});
