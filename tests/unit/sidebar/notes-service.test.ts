// @vitest-environment happy-dom
/**
 * The notes service with a fake background client and a recording page port: records loaded and
 * anchored, spans (never note text) sent to the page, versioned updates, a refusal that keeps the
 * reader's state, and a reload when another context announces a change.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAME } from '../../../lib/store/broadcast';
import { createNotesService, type NotesService, type NotesSnapshot } from '../../../lib/sidebar/notes-service';
import {
  BRIEFING_KEY,
  fakeClient,
  fixtureArticle,
  recordingPort,
  recordOn,
  until,
  type Article,
  type FakeClient,
  type RecordingPort,
} from '../support/sidebar-fakes';

let article: Article;
let fake: FakeClient;
let port: RecordingPort;
let service: NotesService;
let last: NotesSnapshot | null;

const paints = () => port.sent.filter((m) => m.type === 'notes/paint') as Extract<RecordingPort['sent'][number], { type: 'notes/paint' }>[];

function start(painting = true): void {
  service = createNotesService(fake.client, port, BRIEFING_KEY, painting, article);
  service.subscribe((s) => (last = s));
}

beforeEach(() => {
  article = fixtureArticle();
  port = recordingPort();
  last = null;
  fake = fakeClient([
    recordOn(
      article,
      'b',
      'Days of Russian Culture',
      { color: 'green', note: 'A private thought', created: 2000 },
      article.text.lastIndexOf('Days of Russian Culture') - 1,
    ),
    recordOn(article, 'a', 'Murat Nurtleu', { created: 3000 }),
    {
      ...recordOn(article, 'gone', 'Murat Nurtleu', { created: 1500 }),
      quote: 'Words that are not here',
      selectors: [{ type: 'TextQuoteSelector', exact: 'Words that are not here', prefix: '', suffix: '' }],
    },
    recordOn(article, 'elsewhere', 'Murat Nurtleu', { briefingKey: 'mid.ru/42' }),
  ]);
});
afterEach(() => service?.dispose());

describe('notes service', () => {
  it('starts pending, then lists anchored highlights in page order and the unanchored apart', async () => {
    start();
    expect(last?.pending).toBe(true);
    await until(() => last?.pending === false);
    expect(last!.anchored.map((n) => n.record.id)).toEqual(['a', 'b']);
    expect(last!.orphans.map((n) => n.record.id)).toEqual(['gone']);
    expect(last!.error).toBeNull();
    expect(fake.calls.list).toBe(1);
  });

  it('sends the page spans to paint, without any note text', async () => {
    start();
    await until(() => paints().length > 0);
    const spans = paints().at(-1)!.spans;
    expect(spans.map((s) => s.id).sort()).toEqual(['a', 'b']);
    const b = spans.find((s) => s.id === 'b')!;
    expect(article.text.slice(b.start, b.end)).toBe('Days of Russian Culture');
    expect(b).toEqual({ id: 'b', start: b.start, end: b.end, color: 'green', hasNote: true, created: 2000 });
    expect(spans.find((s) => s.id === 'a')!.hasNote).toBe(false);
    expect(JSON.stringify(port.sent)).not.toContain('A private thought');
  });

  it('sends no spans while painting is off, and all again when it is on', async () => {
    start(false);
    await until(() => last?.pending === false);
    expect(paints().at(-1)!.spans).toEqual([]);
    expect(last!.anchored).toHaveLength(2);
    service.setPainting(true);
    expect(paints().at(-1)!.spans).toHaveLength(2);
  });

  it('updates with the version the editor started from', async () => {
    start();
    await until(() => last?.pending === false);
    const saved = await service.update('a', 1, { note: 'Worth quoting' });
    expect(fake.calls.update).toEqual([['a', 1, { note: 'Worth quoting' }]]);
    expect(saved.note).toBe('Worth quoting');
    expect(service.record('a')?.note).toBe('Worth quoting');
    await until(
      () =>
        paints()
          .at(-1)!
          .spans.find((s) => s.id === 'a')?.hasNote === true,
    );
  });

  it('keeps what it holds when an update is refused, and reloads what is stored', async () => {
    start();
    await until(() => last?.pending === false);
    fake.refuseNextUpdate('This highlight was changed elsewhere');
    await expect(service.update('b', 1, { note: 'Mine' })).rejects.toThrow('changed elsewhere');
    expect(service.record('b')?.note).toBe('A private thought');
    await until(() => fake.calls.list === 2);
    expect(last!.anchored.map((n) => n.record.id)).toEqual(['a', 'b']);
  });

  it('creates a highlight from a draft and places it', async () => {
    start();
    await until(() => last?.pending === false);
    const draft = recordOn(article, 'x', 'OSCE Permanent Council');
    const made = await service.create(
      { selectors: draft.selectors, section: draft.section, quote: draft.quote, url: draft.url, language: 'en' },
      'blue',
    );
    expect(fake.calls.create).toHaveLength(1);
    expect(made).toMatchObject({ briefingKey: BRIEFING_KEY, quote: 'OSCE Permanent Council', color: 'blue', note: '', tags: [] });
    await until(() => last!.anchored.some((n) => n.record.id === made.id));
  });

  it('removes a highlight from the list and the page', async () => {
    start();
    await until(() => last?.pending === false);
    await service.remove('a');
    expect(fake.calls.remove).toEqual(['a']);
    expect(
      paints()
        .at(-1)!
        .spans.map((s) => s.id),
    ).toEqual(['b']);
    expect(last!.anchored.map((n) => n.record.id)).toEqual(['b']);
  });

  it('asks the page to show and mark a highlight', async () => {
    start();
    service.show('a');
    service.setActive('a');
    service.setActive(null);
    expect(port.sent.filter((m) => m.type !== 'notes/paint')).toEqual([
      { type: 'notes/show', id: 'a' },
      { type: 'notes/active', id: 'a' },
      { type: 'notes/active', id: null },
    ]);
  });

  it('reloads when another context announces a change to this briefing only', async () => {
    start();
    await until(() => last?.pending === false);
    const other = new BroadcastChannel(CHANNEL_NAME);
    try {
      other.postMessage({ type: 'highlights-changed', briefingKey: 'mid.ru/42', ids: ['elsewhere'] });
      fake.stored.set('a', { ...fake.stored.get('a')!, note: 'Written in the library' });
      other.postMessage({ type: 'highlights-changed', briefingKey: BRIEFING_KEY, ids: ['a'] });
      await until(() => service.record('a')?.note === 'Written in the library');
      expect(fake.calls.list).toBe(2);
    } finally {
      other.close();
    }
  });

  it('reports a failed load', async () => {
    (fake.client.highlights as { list: unknown }).list = async () => {
      throw new Error('The extension did not answer');
    };
    start();
    await until(() => last?.error !== null);
    expect(last!.error).toBe('The extension did not answer');
  });
});
