import { describe, expect, it } from 'vitest';
import { isAnswer, parseBackgroundRequest as parseMessage } from '../../../lib/messages/background-messages';
import { classifySender } from '../../../lib/messages/senders';
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
    ok({ type: 'highlights/create', highlight: h });
    ok({ type: 'highlights/create', highlight: { ...h, language: 'ru', section: null, selectors: [h.selectors[0]] } });
    ok({ type: 'highlights/delete', id: 'a' });
    ok({ type: 'highlights/restore', highlight: h });
    ok({ type: 'briefings/upsert', record: briefingInput('mid.ru/1836563') });
    ok({ type: 'briefings/get', key: 'mid.ru/1836563' });
    ok({ type: 'briefings/list' });
    ok({ type: 'highlights/update', id: 'a', baseVersion: 1, patch: { note: 'x' } });
    ok({ type: 'highlights/update', id: 'a', baseVersion: 3, patch: { tags: ['t'], color: 'green' } });
    ok({ type: 'entities/find', blocks: ['Sergey Lavrov met'], language: 'en' });
    ok({ type: 'library/open' });
    ok({ type: 'library/open', highlightId: 'a' });
    ok({ type: 'sidebar/whoami' });
  });

  it('refuses malformed messages with a reason naming the field', () => {
    const h = highlight('a', 'mid.ru/1836563');
    refused(null, /expected an object/);
    refused('ping', /expected an object/);
    refused([], /expected an object/);
    refused({}, /"type" must be a string/);
    refused({ type: 42 }, /"type" must be a string/);
    refused({ type: 'highlights/nuke' }, /Unknown background message type "highlights\/nuke"/);
    refused({ type: 'highlights/list' }, /Malformed "highlights\/list" message: briefingKey/);
    refused({ type: 'highlights/list', briefingKey: 'has spaces' }, /briefingKey/);
    refused({ type: 'highlights/list', briefingKey: 'mid.ru/1', extra: 1 }, /extra/);
    refused({ type: 'highlights/delete', id: '' }, /id/);
    refused({ type: 'highlights/create' }, /highlight/);
    refused({ type: 'highlights/create', highlight: { ...h, color: 'red' } }, /highlight\.color/);
    refused({ type: 'highlights/create', highlight: { ...h, created: -1 } }, /highlight\.created/);
    refused({ type: 'highlights/create', highlight: { ...h, created: 1.5 } }, /highlight\.created/);
    refused({ type: 'highlights/create', highlight: { ...h, note: 'x'.repeat(100_001) } }, /highlight\.note/);
    refused({ type: 'highlights/create', highlight: { ...h, url: 'javascript alert' } }, /highlight\.url/);
    refused({ type: 'highlights/create', highlight: { ...h, quote: 'something else' } }, /quote must be the TextQuoteSelector/);
    refused({ type: 'highlights/create', highlight: { ...h, selectors: [] } }, /selectors/);
    refused({ type: 'highlights/create', highlight: { ...h, selectors: [h.selectors[1]] } }, /exactly one TextQuoteSelector/);
    refused(
      { type: 'highlights/create', highlight: { ...h, selectors: [h.selectors[0], h.selectors[0]] } },
      /exactly one TextQuoteSelector/,
    );
    refused(
      { type: 'highlights/create', highlight: { ...h, selectors: [h.selectors[0], { type: 'TextPositionSelector', start: 5, end: 5 }] } },
      /end after it starts/,
    );
    refused({ type: 'highlights/create', highlight: { ...h, selectors: [{ type: 'CssSelector', value: 'p' }] } }, /selectors/);
    refused({ type: 'highlights/create', highlight: { ...h, section: { id: 'x', title: null } } }, /section\.offset/);
    refused({ type: 'highlights/create', highlight: { ...h, tags: [''] } }, /tags/);
    refused({ type: 'highlights/create', highlight: { ...h, language: 'de' } }, /language/);
    refused(
      { type: 'highlights/create', highlight: { ...h, url: 'javascript:alert(1)' } },
      /highlight\.url: the address must be an http\(s\) page on mid\.ru/,
    );
    refused({ type: 'highlights/create', highlight: { ...h, url: 'data:text/html,hi' } }, /highlight\.url/);
    refused({ type: 'highlights/create', highlight: { ...h, url: 'file:///etc/passwd' } }, /highlight\.url/);
    refused({ type: 'highlights/create', highlight: { ...h, url: 'https://evil.example/x' } }, /highlight\.url/);
    refused({ type: 'highlights/update', id: 'a', baseVersion: 0, patch: { note: 'x' } }, /baseVersion/);
    refused({ type: 'highlights/update', id: 'a', baseVersion: 1, patch: {} }, /nothing to change/);
    refused({ type: 'highlights/update', id: 'a', baseVersion: 1, patch: { quote: 'x' } }, /patch/);
    refused({ type: 'entities/find', blocks: [1], language: 'en' }, /blocks/);
    refused({ type: 'briefings/upsert', record: { ...briefingInput('mid.ru/1'), url: 'javascript:alert(1)' } }, /record\.url/);
    refused(
      { type: 'briefings/upsert', record: { ...briefingInput('mid.ru/1'), date: '2 Nov 2022' } },
      /record\.date: a date is YYYY-MM-DD/,
    );
    refused(
      { type: 'briefings/upsert', record: { ...briefingInput('mid.ru/1'), entities: [{ key: 'x', count: -1 }] } },
      /record\.entities/,
    );
  });

  it('sorts senders into extension pages, content scripts and foreign', () => {
    const ours = 'our-id';
    expect(classifySender({ id: ours, url: 'chrome-extension://abc/sidebar.html', tab: { id: 3 }, frameId: 7 }, ours)).toEqual({
      kind: 'extension-page',
      url: 'chrome-extension://abc/sidebar.html',
      tabId: 3,
      frameId: 7,
    });
    expect(classifySender({ id: ours, url: 'moz-extension://u-u-i-d/library.html' }, ours).kind).toBe('extension-page');
    expect(classifySender({ id: ours, url: 'https://mid.ru/ru/foreign_policy/news/1/', tab: { id: 3 }, frameId: 0 }, ours).kind).toBe(
      'content-script',
    );
    expect(classifySender({ id: 'another-extension', url: 'chrome-extension://x/a.html' }, ours).kind).toBe('foreign');
    expect(classifySender({ url: 'https://mid.ru/' }, ours).kind).toBe('foreign'); // a web page has no id
    expect(classifySender(undefined, ours).kind).toBe('foreign');
    expect(classifySender({ id: '' }, '').kind).toBe('foreign');
    expect(classifySender({ id: ours }, ours).kind).toBe('foreign'); // no address: not something we know
  });

  it('recognises answers', () => {
    expect(isAnswer({ ok: true, data: null })).toBe(true);
    expect(isAnswer({ ok: false, error: 'no' })).toBe(true);
    expect(isAnswer({ ok: true })).toBe(false);
    expect(isAnswer({ ok: false })).toBe(false);
    expect(isAnswer(undefined)).toBe(false);
  });
});
