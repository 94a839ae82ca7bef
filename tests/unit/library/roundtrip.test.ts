/**
 * Round trip: export everything → wipe → import → the database is identical, for 10,000
 * generated highlights over 500 briefings with Russian text (fake-indexeddb).
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyImportPlan, previewImport, readAll, wipeStore, type StoreSnapshot } from '../../../lib/library/apply';
import { annotationIri, exportJson, recordIdFromIri, type toCollection } from '../../../lib/library/w3c';
import { openStore, type Store } from '../../../lib/store/db';
import { freshDbName, generateLibrary, seedStore } from './generate';

describe('export → wipe → import', () => {
  let db: Store;
  let before: StoreSnapshot;
  let file: string;

  beforeAll(async () => {
    db = await openStore(freshDbName('roundtrip'));
    await seedStore(db, generateLibrary(10_000, 500));
    before = await readAll(db);
  });
  afterAll(() => db.close());

  it('has the generated set in the database', () => {
    expect(before.highlights).toHaveLength(10_000);
    expect(before.briefings).toHaveLength(500);
    expect(before.highlights.some((h) => /[а-яё]/i.test(h.note) && /[а-яё]/i.test(h.quote))).toBe(true);
    expect(before.highlights.some((h) => h.language === undefined)).toBe(true);
    expect(before.highlights.some((h) => h.selectors.length === 1)).toBe(true);
    expect(before.highlights.some((h) => !/^[0-9a-f-]{36}$/.test(h.id))).toBe(true);
    expect(before.briefings.some((b) => b.entities.some((e) => e.label))).toBe(true);
  });

  it('gives back an identical database', async () => {
    file = exportJson(before.highlights, before.briefings, { now: Date.UTC(2026, 0, 1) });
    await wipeStore(db);
    expect(await readAll(db)).toEqual({ highlights: [], briefings: [] });

    const preview = await previewImport(db, file);
    if (!preview.ok) throw new Error(preview.error.message);
    const { plan } = preview;
    expect(plan.rejected).toEqual([]);
    expect(plan.highlights.new).toHaveLength(10_000);
    expect(plan.briefings.new).toHaveLength(500);

    const result = await applyImportPlan(db, plan);
    expect(result).toEqual({ highlightsWritten: 10_000, briefingsWritten: 500, skipped: 0 });
    const after = await readAll(db);
    expect(after.highlights).toStrictEqual(before.highlights);
    expect(after.briefings).toStrictEqual(before.briefings);
  });

  it('re-importing the same file changes nothing (all unchanged)', async () => {
    const preview = await previewImport(db, file);
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.plan.highlights.unchanged).toHaveLength(10_000);
    expect(preview.plan.briefings.unchanged).toHaveLength(500);
    expect(await applyImportPlan(db, preview.plan)).toEqual({ highlightsWritten: 0, briefingsWritten: 0, skipped: 0 });
    expect(await readAll(db)).toStrictEqual(before);
  });

  it('writes a valid W3C collection', () => {
    const c = JSON.parse(file) as ReturnType<typeof toCollection>;
    expect(c['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(c.type).toBe('AnnotationCollection');
    expect(c.total).toBe(10_000);
    expect(c.first.items).toHaveLength(10_000);
    const h = before.highlights.find((x) => x.note && x.tags.length && x.selectors.length === 2)!;
    const a = c.first.items.find((x) => recordIdFromIri(x.id) === h.id)!;
    expect(a).toMatchObject({
      type: 'Annotation',
      created: new Date(h.created).toISOString(),
      modified: new Date(h.updated).toISOString(),
      target: { source: h.url, styleClass: `bl-${h.color}`, selector: h.selectors },
      'bl:briefingKey': h.briefingKey,
    });
    expect(a.body![0]).toEqual({ type: 'TextualBody', purpose: 'commenting', value: h.note, format: 'text/plain' });
    expect(a.body!.slice(1).map((b) => [b.purpose, b.value])).toEqual(h.tags.map((t) => ['tagging', t]));
    // Export size stays well under the import limit.
    expect(file.length).toBeLessThan(32 * 1024 * 1024);
  });
});

describe('ids', () => {
  it('map to IRIs and back', () => {
    for (const id of ['0b6f2c1e-8a4b-4c9d-9e2f-1a2b3c4d5e6f', 'h-abc-123', 'https://hypothes.is/a/XyZ', 'urn:uuid:x', 'a b/c#d', 'ключ']) {
      const iri = annotationIri(id);
      expect(iri).toMatch(/^[a-z][a-z0-9+.-]*:\S+$/i);
      expect(recordIdFromIri(iri)).toBe(id);
    }
    expect(annotationIri('0b6f2c1e-8a4b-4c9d-9e2f-1a2b3c4d5e6f')).toBe('urn:uuid:0b6f2c1e-8a4b-4c9d-9e2f-1a2b3c4d5e6f');
  });
});
