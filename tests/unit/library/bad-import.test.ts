/**
 * Bad import files: each gets a clear error and leaves the database exactly as it was
 * (compared record by record before and after).
 *
 * Policy (lib/library/w3c.ts): not JSON, wrong top-level shape, too big, too many annotations,
 * duplicate ids → the whole file is refused, there is no plan to apply. Wrong types, markup in a
 * note or tag, a target off mid.ru → that annotation is rejected with a reason; applying the
 * plan writes only the valid rest, so a file of only such annotations changes nothing.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyImportPlan, previewImport, readAll, type StoreSnapshot } from '../../../lib/library/apply';
import { MAX_ANNOTATIONS, MAX_IMPORT_CHARS, toAnnotation, toCollection, type W3CAnnotation } from '../../../lib/library/w3c';
import { openStore, type Store } from '../../../lib/store/db';
import { MAX_CONTEXT_CHARS, MAX_NOTE_CHARS, MAX_QUOTE_CHARS, MAX_TAG_CHARS, MAX_TAGS } from '../../../lib/store/limits';
import { freshDbName, generateLibrary, seedStore } from './generate';

let db: Store;
let before: StoreSnapshot;
const data = generateLibrary(60, 6, 7);

beforeAll(async () => {
  db = await openStore(freshDbName('bad-import'));
  await seedStore(db, data);
  before = await readAll(db);
});
afterAll(() => db.close());

async function expectUnchanged(): Promise<void> {
  expect(await readAll(db)).toStrictEqual(before);
}

/** An annotation for a record already in the database, edited later (so a valid copy would be "updated"). */
function editedAnnotation(i = 0, patch: (a: Record<string, unknown>) => void = () => {}): Record<string, unknown> {
  const h = { ...data.highlights[i]!, note: 'Новая заметка', updated: data.highlights[i]!.updated + 1000 };
  const a = JSON.parse(JSON.stringify(toAnnotation(h))) as Record<string, unknown>;
  patch(a);
  return a;
}

function fileOf(items: unknown[]): string {
  const c = toCollection([], data.briefings, { now: 0, id: 'urn:uuid:00000000-0000-4000-8000-000000000000' }) as unknown as Record<
    string,
    unknown
  >;
  (c.first as { items: unknown[] }).items = items;
  c.total = items.length;
  return JSON.stringify(c);
}

describe('refused files (nothing can be applied)', () => {
  const cases: [string, () => string, string, RegExp][] = [
    ['not JSON', () => '{"type": "AnnotationCollection", first: [', 'not-json', /not JSON/],
    ['empty file', () => '', 'not-json', /not JSON/],
    ['a JSON number', () => '42', 'shape', /not an annotation export.*found number/],
    ['an object of another kind', () => JSON.stringify({ hello: 'world' }), 'shape', /type null/],
    ['a list of numbers', () => '[1, 2, 3]', 'shape', /item 1 is number, not an Annotation/],
    [
      'a list with one non-annotation',
      () => JSON.stringify([editedAnnotation(0), { type: 'Note' }]),
      'shape',
      /item 2 is an object with type "Note"/,
    ],
    [
      'collection pages as links',
      () => JSON.stringify({ type: 'AnnotationCollection', total: 3, first: 'https://example.org/page1' }),
      'shape',
      /links, not embedded/,
    ],
    [
      'bl:briefings not a list',
      () => JSON.stringify({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [] }, 'bl:briefings': {} }),
      'shape',
      /bl:briefings/,
    ],
    ['too big', () => ' '.repeat(MAX_IMPORT_CHARS + 1), 'too-big', /too large/],
    [
      'too many annotations',
      () =>
        `[${Array(MAX_ANNOTATIONS + 1)
          .fill('{"type":"Annotation"}')
          .join(',')}]`,
      'too-many',
      /more than 100000/,
    ],
    [
      'duplicate ids',
      () => fileOf([editedAnnotation(0), editedAnnotation(1), editedAnnotation(0)]),
      'duplicate-ids',
      /same id \(urn:uuid:/,
    ],
    [
      'duplicate briefing keys',
      () => JSON.stringify({ ...JSON.parse(fileOf([])), 'bl:briefings': [data.briefings[0], data.briefings[0]] }),
      'duplicate-briefings',
      /same key \(mid\.ru\//,
    ],
  ];
  for (const [name, make, code, message] of cases) {
    it(name, async () => {
      const preview = await previewImport(db, make());
      expect(preview.ok).toBe(false);
      if (preview.ok) return;
      expect(preview.error.code).toBe(code);
      expect(preview.error.message).toMatch(message);
      await expectUnchanged();
    });
  }
});

describe('rejected annotations (reasons in the preview; the rest may be applied)', () => {
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    [
      'created is a number',
      editedAnnotation(0, (a) => (a.created = 42)),
      'invalid',
      /^created: Invalid type: Expected string but received 42$/,
    ],
    ['created is not a date', editedAnnotation(0, (a) => (a.created = 'yesterday')), 'invalid', /^created: not an ISO 8601 date and time$/],
    [
      'target source is a number',
      editedAnnotation(0, (a) => ((a.target as Record<string, unknown>).source = 5)),
      'invalid',
      /^target(\.source)?: .*/,
    ],
    [
      'note value is a number',
      editedAnnotation(0, (a) => ((a.body as Record<string, unknown>[])[0]!.value = 7)),
      'invalid',
      /^body\.0(\.value)?: /,
    ],
    [
      'section offset negative',
      editedAnnotation(0, (a) => ((a['bl:section'] as Record<string, unknown>) = { id: 's', title: null, offset: -1 })),
      'invalid',
      /^bl:section(\.offset)?: /,
    ],
    [
      'position selector start not an integer',
      editedAnnotation(0, (a) => (((a.target as Record<string, unknown>).selector as Record<string, unknown>[])[1]!.start = 1.5)),
      'invalid',
      /^target\.selector\.1\.start: Invalid integer/,
    ],
    [
      'empty quote',
      editedAnnotation(0, (a) => (((a.target as Record<string, unknown>).selector as Record<string, unknown>[])[0]!.exact = '')),
      'invalid',
      /exact: empty/,
    ],
    [
      'script in a note',
      editedAnnotation(0, (a) => ((a.body as Record<string, unknown>[])[0]!.value = 'Смотри <script>alert(1)</script>')),
      'markup',
      /^note$/,
    ],
    [
      'img onerror in a note',
      editedAnnotation(0, (a) => ((a.body as Record<string, unknown>[])[0]!.value = '<img src=x onerror=alert(1)>')),
      'markup',
      /^note$/,
    ],
    [
      'HTML comment in a note',
      editedAnnotation(0, (a) => ((a.body as Record<string, unknown>[])[0]!.value = 'x <!-- y -->')),
      'markup',
      /^note$/,
    ],
    [
      'markup in a tag',
      editedAnnotation(0, (a) => (a.body as unknown[]).push({ type: 'TextualBody', purpose: 'tagging', value: '<b>важно</b>' })),
      'markup',
      /^tag$/,
    ],
    [
      'target off mid.ru',
      editedAnnotation(0, (a) => ((a.target as Record<string, unknown>).source = 'https://example.org/x')),
      'not-briefing',
      /example\.org/,
    ],
    [
      'no quote selector',
      editedAnnotation(0, (a) => ((a.target as Record<string, unknown>).selector = [{ type: 'CssSelector', value: 'p' }])),
      'no-quote',
      /selector/,
    ],
    [
      'whole-page target',
      editedAnnotation(0, (a) => (a.target = 'https://mid.ru/ru/press_service/spokesman/briefings/1900000/')),
      'no-quote',
      /target/,
    ],
    ['two targets', editedAnnotation(0, (a) => (a.target = [a.target, a.target])), 'several-targets', /2/],
    // The limits shared with the store and the editor (lib/store/limits.ts): the import's own reasons fire.
    [
      'a tag over the tag limit',
      editedAnnotation(0, (a) =>
        (a.body as unknown[]).push({ type: 'TextualBody', purpose: 'tagging', value: 'т'.repeat(MAX_TAG_CHARS + 1) }),
      ),
      'tag-too-long',
      new RegExp(`^${MAX_TAG_CHARS + 1}$`),
    ],
    [
      'more tags than the limit',
      editedAnnotation(0, (a) => {
        for (let i = 0; i <= MAX_TAGS; i++) (a.body as unknown[]).push({ type: 'TextualBody', purpose: 'tagging', value: `t${i}` });
      }),
      'too-many-tags',
      /^\d+$/,
    ],
    [
      'a note over the note limit',
      editedAnnotation(0, (a) => ((a.body as Record<string, unknown>[])[0]!.value = 'n'.repeat(MAX_NOTE_CHARS + 1))),
      'note-too-long',
      new RegExp(`^${MAX_NOTE_CHARS + 1}$`),
    ],
    [
      'a quote over the quote limit',
      editedAnnotation(
        0,
        (a) => (((a.target as Record<string, unknown>).selector as Record<string, unknown>[])[0]!.exact = 'q'.repeat(MAX_QUOTE_CHARS + 1)),
      ),
      'quote-too-long',
      new RegExp(`^${MAX_QUOTE_CHARS + 1}$`),
    ],
    ['created before 1970', editedAnnotation(0, (a) => (a.created = '1960-01-01T00:00:00.000Z')), 'invalid', /^created: /],
  ];
  for (const [name, annotation, code, detail] of cases) {
    it(name, async () => {
      const preview = await previewImport(db, fileOf([annotation]));
      if (!preview.ok) throw new Error(preview.error.message);
      const { plan } = preview;
      expect(plan.rejected).toHaveLength(1);
      expect(plan.rejected[0]).toMatchObject({ kind: 'annotation', index: 0, code, id: annotation.id });
      expect(plan.rejected[0]!.detail).toMatch(detail);
      expect(plan.rejected[0]!.reason.length).toBeGreaterThan(10);
      if (code.endsWith('too-long') || code === 'too-many-tags') expect(plan.rejected[0]!.reason).toMatch(/at most [\d,]+ can be kept/);
      expect(plan.highlights.new.length + plan.highlights.updated.length).toBe(0);
      // The file's briefing records are those already stored: nothing to write.
      expect(plan.briefings.unchanged).toHaveLength(data.briefings.length);
      expect(await applyImportPlan(db, plan)).toEqual({ highlightsWritten: 0, briefingsWritten: 0, skipped: 0 });
      await expectUnchanged();
    });
  }

  it('a bad briefing record is rejected with its field', async () => {
    const bad = { ...data.briefings[0], date: 20240314 };
    const file = JSON.stringify({ ...JSON.parse(fileOf([])), 'bl:briefings': [bad] });
    const preview = await previewImport(db, file);
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.plan.rejected).toMatchObject([{ kind: 'briefing', code: 'bad-briefing', id: data.briefings[0]!.key }]);
    expect(preview.plan.rejected[0]!.detail).toMatch(/^date: /);
    await applyImportPlan(db, preview.plan);
    await expectUnchanged();
  });

  it('a context longer than the store keeps is cut to its part nearest the quote (context is not the reader’s text)', async () => {
    const a = editedAnnotation(0, (x) => {
      const sel = ((x.target as Record<string, unknown>).selector as Record<string, unknown>[])[0]!;
      sel.prefix = 'а'.repeat(300) + 'END';
      sel.suffix = 'START' + 'б'.repeat(300);
    });
    const preview = await previewImport(db, fileOf([a]));
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.plan.rejected).toEqual([]);
    const q = preview.plan.highlights.updated[0]!.selectors[0]!;
    expect(
      q.type === 'TextQuoteSelector' && [q.prefix.length, q.prefix.endsWith('END'), q.suffix.length, q.suffix.startsWith('START')],
    ).toEqual([MAX_CONTEXT_CHARS, true, MAX_CONTEXT_CHARS, true]);
    await expectUnchanged();
  });

  it('plain text that only looks odd is accepted as text', async () => {
    const ok = ['a < b', '5<6 и 7>3', '«кавычки» & <<Кремль>>', '→ <= >= <-'];
    for (const note of ok) {
      const preview = await previewImport(
        db,
        fileOf([editedAnnotation(0, (a) => ((a.body as Record<string, unknown>[])[0]!.value = note))]),
      );
      if (!preview.ok) throw new Error(preview.error.message);
      expect(preview.plan.rejected).toEqual([]);
      expect(preview.plan.highlights.updated[0]!.note).toBe(note);
    }
    await expectUnchanged(); // previews only
  });
});

describe('mixed files', () => {
  it('applying writes only the valid annotations; a rejected one leaves its stored record as it was', async () => {
    const good = editedAnnotation(2);
    const bad = editedAnnotation(3, (a) => ((a.body as Record<string, unknown>[])[0]!.value = '<script>x</script>'));
    const preview = await previewImport(db, fileOf([good, bad]));
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.plan.highlights.updated.map((h) => h.id)).toEqual([data.highlights[2]!.id]);
    expect(preview.plan.rejected.map((r) => r.code)).toEqual(['markup']);
    await applyImportPlan(db, preview.plan);
    const after = await readAll(db);
    const changed = after.highlights.filter((h, i) => JSON.stringify(h) !== JSON.stringify(before.highlights[i]));
    expect(changed.map((h) => h.id)).toEqual([data.highlights[2]!.id]);
    expect(changed[0]!.note).toBe('Новая заметка');
    expect(after.highlights.find((h) => h.id === data.highlights[3]!.id)).toStrictEqual(
      before.highlights.find((h) => h.id === data.highlights[3]!.id),
    );
    expect(after.briefings).toStrictEqual(before.briefings);
    // Put it back for the other tests.
    const tx = db.transaction('highlights', 'readwrite');
    await Promise.all([tx.store.put(before.highlights.find((h) => h.id === data.highlights[2]!.id)!), tx.done]);
    await expectUnchanged();
  });

  it('an older copy in the file does not overwrite a newer stored one', async () => {
    const h = data.highlights[4]!;
    const stale = JSON.parse(JSON.stringify(toAnnotation({ ...h, note: 'старая', updated: h.updated - 1 }))) as W3CAnnotation;
    const preview = await previewImport(db, fileOf([stale]));
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.plan.highlights.older.map((x) => x.id)).toEqual([h.id]);
    await applyImportPlan(db, preview.plan);
    await expectUnchanged();
  });

  it('a plain W3C annotation (no bl: fields) targeting a briefing imports as a new highlight', async () => {
    const plain = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://example.org/anno/1',
      type: 'Annotation',
      created: '2024-03-15T10:00:00Z',
      bodyValue: 'Заметка из другого инструмента',
      target: {
        source: 'https://www.mid.ru/en/foreign_policy/news/1768563/',
        selector: { type: 'TextQuoteSelector', exact: 'Sergey Lavrov', prefix: 'Minister ', suffix: ' held' },
      },
    };
    const preview = await previewImport(db, JSON.stringify(plain), { now: 0 });
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.plan.rejected).toEqual([]);
    expect(preview.plan.highlights.new).toEqual([
      {
        id: 'https://example.org/anno/1',
        briefingKey: 'mid.ru/1768563',
        url: 'https://www.mid.ru/en/foreign_policy/news/1768563/',
        selectors: [{ type: 'TextQuoteSelector', exact: 'Sergey Lavrov', prefix: 'Minister ', suffix: ' held' }],
        section: null,
        quote: 'Sergey Lavrov',
        color: 'yellow',
        note: 'Заметка из другого инструмента',
        tags: [],
        created: Date.UTC(2024, 2, 15, 10),
        updated: Date.UTC(2024, 2, 15, 10),
      },
    ]);
    await expectUnchanged(); // a preview writes nothing
  });
});
